"""Claim parts: figures read beside a casualty word and its count, and the parts of a toll told after it.

'الشهداء الاربعه' and 'قتل الثلاثه الاخرون' count with a definite number; 'والثلاثه الباقون في
الميادين' is the rest of a toll told without its casualty word; 'نعت الكتايب ثلاثه من مجاهديها'
and 'توفي الطفل' tell deaths without a casualty word of the lexicon; 'مقتل سبعه, اربعه منهم في
الصالحيه, وثلاثه ... في عياش' gives each place its part (claim_places.place_split).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from .claim_places import place_split
from .claim_words import (
    DUAL_HURT,
    DUAL_KILLED,
    DefiniteCount,
    definite_count,
    died_one,
    dual_deaths,
    mourned,
    pronoun_hurts,
    rest_counts,
)
from .matcher import Match
from .recognize import Recognized
from .resources import Entry


class Figure(NamedTuple):
    """A casualty figure found in a sentence: field, normalized evidence span, value and bounds."""

    field: str
    start: int
    end: int
    value: int
    min: int | None
    max: int | None
    anchor: int  # where its casualty word is: the frame it belongs to is read from here


def definite_after(rec: Recognized, c: Match[Entry], hi: int) -> DefiniteCount | None:
    """The definite count right after a casualty word: after a definite noun ('الشهداء الاربعه'), or the rest of a
    toll after any ('قتل الثلاثه الاخرون'); 'قتل الاربعه' alone names people told of, no count."""
    text = rec.nt.text
    m = re.match(r"\s+", text[c.end:hi])
    if m is None:
        return None
    n = definite_count(text, c.end + m.end(), hi)
    if n is None or text[c.end + m.end():n.start].strip():
        return None  # 'والاربعه' after a casualty word starts another phrase
    return n if n.rest or "ال" in c.prefix or c.key.startswith("ال") else None


def told_deaths(rec: Recognized, figs: list[Figure], lo: int, hi: int, countable: Callable[[Any], bool],
                persons: frozenset[str]) -> list[Figure]:
    """The figures of [lo, hi) that no casualty word of the lexicon counts, beside those read (figs): a mourned
    count ('نعت الكتايب ثلاثه من مجاهديها'; countable says which count), one who died ('توفي الطفل'; persons: the
    nouns of one person), two killed ('جنديين قتلا'), the rest of a toll ('والثلاثه الباقون في الميادين')."""
    out: list[Figure] = []
    for at, q in mourned(rec, lo, hi):
        if countable(q) and not any(f.start <= q.start < f.end for f in figs):  # 'نعت الكتايب القايد' counts none
            out.append(Figure("fatalities", at, q.end, q.value, q.min, q.max, at))
    for a, b in died_one(rec, lo, hi, persons):
        if not any(f.field == "fatalities" and f.start < b and a < f.end for f in [*figs, *out]):
            out.append(Figure("fatalities", a, b, 1, 1, 1, a))
    for fld, rx in (("fatalities", DUAL_KILLED), ("injured", DUAL_HURT)):  # 'ان جنديين قتلا', 'مدنيَّين اصيبا'
        for a, b in dual_deaths(rec, lo, hi, rx):
            if not any(f.field == fld and f.start < b and a < f.end for f in [*figs, *out]):
                out.append(Figure(fld, a, b, 2, 2, 2, a))
    for a, b, hurt in pronoun_hurts(rec, lo, hi):  # 'ما ادي الي اصابته برضوض'
        if not any(f.field == "injured" and f.start < b and a < f.end for f in [*figs, *out]):
            out.append(Figure("injured", a, b, hurt, hurt, hurt, a))
    told = [*figs, *out]
    for n in rest_counts(rec.nt.text, lo, hi):
        before = [f for f in told if f.end <= n.start]
        if before and not any(f.start <= n.start < f.end for f in told):
            prev = max(before, key=lambda f: f.end)  # the rest counts in the field of the figure before it
            out.append(Figure(prev.field, n.start, n.end, n.value, n.value, n.value, n.start))
    return out


def with_place_parts(rec: Recognized, figs: list[Figure], hi: int, countable: Callable[[Any], bool]) -> list[Figure]:
    """The figures with the parts of a toll split place by place after it (claim_places.place_split), each a figure
    of its own that the toll's casualty word anchors; a part is never a toll replaced (PLACED, 'placed_parts')."""
    out = list(figs)
    placed = rec.cache("placed_parts")
    for f in figs:
        if f.min is None or f.min != f.max or f.value < 2:
            continue
        nxt = [g.start for g in figs if g.start > f.end]
        for q in place_split(rec, f.value, f.end, min([hi, *nxt]), countable):
            placed[q.start] = True
            out.append(Figure(f.field, q.start, q.end, q.value, q.min, q.max, f.anchor))
    return sorted(out, key=lambda f: f.start)
