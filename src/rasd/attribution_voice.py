"""Who unnamed security sources speak for, and which name an anaphoric noun refers back to.

'افادت مصادر امنيه بان جهاز الاستخبارات التركي حيد ...': the unnamed security sources speak for the state body whose
operation they tell, also when an agency relays them ('نقلت الاناضول عن مصادر امنيه ان جهاز الاستخبارات التركي'); a
later 'وقالت الوزاره', 'المصدر ذاته' refers back to a name told before (attribution._remember keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .attribution_bodies import national_body
from .attribution_text import COMPLEMENTIZERS, gap_words, glued_l, led_by_cue
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

BODY_HEADS = frozenset({"جهاز", "هييه", "مديريه", "قياده"})  # 'فان جهاز الاستخبارات': the noun before a body's name
SECURITY_VOICES = frozenset({"مصادر امنيه", "مصدر امني"})  # not_source cues that speak for a state security body
STATE_KINDS = frozenset({"government", "military"})
RELAY_KINDS = ("agency", "outlet")  # sources.tsv kinds that mostly relay what others claim
SURNAME = re.compile(r"(?<!\S)([وف]?)([^\s\"'(),،.:؛]{3,})")  # a word that may be a person's surname
VOICE_LEAD = 3  # words between 'مصادر امنيه' and its 'ان': a nationality and a day ('مصادر امنيه تركيه, اليوم الجمعه, ان')


def relays_only(named: Sequence[Any], strong: list[str]) -> bool:
    """Every claimant found is an agency or outlet ('نقلت الاناضول عن مصادر امنيه'): it relays the unnamed voice."""
    return all(n.match.payload.kind in RELAY_KINDS for n in named if n.sid in strong)


def security_voice(rec: Recognized, text: str, lo: int, named: Sequence[Any], blocked: list[Match[Entry]],
                    last: dict[str, str]) -> list[str]:
    """'افادت مصادر امنيه بان جهاز الاستخبارات التركي حيد ...', 'حيد جهاز الاستخبارات ... بحسب مصادر امنيه': the
    unnamed security sources speak for the state body whose operation they tell (not when they spoke to an outlet:
    'مصادر امنيه لمراسل الاناضول')."""
    for b in blocked:
        if b.key not in SECURITY_VOICES:
            continue
        if any(n.match.start >= b.end and glued_l(text, n.match) and len(gap_words(text, b.end, n.match.start)) <= 1
               for n in named) or gap_words(text, b.end, b.end + 12)[:1] in (["لمراسل"], ["لمراسله"]):
            return []
        after = gap_words(text, b.end, b.end + 64)
        lead = next((i for i, w in enumerate(after[:VOICE_LEAD + 1]) if w in COMPLEMENTIZERS), None)
        if lead is not None:  # 'مصادر امنيه (تركيه, اليوم الجمعه,) بان X ...': X is the subject of the told words
            after = after[lead:]
            if (sid := state_body_after(text, named, b.end, 2 + lead)) is not None:
                return [sid]
            noun = after[2] if len(after) > 2 and after[1] in BODY_HEADS else after[1] if len(after) > 1 else ""
            ref = resolve(last, noun) if noun.startswith("ال") else None
            if ref is not None and noun[2:] in last.get("state_words", "").split():
                return [ref]
            if noun.startswith("ال") and lead and (ref := national_body(noun, gap_words(text, b.end, b.end + 24)[0]
                                                                        )) is not None:
                return [ref]  # 'مصادر امنيه تركيه ... ان جهاز الاستخبارات حيد': the Turkish one
        if led_by_cue(gap_words(text, max(lo, b.start - 40), b.start)[-4:]) and (  # 'حيد جهاز X ... بحسب مصادر
                sid := state_body_after(text, named, lo)) is not None:  # امنيه', '... وفق ما افادت به مصادر امنيه'
            return [sid]
    return []



def state_body_after(text: str, named: Sequence[Any], start: int, reach: int = 2) -> str | None:
    """The id of a government or military body named within `reach` words after start, or None."""
    return next((n.sid for n in named if n.match.payload.kind in STATE_KINDS and n.match.start >= start
                 and len(gap_words(text, start, n.match.start)) <= reach), None)


def resolve(last: dict[str, str], noun: str) -> str | None:
    """The source an anaphoric noun refers back to ('القناه', 'المرصد', 'المقاومه', 'البيان', 'المصدر ذاته')."""
    if noun in last:
        return last[noun]
    if "s:" + noun in last:
        return last["s:" + noun]  # a surname (surname_anaphors)
    head = noun.split()[0]
    head = head[2:] if head.startswith("ال") else head
    if "w:" + head in last:
        return last["w:" + head]
    if noun.startswith(("المصدر", "المصادر")) and "vague" in last:
        return None  # 'بحسب المصدر نفسه' after 'قال مصدر في الشرطه': the unnamed source, not a name told before it
    if noun.startswith(("المصدر", "البيان", "المصادر")):
        return last.get("claimant") or last.get("")  # 'واكد البيان': the statement of the last claimant, not its relay
    return None


def surname_anaphors(text: str, lo: int, hi: int, last: dict[str, str]) -> list[Match[Entry | None]]:
    """'واعلن سريع ايضا', 'واضاف رايدر ان' after 'يحيي سريع', 'بات رايدر': a person a source row names in full (two
    words, no article) is named again by the surname alone, which refers back like an anaphoric noun."""
    if not any(k.startswith("s:") for k in last):
        return []
    return [Match(m.start(2), m.end(2), m.group(2), None, m.group(1)) for m in SURNAME.finditer(text, lo, hi)
            if "s:" + m.group(2) in last]
