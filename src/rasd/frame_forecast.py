"""Frame forecast: a trigger between a forecast word and a coming period in its clause is expected, not reported.

'ويرجح مراقبون ان تلجا الفصايل الي الرد باستهداف القواعد خلال الايام المقبله': observers expect the strike; no
incident is told. Both ends are cues of kind 'forecast' (ids 'forecast' and 'coming_period' in cues.tsv).
"""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry


def forecast(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """Whether a forecast word before trig and a coming period after it stand in trig's clause."""
    cs, ce = clause
    cues = [c for c in rec.cues_of("forecast", cs, ce) if cs <= c.start and c.end <= ce]
    said = any(c.payload.id == "forecast" and c.end <= trig.start for c in cues)
    return said and any(c.payload.id == "coming_period" and c.start >= trig.end for c in cues)
