"""Claims placed away: the places a figure is not given for, when it has a place phrase of its own no gazetteer
name was read in ('قتل ثلاثه ... في صبيخان, بينما قتل عنصران ... في محيط المطار', 'قتيل واحد في المقرن, وثلاثه
جرحي في الجريف').
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .claim_grammar import place_follows
from .claim_joints import clause_words, names_a_place
from .recognize import Recognized

if TYPE_CHECKING:
    from .claim_parts import Figure


def placed_away(rec: Recognized, figs: list[Figure], spans: list[tuple[int, int]], hi: int) -> list[tuple[Any, ...]]:
    """Per figure, the places it is not given for: those of the other figures of its field given for a place when
    it is followed by a place phrase no gazetteer name was read in ('قتل ثلاثه ... في صبيخان, بينما قتل عنصران
    ... في محيط المطار': the two are not صبيخان's toll)."""
    text = rec.nt.text
    placed: dict[str, list[Any]] = {}
    for fig, (a, b) in zip(figs, spans, strict=True):
        if (a, b) != (fig.start, fig.end):
            placed.setdefault(fig.field, []).extend(
                p.location for p in rec.near("places", a, b) if p.end == b or p.start == a)
    out: list[tuple[Any, ...]] = []
    for fig, (a, b) in zip(figs, spans, strict=True):
        pool = placed.get(fig.field) or _items_apart(rec, fig, figs, spans)
        bare = (a, b) == (fig.start, fig.end) and bool(pool)
        out.append(tuple(pool) if bare and names_a_place(clause_words(text, fig.end, hi)) else ())
    return out


def _items_apart(rec: Recognized, fig: Figure, figs: list[Figure], spans: list[tuple[int, int]]) -> list[Any]:
    """The places of the other field's items set apart from fig by a comma, when fig (or the count of the other field
    coordinated to it) has a place phrase of its own: 'قتيل واحد في المقرن, وثلاثه جرحي في الجريف' (the one dead are
    not الجريف's)."""
    text = rec.nt.text
    partner = [g for g in figs if g.start > fig.end and text[fig.end:g.start].strip() == "و"]
    if not any(place_follows(text, g.end) for g in (fig, *partner)):
        return []
    out: list[Any] = []
    for g, (a, b) in zip(figs, spans, strict=True):
        gap = text[fig.end:a] if a >= fig.end else text[b:fig.start]
        if g.field != fig.field and g.end < b and (b <= fig.start or a >= fig.end) and ("," in gap or "،" in gap):
            out.extend(p.location for p in rec.near("places", a, b) if p.end == b)  # the item's place closes it
    return out
