"""Undated retold: a telling dated only by its story joins the one telling that states the incident's day, when the
two give the same death toll. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 5, 8)  # a Wednesday
LEAD = ("أعلنت قيادة العمليات، اليوم الأربعاء، اعتقال مطلوبين اثنين في قضاء هيت، فيما أشارت إلى مقتل {} بانفجار "
        "عبوة ناسفة في قضاء حديثة. ")
DETAIL = "وقالت القيادة إن عبوة ناسفة انفجرت مساء أمس الثلاثاء بعجلة للجيش في قضاء حديثة، ما أدى إلى مقتل جندي."


def _haditha(text: str) -> list[tuple[date | None, int | None]]:
    """The days and death tolls of the Haditha mentions."""
    return sorted((m.event_date, m.fatalities) for m in f.extract_text(text, PUB)
                  if m.location is not None and "Haditha" in m.location.name_en)


def test_the_announced_toll_joins_the_dated_blast() -> None:
    """The lead dated by the announcement and the detail with the blast's own day tell one incident of one toll."""
    assert _haditha(LEAD.format("جندي") + DETAIL) == [(date(2024, 5, 7), 1)]


def test_another_toll_is_another_incident() -> None:
    """Two soldiers in the lead and one in the detail: the telling stays apart."""
    assert _haditha(LEAD.format("جنديين") + DETAIL) == [(date(2024, 5, 7), 1), (date(2024, 5, 8), 2)]
