"""Whether a place is told as a village or town: 'قرية/بلدة X' or a side of one, not an area around it."""

from __future__ import annotations

from functools import lru_cache

from .fuse_keys import km
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


HELD_KM = 30.0  # a named village or area of the body this near the headline's place is where the headline's story was
AREA_HEADS = ("منطقه", "بمنطقه")  # 'في منطقة X': an area named by its own name, at its own point


def named_below(head: Location, body: Location) -> bool:
    """A body place told by name as a village, town or area at its own point ('قرب قرية X', 'في منطقة X') near the
    headline's place ('صحراء Y', 'شرق Y'): the headline only packs the story into its wider place, so the body's
    stands, whatever precision its descriptor costs it ('قرب' reads p2 beside the headline's town at p1)."""
    if body.id == head.id or "/" in body.id or body.geo_precision > 2 or body.country_iso3 != head.country_iso3:
        return False
    words = normalize_text(body.text).split()
    if not (told_as_town(body) or any(w in AREA_HEADS for w in words[:2])) or told_as_town(head):
        return False
    return km(head.lat, head.lon, body.lat, body.lon) <= HELD_KM

