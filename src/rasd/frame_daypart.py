"""Frame day parts: a count since a part of the day the incident is told on is that day's strikes, not a tally."""

from __future__ import annotations

from .literal_guard import guard

# 'منذ ساعات الصباح الاولي', 'منذ الفجر', 'منذ ساعات الليل', 'منذ الصباح الباكر': a definite part of the day with no
# day word of its own (not 'امس', which runs the count over two days); the day is the clause's or the dateline's
SINCE_DAYPART = guard(r"(?<!\S)منذ (?:ساعات )?(?:ال)(?:صباح|فجر|ظهر|عصر|مساء|ليل)(?![\w])(?! امس)")


def since_daypart(text: str, cs: int, ce: int) -> bool:
    """'شنت طايرات حربيه منذ ساعات الصباح الاولي اكثر من 25 غاره علي ...': 'منذ' opens a part of the day, so the
    count is one day's cluster of strikes, not an aggregate since a date."""
    return SINCE_DAYPART.search(text, cs, ce) is not None
