"""Frame launch: 'اطلقت قياده عمليات X عمليه تفتيش واسعه ... باسناد من طيران الجيش': the launch verb's object is a
search or sweep operation (the 'launchpad' nonevent cues that name an operation), so no weapon was fired."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words

SUBJECT_WORDS = 4  # words from the verb to its object: 'اطلقت قياده عمليات نينوي عمليه تفتيش'


def launched_search(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """Whether a launch trigger's object, a few words after it in its clause, is a search or sweep operation."""
    if trig.payload.id != "launch_v":
        return False
    text = rec.nt.text
    return any(c.payload.id == "launchpad" and c.key.startswith("عملي") and words(text, trig.end, c.start)
               <= SUBJECT_WORDS for c in rec.cues_of("nonevent", trig.end, clause[1]))
