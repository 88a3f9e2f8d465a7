"""Frame drill: whether an exercise cue of a clause tells a drill, or names a training site or the firing itself.

'واستمر الرمايه حوالي ساعه', 'الرمايه ما وقفتش لين الفجر': in Libyan and Gulf speech the definite 'الرمايه' is the
shooting of the incident told, not a firing drill; a drill names itself with a plural ('رمايات'), an indefinite
('رمايه بالذخيره الحيه') or another exercise word in its clause ('تمرين ... في ميدان الرمايه').
"""

from __future__ import annotations

from collections.abc import Sequence

from .frame_period import training_site
from .matcher import Match
from .resources import Entry

SPOKEN_FIRE = frozenset({"رمايه"})  # exercise cue keys that, definite and alone, are the shooting itself


def no_drill(text: str, cues: Sequence[Match[Entry]], cue: Match[Entry]) -> bool:
    """An exercise cue that tells no drill: a training site's noun ('معسكر تدريب') or the spoken definite 'الرمايه'
    with no other exercise word in the clause (cues: the clause's blocking cues)."""
    if training_site(text, cue.start):
        return True
    return cue.key in SPOKEN_FIRE and cue.prefix.endswith("ال") and not any(
        c.payload.kind == "exercise" and c.start != cue.start for c in cues)
