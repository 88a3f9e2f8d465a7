"""Publication dates: ISO values from metadata, and the date a page's time-stamp line shows."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..normalize import to_western_digits

ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?")
YMD_RE = re.compile(r"(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)")
DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")


def parse_published(value: str) -> date:
    """A metadata date: 'YYYY-MM-DD' or an ISO datetime, read as the date written; raise ValueError."""
    v = value.strip()
    if not ISO_RE.fullmatch(v):
        raise ValueError(f"published {value!r} is not YYYY-MM-DD or an ISO datetime")
    try:
        if len(v) == 10:
            return date.fromisoformat(v)
        return datetime.fromisoformat(v.replace("z", "Z")).date()
    except ValueError as exc:
        raise ValueError(f"published {value!r} is not a valid date ({exc})") from exc


def numeric_date(line: str) -> date | None:
    """The first all-digit date in a line: '2023.11.13 | 06:43' or '13/11/2023' (day first) -> date."""
    s = to_western_digits(line)
    m = YMD_RE.search(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = DMY_RE.search(s)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
        if mo > 12 >= d:  # '11/13/2023' can only be month first
            d, mo = mo, d
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def read_date(line: str) -> date | None:
    """The date a time-stamp line shows: digits here, month names through rasd.timex."""
    found = numeric_date(line)
    if found is not None:
        return found
    from .. import timex  # lazy: the time-expression rules load only when a month name needs them

    result = timex.parse_timestamp(line)
    return result.date() if isinstance(result, datetime) else result
