"""Scene: a 'since' phrase that counts the hours of a day is over before the place that follows it.

A place a few words after 'منذ' is a period's place ('منذ بدء الحرب في غزه'), not an incident's. But 'منذ ساعات
الصباح الاولي', 'منذ فجر اليوم', 'منذ ليل امس' open with a part of the day or its hours: they say how long the
incident of the day has lasted, so the place after them ('يستهدف منذ ساعات الصباح الاولي قريه X') is its scene.
"""

from __future__ import annotations

from functools import cache

from .lexicon import load_table

SINCE = "منذ"
HOURS = frozenset({"ساعات", "الساعات"})  # 'منذ ساعات الفجر', 'منذ ساعات' (for hours)


@cache
def day_parts() -> frozenset[str]:
    """The parts of the day of time_words (فجر, صباح, ظهر, عصر, مساء, ليل, ليله), each also with its article."""
    parts = {v for r in load_table("time_words").rows if r.get("role") == "part" for v in r.many("variants")
             if " " not in v}
    return frozenset(parts | {"ال" + w for w in parts} | HOURS)


def day_since(text: str, pos: int, chars: int = 50) -> bool:
    """The last 'منذ' before pos opens with a part of the day or its hours ('منذ فجر اليوم', 'منذ ساعات الصباح')."""
    before = text[max(0, pos - chars):pos].split()
    if SINCE not in before:
        return False
    at = len(before) - 1 - before[::-1].index(SINCE)
    return at + 1 < len(before) and before[at + 1] in day_parts()
