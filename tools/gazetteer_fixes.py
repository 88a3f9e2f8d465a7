"""Corrections by class of the rows tools/build_gazetteer.py reads, applied after its sources are merged.

Three classes of source error or gap (round 24a, the xa_ study's place data):
- a name a row borrows from another town: a locality whose secondary Arabic name is the first name of another
  populated locality of the same country, farther than a sub-district's merge distance, loses it (WOF gives Tuz
  Khurmatu the name تازه خورماتو of Taza Khurmatu, a town of 21,788 53 km north: "ناحية تازة خورماتو" was Tuz);
- a district whose seat only the Latin-only file holds: the seat (a Latin-only locality of the district's
  country near its point, spelled like the district) becomes a row with the district's Arabic names, so the
  district gets a capital (cap=) and the town its own point (أبو حجار: the county centroid lies 29 km from the
  town; جبل اولياء 15 km); only in Sudan, whose localities are named after their seats;
- the Hebrew 'Kfar' of an Israeli or Palestinian locality, which the sources spell كفر and the news كفار
  ("مستعمرة كفار فراديم"; WOF names Kfar Vradim كفر فراديم, as it names the Arab towns Kafr Kanna, Kafr Qasim):
  a row whose Latin name opens with Kfar/Kefar also answers to كفار.

Round 24b (the yb_ study): a village the sources name only descriptively, as a collective village ('مجمع قرى
باستورة', 'مجمع دوميز': Iraq's resettlement towns) or as one numbered half ('قرية أبو دشير الأولى', 'فاخرة الثانية'),
also answers to the bare name the news uses ('ناحية بستورة', 'منطقة أبو دشير'), unless that name is a common word or
another row's name elsewhere; such rows go to the Latin-only file too, so a spelling unlike the sources' (بستورة for
باستورة) is reached by the Latin name.

Round 26b (the ab_ study): a Turkish 'Qara-' name the sources write as two words ('قره قوزاق', Qarah Qawzaq) also
answers to the joined spelling the news use ('جسر قرقوزاق', as 'قرداغ' for Qaradagh), unless another row bears it.

Round 36a (the dev-wide near-miss study): a WOF town whose point is not GeoNames' (src_geom whosonfirst, quattroshapes,
meso ...) sits at the centroid of its municipal polygon, which an amanah or emirate stretches far from the town:
Baghdad's lies 8 km north-west of the city's centre, Sanaa's 13 km north, Amman's 9 km south, Cairo's 7 km east.
Such a town takes the point of its GeoNames populated place (the same geonameid) when the two lie more than
CENTROID_SPREAD_KM apart: the centre is where a coder puts the city, and the best guess for a quarter the
gazetteer lacks. Closer than that both are the town (Mosul 3 km, Gaza 1.5 km, Tehran 5 km keep WOF's point);
beyond CENTROID_LINK_KM the link joins two places (WOF's Jubail and a GeoNames town 173 km south).
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

BORROW_KM = 45.0  # farther than this from a town, a row bearing the town's first name is another place
BORROW_RANK = 2  # the lender is a populated town (size rank 2: a few thousand people, or a sub-district seat)
SEAT_KM = 40.0  # a district's seat lies within this distance of the district's point
SEAT_SIM = 0.85  # likeness of the seat's Latin name to the district's (letters only, article dropped)
SEAT_COUNTRIES = ("SDN",)  # a Sudanese locality (mahaliya) bears its seat town's name; a Yemeni district is often a
# tribe's or a valley's, and its namesake village lies anywhere in it (Majz, al-Azariq: 15 km farther from the news)
SEAT_SKELETON = 3  # consonants of the shortest Arabic skeleton that may tie a district to a Latin-only town
SEAT_RANK = 3  # a district seat's size rank (mark_capitals gives seats 3)
CENTROID_SPREAD_KM = 6.0  # a WOF polygon centroid farther than this from its GeoNames town is not the town's point
CENTROID_LINK_KM = 25.0  # farther than this, WOF's geonameid names another place
HEBREW_KFAR = re.compile(r"^(kfar|kefar|k'far)[ -]", re.IGNORECASE)
HEBREW_COUNTRIES = ("ISR", "PSE", "SYR")  # the Golan's settlements are filed under Syria by some sources
COLLECTIVE = re.compile(r"^مجمع (?:قري )?")  # a collective village ('مجمع قري باستوره')
SITE = "موقع "  # WOF's 'Mawqi\' X' (the site of X): the news name the village X ('بلده الفدغمي')
ORDINAL = re.compile(r" (?:الاولي|الاول|الثانيه|الثاني|الثالثه|الثالث)$")  # one numbered half ('نديم الثانيه')
DESCRIBED_COUNTRIES = ("IRQ", "SYR", "YEM")
BARE_KM = 15.0  # another row bearing the bare name nearer than this is the same place (its halves, its quarter)
QARA = "قره "  # the Turkish 'Qara-' (black) of a two-word name, written joined and without its ه in the news
ARTICLE = re.compile(r"^(al|el|an|ar|as|ash|at|ad|adh|az|ath)[- ']", re.IGNORECASE)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def town_point(r: dict[str, str], g: dict[str, str] | None) -> tuple[float, float]:
    """The point of a WOF row r: its own, or the point of its GeoNames record g when r is a locality whose point is a
    polygon centroid (src_geom other than geonames) between CENTROID_SPREAD_KM and CENTROID_LINK_KM from g's."""
    lat, lon = float(r["lat"]), float(r["lon"])
    if g is None or r["placetype"] != "locality" or r["src_geom"] == "geonames":
        return lat, lon
    glat, glon = float(g["latitude"]), float(g["longitude"])
    return (glat, glon) if CENTROID_SPREAD_KM < _km(lat, lon, glat, glon) <= CENTROID_LINK_KM else (lat, lon)


def borrowed_names(recs: list[Any], skeleton: Callable[[str], str]) -> int:
    """Drop from a locality a secondary name that is the first name of another populated locality of its
    country more than BORROW_KM away, unless the row's own first name is spelled the same (skeleton: the
    builder's consonant skeleton). Returns how many names were dropped."""
    firsts: dict[str, list[Any]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality" and r.names and r.rank >= BORROW_RANK:
            firsts[r.names[0].lstrip("~")].append(r)
    dropped = 0
    for r in recs:
        if r.kind != "locality" or len(r.names) < 2:
            continue
        own = skeleton(r.names[0].lstrip("~"))
        keep = [r.names[0]]
        for n in r.names[1:]:
            bare = n.lstrip("~")
            lenders = [t for t in firsts.get(bare, []) if t is not r and t.iso3 == r.iso3
                       and _km(t.lat, t.lon, r.lat, r.lon) > BORROW_KM]
            if lenders and skeleton(bare) != own:
                dropped += 1
                continue
            keep.append(n)
        r.names = keep
    return dropped


def _latin_key(name: str) -> str:
    """Letters of a Latin name without its article: 'Abu Houjar' -> 'abuhoujar', 'Al Lagowa' -> 'lagowa'."""
    return re.sub(r"[^a-z]", "", ARTICLE.sub("", name.strip()).lower())


def latin_seats(recs: list[Any], latin: list[Any], make: Callable[..., Any],
                skeletons: Callable[[str], list[str]]) -> int:
    """Make the seat of a district without a capital a row when only the Latin-only file holds it: the nearest
    Latin-only locality of the district's country within SEAT_KM of its point whose Latin name is spelled like
    the district's (SEAT_SIM) and keyed by a skeleton of its Arabic name (skeletons: rasd.geo.translit's
    arabic_skeletons). The seat takes the district's Arabic names, its admin cells and a seat's rank,
    and leaves the Latin-only list (make: the builder's Rec). Returns how many seats were made."""
    by_iso: dict[str, list[Any]] = defaultdict(list)
    for t in latin:
        if t.kind == "locality" and t.feature == "locality":
            by_iso[t.iso3].append(t)
    named: dict[str, list[Any]] = defaultdict(list)
    for r in recs:
        if r.kind == "locality" and r.iso3 in SEAT_COUNTRIES:
            for n in r.names:
                named[n.lstrip("~")].append(r)
    taken: set[str] = set()
    made = []
    for adm in recs:
        if adm.kind != "admin2" or adm.iso3 not in SEAT_COUNTRIES or adm.extra.get("cap") or not adm.names:
            continue
        if any(_km(adm.lat, adm.lon, r.lat, r.lon) <= SEAT_KM for n in adm.names for r in named.get(n.lstrip("~"), [])):
            continue  # the seat has an Arabic name of its own (mark_capitals finds it)
        key = _latin_key(adm.name_en)
        sks = {k for n in adm.names for k in skeletons(n.lstrip("~")) if len(k) >= SEAT_SKELETON}
        if len(key) < 4 or not sks:
            continue
        near = [(_km(adm.lat, adm.lon, t.lat, t.lon), t.id, t) for t in by_iso.get(adm.iso3, [])
                if t.id not in taken and abs(t.lat - adm.lat) < 0.5
                and sks & set(t.extra.get("skeletons", "").split("|"))
                and difflib.SequenceMatcher(None, key, _latin_key(t.name_en)).ratio() >= SEAT_SIM]
        near = [x for x in near if x[0] <= SEAT_KM]
        if not near:
            continue
        _, _, t = min(near, key=lambda x: (x[0], x[1]))
        taken.add(t.id)
        names = [n for n in adm.names if not n.startswith("~")]
        made.append(make(id=t.id, kind="locality", feature="locality", iso3=t.iso3, lat=t.lat, lon=t.lon,
                         name_en=t.name_en, names=names, admin1=adm.admin1, admin2=adm.admin2 or adm.name_en,
                         rank=SEAT_RANK))
    latin[:] = [t for t in latin if t.id not in taken]
    recs.extend(made)
    return len(made)


def hebrew_kfar(recs: list[Any]) -> int:
    """Give an Israeli or Palestinian locality whose Latin name opens with Kfar/Kefar the news spelling كفار of
    its names that open with كفر. Returns how many names were added."""
    added = 0
    for r in recs:
        if r.kind != "locality" or r.iso3 not in HEBREW_COUNTRIES or not HEBREW_KFAR.match(r.name_en):
            continue
        for n in list(r.names):
            bare = n.lstrip("~")
            if bare.startswith("كفر "):
                alt = "كفار " + bare[4:]
                if alt not in {m.lstrip("~") for m in r.names}:
                    r.names.append(("~" if n.startswith("~") else "") + alt)
                    added += 1
    return added


def descriptive_names(recs: list[Any], common: frozenset[str]) -> list[Any]:
    """Give a locality named only descriptively ('مجمع قري X', 'موقع X', 'X الاولي') the bare name X, when X is no
    common word (common), no single definite word ('النصر الاولي': النصر is a word; after 'موقع ' it is a head-only
    name, 'موقع الشجره' is no 'tree'), and no name of a row farther than BARE_KM. Returns the rows so named."""
    by_name: dict[str, list[Any]] = defaultdict(list)
    for r in recs:
        for n in r.names:
            by_name[n.lstrip("~")].append(r)
    out = []
    for r in recs:
        if r.kind != "locality" or r.iso3 not in DESCRIBED_COUNTRIES or not r.names:
            continue
        added = False
        for n in list(r.names):
            full = n.lstrip("~")
            site = full.startswith(SITE)
            bare = ORDINAL.sub("", COLLECTIVE.sub("", full.removeprefix(SITE))).strip()
            word = " " not in bare and bare.startswith("ال")  # one definite word ('النصر', 'الشجره')
            if bare == full or len(bare.replace(" ", "")) < 4 or bare in common or " بن " in f" {bare} " or (
                    word and (not site or n.startswith("~"))):  # a person ('خالد بن الوليد'), a word ('النصر')
                continue
            if bare in {m.lstrip("~^") for m in r.names} or any(
                    _km(t.lat, t.lon, r.lat, r.lon) > BARE_KM for t in by_name.get(bare, []) if t is not r):
                continue
            r.names.append(("^" if word else "~" if n.startswith("~") else "") + bare)
            added = True
        if added:
            out.append(r)
    return out


def joined_qara(recs: list[Any]) -> int:
    """Give a locality named 'قره X' (X one word) the joined spelling 'قرX' the news use ('قرقوزاق'), unless another
    row bears that name ('قرداغ' is Qaradagh in Iraq, not the Syrian Qarah Dagh). Returns how many names were added."""
    owners: dict[str, set[int]] = defaultdict(set)
    for r in recs:
        for n in r.names:
            owners[n.lstrip("~")].add(id(r))
    added = 0
    for r in recs:
        if r.kind != "locality":
            continue
        for n in list(r.names):
            bare = n.lstrip("~")
            rest = bare[len(QARA):]
            if not bare.startswith(QARA) or " " in rest or len(rest) < 3:
                continue
            joined = "قر" + rest
            if owners.get(joined, set()) - {id(r)} or joined in {m.lstrip("~") for m in r.names}:
                continue
            r.names.append(("~" if n.startswith("~") else "") + joined)
            added += 1
    return added


def unseated(districts: list[Any], latin: list[Any]) -> list[Any]:
    """The districts without an Arabic name that the Latin-only file may hold at their point: not one whose seat is
    already a Latin-only town of it, spelled like it (SEAT_SIM, letters without the article), within twice SEAT_KM
    (Sudan's Abu Jubaiha locality, whose centroid lies 62 km from the town Abu Jibeha: the two tied, the town lost)."""
    towns: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for t in latin:
        if t.admin2:
            towns[(t.iso3, t.admin2)].append(t)
    out = []
    for d in districts:
        key = _latin_key(d.name_en)
        seated = any(difflib.SequenceMatcher(None, key, _latin_key(t.name_en)).ratio() >= SEAT_SIM
                     and _km(d.lat, d.lon, t.lat, t.lon) <= 2 * SEAT_KM for t in towns.get((d.iso3, d.admin2), ()))
        if not seated:
            out.append(d)
    return out
