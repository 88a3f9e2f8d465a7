"""Story town: an incident told without a place, in an article that places every incident in one town, is there.

A town's own page or a local report tells the news of one place: the headline and the lead name the town, and a
later paragraph adds another incident of its own day ('ويأتي الاستهداف بعد يوم من قصف مسيره محطه نفط', 'يوم
الجمعه الفات المسيرات ضربت محطه الكهربا بتاعه المدينه') without naming the town again. When every placed unit of
the article lies in the same town (a locality, not a country, a region, a province or a town's side), its
title (or the town page's name over the posts) names that town, and the placeless unit has
a day of its own, one no placed unit has (named in its clause, or carried by the story when no placed unit is
dated), the unit happened in that town. It does not when its clause names a
place the gazetteer does not know ('في منطقه الورار', 'قرب بلده X', 'شمال واتاغونا': a head noun or a compass
word before a name no place match covers, or a definite area and its adjective: 'في المنطقه
الساحليه'), when its paragraph opens under a sub-heading, when its
sentence tells a placed incident too (a parallel clause: 'بينما اصيب ثلاثه في غاره علي حي X'), when it only retells an incident with a definite noun ('وقال مسوول
ان الضربه نفذت بطائره مسيره') or names the attack a retaliation answers or follows ('ردا علي
هجوم', 'بعد ساعات من غاره'), or when the article names two towns.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .definite_noun import definite
from .geo.places import heads
from .merge_compat import Unit
from .recognize import Recognized

COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
CLITICS = ("و", "ف", "ب", "ل")
# heads of a named town, quarter, district or area (a station, field or base is a target the town holds)
SETTLED = frozenset({"locality", "city", "neighbourhood", "camp", "settlement", "admin1", "admin2", "admin3",
                     "area"})
NISBA = ("يه", "ي")  # 'الساحليه', 'الشرقي': an adjective of place
TOWN_QUARTERS = frozenset({"الصناعيه", "السكنيه", "التجاريه"})  # 'قرب المنطقه الصناعيه': a part of the town, no region
ROADS = frozenset({"طريق", "ساتر"})  # 'علي طريق زراعي': a road described, not named
RENEWAL = frozenset({"تجددت", "تجدد", "عاودت", "عاود", "استونفت"})  # normalized (استؤنفت -> استونفت), with or without و


def story_town(rec: Recognized, units: list[Unit]) -> list[Unit]:
    """The units with each placeless one of a day of its own placed in the article's only town (see the module)."""
    places = [u.place for u in units if u.place is not None]
    towns = {p.location.id for p in places}
    if len(towns) != 1 or len(places) == len(units):
        return units
    town = places[0]
    if town.location.flagged is not None or town.location.geo_precision != 1 or not _titled(rec, town.location.id):
        return units
    days = {u.day for u in units if u.place is not None}
    told = ("text",) if days - {None} else ("text", "narrative")  # a day the story carries, when none is placed
    placed_sents = {f.sent for u in units if u.place is not None for f in u.frames}
    return [replace(u, place=town) if u.place is None and u.day is not None and u.day not in days
            and u.date_from in told and not {f.sent for f in u.frames} & placed_sents and _own_telling(rec, u)
            else u for u in units]


def _titled(rec: Recognized, place_id: str) -> bool:
    """The article's first line (its title, or the town page's name), with a body after it, names the town."""
    title_end = rec.nt.text.find("\n")
    return title_end > 0 and any(p.location.id == place_id and p.end <= title_end
                                 for p in rec.near("places", 0, title_end))


def _own_telling(rec: Recognized, u: Unit) -> bool:
    """A body frame of the unit that is no definite retelling, and no clause of it names an unknown place."""
    body = [f for f in u.frames if not (f.heading or f.mutual)]
    if any(f.section for f in u.frames):
        return False  # 'هجوم على الساحل' over its paragraphs: a sub-heading opens another area
    return any(f.trigger.payload.get("pos") == "verb" or not definite(f.trigger.key) or _renewed(rec, f.trigger.start)
               for f in body) and not any(
        _unknown_place(rec, *f.clause) or _answered(rec, f.trigger.start) for f in body)


def _answered(rec: Recognized, at: int) -> bool:
    """'ردا علي هجوم بطائره مسيره طال قوات ...': the attack a retaliation answers, told as its cause (often elsewhere)."""
    return any(c.end <= at and not rec.nt.text[c.end:at].strip() for c in rec.cues_of("retaliation", at - 30, at))


def _area(known: dict[str, Any], word: str, after: list[str]) -> bool:
    """'في المنطقه الساحليه', 'بالمنطقه الشرقيه': a definite area head and a nisba adjective name a region."""
    bare = word[1:] if word.startswith(CLITICS) and word[1:].startswith("ال") else word
    head = known.get(bare.removeprefix("ال")) if bare.startswith("ال") else None
    return head is not None and head.feature == "area" and head.key not in ROADS and bool(after) \
        and after[0].startswith("ال") and after[0].rstrip(",.:;").endswith(NISBA) \
        and after[0].rstrip(",.:;") not in TOWN_QUARTERS


def _unknown_place(rec: Recognized, start: int, end: int) -> bool:
    """An indefinite place head noun or a compass word in [start, end) followed by a word no place match covers."""
    text = rec.nt.text
    known = heads()
    at = start
    clause = text[start:end].split()
    for i, word in enumerate(clause):
        at = text.find(word, at)
        bare = word[1:] if word.startswith(CLITICS) and (word[1:] in known or word[1:] in COMPASS) else word  # 'وبلده', 'بشمال'
        head = known.get(bare)
        if _area(known, word, clause[i + 1:i + 2]):  # the next word of the clause
            return True
        if (head is not None and head.role == "head" and head.feature in SETTLED and head.key not in ROADS
                and not word.startswith("ال")) or bare in COMPASS:
            nxt = at + len(word) + 1
            if nxt < end and text[nxt:nxt + 1].strip() and not any(
                    p.start <= nxt < p.end for p in rec.near("places", nxt - 60, nxt + 1)):
                return True
        at += len(word)
    return False


def _renewed(rec: Recognized, at: int) -> bool:
    """'وتجددت الاشتباكات صباح امس': a definite fight noun right after a renewal verb is a new round, not a retelling."""
    words = rec.nt.text[max(0, at - 14):at].split()
    return bool(words) and words[-1].removeprefix("و") in RENEWAL
