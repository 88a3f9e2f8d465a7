"""A town named for the unit it is the seat of: "بلده الخرايب، في قضاء صيدا", "قريه علي اغا التابعه لمنطقه ديريك".

The gazetteer has no row for the district of Sidon or the area of Derik, so the phrase resolves to the town; the
writer still names the unit that holds the place, and of the place's namesakes the one inside that unit is meant
(El Kharayeb of the South, not of Mount Lebanon; the 'Ali Agha of al-Hasakah, not of Kirkuk). Inside means in the
seat's country and province and within SEAT_KM of the town (the seat's district has no row to test).
"""

from __future__ import annotations

import re

from ..literal_guard import guard
from ..records import Location
from .gazetteer import Gazetteer, Place
from .refs import km_to

# the seat's own head noun names its unit ("في قضاء صيدا", "بولايه X"); after "التابعه ل" an area's or a town's head
# too ("التابعه لمنطقه ديريك", "التابعه لمدينه Y"): the words say the unit holds the place
SEAT_HEAD_RE = re.compile(r"(?:و?[لب])?(?:قضاء|محافظه|مديريه|ولايه|اقليم|ناحيه)(?= )")
HOLDING_HEAD_RE = re.compile(r"(?:قضاء|محافظه|مديريه|ولايه|اقليم|ناحيه|منطقه|مدينه)(?= )")
HOLDING_RE = guard(r"(?:ال)?تابع(?:ه|ين|تين)? ل?")
SEAT_KM = 60.0  # a district's villages lie this near its seat (as holders.ADMIN2_KM for a district's point)


def seat_of(gap: str, unit_text: str) -> bool:
    """Whether a town's phrase stands for the unit it is the seat of and the gap says that unit holds the place
    before it ("، في قضاء صيدا", "التابعه لمنطقه ديريك"); a comma alone parts two places."""
    if HOLDING_RE.search(gap) is not None:
        return HOLDING_HEAD_RE.match(unit_text) is not None
    m = SEAT_HEAD_RE.match(unit_text)
    return m is not None and (bool(gap.strip(" ,")) or m.group(0).lstrip("و")[:1] in ("ل", "ب"))


def seat_inside(loc: Location, seat: Place) -> bool:
    """Whether a reading lies in the unit of a seat town: same country and province, within SEAT_KM of it."""
    return (loc.country_iso3 == seat.iso3 and (not seat.admin1 or loc.admin1 == seat.admin1)
            and km_to(loc.lat, loc.lon, (seat.lat, seat.lon)) <= SEAT_KM)


def seat_row(gz: Gazetteer, name: str, seat: Place) -> Place | None:
    """The one town or site of this name in the seat's unit (rows within 5 km of each other are one place)."""
    rows = [p for p in gz.lookup(name) if p.kind in ("locality", "site") and p.iso3 == seat.iso3
            and (not seat.admin1 or p.admin1 == seat.admin1) and km_to(p.lat, p.lon, (seat.lat, seat.lon)) <= SEAT_KM]
    if not rows or any(km_to(p.lat, p.lon, (rows[0].lat, rows[0].lon)) > 5.0 for p in rows[1:]):
        return None
    return rows[0]
