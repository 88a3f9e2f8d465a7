"""Scene helper for roads: the places that name a road's ends ('علي طريق دير الزور - تدمر') are not where an incident
took place."""

from __future__ import annotations

from typing import Any

from .scene_clauses import DASHES

ROADS = ("طريق", "الطريق", "اوتوستراد", "الاوتوستراد", "اتوستراد", "الاتوستراد")  # 'طريق A - B' names a road
NEAR = "near"  # 'الطريق الرابط بين A وB, قرب ناحيه X': a subdistrict near which the spot lies names it, as a town does
LINKS = frozenset({"يصل", "تصل", "يربط", "تربط", "الواصل", "الواصله", "الرابط", "الرابطه"})  # 'يصل A بB'
PAIRS = ("بلدتي", "مدينتي", "قريتي", "ناحيتي", "قضاءي", "قضايي")  # 'الطريق بين بلدتي A و B'
LEADING = frozenset({"المودي", "الموديه", "الواصل", "الواصله", "الموصل", "الموصله"})  # 'الطريق المودي الي X'
TO = frozenset({"الي", "ل"})  # (ل glued to the place's phrase is a word of its own before the phrase's start)


def road_ends(text: str, cands: list[Any]) -> set[int]:
    """The ids of places that name a road's ends ('علي طريق دير الزور - تدمر', 'طريق حلب-دمشق'), not where it happened;
    of 'الطريق بين A و B' only B (A stands for the road)."""
    out: set[int] = set()
    for i, p in enumerate(cands):
        if id(p) in out:
            continue
        if between_ends(text, p, cands[i + 1:i + 2]):
            out.add(id(cands[i + 1]))  # the first end stands for the road and competes with the other places
            continue
        if leads_to(text, p) and any(_spot(q) for q in cands[:i]):
            out.add(id(p))  # 'جنوب X علي الطريق المودي الي Y': where the road goes, not where it was hit (a place
            continue  # after it is its context: 'علي الطريق المودي الي حقل X في باديه Y' happened by the field)
        if not text[p.end:p.end + 3].lstrip().startswith(DASHES):
            if text[max(0, p.start - 3):p.start].rstrip().endswith(DASHES) and any(
                    road_word(w) for w in text[max(0, p.start - 50):p.start].split()[-5:]):
                out.add(id(p))  # the second end when the first is no candidate ('بطريق عام صور - الناقوره')
            continue
        if not any(road_word(w) for w in text[max(0, p.start - 40):p.start + 6].split()[-4:]):
            continue  # (the road word may open the place's own phrase: 'طريق' is a place head)
        out.add(id(p))
        for q in cands[i + 1:i + 2]:
            if text[p.end:q.start].strip() in DASHES:
                out.add(id(q))
    return out


def leads_to(text: str, p: Any) -> bool:
    """'علي الطريق المودي الي مدينه X', 'الطريق الواصل لمنفذ X': the place a road leads to, its far end."""
    before = text[max(0, p.start - 40):p.start]
    if before.endswith("ل"):
        before = before[:-1] + " ل"
    words = before.split()[-3:]
    return len(words) == 3 and words[2] in TO and words[1] in LEADING and road_word(words[0])


def _spot(q: Any) -> bool:
    """A spot on a road before its destination: a town, a site or a bearing from a city ('جنوب شرقي X'), not an area
    the road crosses ('في ريف X, علي الطريق المودي الي Y')."""
    return q.location.geo_precision <= 2 and (q.kind in ("site", "locality") or str(q.descriptor).endswith("_of"))


def road_word(word: str) -> bool:
    """A road word, bare or after a proclitic ('بطريق عام صور - الناقوره', 'وطريق')."""
    return word in ROADS or (word[:1] in ("و", "ف", "ب", "ل") and (
        word[1:] in ROADS or (word[1:2] in ("ب", "ل") and word[2:] in ROADS)))


def between_ends(text: str, p: Any, nxt: list[Any]) -> bool:
    """'علي الطريق الواصل بين بلده A ومدينه B', 'الطريق الرابط بين A و B' (41 dev docs of 30 sets): p and the next
    place are the two ends of the road a road word up to three words before 'بين' names; so are the object of a
    verb of linking and the place after its 'ب' ('الطريق الذي يصل بلده A ببلده B', 'التي تربط A بمزارع B')."""
    before = text[max(0, p.start - 50):p.start].split()
    if before[-1:] and before[-1] in PAIRS:
        before = before[:-1]
    if not nxt or not any(road_word(w) for w in before[-4:-1]):
        return False
    joint = text[p.end:nxt[0].start].strip()
    return before[-1:] == ["بين"] and joint == "و" or bool(before) and before[-1] in LINKS and joint == "ب"


def all_ends(text: str, cands: list[Any]) -> set[int]:
    """The ids of every road end among cands, and the first end of 'الطريق بين A و B' too when a town or a site
    not at an end names the spot on the road ('قرب بلده X, علي الطريق الرابط بين A وB', 'بين A وB قرب ناحيه X'); a bearing from a city
    ('بين A وB جنوبي العاصمه بغداد') is broader than A, which then stands for the road."""
    out = road_ends(text, cands)
    firsts = {id(p) for i, p in enumerate(cands) if between_ends(text, p, cands[i + 1:i + 2])}
    spots = [p for p in cands if id(p) not in out | firsts and p.location.geo_precision <= 2 and (
        p.kind in ("site", "locality") or (p.kind == "admin2" and p.descriptor == NEAR))]
    return out | firsts if spots else out
