"""Suspects held: an arrest of people suspected of a part in an attack holds no side the article names.

'اعتقلت قوه مشتركه شخصين يشتبه بصلتهما بالمنصه', 'اسفرت عن اعتقال اثنين من المشتبه بهم': the held are suspected
of working with the attack's unnamed makers, so their side is unknown, not the civilians' of an arrest of people
with no suspicion told (`detained_target`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .frame import Frame
from .literal_guard import guard
from .recognize import Recognized
from .records import Actor
from .role_fallbacks import detained_target
from .role_words import UNKNOWN_ACTOR

# 'يشتبه بصلتهم بالهجوم': suspected of a part in it
SUSPECTED = guard(r"(?:^|\s)(?:و|ال|وال)?(?:يشتبه|مشتبه|مشتبها|مشتبهين|مشتبهان)(?:\s+(?:بهم|بهما|به))?\s+"
                  r"(?:في\s+|ب)(?:تورط|صله|صلت|علاق|تعاون|مشارك|ضلوع|زرع|تنفيذ)")


def held_target(rec: Recognized, frames: Iterable[Frame], sub_event: str) -> Actor | None:
    """The people held as the target of a detention: of unknown side when a body clause calls them suspects after
    its trigger ('اعتقال اربعه اشخاص يشتبه بتورطهم'), else civilians (`detained_target`); None for other types."""
    held = detained_target(sub_event)
    if held is None:
        return None
    text = rec.nt.text
    if any(SUSPECTED.search(text, f.trigger.end, f.clause[1]) for f in frames if not f.heading):
        return UNKNOWN_ACTOR
    return held
