"""Flown triggers: 'دمر' is an air strike only with a warplane, helicopter or drone as its subject.

'طائرات F-16 العراقيه دمرت مخبا لداعش', 'الطيران الحربي دمر مقرا': the aircraft right before the verb struck the
target. Without one the verb tells a destroyed object ('حيث دمر منزل', 'دمرت القوات عبوه ناسفه'), so the match
is dropped at recognition, before any list or item reads it as an incident word of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .matcher import Match
from .resources import Entry

FLOWN = frozenset({"destroy_air"})  # the trigger rows that need an aircraft as their subject
FLYING = frozenset({"aircraft", "helicopter", "drone", "suicide_drone"})
SUBJECT_WORDS = 2  # words at most between the aircraft's end and the verb ('طايرات f-16 العراقيه دمرت')


def flown_only(text: str, triggers: Sequence[Match[Entry]],
               weapons: Sequence[Match[Entry]]) -> tuple[Match[Entry], ...]:
    """The triggers, without each flown verb that has no aircraft, helicopter or drone right before it."""
    return tuple(t for t in triggers if t.payload.id not in FLOWN or any(
        w.payload.id in FLYING and w.end <= t.start - len(t.prefix) and t.start - w.end <= 60
        and len(text[w.end:t.start - len(t.prefix)].split()) <= SUBJECT_WORDS
        and not any(c in text[w.end:t.start] for c in ".,;:\n") for w in weapons))
