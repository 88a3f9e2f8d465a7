"""Frame duty: a purpose word right after 'المكلفه/المخصصه' tells the standing duty of the unit named before it.

'الدفاعات الجويه المكلفه بحمايه المنشات النفطيه تمكنت من اسقاط مسيره': the defences are tasked with protecting the
oil sites; 'حمايه' describes them and does not make 'اسقاط' an aim (the cue kind 'duty' in cues.tsv).
"""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry

CLITICS = frozenset({"", "ب", "ل"})  # what may stand between the duty word and its purpose: 'المكلفه بحمايه'


def standing_duty(rec: Recognized, cue: Match[Entry]) -> bool:
    """Whether a purpose cue is the object of a duty word ('المكلفه ب', 'المخصصه ل') right before it."""
    text = rec.nt.text
    return cue.payload.id == "purpose" and any(
        d.end <= cue.start and text[d.end:cue.start].strip() in CLITICS
        for d in rec.cues_of("duty", max(0, cue.start - 16), cue.start))
