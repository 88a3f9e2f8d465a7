"""A name after a place's head noun that the gazetteer knows in another spelling of one letter: ت/ط, س/ص, ك/ق ...

Kurdish, Turkmen and Persian names have no fixed Arabic spelling: the news write "منطقه تاسلوجه" where the
gazetteer row is طاسلوجه, "قريه صيدكان" for سيدكان. A word right after a town's or an area's head noun that no place
covers is looked up again with one letter swapped for its usual alternate (the pairs are the
lexicon spelling_variants); a row is taken only when the name is long enough to tell (MIN_LETTERS), the row lies in
the country of the article's places and in the province of one of them or within NEAR_KM of one, and the rows so
found are one place (within SAME_KM of each other). The place has geo_precision 2 and a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..lexicon import load_table
from ..literal_guard import Guarded, guard
from ..normalize import NormText
from ..records import Location
from .bare_names import PROCLITICS, name_stops
from .gazetteer import Gazetteer, Place
from .refs import PlaceRef, km_to
from .translit import TOWN_HEADS

MIN_LETTERS = 5  # a shorter name swaps into another village's too often (measured on dev: docs/gazetteer.md)
NEAR_KM = 40.0  # a row this near one of the article's places is in its area (else: the same province)
SAME_KM = 5.0  # rows this near each other are one village
KINDS = ("locality",)


@cache
def _swaps() -> dict[str, tuple[str, ...]]:
    """Each letter and the letters that write the same sound in other spellings (both ways)."""
    out: dict[str, list[str]] = {}
    for r in load_table("spelling_variants").rows:
        a, b = r.get("letter"), r.get("variant")
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@cache
def _head_re() -> Guarded:
    """A town's or an area's head noun (singular), then the one word after it: the name."""
    keys = sorted((r.get("head") for r in load_table("place_heads").rows
                   if r.get("role") == "head" and r.get("number") == "sg" and r.get("head").startswith(TOWN_HEADS)),
                  key=len, reverse=True) + ["منطقه"]
    return guard(rf"(?<![^\s\"'(«]){PROCLITICS}({'|'.join(keys)})[ \"«]+([\u0621-\u064a]+)(?![\u0621-\u064a])")


def respellings(name: str) -> Iterator[str]:
    """The name with one letter swapped for an alternate spelling of its sound ('تاسلوجه' -> 'طاسلوجه', ...)."""
    swaps = _swaps()
    for i, c in enumerate(name):
        for v in swaps.get(c, ()):
            yield name[:i] + v + name[i + 1:]


def _rows(gz: Gazetteer, name: str, found: list[Location]) -> list[Place]:
    """The localities spelled like the name but for one letter, in the area of the article's places (found)."""
    countries = {loc.country_iso3 for loc in found}
    admin1s = {loc.admin1 for loc in found if loc.admin1}
    return [p for v in respellings(name) for p in gz.lookup(v) if p.kind in KINDS and p.iso3 in countries
            and (p.admin1 in admin1s or min(km_to(p.lat, p.lon, (q.lat, q.lon)) for q in found) <= NEAR_KM)]


def variant_refs(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """PlaceRefs for names after a head noun that a gazetteer row carries in a spelling one letter apart."""
    taken = [(r.start, r.end) for r in refs]
    found = [r.location for r in refs if r.kind != "country" and r.location.feature != "country"]  # the area, once
    out: list[PlaceRef] = []
    for m in _head_re().finditer(nt.text):
        h, (a, b), name = m.start(1), m.span(2), m.group(2)
        if len(name.removeprefix("ال")) < MIN_LETTERS or name in name_stops() or any(s < b and a < e for s, e in taken):
            continue
        rows = _rows(gz, name, found)
        if not rows or any(km_to(p.lat, p.lon, (rows[0].lat, rows[0].lon)) > SAME_KM for p in rows[1:]):
            continue
        place = next((p for p in rows if p.name_ar != name and p.name_ar in set(respellings(name))), rows[0])
        taken.append((a, b))
        out.append(_ref(nt, h, b, name, place))
    return out


def _ref(nt: NormText, start: int, end: int, name: str, place: Place) -> PlaceRef:
    """The PlaceRef of a name matched in another spelling: a locality of geo_precision 2 with its note."""
    ostart, oend = nt.to_orig(start, end)
    note = f"'{name}' read as {place.name_ar}: {place.name_en} ({place.id}), a spelling one letter apart"
    return PlaceRef(start=start, end=end, kind="locality", descriptor=None, note=note, location=Location(
        id=place.id, name_en=place.name_en, name_ar=name, country_iso3=place.iso3, admin1=place.admin1 or None,
        admin2=place.admin2 or None, lat=place.lat, lon=place.lon, geo_precision=2, text=nt.original[ostart:oend],
        start=ostart, end=oend, feature="locality"))
