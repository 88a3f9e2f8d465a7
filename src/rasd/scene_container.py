"""Scene helpers for places that hold rather than host the incident: the home area of the people counted ('ثمانيه
اشخاص من ابناء ريف حمص') is where they come from, and a town that holds the two members of a dual list ('في صنعاء,
طالت منطقتي A شمال العاصمه وB') only locates them. A district the gazetteer lacks, told by its bearing from the bare
'العاصمه' ('في مديريه X جنوب غربي العاصمه'), lies at the edge of the capital of the article's country; a country after
'قرب الحدود مع' is the neighbour across the border, not the scene of a town named before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from .geo.gazetteer import Place, load_gazetteer
from .geo.places import descriptors, heads
from .geo.refs import AREA_OFFSET_KM, QUARTER_HEADS, QUARTER_OFFSET_KM, PlaceRef, offset
from .lexicon import load_table
from .records import Location

PEOPLE = frozenset({"اشخاص", "شخصا", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "شبان", "شابا", "اطفال", "طفلا",
                    "نساء", "رجال", "عمال", "عاملا", "مزارعين", "رعاه", "صيادين", "ركاب", "اشقاء"})
# counted people ('ثمانيه اشخاص', 'تسعه مدنيين'): a 'من ابناء X' after them tells who they are
VICTIMS = frozenset({"مدنيان", "شخصان", "شخصين", "شابان", "شابين", "طفلان", "طفلين", "مواطنان", "الشهيدين",
                     "شهيدين", "الشهداء", "شهداء", "القتيلين", "قتيلين", "القتلي", "قتلي", "عنصرين", "عنصران"})
# the dead or the people named by number or as victims ('"الشهيدين" من ابناء ريف X', 'قتل مدنيان من ريف X')
DEATHS = frozenset({"قتل", "وقتل", "استشهد", "واستشهد", "مقتل", "بمقتل", "استشهاد", "باستشهاد"})
# a death verb or noun right before the victims: 'قتل مدنيان من ريف X' tells where they come from, without 'ابناء'
HOMED = PEOPLE | VICTIMS  # the people a 'من (ابناء) X' after them tells the home of
MAX_DUAL_GAP = 4  # words between a dual list's members: 'منطقتي A شمال العاصمه وB' (a direction of the first)
HOME_HEADS = frozenset({"قري", "مناطق", "بلدات", "مدن", "احياء"})  # 'من ابناء قري ريف X': the head of their home area


def people_home(text: str, p: Any) -> bool:
    """'ثمانيه اشخاص من ابناء ريف حمص الشرقي', '"الشهيدين" من ابناء ريف X': an area (not a town) right after 'من
    ابناء', at most one plural head between, that follows counted people or the victims is their home area, not the
    incident's place; so is one right after 'من' that follows the victims of a death verb ('قتل مدنيان من ريف X')."""
    if p.location.geo_precision < 2 or p.kind in ("site", "locality"):
        return False  # 'شاب من ابناء بلده X' may well be hit at home: only areas are told apart
    before = text[max(0, p.start - 50):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"«»') for w in before[cut + 1:].split()]
    if words[-1:] and words[-1] in HOME_HEADS:
        words = words[:-1]
    if len(words) >= 3 and words[-1] == "من" and words[-2] in HOMED and words[-3] in DEATHS:
        return True
    return len(words) >= 3 and words[-2:] == ["من", "ابناء"] and words[-3] in HOMED


def dual_scenes(text: str, cands: list[Any], chosen: list[Any], apart_km: float,
                km: Callable[[Any, Any], float]) -> list[Any]:
    """The chosen places with both members of a dual list ('طالت منطقتي A ... وB', not 'بين بلدتي A وB', a road's
    ends): each member is a scene, and a chosen place within apart_km of a member only locates it, unless the list
    is coordinated with it ('منازل في المدينه وبلدتي A وB': the town too)."""
    duals = _dual_pair(text, cands)
    if not duals:
        return chosen
    joined = text[duals[0].start - 2:duals[0].start] in (" و", "\nو")
    rest = [c for c in chosen if all(c is not d and (joined or km(c, d) > apart_km) for d in duals)]
    return sorted([*duals, *rest], key=lambda q: q.start)


def _dual_pair(text: str, cands: list[Any]) -> list[Any]:
    """The two members of the first dual list among the candidates (the second joined by 'و', maybe after a direction
    of the first: 'بلدتي A شمال B وC'), or none."""
    for k, a in enumerate(cands):
        h = heads().get(text[a.start:a.end].split()[0])
        if h is None or h.number != "du" or text[max(0, a.start - 5):a.start].split()[-1:] == ["بين"]:
            continue
        for b in cands[k + 1:]:
            gap = text[a.end:b.start]
            if gap.split()[-1:] == ["و"] and len(gap.split()) <= MAX_DUAL_GAP and not any(c in gap for c in ".:\n"):
                return [a, b]
    return []


CAPITAL = "العاصمه"
BORDER = ("الحدود مع", "الحدود مع دوله")  # 'قرب الحدود مع بوركينا فاسو': the neighbour across the border
DISTRICT_FEATURES = frozenset({"area", "admin2", "admin3", "neighbourhood", "locality", "camp", "street"})
# the heads of a district, quarter or village a bearing from the capital places ('مديريه', 'منطقه', 'حي', 'قريه')
TOWN_FEATURES = frozenset({"locality", "city", "admin3", "admin2", "camp"})  # 'في بلده X ..., قرب الحدود مع Y'
MAX_NAME_WORDS = 3  # the unknown name between the head and the bearing ('منطقه غوط الشعال غربي العاصمه')
CLITICS = ("و", "ف", "ب")


@cache
def capitals() -> dict[str, tuple[str, frozenset[str]]]:
    """iso3 -> (the capital's gazetteer id, the adjectives that name the country after 'العاصمه')."""
    return {r.get("iso3"): (r.get("place"), frozenset(r.many("adjectives"))) for r in load_table("capitals").rows}


def capital_scene(rec: Any, lo: int, hi: int) -> list[Any]:
    """'في مديريه X جنوب غربي العاصمه' in [lo, hi), X no gazetteer row: the capital's point moved the area's offset
    along the bearing (geo_precision 2, as 'شمالي العاصمه مقديشو'); the capital of the country the adjective after
    it names ('العاصمه العراقيه'), else of the one capital or the one country the article names; none otherwise."""
    text = rec.nt.text
    seg = text[lo:hi]
    at = seg.find(CAPITAL)
    while at >= 0:
        got = _capital_ref(rec, lo + at, hi)
        if got is not None:
            return [got]
        at = seg.find(CAPITAL, at + 1)
    return []


def _capital_ref(rec: Any, cap_at: int, hi: int) -> PlaceRef | None:
    """The place a bare 'العاصمه' at cap_at stands for after a district and a bearing, or None."""
    text = rec.nt.text
    if cap_at > 0 and not text[cap_at - 1].isspace():
        return None
    before = text[max(0, cap_at - 80):cap_at].split()
    desc, n = next(((descriptors().get(" ".join(before[-k:])), k) for k in (2, 1)
                    if _bearing(descriptors().get(" ".join(before[-k:])))), (None, 0))
    if desc is None or any(c in " ".join(before[-n - MAX_NAME_WORDS - 1:]) for c in ",.:;\n"):
        return None
    head = next((w for w in before[-n - MAX_NAME_WORDS - 1:-n - 1][::-1] if _district_head(w)), None)
    if head is None:
        return None
    after = text[cap_at + len(CAPITAL):hi].split()[:1]
    if any(p.start == cap_at + len(CAPITAL) + 1 for p in rec.near("places", cap_at, cap_at + 60)):
        return None  # 'شمالي العاصمه مقديشو': the capital named, the geo step's
    iso3 = _country(rec, after[0].strip(".,:;\"'»)") if after else "")
    if iso3 is None:
        return None
    cap = load_gazetteer().get(capitals()[iso3][0])
    if cap is None:
        return None
    start = cap_at - len(" ".join(before[-n:])) - 1
    dist = QUARTER_OFFSET_KM if head in QUARTER_HEADS else AREA_OFFSET_KM
    return _ref(rec, cap, desc, dist, start, cap_at + len(CAPITAL))


def _bearing(d: Any) -> bool:
    """A descriptor of a bearing from a place ('جنوب غربي', 'شرقي')."""
    return d is not None and d.position == "before" and d.bearing is not None and d.code.endswith("_of")


def _district_head(word: str) -> bool:
    """A district's, quarter's or village's head noun, bare or after a proclitic ('بمديريه', 'في حي')."""
    for w in (word, word[1:] if word[:1] in CLITICS else word):
        h = heads().get(w)
        if h is not None and h.role == "head" and h.feature in DISTRICT_FEATURES:
            return True
    return False


def _country(rec: Any, after: str) -> str | None:
    """The country whose capital a bare 'العاصمه' is: the adjective after it, else the one capital the article
    names, else the one country it names; None when the article leaves it open."""
    by_adj = [iso for iso, (_, adjs) in capitals().items() if after in adjs]
    if by_adj:
        return by_adj[0]
    memo = rec.cache("capital_country")
    if "iso3" not in memo:
        ids = {pid: iso for iso, (pid, _) in capitals().items()}
        named = {ids[p.location.id.split("/")[0]] for p in rec.places if p.location.id.split("/")[0] in ids}
        countries = {p.location.country_iso3 for p in rec.places if p.kind == "country"}
        one = named if len(named) == 1 else countries if not named and len(countries) == 1 else set()
        memo["iso3"] = next((iso for iso in one if iso in capitals()), None)
    got: str | None = memo["iso3"]
    return got


def _ref(rec: Any, cap: Place, desc: Any, dist: float, start: int, end: int) -> PlaceRef:
    """The reference for a bearing from the capital ('جنوب غربي العاصمه'), as the geo step writes 'X شمالي
    العاصمه مقديشو'."""
    lat, lon = offset(cap.lat, cap.lon, desc.bearing, dist)
    ostart, oend = rec.nt.to_orig(start, end)
    kind = desc.code.partition("_")[0]
    return PlaceRef(start=start, end=end, kind="region", descriptor=desc.code, note="capital", location=Location(
        id=f"{cap.id}/{desc.code}", name_en=f"{kind} of {cap.name_en}", name_ar=cap.name_ar,
        country_iso3=cap.iso3 or None, admin1=cap.admin1 or None, admin2=cap.admin2 or None, lat=round(lat, 5),
        lon=round(lon, 5), geo_precision=max(cap.precision, desc.precision), text=rec.nt.original[ostart:oend],
        start=ostart, end=oend, feature="locality"))


def across_border(text: str, p: Any, lo: int) -> bool:
    """'في بلده X وسط البلاد, قرب الحدود مع بوركينا فاسو': a country right after 'الحدود مع' is the neighbour, not the
    scene, when a town is named before it in [lo, p.start) (known or not)."""
    if p.kind != "country" or not text[max(0, p.start - 20):p.start].rstrip().endswith(BORDER):
        return False
    return any(_town_head(w) for w in text[lo:p.start].split()[:-2])


def _town_head(word: str) -> bool:
    """A town's or village's head noun, bare or after a proclitic ('في بلده', 'بمدينه')."""
    for w in (word, word[1:] if word[:1] in CLITICS else word):
        h = heads().get(w)
        if h is not None and h.role == "head" and h.number == "sg" and h.feature in TOWN_FEATURES:
            return True
    return False


# 'في حي المفتي', 'بحي "الزهور"': a quarter head and a definite or quoted name (not 'حي سكني', 'رصاص حي عالناس')
QUARTER_NAME_RE = re.compile(r"(?<![^\s\"'«(])[وف]?(?:في |ب)?(?:حي|حاره) (?:\"|«)?ال[^\s\"»,.:;؛]{2,}")
QUARTER_NOTE = "quarter of the named town"


def quarter_town(rec: Any, lo: int, hi: int) -> list[Any]:
    """'في حي X' in [lo, hi), X no gazetteer row, the clause no place: the town its sentence or the page's hashtags
    name, when they name exactly one ('... في حي X ... في مشفى Y الوطني', '#Y'), at its point as a part of it
    (geo_precision 2, noted); none when they name none or several."""
    text = rec.nt.text
    m = QUARTER_NAME_RE.search(text, lo, hi)
    sent = rec.sentence_at(lo)
    if m is None or sent is None or any(p.start < m.end() and p.end > m.start() for p in rec.near(
            "places", max(0, m.start() - 60), m.end())):
        return []  # a quarter the gazetteer knows: the geo step's
    after = text[m.end():m.end() + 40].split()
    if any(descriptors().get(" ".join(after[:k])) is not None for k in (1, 2)):
        return []  # 'حي X جنوبي المدينه', 'حي X شرقي العاصمه': placed by its bearing from a town, not here
    towns = {p.location.id: p for p in rec.places if p.kind == "locality" and p.location.geo_precision == 1
             and p.location.flagged != "context" and (sent.start <= p.start < sent.end or _hashtag(text, p))}
    if len(towns) != 1:
        return []
    town = next(iter(towns.values()))
    ostart, oend = rec.nt.to_orig(m.start(), m.end())
    where = replace(town.location, geo_precision=2, text=rec.nt.original[ostart:oend], start=ostart, end=oend,
                    feature="neighbourhood")
    return [PlaceRef(start=m.start(), end=m.end(), location=where, kind="locality", descriptor=None,
                     note=QUARTER_NOTE)]


def _hashtag(text: str, p: Any) -> bool:
    """A place written as a hashtag ('#الحسكه')."""
    return text[p.start - 1:p.start] == "#"
