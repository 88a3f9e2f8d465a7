"""Turn a Draft into an Article: check the text, mark debris, merge metadata by precedence."""

from __future__ import annotations

import hashlib
from datetime import date

from ..records import Article
from .debris import DebrisReport, find_debris, iter_lines
from .meta import DocMeta
from .text import check_arabic
from .types import Draft

MAX_TITLE_CHARS = 150
MIN_TITLE_WORDS = 3
LIST_MARKS = ("-", "•", "*", "–")


def guess_title(text: str, debris: tuple[tuple[int, int], ...]) -> str | None:
    """The first line that is not debris and reads like a headline (3+ words, at most 150 characters)."""
    marked = set(debris)
    for start, end, line in iter_lines(text):
        if (start, end) in marked:
            continue
        if len(line) <= MAX_TITLE_CHARS and len(line.split()) >= MIN_TITLE_WORDS and not line.startswith(LIST_MARKS):
            return line
        return None
    return None


def _published(d: Draft, meta: DocMeta | None, flag: date | None,
               report: DebrisReport) -> tuple[date | None, str | None]:
    """The publication date and where it came from: meta > jsonl > html > flag > debris."""
    candidates: tuple[tuple[date | None, str], ...] = (
        (meta.published if meta else None, "meta"),
        (d.published, "jsonl"),
        (report.published if d.from_html else None, "html"),  # the date the page shows
        (d.markup_date, "html"),
        (flag, "flag"),
        (report.published, "debris"),
    )
    for day, origin in candidates:
        if day is not None:
            return day, origin
    return None, None


def finish(d: Draft, *, meta: DocMeta | None, flag: date | None) -> Article:
    """Check a draft's text and build its Article; raise Rejected for a text that is not Arabic news."""
    check_arabic(d.text)
    report = find_debris(d.text)
    published, origin = _published(d, meta, flag, report)
    outlet = (meta.outlet if meta else None) or d.outlet or report.outlet or report.cited_outlet
    return Article(
        doc_id=d.doc_id,
        text=d.text,
        content_hash=hashlib.sha256(d.text.encode("utf-8")).hexdigest(),
        path=d.path,
        url=(meta.url if meta else None) or d.url,
        title=(meta.title if meta else None) or d.title or guess_title(d.text, report.ranges),
        outlet=outlet,
        published=published,
        published_from=origin,
        debris=report.ranges,
        encoding=d.encoding,
    )
