"""The words that close a village's short name after its head noun, besides name_guards.NAME_ENDS.

A short name of small villages ('البرح', 'كرش') is read after a town's or an area's head noun only when it ends its
phrase, so that it is the whole name of the place and not the first word of a longer one the gazetteer lacks. Two
kinds of word end it as a preposition or a direction does: a place adjective of the head lexicon ("مديريه غمر
الحدوديه", "بلده القاع الحدوديه") and ب before a head noun, the unit that contains the place ("منطقه كرش بمحافظه
لحج", "منطقه الجاح بمديريه بيت الفقيه"). So do ب before an area's descriptor ("قريه الخجه بريف دير الزور",
"منطقه X بباديه حمص"), a word of the day or its part that dates the sentence ("قريه X صباح اليوم", "بلده X يوم
الاحد": a name is not followed by its date), and a dash or a bar that closes a list item ("قرب قريه X - الاربعاء").
"""

from __future__ import annotations

from functools import cache

from ..lexicon import load_table

CONTAINER_PREFIXES = ("ب", "بال")  # بمحافظه, بالمحافظه: 'in' before the containing unit's head noun
AREA_CODES = frozenset({"rif", "badiya", "surroundings", "outskirts"})  # بريف, بباديه, بمحيط, باطراف, بضواحي
DAY_ROLES = frozenset({"part", "rel_day", "day_word", "tod"})  # صباح, مساء, ليله, اليوم, امس, يوم, فجرا ...
CLOSING_MARKS = frozenset({"-", "–", "—", "|"})  # a list item's name, then its date or its story


@cache
def _day_words() -> frozenset[str]:
    """The one-word names of a day or of its part in the time lexicon, and the area descriptors after ب."""
    days = {v for r in load_table("time_words").rows if r.get("role") in DAY_ROLES for v in r.many("variants")
            if " " not in v}
    areas = {"ب" + r.get("phrase") for r in load_table("place_descriptors").rows
             if r.get("code") in AREA_CODES and r.get("position") == "before" and " " not in r.get("phrase")}
    return frozenset(days | areas | CLOSING_MARKS)


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The head lexicon's place adjectives and its head nouns."""
    rows = load_table("place_heads").rows
    adjectives = frozenset(r.get("head") for r in rows if r.get("role") == "adj")
    nouns = frozenset(r.get("head") for r in rows if r.get("role") == "head" and " " not in r.get("head"))
    return adjectives, nouns


def closes_name(word: str) -> bool:
    """Whether a word right after a short name ends the name's phrase (an adjective, ب + a head noun or an area's
    descriptor, a day word, a dash)."""
    adjectives, nouns = _heads()
    if word in adjectives or word in _day_words():
        return True
    return any(word.startswith(p) and word[len(p):] in nouns for p in CONTAINER_PREFIXES)
