"""Scene: a finer place named in one clause with the wider place that holds it wins over that container.

'قرب مصفي X النفطي ... اربيل', 'محيط بلده X ... ريف دمشق', 'جنوب شرق بلده X ... جنوب نابلس': a site, a village or
a bearing from a village lies inside the province, the countryside or the city named with it, so the container
only locates it (round 34b, from the dev-wide place study). Round 35a adds the clause guard: the container must be
named in the finer place's clause, not as the town of a clause with its own verb ('قصفت مبني في النبطيه, واصيب شخصان
في بلده X'), and neither may be an item of a list of places ('في المدينه وبلدتي A وB': every item is a scene).
Session 45 (h1) adds the attached locator: a village or area introduced by its head noun and followed straight by a
locator phrase ('قرب قريه X في Y', 'بمنطقه X قرب Y', 'قريه X بين Y وZ') is held by Y, whatever Y's size and distance:
the phrase itself says Y only tells where X lies.
"""

from __future__ import annotations

from typing import Any

from .fuse_keys import km as great_circle
from .geo.gazetteer import Place, load_gazetteer
from .geo.refs import TOWN_RANK, VILLAGE_RANK, ref_km
from .recognize import Recognized
from .scene_clauses import came_from, launch_origin, origin

AT_PLACE = (None, "near", "outskirts", "surroundings")  # descriptors that keep the place's own point
CITY_RANK = TOWN_RANK + 1  # gazetteer rank of a city (village 2, town 3: geo.refs)
CITY_KM = 20.0  # a village or site this near a city's point is in its area
SITE_KM = 50.0  # a site of the city's province this near it is named by the city it serves
AREA_KM = 25.0  # a village or site this near the base of a bearing or a countryside is in it
HEADS = frozenset({"بلده", "بلدتي", "قريه", "قريتي", "مدينه", "مدينتي", "مخيم", "ناحيه", "حي", "منطقه", "محافظه"})
LOCATIVES = frozenset({"في", "علي", "داخل"})  # 'قصفت مبني في النبطيه': the head of a scene's locative phrase
PARALLEL = frozenset({"وفي", "وعلي", "وداخل"})  # 'علي A مساء الثلاثاء, وعلي B فجر الاربعاء': two scenes
BREAKS = (",", ".", ":", ";", "\n")  # what ends a clause
# the head nouns that introduce a village or an area by name ('قرب قريه X', 'بمنطقه X')
NAMED_HEADS = frozenset({"بلده", "قريه", "منطقه", "مخيم", "حي", "ناحيه", "مزرعه", "تجمع", "عزبه", "نجع", "حله"})
# the words that open a locator phrase after such a name ('قريه X في Y', 'قرب Y', 'بين Y وZ', 'بالقرب من Y')
LOCATOR_WORDS = frozenset({"في", "قرب", "بين", "بالقرب", "ب", "عند", "داخل", "التابعه", "الواقعه"})
SEAT_HEADS = frozenset({"بلده", "قريه", "منطقه", "مخيم", "مزرعه", "تجمع", "عزبه", "نجع"})  # a village's head nouns
SEAT_GAP = 3  # words at least between a city and a village its clause names later: not 'A وقريه B'
LOCATOR_SPAN = 4  # words: 'في الباديه الجنوبيه لل' before 'ميادين'
# the relative adjectives that may open such a phrase after a comma ('قريه X, القريبه من P', 'قريه X, التابعه لP')
RELATIVES = frozenset({"القريبه", "القريب", "التابعه", "التابع", "الواقعه", "الواقع"})
RELATIVE_KM = 40.0  # a village this far from the place a comma's relative adjective names: a namesake's row
NAME_WORDS = 4  # words of a reference read for its head noun: 'جنوب شرقي قريه X' (a bearing from a named village)


def finer_over_container(rec: Recognized, cands: list[Any]) -> list[Any]:
    """The candidates without those that only hold a finer candidate of the clause (all of them when none does)."""
    text = rec.nt.text
    gz = load_gazetteer()
    fine = [q for q in cands if _finer(gz.get(_base_id(q)), q) and not _elsewhere(text, q) and not listed(text, q)]
    if not fine:
        return cands
    seats = [p for p in cands if any(q is not p and _seat_before(text, gz.get(_base_id(p)), p, q)
                                     and not own_scene(rec, p, q) for q in fine)]
    cands = [p for p in cands if all(p is not s for s in seats)] or cands
    kept = [p for p in cands if not any(q is not p and _holds(text, gz.get(_base_id(p)), p, q)
                                        and (attached(text, p, q) or not own_scene(rec, p, q)) for q in fine)]
    return kept or cands


def _base_id(p: Any) -> str:
    """The gazetteer id of the place a reference is read from ('X/east_of' -> 'X')."""
    return str(p.location.id).split("/", 1)[0]


def _finer(row: Place | None, q: Any) -> bool:
    """A site, a village or quarter at its own point, a district or a city's named suburb, or a bearing from a
    village or site."""
    if row is None or q.location.flagged is not None:
        return False
    if q.descriptor in AT_PLACE:
        return q.kind in ("site", "admin2", "region") or (q.kind == "locality" and row.rank <= TOWN_RANK)
    return str(q.descriptor).endswith("_of") and (row.kind == "site" or (
        row.kind == "locality" and row.rank <= VILLAGE_RANK))


def _elsewhere(text: str, q: Any) -> bool:
    """A place that is not where things happened: a launch point, where they came from, the victims' home town."""
    return launch_origin(text, q) or came_from(text, q) or origin(text, q)


def _holds(text: str, row: Place | None, p: Any, q: Any) -> bool:
    """Place p is a wider area that holds q: its province or district (or a city named as its province: 'ولايه
    غازي عنتاب'), a city around it, a countryside or bearing from a base near it or in the base's province."""
    if row is None or p.location.id == q.location.id:
        return False
    a, b = p.location, q.location
    if (a.country_iso3 == b.country_iso3 or p.kind == "site") and attached(text, p, q):
        return True  # 'قرب قريه شيدن في بشدر', 'قرب قريه X, القريبه من معبر Y': the locator phrase after a village
    if p.kind == "site":
        return False
    same = bool(a.admin1) and a.country_iso3 == b.country_iso3 and a.admin1 == b.admin1
    if p.descriptor in AT_PLACE and (p.kind in ("admin1", "admin2") or province(text, p)):  # 'ريف دمشق': a district
        return same and (q.kind != "admin2" or p.kind != "admin2")
    if q.kind == "admin2":
        return False  # a district is finer than its province only: 'مدينه الموصل' is not held by 'قضاء الموصل'
    if p.descriptor in AT_PLACE:
        return p.kind == "locality" and row.rank >= CITY_RANK and (ref_km(p, q) <= CITY_KM or (
            q.kind == "site" and a.admin1 == b.admin1 and ref_km(p, q) <= SITE_KM))  # a refinery serving the city
    if q.kind == "region":
        return False  # a suburb is finer than its city only
    if str(p.descriptor).startswith(("rif", "badiya")):  # 'سد تشرين بريف منبج الشرقي': the base's countryside
        return row.rank > VILLAGE_RANK and (same or great_circle(row.lat, row.lon, b.lat, b.lon) <= AREA_KM)
    if str(p.descriptor).endswith("_of"):
        return row.rank > VILLAGE_RANK and great_circle(row.lat, row.lon, b.lat, b.lon) <= AREA_KM
    return False


def _seat_before(text: str, row: Place | None, p: Any, q: Any) -> bool:
    """City p, named earlier in the clause than a village or area of its own province that a head noun introduces
    ('مفارز مديريه الاستخبارات في كركوك تمكنت من القاء القبض ... في قريه X', 'وفي مارب, دارت مواجهات ... في منطقه
    X'), is the seat of a body or the frame of the telling: the village is the scene (unless coordinated with it)."""
    if row is None or p.kind != "locality" or row.rank < CITY_RANK or p.descriptor is not None or q.start <= p.end:
        return False
    a, b = p.location, q.location
    if q.kind != "locality" or q.descriptor not in AT_PLACE or not a.admin1 or (a.country_iso3, a.admin1) != (
            b.country_iso3, b.admin1) or not SEAT_HEADS & set(text[q.start:q.end].split()[:1]):
        return False
    gap = text[p.end:q.start].split()
    return len(gap) >= SEAT_GAP and not any(w.startswith("و") and w[1:] in HEADS for w in gap[-2:]) and "\n" not in \
        text[p.end:q.start]


def listed(text: str, q: Any) -> bool:
    """An item of a list of places ('في المدينه وبلدتي A وB', '... وقريه X'): each item is a scene of its own."""
    before = text[max(0, q.start - 30):q.start].split()
    if before[-1:] and before[-1] in HEADS:
        before = before[:-1]
    last = before[-1] if before else ""
    return last == "و" or (last.startswith("و") and last[1:] in HEADS)


def own_scene(rec: Recognized, p: Any, q: Any) -> bool:
    """Container p is a scene of its own beside q: coordinated with it ('A وB', 'في A, وفي B'), or a town at the
    head of a locative phrase ('في/علي/داخل P') in a clause of its own, cut from q's by a break and holding a trigger
    of its own ('قصفت مبني في النبطيه, واصيب شخصان في بلده X')."""
    text = rec.nt.text
    a, b = (p, q) if p.end <= q.start else (q, p)
    gap = text[a.end:b.start]
    if gap.strip(" ,") == "و" or listed(text, p) or PARALLEL & set(gap.split()[-3:]):
        return True
    if p.kind != "locality" or not _locative(text, p) or not any(c in gap for c in BREAKS):
        return False
    lo = max(text.rfind(c, 0, p.start) for c in BREAKS) + 1
    ends = [k for k in (text.find(c, p.end) for c in BREAKS) if k >= 0]
    return bool(rec.near("triggers", lo, min(ends, default=len(text))))


def province(text: str, p: Any) -> bool:
    """P is named as a province: 'ولايه/محافظه/اقليم P', whatever row the name reads as."""
    return text[p.start:p.end].split()[:1] in (["ولايه"], ["محافظه"], ["اقليم"])


def _locative(text: str, p: Any) -> bool:
    """P heads a locative phrase: 'في/علي/داخل P' or 'في مدينه/بلده P'."""
    before = text[max(0, p.start - 30):p.start].split()
    if before[-1:] and before[-1] in HEADS:
        before = before[:-1]
    return bool(before) and before[-1] in LOCATIVES


def attached(text: str, p: Any, q: Any) -> bool:
    """Place p opens a locator phrase right after q, a village or area named with its head noun (or a bearing from
    one): 'قرب قريه X في P', 'بمنطقه X قرب P', 'قريه X بين P وZ' (and Z: 'بين' ... 'و'), with no break between them
    but the comma before a relative adjective ('قريه X, القريبه من P', 'جنوب قريه X, التابعه لمنطقه P')."""
    heads = text[q.start:q.end].split()[:2 if q.descriptor in AT_PLACE else NAME_WORDS]
    if q.end > p.start or not NAMED_HEADS & {*heads, *(w[1:] for w in heads if w.startswith("ب"))}:
        return False
    gap = text[q.end:p.start]
    lead = gap.lstrip()
    comma = lead[:1] == "," and lead[1:].split()[:1] and lead[1:].split()[0] in RELATIVES
    if comma:
        gap = lead[1:]  # 'قريه X, القريبه من P': the relative adjective after a comma opens the same phrase
    words = gap.split()
    if not words or len(words) > LOCATOR_SPAN or any(c in gap for c in BREAKS):
        return False
    if (comma or words[0] == "القريبه") and ref_km(p, q) > RELATIVE_KM:
        return False  # 'قريه X, التابعه لناحيه P' with X read for a namesake far off: P is the better place
    if words[0] == "بين":  # 'بين P وZ': the pair's first, or its second after 'و'
        return len(words) == 1 or (len(words) == 3 and words[-1] == "و")
    return words[0] in LOCATOR_WORDS or words[0] in RELATIVES or (words[0].startswith("ب") and words[0][1:] in HEADS)
