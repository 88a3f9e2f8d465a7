"""The words that close a village's short name after its head noun, besides name_guards.NAME_ENDS.

A short name of small villages ('البرح', 'كرش') is read after a town's or an area's head noun only when it ends its
phrase, so that it is the whole name of the place and not the first word of a longer one the gazetteer lacks. Two
kinds of word end it as a preposition or a direction does: a place adjective of the head lexicon ("مديريه غمر
الحدوديه", "بلده القاع الحدوديه") and ب before a head noun, the unit that contains the place ("منطقه كرش بمحافظه
لحج", "منطقه الجاح بمديريه بيت الفقيه").
"""

from __future__ import annotations

from functools import cache

from ..lexicon import load_table

CONTAINER_PREFIXES = ("ب", "بال")  # بمحافظه, بالمحافظه: 'in' before the containing unit's head noun


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The head lexicon's place adjectives and its head nouns."""
    rows = load_table("place_heads").rows
    adjectives = frozenset(r.get("head") for r in rows if r.get("role") == "adj")
    nouns = frozenset(r.get("head") for r in rows if r.get("role") == "head" and " " not in r.get("head"))
    return adjectives, nouns


def closes_name(word: str) -> bool:
    """Whether a word right after a short name ends the name's phrase (an adjective, or ب + a head noun)."""
    adjectives, nouns = _heads()
    if word in adjectives:
        return True
    return any(word.startswith(p) and word[len(p):] in nouns for p in CONTAINER_PREFIXES)
