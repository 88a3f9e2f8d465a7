"""A town placed by a direction from a city it lies far from: the city is the place, 'near' it.

"بلده الحميديه شمالي مدينه دير الزور": the gazetteer knows only the Hamidiyah of al-Hasakah, 88 km out and yet
within the direction's 50 degrees. A town told by its bearing from a city lies in the city's surroundings; when the
reading chosen for it lies farther than ANCHOR_KM, the article's town is one the gazetteer lacks, and the city
stands for it at precision 2 ("near Y"), the ACLED way for a place known only by the town it lies near. A reading in
the city's own district is no namesake though, however far out ("قريه الشماس جنوب غرب مدينه البوكمال": 70 km into
the district's desert; session 46, h1): a desert district reaches farther than ANCHOR_KM from its seat.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import curated
from .gazetteer import Place
from .places import descriptors
from .refs import Choice, PlaceRef, Point, km, km_to
from .units import Unit, _replace

ANCHOR_KM = 50.0  # a town told by its bearing from a city lies this near it (dev: 'X شمال مدينه Y' within 48 km)
CITY_HEADS = frozenset({"مدينه"})  # the city named as the anchor ('شمالي مدينه Y'), not a capital far off (العاصمه)
NEAR = "قرب"  # the descriptor the city takes in the town's stead


@dataclass(frozen=True, slots=True)
class Anchored:
    """The units with every far 'X DIR مدينه Y' made 'near Y', and per dropped X its span, Y's point and Y's start."""

    units: list[Unit]
    dropped: tuple[tuple[int, int, Point, int], ...]


def far_anchors(units: list[Unit], chosen: dict[int, Choice]) -> Anchored:
    """Units with every 'X DIR مدينه Y' whose chosen X lies beyond ANCHOR_KM from Y turned into 'near Y' (X is
    dropped from chosen, in place)."""
    out = list(units)
    dropped: list[tuple[int, int, Point, int]] = []
    for c, u in enumerate(units):
        t = u.context_of
        if (t is None or u.head is None or u.head.key not in CITY_HEADS or u.desc is None or u.desc.bearing is None
                or u.desc.position != "before"):
            continue
        town, city = chosen.get(t), chosen.get(c)
        if (town is None or city is None or not town.accepted or not city.accepted
                or town.place.kind != "locality" or curated(town.place) or city.place.kind != "locality"):
            continue
        if km(town.place, city.place) > ANCHOR_KM and not same_district(town.place, city.place):
            del chosen[t]
            out[c] = _replace(u, desc=descriptors()[NEAR], direction=None)
            dropped.append((units[t].start, units[t].end, (city.place.lat, city.place.lon), u.start))
    return Anchored(out, tuple(dropped))


def same_district(town: Place, city: Place) -> bool:
    """Whether the town lies in the city's own district (admin2 of the same governorate and country)."""
    return bool(town.admin2) and (town.iso3, town.admin1, town.admin2) == (city.iso3, city.admin1, city.admin2)


def kept_readings(extra: list[PlaceRef], anchored: Anchored) -> list[PlaceRef]:
    """The Latin-only readings (translit.py) but those of a dropped X lying beyond ANCHOR_KM from its city Y: 'منطقه
    كهلان شرق مدينه صعده' is near Sa'dah, not a Kuhlan 190 km off near the article's other towns."""
    return [r for r in extra if not any(a <= r.start < b and km_to(r.location.lat, r.location.lon, pt) > ANCHOR_KM
                                        for a, b, pt, _ in anchored.dropped)]


def lone_towns(refs: list[PlaceRef], kept: list[PlaceRef], anchored: Anchored) -> list[PlaceRef]:
    """The refs without the 'near Y' of a dropped X that a kept Latin-only reading places after all: 'منطقه الجبانه
    شمال مدينه الحديده' is one place, the village of al-Jabanah 15 km north of the city, not also 'near al-Hudaydah'."""
    found = {y for a, b, _, y in anchored.dropped if any(a <= r.start < b for r in kept)}
    return [r for r in refs if r.start not in found] if found else refs
