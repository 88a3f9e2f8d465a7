"""A village read for an Arabic-named homonym far from every place of the article, a Latin-only namesake inside them.

The gazetteer's Arabic rows shadow its Latin-only rows: a name some Arabic row carries is never looked up among the
villages and quarters known only by a Latin name (translit.py). When each Arabic row of the name (a village or a
quarter, rank <= VILLAGE_RANK) lies more than FAR_KM from every other town, district or province of its country
named in the headline or in its sentences ("منطقه الرستميه جنوب شرقي العاصمه" with بغداد in the headline: the
Rustamiyah of Babil lies 110 km off), and a Latin-only row spelled alike (AREA_CLOSENESS) lies within CONTEXT_KM
of one of them (Ar Rustamiyah, a quarter of Baghdad), that row is the place, at every mention of the name (one
sense per article). The capital a sentence of the name calls العاصمه (lexicon capitals) is one of those places.
A chosen village far from them gives way the same way to the one other Arabic row of its name among them, unless
the article names its province and not the other's (round 34b).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from functools import cache, lru_cache

from ..lexicon import load_table
from ..literal_guard import guard
from ..normalize import NormText
from ..records import Location
from .area_names import AREA_CLOSENESS
from .gazetteer import Gazetteer, Place
from .latin_rows import LatinRow, latin_index
from .refs import VILLAGE_RANK, PlaceRef, _feature, km_to  # VILLAGE_RANK: a town is known by its name
from .translit import closeness, pick, query_skeletons, spelled_alike

FAR_KM = 50.0  # an Arabic row this far from every place of the article is not the one meant (measured: docs/gazetteer.md)
CONTEXT_KM = 30.0  # a Latin-only row this near one of them lies inside it (a city's quarters, a district's villages)
CONTEXT_KINDS = frozenset({"locality", "admin1", "admin2"})
SENTENCE_ENDS = ("\n", ".", "?", "!")  # normalized text: "؟" is "?"
STOP_RE = re.compile("[" + re.escape("".join(SENTENCE_ENDS)) + "]")  # any of them
CAPITAL_RE = guard(r"(?<![\u0621-\u064a])(?:[وفب]|ل)?(?:ال|ل)عاصمه(?![\u0621-\u064a])")  # the capital, unnamed


@cache
def _capitals() -> dict[str, str]:
    """Each country's capital, as its gazetteer row id (lexicon capitals)."""
    return {r.get("iso3"): r.get("place") for r in load_table("capitals").rows}


def _context(nt: NormText, gz: Gazetteer, refs: list[PlaceRef], ref: PlaceRef) -> list[tuple[float, float]]:
    """The points of the other towns, districts and provinces of the ref's country named in the headline or in
    a sentence where the ref's place is named (none found by spelling), and of the capital a sentence where it
    is named calls العاصمه."""
    loc, text = ref.location, nt.text
    spans = [_sentence(text, r.start) for r in refs if r.location.id == loc.id] + [(0, text.find("\n") % (len(text) + 1))]
    points = [(r.location.lat, r.location.lon) for r in refs
              if r.kind in CONTEXT_KINDS | {"region"} and r.location.country_iso3 == loc.country_iso3
              and r.location.id.split("/")[0] != loc.id and r.location.feature != "country" and r.note is None
              and any(a <= r.start < b for a, b in spans)]
    said = any(CAPITAL_RE.search(text, a, b) for a, b in spans[:-1])
    cap = gz.get(_capitals().get(loc.country_iso3 or "", "")) if said else None
    return points + ([(cap.lat, cap.lon)] if cap is not None else [])


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence around an offset (a line or a stop ends it)."""
    stops = _stops(text)
    k = bisect_left(stops, at)  # the first stop at or after the offset
    return (stops[k - 1] + 1 if k else 0), (stops[k] if k < len(stops) else len(text))


@lru_cache(maxsize=16)
def _stops(text: str) -> tuple[int, ...]:
    """The offsets of the text's line breaks and stops, in order (read once per article, not once per name)."""
    return tuple(m.start() for m in STOP_RE.finditer(text))


def _latin_namesake(name: str, iso3: str, points: list[tuple[float, float]]) -> tuple[LatinRow, float] | None:
    """The one Latin-only row of this country spelled like the name within CONTEXT_KM of the points."""
    rows = {r.id: r for sk in query_skeletons(name) for r in latin_index().lookup(sk, frozenset({iso3}))
            if spelled_alike(name, r.latins) and closeness(name, r.latins) >= AREA_CLOSENESS}
    return pick(list(rows.values()), points, CONTEXT_KM)


def _named_provinces(refs: list[PlaceRef], iso3: str) -> set[str]:
    """The provinces of a country the article names, itself or by one of its districts."""
    return {r.location.admin1 for r in refs if r.kind in ("admin1", "admin2") and r.location.country_iso3 == iso3
            and r.location.admin1}


def _arabic_row(p: Place, name_ar: str) -> Location:
    """The Location of an Arabic gazetteer row read for a homonym."""
    return Location(id=p.id, name_en=p.name_en, name_ar=name_ar, country_iso3=p.iso3, admin1=p.admin1 or None,
                    admin2=p.admin2 or None, lat=p.lat, lon=p.lon, geo_precision=p.precision, feature=_feature(p))


def context_homonyms(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs, a village far from the article's places replaced by its Latin-only namesake inside them."""
    swaps: dict[str, Location] = {}
    kept: set[tuple[str, str, str]] = set()  # places read once and kept: the same answer at every mention
    for r in refs:
        loc = r.location
        if r.kind != "locality" or r.note is not None or loc.id in swaps or not loc.country_iso3 or not loc.name_ar:
            continue
        seen = (loc.id, loc.name_ar, loc.country_iso3)
        if seen in kept:
            continue
        kept.add(seen)
        own = gz.get(loc.id)
        rows = [p for p in gz.lookup(loc.name_ar) if p.iso3 == loc.country_iso3] or ([own] if own else [])
        if not rows or ((own is None or own.rank > VILLAGE_RANK) and any(p.rank > VILLAGE_RANK for p in rows)):
            continue  # neither swap can happen: no context needed
        points = _context(nt, gz, refs, r)
        if not points:
            continue
        close = [p for p in rows if min(km_to(p.lat, p.lon, q) for q in points) <= FAR_KM]
        near = [p for p in close if p.kind == "locality"]
        if (own is not None and own.rank <= VILLAGE_RANK and own not in near and len(near) == 1
                and (near[0].admin1 == own.admin1 or own.admin1 not in _named_provinces(refs, loc.country_iso3))):
            swaps[loc.id] = _arabic_row(near[0], loc.name_ar)  # another Arabic row of the name lies among them
            continue
        if close or any(p.rank > VILLAGE_RANK for p in rows):
            continue
        got = _latin_namesake(loc.name_ar, loc.country_iso3, points)
        if got is None or got[0].id in {p.id for p in rows}:
            continue
        row = got[0]
        swaps[loc.id] = Location(id=row.id, name_en=row.name_en, name_ar=loc.name_ar, country_iso3=row.iso3,
                                 admin1=row.admin1 or None, admin2=row.admin2 or None, lat=row.lat, lon=row.lon,
                                 geo_precision=2, feature="locality")
    if not swaps:
        return refs
    return [dataclasses.replace(r, location=dataclasses.replace(
        swaps[r.location.id], text=r.location.text, start=r.location.start, end=r.location.end),
        note=f"'{r.location.name_ar}' read for {swaps[r.location.id].name_en} ({swaps[r.location.id].id}) near the "
             f"article's places, not {r.location.name_en} ({r.location.id}) over {FAR_KM:.0f} km off")
        if r.location.id in swaps else r for r in refs]
