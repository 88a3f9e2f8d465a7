"""Coref: an ambiguous actor name takes the actor an article has already named ('قوات الاحتلال' after 'الاحتلال الامريكي')."""

from __future__ import annotations

from .matcher import Match
from .resources import Entry


def resolve_context(actors: tuple[Match[Entry], ...]) -> tuple[Match[Entry], ...]:
    """Replace each match whose entry declares `resolve: HEAD` by the nearest specific actor named with HEAD.

    The nearest earlier specific match wins, else the first later one; with
    neither, the entry's own (default) reading stays.
    """
    if not any(m.payload.get("resolve") for m in actors):
        return actors
    out: list[Match[Entry]] = []
    for i, m in enumerate(actors):
        head = m.payload.get("resolve")
        if not head:
            out.append(m)
            continue
        before = [a for a in actors[:i] if head in a.key and not a.payload.get("resolve")]
        after = [a for a in actors[i + 1:] if head in a.key and not a.payload.get("resolve")]
        ref = before[-1] if before else (after[0] if after else None)
        out.append(m._replace(payload=ref.payload) if ref is not None else m)
    return tuple(out)
