"""A town placed by a direction from a city it lies far from: the city is the place, 'near' it.

"بلده الحميديه شمالي مدينه دير الزور": the gazetteer knows only the Hamidiyah of al-Hasakah, 88 km out and yet
within the direction's 50 degrees. A town told by its bearing from a city lies in the city's surroundings; when the
reading chosen for it lies farther than ANCHOR_KM, the article's town is one the gazetteer lacks, and the city
stands for it at precision 2 ("near Y"), the ACLED way for a place known only by the town it lies near.
"""

from __future__ import annotations

from .context import curated
from .places import descriptors
from .refs import Choice, km
from .units import Unit, _replace

ANCHOR_KM = 50.0  # a town told by its bearing from a city lies this near it (dev: 'X شمال مدينه Y' within 48 km)
CITY_HEADS = frozenset({"مدينه"})  # the city named as the anchor ('شمالي مدينه Y'), not a capital far off (العاصمه)
NEAR = "قرب"  # the descriptor the city takes in the town's stead


def far_anchors(units: list[Unit], chosen: dict[int, Choice]) -> list[Unit]:
    """Units with every 'X DIR مدينه Y' whose chosen X lies beyond ANCHOR_KM from Y turned into 'near Y' (X is
    dropped from chosen, in place)."""
    out = list(units)
    for c, u in enumerate(units):
        t = u.context_of
        if (t is None or u.head is None or u.head.key not in CITY_HEADS or u.desc is None or u.desc.bearing is None
                or u.desc.position != "before"):
            continue
        town, city = chosen.get(t), chosen.get(c)
        if (town is None or city is None or not town.accepted or not city.accepted
                or town.place.kind != "locality" or curated(town.place) or city.place.kind != "locality"):
            continue
        if km(town.place, city.place) > ANCHOR_KM:
            del chosen[t]
            out[c] = _replace(u, desc=descriptors()[NEAR], direction=None)
    return out
