"""The country of an actor's own sentence: where a theatre-dependent name ('واي بي جي', 'التحالف') is read.

A weekly brief of the Turkish defence ministry tells strikes in northern Iraq and in
Syria side by side ("تحييد 7 ارهابيين في منطقه متينا شمالي العراق", then "وفي سوريا ...
تحييد ثلاثه من عناصر واي بي جي في ريف تل تمر"); a force the lexicon reads by country
(YPG is the PKK in Iraq and Turkey, the SDF in Syria) belongs to the country of the
place its own sentence names nearest to it ("هجوم لحزب العمال الكردستاني علي قاعده
تركيه في اقليم كردستان العراق ... في العراق وسوريا": Iraq). A sentence with no place, or
whose nearest place is joined by "و" to a place of another country ("PKK/YPG في شمالي العراق
وسوريا"), leaves the article's country.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from .segment import Sentence

JOINED = re.compile(r"\s*[,،]?\s*و\s*")  # what stands between two coordinated places ('العراق وسوريا')


def sentence_countries(text: str, sentences: Sequence[Sentence],
                       places: Sequence[Any]) -> Callable[[int], str | None]:
    """A reader giving the country of the place nearest to an offset within its sentence (a later one on a tie),
    or None when that sentence names no place or that place is coordinated with one of another country."""
    starts = [s.start for s in sentences]

    def index(pos: int) -> int | None:
        """The number of the sentence holding pos, or None."""
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i].end else None

    own: dict[int, list[tuple[int, int, str]]] = {}
    for p in sorted(places, key=lambda p: p.start):
        if p.location.country_iso3 and (i := index(p.start)) is not None:
            own.setdefault(i, []).append((p.start, p.end, p.location.country_iso3))

    def at(pos: int) -> str | None:
        """The country of the place nearest to pos in its sentence, or None."""
        i = index(pos)
        named = own.get(i, []) if i is not None else []
        if not named:
            return None
        k = min(range(len(named)), key=lambda j: (abs(named[j][0] - pos), -named[j][0]))
        for a, b in ((named[j], named[j + 1]) for j in (k - 1, k) if 0 <= j < len(named) - 1):
            if a[2] != b[2] and JOINED.fullmatch(text, a[1], b[0]):
                return None  # 'في شمالي العراق وسوريا': both countries
        return named[k][2]

    return at
