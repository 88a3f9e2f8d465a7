"""Whether a place is told as a village or town: 'قرية/بلدة X' or a side of one, not an area around it."""

from __future__ import annotations

from functools import lru_cache

from .geo.heads import heads
from .normalize import normalize_text
from .records import Location

TOWN_FEATURES = frozenset({"locality", "admin3"})  # place_heads kinds of a village, town or sub-district seat


def told_as_town(loc: Location) -> bool:
    """The place's words name it a village, town or sub-district ('شرق بلده حسياء', 'قرب ناحيه X'), not its
    countryside or desert ('باديه بلده الخريطه', a rif/badiya derived id)."""
    return not loc.id.partition("/")[2].startswith(("rif", "badiya")) and _town_words(loc.text)


@lru_cache(maxsize=4096)
def _town_words(text: str) -> bool:
    """Whether the place's words hold a singular head of a village, town or sub-district (a pure function of the
    words, asked at every comparison of places while a merge picks one: memoized, bounded)."""
    for w in normalize_text(text).split():
        h = heads().get(w) or heads().get(w.removeprefix("ال"))
        if h is not None and h.role == "head" and h.number == "sg" and h.feature in TOWN_FEATURES:
            return True
    return False
