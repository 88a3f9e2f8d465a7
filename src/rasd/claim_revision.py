"""Revised tolls: a figure a later report replaced is set aside for the one that replaced it.

A toll that rose ('ارتفاع حصيله الشهداء الي 6') replaces the lower figures of its incident,
wherever a live blog tells them (newest first or last), but not a part given for one of its places; a correction ('والصحيح ... ثلاثه قتلي
وجريحان') replaces every other figure of its field, and the figure it corrects, told before it
('ورد في نسخه سابقه ... مقتل جنديين'), or a figure told as an earlier report ('نقلت في وقت سابق
... مقتل شخصين'), counts only when nothing else is told.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .recognize import Recognized
from .records import Claim

if TYPE_CHECKING:
    from .frame import Frame

PLAIN, RISE, CORRECT, PRIOR = "", "rise", "correct", "prior"
PLACED = "placed"  # the part of a toll given for one place ('6 من القتلي سقطوا في البوكمال'): never replaced
# verbs and nouns of a rising toll: 'ارتفع عدد القتلي الي 5', 'ارتفاع حصيله الشهداء الي 6'
RISE_WORDS = frozenset({"يرفع", "ترفع", "رفع", "رفعت", "ليرفع", "لترفع", "يرتفع", "ترتفع", "ارتفع", "ارتفعت",
                        "ليرتفع", "لترتفع", "ارتفاع", "وارتفاع", "بارتفاع", "وارتفع", "وارتفعت"})
RISE_REACH = 25  # words from the rising word to the figure it raises the toll to
CORRECTION_WORDS = frozenset({"والصحيح", "الصحيح", "والصواب", "الصواب"})  # 'تنويه: ... والصحيح ثلاثه قتلي'
# an earlier report of the toll: 'نقلت في وقت سابق من اليوم', 'ورد في نسخه سابقه من هذا الخبر'
PRIOR_PHRASES = ("في وقت سابق", "نسخه سابقه", "النسخه السابقه", "النسخه الاولي", "الحصيله الاوليه",
                 "حصيله اوليه")
STOPS = re.compile(r"[.:;؛\n]")


def revision(rec: Recognized, lo: int, hi: int, start: int, end: int) -> str:
    """How the figure at normalized [start, end) of the sentence [lo, hi) revises its toll: RISE, CORRECT, PRIOR or
    PLAIN."""
    text = rec.nt.text
    head = text[lo:start]
    words = head.split()
    if CORRECTION_WORDS & set(words):
        return CORRECT
    if CORRECTION_WORDS & set(text[end:hi].split()):
        return PRIOR  # 'ورد ... مقتل جنديين واصابه ثلاثه, والصحيح ...': the figure a correction replaces
    if any(p in head for p in PRIOR_PHRASES):
        return PRIOR
    clause = STOPS.split(head)[-1].split()[-RISE_REACH:]
    rise = max((i for i, w in enumerate(clause) if w in RISE_WORDS), default=None)
    if rise is not None and "الي" in clause[rise + 1:] + text[start:end].split():
        return RISE
    return PLAIN


def add_claim(rec: Recognized, frame: Frame, claim: Claim, kind: str) -> None:
    """Attach a claim to a frame, setting aside the figures of its field that it revises or that revise it."""
    kinds: dict[int, str] = rec.cache("claim_revision")
    kinds[id(claim)] = kind
    if any(_replaces(kinds, c, claim) for c in frame.claims):
        return
    frame.claims[:] = [c for c in frame.claims if not _replaces(kinds, claim, c)]
    frame.claims.append(claim)


def current(rec: Recognized, claims: list[Claim]) -> list[Claim]:
    """The claims of one incident that no correction or later report among them revises (told in other sentences)."""
    kinds: dict[int, str] = rec.cache("claim_revision")
    if not kinds:
        return claims
    return [c for c in claims if not any(_replaces(kinds, d, c, rise=False) for d in claims if d is not c)]


def _replaces(kinds: dict[int, str], new: Claim, old: Claim, *, rise: bool = True) -> bool:
    """Claim `new` replaces claim `old`: a correction every uncorrected figure, a risen toll the lower figures (when
    `rise`: in one frame, since a total risen over several places says nothing of each one's figure in another),
    and any figure an earlier report's (figures of one field; 'no casualties' and vague claims stay)."""
    if new.field != old.field or not isinstance(new.value, int) or not isinstance(old.value, int):
        return False
    if new.value == 0 or old.value == 0:
        return False
    k_new, k_old = kinds.get(id(new), PLAIN), kinds.get(id(old), PLAIN)
    if k_new == CORRECT or k_old == CORRECT:
        return k_new == CORRECT and k_old != CORRECT
    if rise and k_new == RISE and k_old in (PLAIN, RISE, PRIOR) and old.value < new.value:
        return True
    return k_old == PRIOR and k_new != PRIOR
