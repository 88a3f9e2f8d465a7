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


DIGEST = ("النشرة الأمنية الأسبوعية | العدد 12\nمن 4 إلى 10 أيار 2024\n\n"
          "في هذا العدد: كمين لرتل للجيش في محافظة ديالى، وتطورات المشهد السياسي.\n\n"
          "1) ديالى: كمين قرب جلولاء\nمساء الثلاثاء 7 أيار تعرض رتل للجيش العراقي لكمين نصبه مسلحون من داعش قرب "
          "ناحية جلولاء، ما أدى إلى مقتل ثلاثة جنود.\n")


def test_a_bare_retelling_joins_the_account_that_states_its_day() -> None:
    """A digest's contents line, dated only by the week it covers, retells the ambush its item dates: one incident."""
    got = sorted((m.event_date, m.location.name_en) for m in f.extract_text(DIGEST, date(2024, 5, 11))
                 if m.location is not None and m.location.admin1 == "Diyala")
    assert got == [(date(2024, 5, 7), "Jalawlah")]
