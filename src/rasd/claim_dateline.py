"""Dateline lines: a line that opens on a place and a colon ('الخليل: مستوطنون يهاجمون منازل في قريه X ..., ما ادي
لاصابتهما') and names another place before its figure tells a story under a dateline; its figure is given for the
incident's own place, not for the heading's (a toll line, '- الحيمه الخارجيه: 3 قتلي', names none before it).
"""

from __future__ import annotations

from typing import Any

from .claim_scope import care_place, in_name
from .recognize import Recognized


def finer_place_after(rec: Recognized, heading: Any, pos: int) -> bool:
    """Another place is named between the line's heading place and the figure at pos, before any casualty word of
    the line ('غزه: 7 شهداء ... برفح وشهيدان في الزنه' is a toll line, each figure of it given for the heading)."""
    return any(p.end <= pos and p.location.id != heading.location.id and not in_name(rec, p) and not care_place(rec, p)
               and not any(c.payload.kind in ("killed", "injured") for c in rec.near("cues", heading.end, p.start))
               for p in rec.near("places", heading.end, pos))
