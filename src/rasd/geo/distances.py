"""Distances the text states for a direction from a place: before it ('علي بعد نحو 12 كيلومترا جنوب مدينه X') or
after it ('جنوب مدينه X بحوالي 12 كم', 'شرق الصبوره بنحو 20 كيلومترا'), in km."""

from __future__ import annotations

import re

from ..literal_guard import guard
from ..numbers import number_lexicon

MAX_STATED_KM = 400.0  # a stated distance beyond this is no place's neighbourhood
_UNITS = r"(ميلين|كيلومترين|ميلا|ميل|اميال|كيلومترا|كيلومترات|كيلومتر|كلم|كم)( بحريا| بحري| بحريه)?"
_DISTANCE = guard(r"(?:علي )?بعد (?:نحو |حوالي |قرابه |زهاء )?(?:(\d+(?:\.\d+)?|[^\W\d_]+) )?" + _UNITS + " $")
# the reversed order, right after the place: 'جنوب مدينه دير الزور بحوالي 12 كم' (3 dev docs of 2 sets: da_, db_)
_AFTER = re.compile(r" ?(?:بنحو|بحوالي|بقرابه|بزهاء|بمسافه(?: تقدر ب)?(?: نحو| حوالي)?) (?:(\d+(?:\.\d+)?|[^\W\d_]+) )?"
                    + _UNITS + r"(?![^\W\d_])")
# a place measured from: 'علي بعد نحو كيلومترين من مصفي X', 'علي مسافه 500 متر من قاعده X': the point the text
# measures the incident from, not where anything came from
_FROM = guard(r"(?:علي )?(?:بعد|مسافه) (?:نحو |حوالي |قرابه |زهاء |اقل من )?(?:(\d+(?:\.\d+)?|[^\W\d_]+) )?"
              r"(?:" + _UNITS + r"|(امتار|الامتار|مترا|متر|مترين)) من $")
NUMBER_ROLES = ("unit", "ten")  # a distance in words: "علي بعد نحو عشرين كيلومترا", "خمسه كيلومترات"


def stated_km(text: str, start: int) -> float | None:
    """The distance a phrase right before a direction gives ('علي بعد نحو 25 ميلا بحريا غربي X'), in km."""
    m = _DISTANCE.search(text, max(0, start - 60), start)
    return None if m is None else _km(m.group(1), m.group(2), m.group(3) is not None)


def measured_from(text: str, start: int) -> float | None:
    """The distance a phrase ending in من gives right before a place ('علي بعد كيلومترين من X'), in km (metres: 0)."""
    m = _FROM.search(text, max(0, start - 60), start)
    if m is None:
        return None
    return 0.0 if m.group(4) else _km(m.group(1), m.group(2), m.group(3) is not None)


def stated_after(text: str, end: int) -> float | None:
    """The distance a phrase right after a direction's place gives ('جنوب مدينه X بحوالي 12 كم'), in km."""
    m = _AFTER.match(text, end)
    return None if m is None else _km(m.group(1), m.group(2), m.group(3) is not None)


def _km(number: str | None, unit: str, nautical: bool) -> float | None:
    """A number (digits or a word; none for a dual) of a length unit, in km (at most MAX_STATED_KM)."""
    if unit.endswith("ين"):  # a dual: "علي بعد كيلومترين"
        value: float | None = None if number else 2.0
    elif number is None or number[0].isdigit():
        value = float(number) if number else None
    else:
        roles = number_lexicon().roles.get(number, {})
        value = next((float(roles[r]) for r in NUMBER_ROLES if r in roles), None)
    if value is None:
        return None
    factor = 1.852 if nautical else 1.609 if unit.startswith(("ميل", "اميال")) else 1.0
    return min(value * factor, MAX_STATED_KM)
