"""Scene refinement by the target named again: a later sentence without a trigger of its own places the hit site.

A report tells a strike at a wide area in its lead ('هجوم بطائره مسيره استهدف مقرا ... بشمال العراق', 'ضربات علي
محافظه خوزستان') and a later sentence names the site again by its head noun and 'المستهدف' with a finer place ('ان
المقر المستهدف قرب قريه X جنوب Y', 'الموقع المستهدف علي المرتفعات القريبه من مدينه X'). That place, when it lies
inside the area of exactly one violent incident told before it, is that incident's place.
"""

from __future__ import annotations

import re

from .merge_compat import Unit, km
from .recognize import Recognized
from .records import Location

TARGETED_RE = re.compile(r"(?:^|\s)(ال\w{2,} المستهدفه?) (?:قرب|في|ب|علي|عند|بالقرب من|جنوب|شمال|شرق|غرب)")
REACH = 80  # chars after the phrase within which its place is named
AREA_KM = 100.0  # a district or a side of a town holds a place of its province this far from its point
AREA_FEATURES = frozenset({"admin1", "admin2", "admin3"})
PEACEFUL = frozenset({"Arrests", "Peaceful protest", "Protest with intervention", "Agreement",
                      "Change to group/activity", "Headquarters or base established", "Other"})


def targeted_place(rec: Recognized, units: list[Unit]) -> list[Unit]:
    """The units with an incident placed at a wide area moved to the finer place a later 'X المستهدف' names."""
    text = rec.nt.text
    for m in TARGETED_RE.finditer(text):
        sent = next((i for i, s in enumerate(rec.sentences) if s.start <= m.start() < s.end), None)
        if sent is None:
            continue
        end = min(m.end() + REACH, rec.sentences[sent].end)
        place = next((p for p in rec.places if m.end(1) <= p.start < end), None)
        if place is None or any(u.place is not None and u.place.location.id == place.location.id for u in units):
            continue  # the site's own telling already places its incident
        hosts = [u for u in units if u.place is not None and u.sub_event not in PEACEFUL
                 and min(f.sent for f in u.frames) <= sent and holds(u.place.location, place.location)]
        told = [u for u in hosts if not all(f.heading for f in u.frames)]  # a title retells the lead's incident
        hosts = told or hosts
        if len(hosts) == 1:
            hosts[0].place = place
    return units


def holds(area: Location, spot: Location) -> bool:
    """A wide area (a province or district, a side of one, a side of a country) of the spot's country and
    province (a country's side holds every place of that country), and the spot is finer."""
    wide = "/" in area.id or area.feature in AREA_FEATURES
    if not (wide and area.geo_precision >= 2 and spot.geo_precision < area.geo_precision):
        return False
    if spot.country_iso3 is None or spot.country_iso3 != area.country_iso3:
        return False
    if area.admin1 is None:  # 'شمال العراق': a side of the country
        return area.feature == "country" and "/" in area.id
    return spot.admin1 == area.admin1 and (area.feature == "admin1" or km(area, spot) <= AREA_KM)
