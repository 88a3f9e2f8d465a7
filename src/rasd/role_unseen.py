"""Strikes whose hand the text rules out: the theatre's usual striker is no default for them.

An air strike told with nobody behind it falls back to the target's foe in the theatre (an Iran-aligned site in
eastern Syria: the US) or to the one side the article names. The text can rule that out in two ways: it calls the
aircraft unidentified ('طائرات حربية لم تعرف هويتها', 'غارات مجهولة', 'طيران مجهول الهوية') or the side the default
would name says it struck nothing ('قال مسؤول ان القوات الامريكية لم تنفذ اي ضربات'); the attacker then stays
unidentified. A strike by aircraft told as a side's ('طائرات التحالف', 'طيران امريكي') has its agent already.
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .records import Actor
from .resources import Entry

STRIKE = "Air/drone strike"
# a strike or aircraft noun, up to two modifiers ('حربيه', 'جويه', 'مسيره'), then a word that leaves it unnamed
UNSEEN = guard(r"(?<!\S)[وب]?(?:ال)?(?:غار(?:ه|ات)|ضرب(?:ه|ات)|طاير(?:ه|ات)|طيران|مسير(?:ه|ات))(?: \S+){0,2}?"
               r" (?:مجهول(?:ه|ا|ان|تان)?|لم [تي]عرف (?:هويت|هويه|جنسيت|مصدر)\S*"
               r"|غير معروف(?:ه)? (?:ال)?(?:هويه|مصدر))(?!\S)")
# the side's own words after its name: 'القوات الامريكيه "لم تنفذ اي ضربات"', 'البنتاغون نفي تنفيذ اي ضربه'
STRUCK_NOTHING = guard(r"^[\s\"'«]*(?:\S+ ){0,2}?[\"'«]?(?:(?:لم|لا) [يت]\S+ (?:ب)?(?:اي|ايه)"
                       r"|[وف]?(?:نفي|نفت|ينفي|تنفي) (?:تنفيذ|شن|القيام ب)\S* (?:اي|ايه)) [وف]?(?:ال)?"
                       r"(?:ضرب|غار|هجم|عملي|قصف)\S*")
AFTER = 60  # characters after a name in which its denial is read


def ruled_out(text: str, actors: tuple[Match[Entry], ...], fallback: Actor | None, sub_event: str) -> Actor | None:
    """The fallback attacker of an air strike named by no one, unless the text calls the strike's aircraft
    unidentified or the fallback's side says it struck nothing (then None: the hand stays unidentified)."""
    if fallback is None or sub_event != STRIKE:
        return fallback
    if UNSEEN.search(text) is not None:
        return None
    for m in actors:
        if m.payload.get("side") == fallback.side and STRUCK_NOTHING.search(text[m.end:m.end + AFTER]) is not None:
            return None
    return fallback
