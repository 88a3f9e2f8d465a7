"""The timeline: events per day (or week, month) stacked by type or side, as inline SVG."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

from ..records import Event

TYPE_COLORS: dict[str, str] = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd", "Protests": "#2ca02c", "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}
SIDE_COLORS: dict[str, str] = {
    "US": "#1f4e9c", "IRAN_ALIGNED": "#2e8b57", "SYRIA_GOV": "#b22222", "RUSSIA": "#6b3d9a",
    "SDF": "#daa520", "ISIS": "#222222", "ISRAEL": "#4aa3df", "TURKEY": "#e9967a",
    "IRAQ_GOV": "#556b2f", "OPPOSITION": "#9acd32", "CIVILIANS": "#999999", "OTHER": "#bc8f8f",
    "UNKNOWN": "#c8c8c8",
}
OTHER_COLOR = "#7f7f7f"
WIDTH, HEIGHT, MARGIN = 900, 140, 24  # SVG user units; the chart scales to the page width
DAY_LIMIT, WEEK_LIMIT = 120, 3 * 365  # spans (days) up to which bins are days, then weeks, then months


@dataclass(frozen=True, slots=True)
class Chart:
    """An SVG timeline and its legend (category, colour, count)."""

    svg: Markup
    legend: list[tuple[str, str, int]]
    unit: str


def color_of(category: str, palette: dict[str, str]) -> str:
    """The colour of a category, grey when the palette does not know it."""
    return palette.get(category, OTHER_COLOR)


def _bin_start(d: date, unit: str) -> date:
    """The first day of the bin holding `d` (ACLED weeks start on Saturday)."""
    if unit == "day":
        return d
    if unit == "week":
        return d - timedelta(days=(d.weekday() - 5) % 7)
    return d.replace(day=1)


def _next_bin(d: date, unit: str) -> date:
    """The first day of the bin after the one starting at `d`."""
    if unit == "day":
        return d + timedelta(days=1)
    if unit == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def timeline(events: Sequence[Event], key: Callable[[Event], str], palette: dict[str, str]) -> Chart | None:
    """A stacked bar chart of dated events per bin by `key`; None when no event has a date."""
    dated = [(e.event_date, key(e)) for e in events if e.event_date is not None]
    if not dated:
        return None
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = (last - first).days
    unit = "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"
    counts: Counter[tuple[date, str]] = Counter((_bin_start(d, unit), k) for d, k in dated)
    totals: Counter[str] = Counter(k for _, k in dated)
    order = sorted(totals, key=lambda k: (-totals[k], k))
    bins = [_bin_start(first, unit)]
    while _next_bin(bins[-1], unit) <= last:
        bins.append(_next_bin(bins[-1], unit))
    peak = max(sum(counts[(b, k)] for k in order) for b in bins)
    bar_w = (WIDTH - 2 * MARGIN) / len(bins)
    scale = (HEIGHT - 2 * MARGIN) / peak
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="events per {unit}" xmlns="http://www.w3.org/2000/svg">']
    parts.append(f'<line x1="{MARGIN}" y1="{HEIGHT - MARGIN}" x2="{WIDTH - MARGIN}" '
                 f'y2="{HEIGHT - MARGIN}" stroke="#888"/>')
    for i, b in enumerate(bins):
        y = float(HEIGHT - MARGIN)
        for k in order:
            n = counts[(b, k)]
            if not n:
                continue
            h = n * scale
            y -= h
            label = escape(f"{b.isoformat()} ({unit}): {k}: {n}")
            parts.append(f'<rect x="{MARGIN + i * bar_w:.2f}" y="{y:.2f}" width="{max(bar_w - 1, 1):.2f}" '
                         f'height="{h:.2f}" fill="{color_of(k, palette)}"><title>{label}</title></rect>')
    parts.append(f'<text x="{MARGIN}" y="{HEIGHT - 6}" class="axis">{first.isoformat()}</text>')
    parts.append(f'<text x="{WIDTH - MARGIN}" y="{HEIGHT - 6}" text-anchor="end" class="axis">'
                 f'{last.isoformat()}</text>')
    parts.append(f'<text x="{MARGIN}" y="{MARGIN - 8}" class="axis">max {peak} per {unit}</text>')
    parts.append("</svg>")
    legend = [(k, color_of(k, palette), totals[k]) for k in order]
    return Chart(svg=Markup("".join(parts)), legend=legend, unit=unit)


def by_type(e: Event) -> str:
    """The event type (timeline key)."""
    return e.event_type


def by_side(e: Event) -> str:
    """The side of actor 1, the initiator (timeline key)."""
    return e.actor1.side if e.actor1 else "UNKNOWN"
