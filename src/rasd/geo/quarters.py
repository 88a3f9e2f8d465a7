"""A quarter named with its town: "حي الميدان في بلده النبطيه الفوقا", "حي النصر غرب مدينه غزه".

Arabic news place a quarter by the town it belongs to, written right after it (في، ب or a direction). When the
quarter's own reading lies farther from that town than a quarter can (reach_km: 15 km, a city of millions' breadth for
a quarter row of the gazetteer, Baghdad's Mashtal 18 km from its point), the reading is a namesake
elsewhere (a Jezzine village El Midane, 25 km from Nabatieh; the hamlet Al-Bayuk for Gaza City's al-Nasr): the
quarter, which the gazetteer lacks, is placed at its town's point instead. The town's centre between them holds a
quarter or an area ("حي X التجاري بوسط بغداد", "منطقه X وسط العاصمه بغداد": not Baghdad's village as-Sa'dun, 33 km off).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..literal_guard import guard
from ..normalize import NormText
from ..records import Location
from .gazetteer import Gazetteer, Place
from .refs import AREA_HEADS, QUARTER_HEADS, PlaceRef, km_to

QUARTER_KM = 15.0  # a quarter lies this near the town it belongs to
CITY_KM = 30.0  # ... or the breadth of a city of millions, at most this (Baghdad's point to its quarter Mashtal: 18 km)
DENSITY = 10_000  # people per km2 of a big Arab city: its breadth from its population (Baghdad, 7.2 million: 30 km)
TOWN_KINDS = frozenset({"locality"})
QUARTER = "neighbourhood"  # the feature of a quarter's own row
# "حي X في بلده Y", "حي X بمدينه Y", "حي X غرب مدينه Y"; the town's side or half between them: "حي X بالجانب
# الايسر من مدينه الموصل", "حي X في الشطر الشرقي لمدينه Y" (a divided city's banks: Mosul's, Baghdad's, Khartoum's)
# (and "في الجهه الشماليه الشرقيه لمدينه Y": the side of the town, feminine and compound directions)
SIDE = (r"(?:في |ب)?ال(?:(?:جانب|طرف|شطر|قسم|جزء|ساحل) (?:الايمن|الايسر|الشرقي|الغربي|الشمالي|الجنوبي)"
        r"|(?:جهه|ناحيه) (?:الشماليه|الجنوبيه)?(?: ?(?:الشرقيه|الغربيه))?) (?:من |ل)")
GAP_RE = re.compile(rf" (?:{SIDE}|في |ب)?")
# "حي X وسط مدينه Y", "منطقه X وسط العاصمه بغداد", "حي X التجاري بوسط Y": the town's centre holds the quarter or the
# area (an area head only with it: "منطقه X شمال مدينه Y" may be a village of the town's countryside); a nisba of
# the quarter's trade or people may come between
KINDS = r"(?:(?:التجاري|السكني|الشعبي|الراقي|القديم) )?"
CENTRE_RE = guard(rf" {KINDS}(?:في |ب)?وسط ")


# "حي X شمالي المدينه", "حي X في الجهه الغربيه من المدينه": the city the article is about, named before
DIRECTION = r"(?:(?:شمال|جنوب)ي?(?: ?(?:شرق|غرب)ي?)?|شرقي?|غربي?|وسط|بوسط) "
THE_CITY_RE = guard(rf" (?:{SIDE}|{DIRECTION})?(?:ال|ل)مدينه(?![\u0621-\u064a])")
CITY_RANK = 3  # the city "المدينه" refers back to: the last town of 20,000 or more the article named before the quarter


def reach_km(town: Place) -> float:
    """How far from a town's point its quarters lie: QUARTER_KM, or the breadth of a city whose population spreads it
    wider (a disc of DENSITY; the gazetteer's point may lie anywhere in it), at most CITY_KM."""
    return min(max(QUARTER_KM, 2 * math.sqrt(town.pop / (math.pi * DENSITY))), CITY_KM)


def swallowed(town: Place, village: Location) -> bool:
    """A village row of the town's own governorate within a city of millions' breadth is one of its quarters ('حي
    ابو دشير جنوبي بغداد': the village row Abu Dashir, 18 km from Baghdad's point); elsewhere a village beyond
    QUARTER_KM is the quarter's namesake."""
    return village.country_iso3 == town.iso3 and village.admin1 == town.admin1 and reach_km(town) > QUARTER_KM


def _held(head: str, gap: str) -> bool:
    """The words between a quarter (or an area) and the town after it place it inside the town."""
    return CENTRE_RE.fullmatch(gap) is not None or (head in QUARTER_HEADS and GAP_RE.fullmatch(gap) is not None)


def _town_elsewhere(nt: NormText, gz: Gazetteer, refs: list[PlaceRef], r: PlaceRef, head: str) -> PlaceRef | None:
    """The town another mention of the quarter's very phrase is written in ("حي X وسط مدينه Y" in the lead, then
    "حي X" alone), whatever that mention was read as (a reading refused there is no ref): one sense per article."""
    phrase, text = nt.text[r.start:r.end], nt.text
    at = text.find(phrase)
    while at != -1:
        end = at + len(phrase)
        town = next((q for q in refs if q.start >= end), None) if at != r.start else None
        base = gz.get(town.location.id) if town is not None else None
        if (town is not None and base is not None and base.kind in TOWN_KINDS and _held(head, text[end:town.start])
                and not text[end:end + 1].isalpha()):
            return town
        at = text.find(phrase, at + 1)
    return None


def _the_city(nt: NormText, gz: Gazetteer, refs: list[PlaceRef], k: int) -> PlaceRef | None:
    """The city a quarter is placed in by "المدينه" ("حي الروضه شمالي المدينه"): the last town of CITY_RANK or more
    named before it (a quarter, a village or an area between them is no city)."""
    r = refs[k]
    if THE_CITY_RE.match(nt.text, r.end) is None:
        return None
    for q in reversed(refs[:k]):
        base = gz.get(q.location.id)
        if (base is not None and base.kind in TOWN_KINDS and base.rank >= CITY_RANK and q.descriptor is None
                and q.location.flagged in (None, "context")):
            return q
    return None


def contained(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs (sorted by start), a quarter whose reading lies beyond reach of the town written right after
    it moved to that town's point (the direction phrase's point when a direction comes between), and so are the
    quarter's other mentions (one sense per name: "في حي النصر" later in the article)."""
    moved: dict[str, tuple[Location, str]] = {}
    for k, r in enumerate(refs):
        head = nt.text[r.start:r.end].split(" ", 1)[0]
        if head not in QUARTER_HEADS | AREA_HEADS or r.descriptor is not None or r.kind != "locality":
            continue
        town = next((q for q in refs[k + 1:] if q.start >= r.end), None)
        if town is None or not _held(head, nt.text[r.end:town.start]):
            town = _town_elsewhere(nt, gz, refs, r, head)  # "... في حي X وسط مدينه Y" told before: X is Y's
            if town is None and head in QUARTER_HEADS:
                town = _the_city(nt, gz, refs, k)  # "حي X شمالي المدينه": the city named before
            if town is None:
                continue
        base = gz.get(town.location.id)
        if base is None or base.kind not in TOWN_KINDS or town.location.flagged not in (None, "context"):
            continue
        far = km_to(r.location.lat, r.location.lon, (base.lat, base.lon))
        reach = reach_km(base) if r.location.feature == QUARTER or swallowed(base, r.location) else QUARTER_KM
        if far > reach and r.location.id not in moved:
            t = town.location
            moved[r.location.id] = (replace(
                r.location, id=base.id, name_en=base.name_en, name_ar=base.name_ar, country_iso3=t.country_iso3,
                admin1=t.admin1, admin2=t.admin2, lat=t.lat, lon=t.lon, geo_precision=max(t.geo_precision, 1),
                feature=t.feature), f"a quarter of {base.name_en}: not {r.location.name_en} ({r.location.id}), "
                f"{far:.0f} km away")
    if not moved:
        return refs
    out: list[PlaceRef] = []
    for r in refs:
        got = moved.get(r.location.id)
        if got is None or r.descriptor is not None:
            out.append(r)
            continue
        loc, why = got
        out.append(replace(r, note=f"'{r.location.text}' is {why}", location=replace(
            loc, text=r.location.text, start=r.location.start, end=r.location.end)))
    return out
