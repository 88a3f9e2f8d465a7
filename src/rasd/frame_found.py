"""Frame found: a launcher or rockets found ready to fire were stopped before they fired."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry

READY = frozenset({"معده", "معدا", "معدين", "معدتين", "معدان", "جاهزه", "جاهزا", "جاهزين", "جاهزان"})  # 'معده للاطلاق': set to fire
READY_PREFIXES = ("لل", "ل")  # 'معده للاطلاق', 'جاهزه لاطلاق'


def found_ready(rec: Recognized, trig: Match[Entry], clause: tuple[int, int]) -> bool:
    """'عثرت قوه علي منصه اطلاق محمله بثلاثه صواريخ ..., كانت معده للاطلاق': the launch word after 'معده/جاهزه' is
    a launch that never happened, and the found cue ('عثرت علي', 'ضبطت') before it in the clause says the weapon was
    found: the attack was stopped before it was fired (ACLED: Disrupted weapons use), not a launch."""
    if trig.payload.get("class") != "launch" or trig.prefix not in READY_PREFIXES:
        return False
    text = rec.nt.text
    before = text[clause[0]:trig.start - len(trig.prefix)].split()[-1:]
    if not before or before[0] not in READY:
        return False
    return any(c.end <= trig.start for c in rec.cues_of("seized", clause[0], trig.start))
