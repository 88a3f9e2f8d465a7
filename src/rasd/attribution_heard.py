"""An outlet that heard a claimant's words: 'قال مصدر في X لوكاله Y', 'صرح مدير X ل(Y)' (Y is a source beside X).

A vague speaker's hearer ('لوكاله Y', 'افاد مصدر طبي وكاله Y') is a relay, kept alone only when the sentence names
nobody else (see attribution._claimed). When the sentence also names who claims ('مصدر في قوات سوريا الديمقراطيه
لشبكه رووداو', 'مصادر محليه لوكاله Y ..., في حين تحدث المرصد عن'), or the hearer stands right after a named speaker
('وفق ما صرح به مدير عام وزاره الصحه بالولايه ل(سونا)'), the outlet carried that account and is kept beside the
claimant, as the coder keeps every name of the sentence's own attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .attribution_object import recipient
from .attribution_publisher import relayed
from .attribution_text import COMPLEMENTIZERS, gap_words, glued_l
from .attribution_voice import RELAY_KINDS
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

HEARD_GAP = 2  # words from a named speaker to the outlet glued to ل after it: 'مسوول في X, في تصريح لوكاله Y'
NAME_GAP = 3  # words from a speaker referred back to the outlet: his own name after the title ('مدير المرصد فلان')
BREAKS = ".:\n؛"  # what ends the speaker's phrase before the outlet
BRACKETED_L = re.compile(r"(?<!\S)ل[(«\"']+$")  # 'ل(سونا)', 'ل«سانا»': the ل before an opening bracket or quote


def _after_speaker(rec: Recognized, n: Any, named: Sequence[Any], strong: list[str],
                   spoken: Sequence[tuple[int, str]]) -> bool:
    """'صرح مدير عام وزاره الصحه بالولايه ل(سونا)': the outlet, glued to ل, follows a name that claims the sentence
    within HEARD_GAP words, or a claimant referred back within NAME_GAP ('وقال مدير المرصد فلان الفلاني لوكاله Y')."""
    text = rec.nt.text
    s = n.match
    at = s.start - len(s.prefix)
    if not (glued_l(text, s) or BRACKETED_L.search(text, max(0, at - 4), at)):
        return False
    for m in named:
        if m.sid not in strong or m.match.end > at:
            continue
        gap = gap_words(text, m.match.end, at)
        if len(gap) <= HEARD_GAP and not any(ch in text[m.match.end:at] for ch in BREAKS):
            return True
    if not relayed(rec, [n.sid])[0]:
        return False  # 'قال مدير المرصد لـ"X"' in X's own article: the publisher is its reporter, not a source
    for end, sid in spoken:
        if sid in strong and end <= at and len(gap := gap_words(text, end, at)) <= NAME_GAP and not set(
                gap) & COMPLEMENTIZERS and not any(ch in text[end:at] for ch in BREAKS + ",،"):
            return True
    return False


def heard_too(rec: Recognized, lo: int, named: Sequence[Any], strong: list[str], weak: list[str],
              blocked: list[Match[Entry]], spoken: Sequence[tuple[int, str]] = ()) -> list[str]:
    """The agencies and outlets that heard the words of the sentence's claimants strong: a vague speaker's hearer
    in weak ('لوكاله Y' after 'مصدر'), or an outlet glued to ل right after a named speaker or one referred back
    (spoken: where each ends, and who it is); none when nobody claims (the relay alone: attribution_publisher.relayed)."""
    if not strong:
        return []
    return [n.sid for n in named if n.claims and n.sid not in strong and n.match.payload.kind in RELAY_KINDS and (
        n.sid in weak and recipient(rec, n.match, lo, blocked) or _after_speaker(rec, n, named, strong, spoken))]
