"""Round 27a (frame and merge, from the aa_ study): a strike told with its places counted joins the items named
after it, and an exchange of fire with its own toll, day and town is an incident even though it is mutual."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def _places(text: str) -> list[str | None]:
    """Each mention's place."""
    return [m.location.name_en if m.location else None for m in run(text)]


@pytest.mark.parametrize(("text", "items"), [
    (("شنت طائرات التحالف الدولي ليل الثلاثاء غارات على مقرات لفصائل موالية لإيران في منطقتين بريف دير الزور "
      "الشرقي.\nوقال مصدر محلي إن غارة أمريكية أصابت مستودعاً في بلدة الباغوز، وإن غارة أمريكية أخرى دمرت مقراً "
      "في مدينة هجين."), {"Baghuz", "Hajin"}),
    (("نفذت مقاتلات أمريكية ليل الثلاثاء ضربات على منشأتين بريف دير الزور الشرقي تستخدمهما فصائل موالية لإيران.\n"
      "وقال مصدر محلي إن غارة أمريكية أصابت مستودعاً في بلدة الباغوز، وإن غارة أمريكية أخرى دمرت مقراً في مدينة "
      "هجين."), {"Baghuz", "Hajin"}),
], ids=["in-two-areas", "on-two-sites"])
def test_a_count_of_places_joins_the_items_named_after_it(text: str, items: set[str]) -> None:
    """The lead that counts the places, placed only in the countryside around them, makes no incident of its own:
    the items told in the next sentence are the incidents."""
    places = _places(text)
    assert items <= set(places)
    assert not any(p and "countryside" in p for p in places), places


@pytest.mark.parametrize("text", [
    "شنت طائرات التحالف الدولي فجر اليوم الخميس غارات على مقرات لفصائل موالية لإيران في منطقتين بريف دير الزور الشرقي.",
    ("شنت طائرات التحالف الدولي فجر اليوم الخميس غارات على مقرات لفصائل موالية لإيران في منطقتين بريف دير الزور "
     "الشرقي.\n"
     "وفي سياق آخر، أعلنت وزارة الدفاع التركية مساء الخميس تحييد مسلحين اثنين في ريف حلب الشمالي."),
], ids=["no-item", "other-story"])
def test_a_count_with_no_item_after_it_stays(text: str) -> None:
    """With no item of its type and area told after it, the counted strike is the only telling and stays."""
    assert any(p and "Deir ez-Zor" in p for p in _places(text))


@pytest.mark.parametrize(("text", "town", "injured", "killed"), [
    (("شهدت مدينة الرمادي مساء الثلاثاء تبادلاً لإطلاق النار بين قوة من الشرطة ومطلوبين في سيارة، "
      "أسفر عن إصابة أحد المطلوبين بجروح."), "Ramadi", 1, None),
    (("وقع ظهر اليوم الخميس تبادل لإطلاق النار بين حرس الحدود ومهربين قرب بلدة القائم، ما أسفر عن "
      "مقتل أحد المهربين."), "Qa", None, 1),
], ids=["injured", "killed"])
def test_an_exchange_of_fire_with_its_own_toll_is_an_incident(text: str, town: str, injured: int | None,
                                                                killed: int | None) -> None:
    """Two parties named, a day and a town of its own, and a casualty in its clause: an armed clash."""
    ms = [m for m in run(text) if m.location is not None and town in m.location.name_en]
    assert len(ms) == 1, [(m.location and m.location.name_en) for m in run(text)]
    assert ms[0].sub_event_type == "Armed clash"
    assert (ms[0].injured, ms[0].fatalities if killed else None) == (injured, killed)


@pytest.mark.parametrize("text", [
    "شهدت مدينة الرمادي مساء الثلاثاء تبادلاً لإطلاق النار بين قوة من الشرطة ومطلوبين في سيارة.",
    "وتشهد مدينة الرمادي تبادلاً لإطلاق النار بين قوة من الشرطة ومطلوبين، أسفر عن إصابة أحد المطلوبين.",
], ids=["no-toll", "no-day"])
def test_an_exchange_without_its_own_toll_or_body_stays_dropped(text: str) -> None:
    """No casualty of its own, or no day of its own: still no incident."""
    assert not run(text), reasons(text)
