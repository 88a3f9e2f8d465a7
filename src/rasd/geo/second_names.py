"""A place's second name after a slash: 'ريف المالكيه/ديريك', 'مدينه عين العرب/كوباني'.

Outlets that write for two languages name a town by both its names, one after the other with a slash between. The
second name is the first one again, so it takes the first one's phrase ('ريف' makes it the countryside): read on its
own it would be the town itself, a precision the text does not give, and it would outrank a village named before.
"""

from __future__ import annotations

from ..normalize import NormText
from .refs import PlaceRef, km_to

SAME_KM = 5.0  # two readings this near each other are one place's two names
SLASH = "/"


def second_names(nt: NormText, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs (sorted by start) without a second name of the ref right before it ('X/Y', Y within SAME_KM of X)."""
    out: list[PlaceRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if (prev is not None and nt.text[prev.end:r.start].strip() == SLASH
                and km_to(r.location.lat, r.location.lon, (prev.location.lat, prev.location.lon)) <= SAME_KM):
            continue
        out.append(r)
    return out
