"""Whether a span overlaps any of many spans, by bisection over their starts instead of a loop per question."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

SpanReach = tuple[list[int], list[int]]  # the spans' starts in order, and the largest end among the first k of them


def spans_reach(spans: Iterable[tuple[int, int]]) -> SpanReach:
    """The starts of the spans in order, and for each the largest end of the spans up to it (read once per list)."""
    ordered = sorted(spans)
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


def overlaps_any(a: int, b: int, reach: SpanReach) -> bool:
    """True when one of the spans (s, e) has s < b and a < e: the same answer as any(...) over all of them."""
    starts, ends = reach
    k = bisect_left(starts, b)  # the spans starting before b
    return k > 0 and ends[k - 1] > a
