"""Claim coordination: counts after a casualty word that are no addends of its figure.

'قتيل واحد وخمسه جرحي' is one dead and five wounded: the five has its own casualty noun of the other kind, so it
is not one more dead, and the one is not one more wounded. 'منتسب واحد' is one man: the adjective 'واحد' after a
one-person noun is that man, while 'جندي وأحد مرافقيه' (folded alike) adds the companion his next word possesses.
"""

from __future__ import annotations

from typing import Any

from .claim_grammar import CASUALTY_FIELDS, ONE_OF, POSSESSIVE, spelled_and_one
from .recognize import Recognized

NOUN_REACH = 16  # characters around a count searched for its own casualty noun


def other_noun(rec: Recognized, q: Any, cue: Any) -> bool:
    """Count q has its own casualty word of the other kind than cue, right after it ('وخمسه جرحي') or right before it
    ('قتيل واحد', 'مقتل 3 مدنيين'): it counts that word, no more victims of cue's ('مقتل 3 مدنيين و14 جريحا' = 14)."""
    kind = getattr(getattr(cue, "payload", None), "kind", None)
    if kind not in CASUALTY_FIELDS:
        return False
    text = rec.nt.text
    for c in rec.near("cues", q.start - NOUN_REACH, q.end + NOUN_REACH):
        if c.payload.kind not in CASUALTY_FIELDS or c.payload.kind == kind:
            continue
        if c.start >= q.end and text[q.end:c.start].strip() in ("", c.prefix) and not c.prefix.startswith("و"):
            return True  # not 'امراه وطفليها وجرح اخرين': a casualty word after 'و' opens the next phrase
        if c.end <= q.start and not text[c.end:q.start].strip():
            return True  # 'مقتل 3 مدنيين و14 جريحا': the 3 is the count of the death noun before it, no wounded
    return False


def adjective_one(rec: Recognized, a: Any, b: Any, persons: frozenset[str]) -> bool:
    """Count b is the adjective 'واحد' right after a one-person noun a (persons: such nouns; 'منتسب واحد', 'جندي واحد
    وثلاثه مدنيين'): the same victim, not one more; 'جندي وأحد مرافقيه' is two, its next word a possessed noun."""
    text = rec.nt.text
    if b.text not in ONE_OF or a.value != 1 or text[a.end:b.start].strip() or a.text not in persons:
        return False
    if spelled_and_one(rec.nt, b):
        return False  # 'جندي وأحد المهاجمين': the hamza makes it 'and one of', a second victim
    nxt = text[b.end:b.end + 30].split()[:1]
    return not (nxt and nxt[0].strip('".,:;؛()').endswith(POSSESSIVE) and not nxt[0].startswith("و"))


ONE_OF_REACH = 3  # words of the possessed noun phrase between 'احد X' and the next 'وأحد Y'


def second_one_of(rec: Recognized, one: int, hi: int) -> Any | None:
    """The 'وأحد Y' coordinated to the 'احد X' that ends at one ('مقتل أحد عناصر البوابة وأحد المهاجمين' = 2), or
    None: a few words of X, no punctuation, no casualty word between."""
    text = rec.nt.text
    for q in rec.near("quantities", one, min(hi, one + 60)):
        if q.start < one or not spelled_and_one(rec.nt, q):
            continue
        gap = text[one:q.start]
        if len(gap.split()) > ONE_OF_REACH or any(ch in gap for ch in ",.:;؛()\"«»") or any(
                c.payload.kind in CASUALTY_FIELDS for c in rec.near("cues", one, q.start) if c.start >= one):
            return None
        return q
    return None
