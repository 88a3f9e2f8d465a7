"""The server-side SVG timeline."""

from __future__ import annotations

from datetime import date

from rasd.web.charts import TYPE_COLORS, by_side, by_type, timeline
from tests import factories as f


def test_daily_bars_stacked_by_type() -> None:
    events = [f.event("a"), f.event("b"), f.event("c", event_date=date(2022, 8, 26), event_type="Battles")]
    chart = timeline(events, by_type, TYPE_COLORS)
    assert chart is not None and chart.unit == "day"
    assert chart.legend == [("Explosions/Remote violence", "#ff7f0e", 2), ("Battles", "#d62728", 1)]
    assert chart.svg.count("<rect") == 2 and "2022-08-24 (day): Explosions/Remote violence: 2" in chart.svg


def test_long_spans_use_weeks_then_months() -> None:
    week = timeline([f.event("a"), f.event("b", event_date=date(2023, 1, 1))], by_side, {})
    month = timeline([f.event("a"), f.event("b", event_date=date(2026, 1, 1))], by_side, {})
    assert week is not None and week.unit == "week" and "2022-08-20 (week)" in week.svg  # ACLED weeks: Saturday
    assert month is not None and month.unit == "month" and "2022-08-01 (month)" in month.svg


def test_no_dates_no_chart_and_names_are_escaped() -> None:
    assert timeline([f.event(event_date=None)], by_type, TYPE_COLORS) is None
    chart = timeline([f.event(event_type="<b>x</b>")], by_type, TYPE_COLORS)
    assert chart is not None and "<b>" not in chart.svg and "&lt;b&gt;" in chart.svg
