"""A place's second name after a slash or in brackets: 'ريف المالكيه/ديريك', 'غربي مدينه عين العرب (كوباني)'.

Outlets that write for two languages name a town by both its names, one after the other with a slash between, or
the second in brackets right after the first. The second name is the first one again, so it takes the first one's
phrase ('ريف' makes it the countryside, 'غربي' a point west of it): read on its own it would be the town itself, a
precision the text does not give, and it would outrank a village named before.
"""

from __future__ import annotations

from ..normalize import NormText
from .refs import PlaceRef, km_to

SAME_KM = 5.0  # two readings this near each other are one place's two names
SLASH = "/"
OPEN, CLOSE = "(", ")"


def second_names(nt: NormText, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs (sorted by start) without a second name of the ref right before it ('X/Y', 'X (Y)': Y within SAME_KM
    of X, or Y the place X's phrase is a side of)."""
    out: list[PlaceRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if prev is not None and _second(nt.text, prev, r):
            continue
        out.append(r)
    return out


def _second(text: str, prev: PlaceRef, r: PlaceRef) -> bool:
    """Whether r is prev's place named again, after a slash or alone in brackets right after it."""
    gap = text[prev.end:r.start].strip()
    bracket = gap == OPEN and text[r.end:r.end + 2].lstrip().startswith(CLOSE)
    if gap != SLASH and not bracket:
        return False
    same = r.location.id == prev.location.id.split("/", 1)[0]  # 'غربي مدينه X (Y)': Y is X, the phrase a side of it
    return same or km_to(r.location.lat, r.location.lon, (prev.location.lat, prev.location.lon)) <= SAME_KM
