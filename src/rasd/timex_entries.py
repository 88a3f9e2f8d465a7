"""Live-blog entries: a line that is only a clock time ('20:10', '14:30 بتوقيت غرينتش') opens a new post.

A live blog ('يتم تحديث هذه الصفحه باستمرار') tells one item per post, each under its own clock line. A date an
earlier post gives ('تعرضت لغاره الاسبوع الماضي') is that post's: an undated incident of the next post happened on the
article's day, not on the day the post before recalled. The carry of a date resets at each entry. The clock lines are
page debris to the ingester (blanked in the text the engine reads), so they are found in the text before masking
(`Recognized.unmasked`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .recognize import Recognized
from .timex_stamps import MIN_STAMPS, STAMP_RE

ZONE_LINE = re.compile(r"^[ \t]*\d{1,2}:\d\d[ \t]+بتوقيت(?:[ \t]+[^\s|]+){1,2}[ \t]*$", re.MULTILINE)  # '14:30 بتوقيت غرينتش'


def entry_start(rec: Recognized, si: int) -> int | None:
    """The start of the live-blog post sentence si belongs to (its clock line), or None outside a live blog."""
    if "entry_starts" not in rec.memo:
        rec.memo["entry_starts"] = _clock_lines(rec)
    starts: list[int] = rec.memo["entry_starts"]
    k = bisect_right(starts, rec.sentences[si].start)
    return starts[k - 1] if len(starts) >= MIN_STAMPS and k else None


def _clock_lines(rec: Recognized) -> list[int]:
    """The starts of the lines that open a live-blog post, in text order (same offsets as the masked text)."""
    unmasked = rec.unmasked
    return sorted({m.start(1) for m in STAMP_RE.finditer(unmasked)} | {m.start() for m in ZONE_LINE.finditer(unmasked)})
