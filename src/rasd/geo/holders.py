"""A place named with the admin unit that holds it: "ناحيه X التابعه لقضاء Y", "قريه X في قضاء Y", "محليه X بولايه Y".

The writer names the district or province right after the place to say where it lies. When the reading chosen for X
lies outside that unit (a namesake 200 km off found by transliteration, the Gezira state for "محليه الجزيره ابا
بولايه النيل الابيض"), the text contradicts it: X's row inside Y is taken when the gazetteer has one, else Y stands
for X at Y's own precision (2 for a district, 3 for a province), the ACLED way for a place known only by its unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..normalize import NormText
from ..records import Location
from .gazetteer import Gazetteer, Place
from .places import heads
from .refs import PlaceRef, km_to, point
from .seats import seat_inside, seat_of, seat_row

# the words between X and its unit: "التابعه ل" (holding), "في", a ب or ل proclitic, maybe after a comma
HOLDER_GAP_RE = re.compile(r",? ?(?:(?:ال)?تابع(?:ه|ين|تين)? ل?|في |[بل])?")
# a headed X whose written name runs one word past the matched one ('محليه الجزيره ابا بولايه Y')
LONGER_GAP_RE = re.compile(r" [\u0621-\u064a]{2,} (?:(?:ال)?تابع(?:ه|ين|تين)? ل?|في |[بل])")
# the unit's own head noun, with a ل/ب proclitic ("لقضاء", "بولايه"): a district or a province
UNIT_HEAD_RE = re.compile(r"(?:و?[لب])?(?:قضاء|محافظه|مديريه|ولايه|اقليم)(?= )")
UNIT_KINDS = frozenset({"admin1", "admin2"})
# a town, a site, or a province read for a smaller unit ('محليه X بولايه Y'); not a district, whose province the
# sources disagree on ('قضاء عقره التابع لمحافظه دهوك': Nineveh's in OCHA's rows), nor a region or a country
HELD_KINDS = frozenset({"locality", "site", "admin1"})
# a place this near a province's or a district's point agrees with it though its row names another unit: boundaries
# move ('مدينه بابنوسه بولايه غرب كردفان': the open rows still put Babanusa in South Kordofan, 81 km from the point
# of the West Kordofan re-created in 2013); a reading beyond lies in another province (Gezira state, 165 km from the
# White Nile's; Amam of Kirkuk, 160 km from al-Muqdadiya)
ADMIN1_KM = 150.0
ADMIN2_KM = 60.0
NEAR = "near"  # the one descriptor a held place may carry ('قرب ناحيه X التابعه لقضاء Y')
LEADS = frozenset({"قرب", "بالقرب", "محيط"})  # words before a place's head that are no part of its name


def held(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs (sorted by start), each place whose reading lies outside the admin unit named right after it moved
    to its row inside that unit, else to the unit; and so are its other mentions by the same name."""
    moved: dict[tuple[str, str], tuple[Location, str, str]] = {}
    for k, r in enumerate(refs):
        unit = next((q for q in refs[k + 1:] if q.start >= r.end), None)
        if unit is None or r.kind not in HELD_KINDS or r.descriptor not in (None, NEAR):
            continue
        gap = nt.text[r.end:unit.start]
        headed = _name(nt.text[r.start:r.end]) != nt.text[r.start:r.end]
        fits = HOLDER_GAP_RE.fullmatch(gap) is not None or (headed and LONGER_GAP_RE.fullmatch(gap) is not None)
        unit_text, holder = nt.text[unit.start:unit.end], gz.get(unit.location.id)
        seat = (holder is not None and holder.kind == "locality" and unit.descriptor is None and fits
                and seat_of(gap, unit_text))  # "في قضاء صيدا": the town stands for its district
        if not seat and (unit.kind not in UNIT_KINDS or unit.descriptor is not None or not fits or not _held_by(
                gap, unit_text)):
            continue
        if holder is None or (holder.kind not in UNIT_KINDS and not seat) or r.location.id == holder.id or (
                seat_inside(r.location, holder) if seat else _inside(r.location, holder)):
            continue
        name = _name(nt.text[r.start:r.end])
        row = seat_row(gz, name, holder) if seat else _row_inside(gz, name, holder)
        key = (r.location.id, name)
        if key in moved or (seat and row is None):  # a seat's unit has no row: the town is not X
            continue
        if row is not None:
            moved[key] = (_at(gz, r.location, row), row.kind, f"the {row.name_en} of {holder.name_en}")
        else:
            moved[key] = (unit.location, unit.kind, f"in {holder.name_en}, the unit the text names")
    if not moved:
        return refs
    out: list[PlaceRef] = []
    for r in refs:
        got = moved.get((r.location.id, _name(nt.text[r.start:r.end])))
        if got is None:
            out.append(r)
            continue
        loc, kind, why = got
        out.append(replace(r, kind=kind, note=f"'{r.location.text}' is {why}: not {r.location.name_en} "
                           f"({r.location.id}), outside it", location=replace(
                               loc, text=r.location.text, start=r.location.start, end=r.location.end)))
    return out


def _held_by(gap: str, unit_text: str) -> bool:
    """The unit's phrase opens with its head noun, and the gap or the head's proclitic says it holds the place ('التابعه
    ل', 'في', 'بولايه Y'); a comma alone parts two places."""
    m = UNIT_HEAD_RE.match(unit_text)
    if m is None:
        return False
    return bool(gap.strip(" ,")) or m.group(0).lstrip("و")[:1] in ("ل", "ب")


def _inside(loc: Location, unit: Place) -> bool:
    """Whether a reading lies in an admin unit: its row names the unit, or it lies near the unit's point."""
    if loc.country_iso3 != unit.iso3:
        return False
    if unit.kind == "admin1":
        return loc.admin1 == unit.admin1 or km_to(loc.lat, loc.lon, (unit.lat, unit.lon)) <= ADMIN1_KM
    return (loc.admin1 == unit.admin1 and loc.admin2 == unit.admin2) or km_to(
        loc.lat, loc.lon, (unit.lat, unit.lon)) <= ADMIN2_KM


def _name(phrase: str) -> str:
    """A place phrase without its head noun and descriptor ('قرب ناحيه انجانه' -> 'انجانه')."""
    words = phrase.split(" ")
    while len(words) > 1 and (words[0] in heads() or words[0] in LEADS):
        words = words[1:]
    return " ".join(words)


def _row_inside(gz: Gazetteer, name: str, unit: Place) -> Place | None:
    """The one town or site of this name that lies in the unit, if the gazetteer has it."""
    rows = {p.id: p for p in gz.lookup(name) if p.kind in ("locality", "site") and p.iso3 == unit.iso3
            and p.admin1 == unit.admin1 and (unit.kind == "admin1" or p.admin2 == unit.admin2)}
    return next(iter(rows.values())) if len(rows) == 1 else None


def _at(gz: Gazetteer, loc: Location, p: Place) -> Location:
    """A reading moved to a gazetteer row at the row's point and precision (the span stays the original text's)."""
    lat, lon = point(gz, p)
    return replace(loc, id=p.id, name_en=p.name_en, name_ar=p.name_ar, country_iso3=p.iso3, admin1=p.admin1 or None,
                   admin2=p.admin2 or None, lat=lat, lon=lon, geo_precision=p.precision, feature=p.features[0])
