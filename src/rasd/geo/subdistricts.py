"""Sub-districts named by their head noun: 'ناحيه قراج التابعه لقضاء مخمور' is the OCHA sub-district Qaraj (whose
Arabic name in the source is القرج), not a village spelled alike in Latin letters 100 km off (Grega). A name after
'ناحيه' that no place covers is looked up among the sub-district rows (feature admin3) by its Latin spelling, in a
district or governorate the article names; the one row there is the place (geocode.py, before transliteration)."""

from __future__ import annotations

from functools import cache

from ..literal_guard import guard
from ..normalize import NormText
from ..records import Location
from .gazetteer import Place, load_gazetteer
from .refs import PlaceRef
from .translit import spelled_alike

SUBDISTRICT_RE = guard(r"(?<![^\s\"'(«])[وف]?[بل]?(ناحيه) \"?([\u0621-\u064a]{3,})")


@cache
def subdistrict_rows() -> tuple[Place, ...]:
    """The gazetteer's sub-districts (feature admin3: OCHA's nawahi of Iraq and Syria)."""
    return tuple(p for p in load_gazetteer().places if "admin3" in p.features)


def subdistricts(nt: NormText, refs: list[PlaceRef]) -> list[PlaceRef]:
    """PlaceRefs for 'ناحيه X' where no place covers X and one sub-district of a district (else governorate) the
    article's places lie in is spelled alike in Latin letters."""
    taken = [(r.start, r.end) for r in refs]
    admin2s = {r.location.admin2 for r in refs if r.location.admin2}
    admin1s = {r.location.admin1 for r in refs if r.location.admin1}
    out: list[PlaceRef] = []
    for m in SUBDISTRICT_RE.finditer(nt.text):
        (h, _), (a, b) = m.span(1), m.span(2)
        if any(s < b and a < e for s, e in taken):
            continue
        rows = [p for p in subdistrict_rows() if spelled_alike(m.group(2), (p.name_en,))]
        inside = [p for p in rows if p.admin2 in admin2s] or [p for p in rows if p.admin1 in admin1s]
        if len(inside) != 1:
            continue
        p = inside[0]
        ostart, oend = nt.to_orig(h, b)
        out.append(PlaceRef(start=h, end=b, kind="locality", descriptor=None, note=(
            f"'{m.group(2)}' after its head matched by transliteration to the sub-district {p.name_en} ({p.id})"),
            location=Location(id=p.id, name_en=p.name_en, name_ar=m.group(2), country_iso3=p.iso3,
                              admin1=p.admin1 or None, admin2=p.admin2 or None, lat=p.lat, lon=p.lon,
                              geo_precision=p.precision, text=nt.original[ostart:oend], start=ostart, end=oend,
                              feature="locality")))
        taken.append((h, b))
    return out
