"""Scene: a finer place named in one clause with the wider place that holds it wins over that container.

'قرب مصفي X النفطي ... اربيل', 'محيط بلده X ... ريف دمشق', 'جنوب شرق بلده X ... جنوب نابلس': a site, a village or
a bearing from a village lies inside the province, the countryside or the city named with it, so the container
only locates it (round 34b, from the dev-wide place study).
"""

from __future__ import annotations

from typing import Any

from .fuse_keys import km as great_circle
from .geo.gazetteer import Place, load_gazetteer
from .geo.refs import ref_km
from .scene_clauses import came_from, launch_origin, origin

AT_PLACE = (None, "near", "outskirts", "surroundings")  # descriptors that keep the place's own point
VILLAGE_RANK = 2  # gazetteer rank of a village (3: a town of 20k, 4: a city)
TOWN_RANK = 3
CITY_RANK = 4
CITY_KM = 20.0  # a village or site this near a city's point is in its area
SITE_KM = 50.0  # a site of the city's province this near it is named by the city it serves
AREA_KM = 25.0  # a village or site this near the base of a bearing or a countryside is in it


def finer_over_container(text: str, cands: list[Any]) -> list[Any]:
    """The candidates without those that only hold a finer candidate of the clause (all of them when none does)."""
    gz = load_gazetteer()
    fine = [q for q in cands if _finer(gz.get(_base_id(q)), q) and not _elsewhere(text, q)]
    if not fine:
        return cands
    kept = [p for p in cands if not any(q is not p and _holds(gz.get(_base_id(p)), p, q) for q in fine)]
    return kept or cands


def _base_id(p: Any) -> str:
    """The gazetteer id of the place a reference is read from ('X/east_of' -> 'X')."""
    return str(p.location.id).split("/", 1)[0]


def _finer(row: Place | None, q: Any) -> bool:
    """A site, a village or quarter at its own point, or a bearing from a village or site."""
    if row is None or q.location.flagged == "context":
        return False
    if q.descriptor in AT_PLACE:
        return q.kind == "site" or (q.kind == "locality" and row.rank <= TOWN_RANK)
    return str(q.descriptor).endswith("_of") and (row.kind == "site" or (
        row.kind == "locality" and row.rank <= VILLAGE_RANK))


def _elsewhere(text: str, q: Any) -> bool:
    """A place that is not where things happened: a launch point, where they came from, the victims' home town."""
    return launch_origin(text, q) or came_from(text, q) or origin(text, q)


def _holds(row: Place | None, p: Any, q: Any) -> bool:
    """Place p is a wider area that holds q: its province or district, a city around it, a countryside or bearing
    from a base near it."""
    if row is None or p.location.id == q.location.id or p.kind == "site":
        return False
    a, b = p.location, q.location
    if p.descriptor in AT_PLACE and p.kind in ("admin1", "admin2"):  # 'ريف دمشق' is a district row of its province
        return bool(a.admin1) and a.country_iso3 == b.country_iso3 and a.admin1 == b.admin1
    if p.descriptor in AT_PLACE:
        return p.kind == "locality" and row.rank >= CITY_RANK and (ref_km(p, q) <= CITY_KM or (
            q.kind == "site" and a.admin1 == b.admin1 and ref_km(p, q) <= SITE_KM))  # a refinery serving the city
    if str(p.descriptor).startswith(("rif", "badiya")) or str(p.descriptor).endswith("_of"):
        return row.rank > VILLAGE_RANK and great_circle(row.lat, row.lon, b.lat, b.lon) <= AREA_KM
    return False

