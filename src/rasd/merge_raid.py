"""Heliborne raid: a raid by helicopters that ends in arrests, told as a strike from the air, joins the arrest.

A statement tells a heliborne raid ('نفذت قواتها غارة بالمروحيات في شرق سوريا أسفرت عن مقتل قيادي واعتقال اثنين',
'عملية مروحية في ريف دير الزور أسفرت عن اعتقال قيادي') and the article tells the arrest again at the village raided.
The helicopter and the word 'غارة' or 'عملية' type the lead an air strike, the arrest sentence types its own unit
Arrests, and the two types keep them apart: one raid became a strike at the area and an arrest at the village.
A unit typed Air/drone strike whose only weapon is the helicopter, whose every body sentence tells an arrest
(an arrest trigger after its own), joins the article's arrest at a compatible place (or at the area of the
arrest's province that the statement names) within RAID_DAYS, since the statement is often dated by the day it
was issued; when several arrests qualify, the one told with the helicopter, then the first told. The merged
incident keeps the arrest's place and type.
"""

from __future__ import annotations

from collections.abc import Callable

from .merge_compat import Unit, places_ok, settlement
from .recognize import Recognized

AIR = "Air/drone strike"
ARRESTS = "Arrests"
RAID_DAYS = 2  # a raid at dawn, announced by a statement of the next day or two


def join_raids(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each heliborne raid told as an air strike folded into the arrest it made (see the module)."""
    out = list(units)
    for u in list(out):
        if not _heliborne(rec, u):
            continue
        held = [m for m in out if m.sub_event == ARRESTS and m.place is not None and _holds(u, m)
                and (m.day is None or u.day is None or abs((m.day - u.day).days) <= RAID_DAYS)]
        if not held:
            continue
        m = min(held, key=lambda v: ("helicopter" not in v.weapons, min(f.sent for f in v.frames)))
        kept = (m.place, m.sub_event, m.sub_from)
        absorb(m, u)
        m.place, m.sub_event, m.sub_from = kept
        out.remove(u)
    return out


def _holds(u: Unit, m: Unit) -> bool:
    """The raid's place may hold the arrest's: a compatible place, or an area of the arrest's province ('ريف دير
    الزور' for a town of Deir ez-Zor far from the city's point)."""
    if places_ok(m, u):
        return True
    a, b = u.place.location if u.place else None, m.place.location if m.place else None
    return a is not None and b is not None and (a.geo_precision or 1) >= 2 and not settlement(a) and \
        a.country_iso3 == b.country_iso3 and a.admin1 is not None and a.admin1 == b.admin1


def _heliborne(rec: Recognized, u: Unit) -> bool:
    """u is an air strike by helicopters alone whose every body sentence tells an arrest after its trigger."""
    body = [f for f in u.frames if not f.heading]
    if u.sub_event != AIR or set(u.weapons) != {"helicopter"} or not body or u.place is None:
        return False
    for f in body:
        end = rec.sentences[f.sent].end
        if not any(t.payload.get("class") == "arrest" for t in rec.near("triggers", f.trigger.end, end)):
            return False
    return True
