"""Claims told ahead: a statement about a place, with no incident of its own, before the incident at that place.

'الجيش الاسرائيلي يزعم في بيان ان المستهدف في بنعفول عنصر في حزب الله' on one line of a news ticker, and the strike on
بنعفول told only on a later line (tickers run newest first): the army is a source of that strike. The statement's
sentence tells no incident and goes on with none told before it, so its claimants would be lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from .attribution import SourceReader
from .attribution_obituary import story_sources

AREAS = frozenset({"country", "admin1", "admin2", "area", "region"})  # no one incident's place ('في العراق وسوريه')


class Ahead(NamedTuple):
    """A sentence with claimants and places but no incident: its index, claimants and the places it names."""

    sent: int
    sources: tuple[str, ...]
    places: frozenset[str]


def told_ahead(reader: SourceReader, si: int) -> Ahead | None:
    """Sentence si as a statement told ahead of its incident, when it names a town or site and has a claimant that
    is no mourner ('ينعي الحزب احد عناصره من بلده X' tells no strike)."""
    rec = reader.rec
    sent = rec.sentences[si]
    places = frozenset(p.location.id for p in rec.near("places", sent.start, sent.end) if p.location.feature not in AREAS)
    if not places:
        return None
    sources = story_sources(reader, si)
    return Ahead(si, sources, places) if sources else None


def credit_ahead(ahead: Sequence[Ahead], frames: Sequence[Any]) -> None:
    """Add each statement's claimants to the first incident told after it at a place it names, when no incident
    at that place was told before it (frames: the article's frames, changed in place)."""
    for a in ahead:
        at = [g for g in frames if a.places & {p.location.id for p in g.places}]
        if not at or at[0].sent <= a.sent:
            continue
        g = at[0]
        g.sources = tuple(dict.fromkeys((*g.sources, *a.sources)))
