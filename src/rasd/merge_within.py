"""Told within: an incident told at an area, and again at a place the text itself puts inside that area.

A report names the area in its lead or title ('عدوان يستهدف موقعا عسكريا في منطقه القصير', 'خمس غارات علي مديريتي
برع والمنصوريه', 'ضربه ... قرب مدينه البوكمال') and the place it hit in a detail that names the area again as that
place's container or locator ('في محيط بلده الضبعه بمنطقه القصير', 'منطقه القراشيه في مديريه المنصوريه', 'في قريه
الصيخه الواقعه شمال غربي البوكمال'). The area's point and the village lie several km apart, and the ordinary merge
keeps two settlements apart, so one incident became two. When the place right after a unit's own place in its
sentence, with only a linking word between ('ب', 'في', 'الواقعه', 'التابعه ل'; a 'و' lists two places, a bare
direction word 'X شرق Y' is left alone), is the other unit's place (the same row, a direction from it, or a row of
the same name: the district of a town's name), and the two agree in day, sides and type, the area's telling joins
the place's (when it is the only such place); the merged incident keeps the finer place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .merge_compat import Unit, dates_ok, items_apart, numbered_apart, sides_ok, types_ok
from .recognize import Recognized

LINKS = frozenset({"ب", "في", "الواقعه", "الواقع", "التابعه", "التابع", "ل"})
# what puts a place inside the area after it: 'بلده الضبعه بمنطقه القصير', 'منطقه القراشيه في مديريه المنصوريه',
# 'قريه الصيخه الواقعه شمال غربي البوكمال', 'بلده البقعان التابعه لمنطقه هجين' (never 'و': 'X وY' lists two places)


def join_within(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each area's telling folded into the telling of a place the text puts inside that area."""
    out = list(units)
    for u in list(out):
        if u not in out or u.place is None:
            continue
        inner = [m for m in out if m is not u and _inside(rec, m, u)]
        if len(inner) != 1:
            continue
        m = inner[0]
        place = m.place
        absorb(m, u)
        m.place = place
        out.remove(u)
    return out


def _inside(rec: Recognized, m: Unit, u: Unit) -> bool:
    """m's place is told in m's sentence as lying in u's place, and the two units may be one incident."""
    if m.place is None or u.place is None or any(f is g for f in m.frames for g in u.frames):
        return False
    if any(f.distinct for f in m.frames + u.frames) or numbered_apart(m, u) or items_apart(m, u):
        return False
    area = _container(rec, m.place)
    if area is None or not _names(area.location, u.place.location):
        return False
    return dates_ok(m, u) and sides_ok(m, u) and types_ok(m, u)


def _container(rec: Recognized, p: Any) -> Any | None:
    """The place named right after p in its sentence, its container by the only words between them ('ب', 'في',
    'الواقعه', 'التابعه ل'); None if none."""
    text = rec.nt.text
    for q in rec.near("places", p.end, p.end + 40):
        gap = text[p.end:q.start].split()
        return q if gap and all(w in LINKS for w in gap) else None
    return None


def _names(area: Any, told: Any) -> bool:
    """The area after the place is the one the other unit is told at: its row, a direction from that row, or a
    row of the same name in the same country (the district named after its town)."""
    if area.id.split("/")[0] == told.id.split("/")[0]:
        return True
    return bool(area.name_en) and area.name_en == told.name_en and area.country_iso3 == told.country_iso3
