"""One sense per article: a town's name read for two gazetteer rows takes, at every mention, the row of its headed
or else of its most frequent readings.

A name the article repeats ("بلده الكشمه" in the lead, "الكشمه" three times after it; "حي الغزاليه" and then
"الغزاليه") names one place, but each mention is resolved with its own head and sentence: the bare mentions,
with no head noun to tell a town from a namesake, may take another row of the name (a village of another
province, a namesake across the border). When a name's readings (kind locality: towns, villages, quarters,
camps) hold rows more than SAME_KM apart, every reading takes the row read most often where a town's head noun
introduces the name (بلده، قريه، مدينه، مخيم، مستوطنه for a town, حي for a quarter: a head counts for a row
of its kind only), then the row read most often; two rows tied leave the readings as they are. A row matched
only by transliteration (translit.py) is moved, never chosen. Bearings and sides ('شمال X': a derived point)
keep their own reading (round 36a).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from functools import cache

from ..normalize import NormText, normalize_text
from ..records import Location
from .gazetteer import Gazetteer, Place
from .places import heads
from .refs import PlaceRef, km_to

SAME_KM = 10.0  # rows of one name this near each other are one place (the sources repeat a town nearby)
HEAD_FEATURES = frozenset({"locality", "city", "neighbourhood", "camp", "settlement"})  # a town's head nouns
PROCLITICS = ("و", "ف", "ب", "ل")


@cache
def town_heads() -> dict[str, str]:
    """The singular head nouns of a town, village, quarter, camp or settlement, with the kind of place each
    introduces (lexicon place_heads)."""
    return {k: h.feature for k, h in heads().items() if h.role == "head" and h.number == "sg" and h.feature in HEAD_FEATURES}


def _head(text: str) -> str | None:
    """The kind of place a town's head noun before the name of a place phrase introduces ('قرب بلده X',
    'محيط مستوطنه X', 'حي X'), or None."""
    found = town_heads()
    for w in text.split()[:-1]:
        for cut in range(3):  # the word, then without one or two proclitics ('وبقريه')
            if cut and w[cut - 1] not in PROCLITICS:
                break
            if w[cut:] in found:
                return found[w[cut:]]
    return None


def _agrees(feature: str | None, p: Place | None) -> bool:
    """Whether a head introduces this row: a quarter's head a quarter, a town's head anything but a quarter."""
    if feature is None or p is None:
        return False
    return ("neighbourhood" in p.features) == (feature == "neighbourhood")


def _winner(readings: list[PlaceRef], headed: list[bool], known: list[bool]) -> Location | None:
    """The row the name is read for throughout the article (the most often headed, then the most often read, of
    the rows the gazetteer knows by the Arabic name), or None when two rows tie."""
    by_id = {r.location.id: r.location for r, k in zip(readings, known, strict=True) if k}
    score: Counter[str] = Counter()
    for r, h, k in zip(readings, headed, known, strict=True):
        if k:
            score[r.location.id] += (len(readings) + 1) * h + 1  # a headed reading outweighs every bare one
    (top, n), *rest = score.most_common() or [("", 0)]
    return by_id[top] if top and (not rest or n > rest[0][1]) else None


def one_sense(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs, every reading of a town's name that took another row than its most often headed or most often
    read one moved to that row."""
    groups: dict[str, list[PlaceRef]] = defaultdict(list)
    for r in refs:
        if r.kind == "locality" and "/" not in r.location.id and r.location.name_ar:
            groups[normalize_text(r.location.name_ar).removeprefix("ال")].append(r)
    moved: dict[int, tuple[Location, Place]] = {}
    for readings in groups.values():
        rows = {r.location.id: r.location for r in readings}
        if len(rows) < 2 or all(km_to(a.lat, a.lon, (b.lat, b.lon)) <= SAME_KM for a in rows.values()
                                for b in rows.values()):
            continue
        rowed = [gz.get(r.location.id) for r in readings]
        win = _winner(readings, [_agrees(_head(nt.text[r.start:r.end]), p) for r, p in zip(readings, rowed, strict=True)],
                      [p is not None for p in rowed])
        row = gz.get(win.id) if win is not None else None
        if win is None or row is None:
            continue
        for r in readings:
            if r.location.id != win.id:
                moved[id(r)] = (win, row)
    if not moved:
        return refs
    return [_moved(r, *moved[id(r)]) if id(r) in moved else r for r in refs]


def _moved(r: PlaceRef, win: Location, row: Place) -> PlaceRef:
    """The ref read for the article's row of its name, its own words, span, flag and descriptor's precision kept
    (a reading of an Arabic row: no transliteration note)."""
    loc = r.location
    precision = max(loc.geo_precision, row.precision) if r.descriptor else row.precision
    got = dataclasses.replace(win, text=loc.text, start=loc.start, end=loc.end, geo_precision=precision,
                              flagged=loc.flagged)
    return dataclasses.replace(r, location=got, note=None)
