"""Live-blog entries: a line that is only a clock time or a dated post header opens a new post.

A live blog ('يتم تحديث هذه الصفحه باستمرار') tells one item per post, each under its own clock line. A date an
earlier post gives ('تعرضت لغاره الاسبوع الماضي') is that post's: an undated incident of the next post happened on the
article's day, not on the day the post before recalled. The carry of a date resets at each entry. The clock lines are
page debris to the ingester (blanked in the text the engine reads), so they are found in the text before masking
(`Recognized.unmasked`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .literal_guard import guard
from .recognize import Recognized
from .timex_posts import post_heads
from .timex_stamps import MIN_STAMPS, STAMP_RE

ZONE_LINE = guard(r"^[ \t]*\d{1,2}:\d\d[ \t]+بتوقيت(?:[ \t]+[^\s|]+){1,2}[ \t]*$", re.MULTILINE)  # '14:30 بتوقيت غرينتش'


def entry_start(rec: Recognized, si: int) -> int | None:
    """The start of the live-blog post sentence si belongs to (its clock line), or None outside a live blog."""
    if "entry_starts" not in rec.memo:
        rec.memo["entry_starts"] = _clock_lines(rec)
    starts: list[int] = rec.memo["entry_starts"]
    k = bisect_right(starts, rec.sentences[si].start)
    return starts[k - 1] if k else None


def entry_head(rec: Recognized, si: int) -> Any | None:
    """The date expression of the page-post header that opens sentence si's post; None under a clock line or none."""
    start = entry_start(rec, si)
    return None if start is None else _heads(rec).get(start)


def _clock_lines(rec: Recognized) -> list[int]:
    """The starts of the lines that open a live-blog or page post, in text order (same offsets as the masked text):
    a blog's clock lines when it has MIN_STAMPS of them, and every dated post header ('10 مارس 2025 الساعه 8:30 م ·')."""
    unmasked = rec.unmasked
    clocks = {m.start(1) for m in STAMP_RE.finditer(unmasked)} | {m.start() for m in ZONE_LINE.finditer(unmasked)}
    return sorted((clocks if len(clocks) >= MIN_STAMPS else set()) | set(_heads(rec)))


def _heads(rec: Recognized) -> dict[int, Any]:
    """The page-post headers by line start, found once per article."""
    if "post_heads" not in rec.memo:
        rec.memo["post_heads"] = dict(post_heads(rec.nt.text, rec.times))
    heads: dict[int, Any] = rec.memo["post_heads"]
    return heads
