"""A device told as exploding: the found-or-seized cue before it does not make it an unused weapon."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry


def used_since(rec: Recognized, floor: int, w: Match[Entry]) -> bool:
    """'عثر علي جثه راع قتل بانفجار عبوه ناسفه': an explosion trigger between the 'found' cue and the device (or
    opening the device's own phrase) tells the device went off; the body was found, the device was used."""
    return any(t.payload.get("class") == "explosion" and floor <= t.start <= w.start
               for t in rec.near("triggers", floor, w.end))
