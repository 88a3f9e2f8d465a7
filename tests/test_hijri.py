"""The Hijri calendar: tabular dates, corrected by the weekday told with them."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.hijri import on_weekday, to_gregorian, year_of

D = dt.date


@pytest.mark.parametrize(("year", "month", "day", "weekday", "expected"), [
    pytest.param(1444, 7, 11, None, D(2023, 2, 2), id="rajab-1444"),
    pytest.param(1446, 9, 23, None, D(2025, 3, 23), id="ramadan-1446"),
    pytest.param(1445, 9, 3, None, D(2024, 3, 13), id="ramadan-1445"),
    pytest.param(1445, 10, 1, None, D(2024, 4, 10), id="shawwal-1445"),
    pytest.param(1446, 10, 5, 4, D(2025, 4, 3), id="weekday-settles-a-day-off"),
    pytest.param(1444, 7, 11, 4, D(2023, 2, 2), id="weekday-agrees"),
    pytest.param(1444, 13, 1, None, None, id="no-thirteenth-month"),
    pytest.param(1444, 7, 31, None, None, id="no-thirty-first"),
])
def test_to_gregorian(year: int, month: int, day: int, weekday: int | None, expected: dt.date | None) -> None:
    """A Hijri date converts to its Gregorian day (None when out of range)."""
    assert to_gregorian(year, month, day, weekday) == expected


def test_on_weekday_keeps_a_date_too_far_from_the_weekday() -> None:
    """Only a day at most two days away is taken: a weekday three days off leaves the date as it is."""
    thursday = D(2023, 2, 2)
    assert on_weekday(thursday, 5) == D(2023, 2, 3)
    assert on_weekday(thursday, 7) == thursday


@pytest.mark.parametrize(("day", "expected"), [
    pytest.param(D(2023, 2, 2), 1444, id="mid-year"),
    pytest.param(D(2025, 3, 23), 1446, id="ramadan"),
    pytest.param(D(2024, 7, 6), 1445, id="eve-of-new-year"),
])
def test_year_of(day: dt.date, expected: int) -> None:
    """The Hijri year a Gregorian day falls in."""
    assert year_of(day) == expected


@pytest.mark.parametrize(("year", "month", "day", "expected"), [
    pytest.param(1444, 12, 10, D(2023, 6, 28), id="eid-al-adha-1444-announced-a-day-before-the-tabular"),
    pytest.param(1446, 10, 1, D(2025, 3, 30), id="eid-al-fitr-1446"),
    pytest.param(1443, 9, 1, D(2022, 4, 2), id="ramadan-1443"),
    pytest.param(1441, 12, 10, D(2020, 7, 31), id="a-year-the-tabular-agrees"),
    pytest.param(1444, 7, 11, D(2023, 2, 2), id="a-month-no-row-dates-stays-tabular"),
])
def test_announced_month_starts(year: int, month: int, day: int, expected: dt.date) -> None:
    """Ramadan, Shawwal and Dhu al-Hijja begin on the day announced (months.tsv first_days), round 24a."""
    assert to_gregorian(year, month, day) == expected
