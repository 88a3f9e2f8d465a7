"""A village read under an area head far from every other place of its sentence: a local name the gazetteer lacks.

"منطقه الحزام عند المدخل الغربي لمدينه البوكمال": the gazetteer knows a Hazam only in Aleppo's countryside, 365 km
from Albukamal. منطقه names any kind of place (a quarter, a farmland, a stretch of desert), so when every other place
its sentences name lies farther than FRONT_KM from the village read, and one of them is an introduced town or site of
the village's own country, the phrase is no place of the gazetteer's and the sentence's town stands for it. A
village introduced by a town's head noun (بلده، قريه) keeps its reading: the head says a village of that name is
meant; so does one near any other place of its sentence (its district, "التابعه لقضاء Y"), and one whose own
context is the countryside or desert of a town of its governorate ("منطقه بير X بباديه حمص الشرقيه": the desert of
the province, reaching far beyond the capital's FRONT_KM; session 46, h1).
"""

from __future__ import annotations

from .context import curated
from .gazetteer import Place
from .refs import Choice, km_to
from .units import Unit

FRONT_KM = 150.0  # a village read this far from every other place of its sentence is a namesake's
AREA = "area"  # the head kind of منطقه / منطقتي / مناطق
TOWN_KINDS = frozenset({"locality", "site"})
AREA_DESCRIPTORS = frozenset({"rif", "badiya"})  # ريف X, باديه X: the province of X, not the town


def far_areas(units: list[Unit], chosen: dict[int, Choice]) -> None:
    """Refuse (in place) every unknown-size village read only under an area head (or bare) whose sentences' other
    places all lie beyond FRONT_KM from it, one of them an introduced town or site of its country."""
    by_key: dict[str, list[int]] = {}
    for i, c in sorted(chosen.items()):
        if c.accepted:
            by_key.setdefault(units[i].key, []).append(i)
    for idx in by_key.values():
        p = chosen[idx[0]].place
        if (p.kind != "locality" or p.rank > 0 or curated(p) or any(chosen[i].place.id != p.id for i in idx)
                or any(units[i].feature not in (None, AREA) for i in idx)
                or not any(units[i].feature == AREA for i in idx)):
            continue
        if _far_sentence(units, chosen, idx):
            for i in idx:
                chosen[i] = chosen[i]._replace(accepted=False)


def _far_sentence(units: list[Unit], chosen: dict[int, Choice], idx: list[int]) -> bool:
    """Every place other names of the name's sentences were read as lies beyond FRONT_KM from its reading, and one of
    them is an introduced town or site of its country."""
    p = chosen[idx[0]].place
    sentences = {units[i].sentence for i in idx}
    # the village's phrases and those it is itself the context of: the chain its own context may hang from
    links = set(idx) | {t for i in idx if (t := units[i].context_of) is not None}
    town = False
    for j, c in chosen.items():
        v = units[j]
        if not c.accepted or v.sentence not in sentences or v.key == units[idx[0]].key or c.place.kind == "country":
            continue
        if _own_area(v, links, p, c):
            return False
        if km_to(p.lat, p.lon, (c.place.lat, c.place.lon)) <= FRONT_KM:
            return False
        town = town or (c.place.kind in TOWN_KINDS and c.place.iso3 == p.iso3 and not _bare(v))
    return town


def _own_area(v: Unit, links: set[int], p: Place, c: Choice) -> bool:
    """The unit is the village's own context (or a context of the phrase the village itself qualifies: "ميليشيات من
    ايران في منطقه X بريف حمص", one chain) naming the countryside or desert of a town of the village's governorate
    ("بباديه حمص الشرقيه"): it agrees with the village however far the village lies from the town."""
    return (v.context_of in links and v.desc is not None and v.desc.code in AREA_DESCRIPTORS
            and c.place.iso3 == p.iso3 and bool(p.admin1) and c.place.admin1 == p.admin1)


def _bare(v: Unit) -> bool:
    """No head, descriptor, preposition, list or context link introduces the phrase ("ابو دشير بحركه": a word)."""
    return v.feature is None and v.desc is None and not v.locative and v.list_first is None and v.context_of is None
