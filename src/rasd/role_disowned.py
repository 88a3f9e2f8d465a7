"""Disowned incidents: a body's 'nobody claimed it' is its final word on the attacker.

Arabic news tells an unclaimed incident with a negated claim whose subject is indefinite:
'ولم تتبن اي جهه التفجير حتي الان', 'لم تعلن ايه جهه مسووليتها عن الهجوم', 'غاره لم تتبنها
اي جهه', 'دون ان يتبني احد الهجوم'. Its attacker is then unidentified, whatever a headline
guessed ('داعش يستهدف قسد'), the story before lent ('قصف حوثي' two sentences back) or the
theatre's usual foe would give; only an attacker the incident's own body clause names stays
(an accusation told with it: 'فيما رجحت الخليه وقوف داعش ورائه' is no such clause).
"""

from __future__ import annotations

from collections.abc import Sequence

from .literal_guard import guard
from .recognize import Recognized
from .records import Actor

INDEFINITE = r"(?:اي|ايه|احد)"  # 'اي جهه', 'ايه جهه', 'احد': nobody in particular, not 'لم تعلن القياده مسووليتها'
ADOPT = r"(?:[تي]تبن\S*|تبنته\S*|تبنيه)"  # 'تتبن', 'تتبني', 'تتبنها', 'يتبن'
DECLARE = r"[تي]علن"
NEGATED = r"(?:و|ف)?(?:لم|دون ان|بدون ان)"
DISOWNING = guard(
    rf"(?<!\S)(?:{NEGATED}\s+{ADOPT}\s+{INDEFINITE}(?=\s)"  # 'لم تتبن اي جهه', 'لم تتبنها اي جهه'
    rf"|{NEGATED}\s+{DECLARE}\s+{INDEFINITE}\s+\S+\s+مسووليت"  # 'لم تعلن اي جهه مسووليتها' (not '... حصيله')
    rf"|{INDEFINITE}\s+(?:جهه|طرف|فصيل|جماعه)\s+(?:لم|لا)\s+(?:{ADOPT}|{DECLARE}\s+مسووليت))"  # 'اي جهه لم تتبن'
)
STORY = 3  # sentences back from the disowning one to the incident it speaks of


def disowning_sentences(rec: Recognized) -> list[int]:
    """The body sentences (no headline) that say nobody claimed the incident told."""
    text = rec.nt.text
    return [i for i, s in enumerate(rec.sentences) if not s.heading and DISOWNING.search(text, s.start, s.end)]


def disowned_units(rec: Recognized, told: Sequence[Sequence[int]]) -> set[int]:
    """The incidents (by index; `told`: the body sentences of each) that a later or same body sentence says nobody
    claimed: those told in the latest sentence with an incident at or before it, at most STORY sentences back."""
    out: set[int] = set()
    for s in disowning_sentences(rec):
        latest = max((t for sents in told for t in sents if t <= s), default=-1)
        if latest < 0 or s - latest > STORY:
            continue
        out.update(i for i, sents in enumerate(told) if latest in sents)
    return out


def own_clause_agent(agent: Actor | None, clauses: Sequence[tuple[int, int]]) -> bool:
    """The attacker is named inside one of the incident's own clauses (original offsets), not lent from a headline,
    the story before or the theatre."""
    return agent is not None and agent.start is not None and any(a <= agent.start < b for a, b in clauses)
