"""Places where sirens sounded: the warning's towns, not where the incident struck."""

from __future__ import annotations

import re
from typing import Any

from .frame_zones import SIRENS
from .literal_guard import guard
from .recognize import Recognized
from .scene import choose_places

SIREN_CALL = guard(r"\S+ (?:الانذار|انذار)")  # 'صفارات الانذار', 'وصافرات انذار'
SPAN_END = re.compile(r"[,.;:؛]")


def past_sirens(rec: Recognized, clause: tuple[int, int], places: list[Any]) -> list[Any]:
    """'صفارات الانذار دوت في X وY, وانباء عن سقوط صواريخ في محيط X': the towns after the sirens up to the next
    comma or trigger only warned; the incident is at the places told outside them, or at a warned town named again
    after them; with neither, the warned towns stay."""
    spans = _siren_spans(rec, clause)
    if not spans or not places:
        return places
    kept = [p for p in places if not any(a <= p.start < b for a, b in spans)]
    if len(kept) == len(places):
        return places
    if kept:
        return kept
    named = {p.location.id for p in places}  # 'وانباء عن سقوط صواريخ في محيط X': a warned town named again
    return [p for p in choose_places(rec, spans[-1][1], clause[1]) if p.location.id in named] or places


def _siren_spans(rec: Recognized, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The stretches of a clause from a siren call to the next comma or incident trigger."""
    text = rec.nt.text
    out = []
    for m in SIREN_CALL.finditer(text, clause[0], clause[1]):
        if m.group().split()[0].lstrip("وب") not in SIRENS:
            continue
        stop = SPAN_END.search(text, m.end(), clause[1])
        end = stop.start() if stop else clause[1]
        end = min([t.start for t in rec.near("triggers", m.end(), end)] + [end])
        out.append((m.start(), end))
    return out
