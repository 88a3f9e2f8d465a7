"""Frame items: a sentence that lists incidents, each with its own toll, attack word and place, tells each apart."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import mention_at
from tests.factories import rejection_reasons as reasons


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, places", [
    # ', و' + a toll of its own (7 docs in 6 sets: fr_, na_, ob_, ot_, ta_, tb_ show the construction)
    ("قتل خمسة مدنيين في قصف مدفعي لقوات الدعم السريع استهدف سوقاً في مدينة أم درمان، وأصيب ثلاثة في قصف طال "
     "حياً سكنياً في مدينة بحري.", ["Omdurman", "Khartoum North"]),
    # ', إضافة إلى' + a toll of its own
    ("استشهد مواطنان في غارة إسرائيلية على منزل في بلدة عيترون، إضافة إلى استشهاد ثلاثة في غارة استهدفت سيارة "
     "في بلدة بليدا.", ["Aitaroun", "Blida"]),
])
def test_each_item_of_a_list_is_its_own_incident(text: str, places: list[str]) -> None:
    """Two items a few km apart, each with its own toll and attack word: two incidents, the attacker shared."""
    ms = run(text)
    assert sorted(m.location.name_en for m in ms) == sorted(places), [(m.location.name_en, m.fatalities) for m in ms]
    assert len({m.actor1.side for m in ms}) == 1 and ms[0].actor1.side != "UNKNOWN"


@pytest.mark.issue(8)
def test_each_item_keeps_its_own_toll() -> None:
    """'استشهد مواطنان في ... عيترون، إضافة إلى استشهاد ثلاثة في ... بليدا': 2 at one village, 3 at the other."""
    ms = run("استشهد مواطنان في غارة إسرائيلية على منزل في بلدة عيترون، إضافة إلى استشهاد ثلاثة في غارة استهدفت "
             "سيارة في بلدة بليدا.")
    assert (mention_at(ms, "Aitaroun").fatalities, mention_at(ms, "Blida").fatalities) == (2, 3)


@pytest.mark.issue(8)
def test_the_same_strike_told_twice_is_no_list() -> None:
    """'وأصيب عشرة آخرون في القصف نفسه': a second toll of one strike, with no place of its own, is one incident."""
    ms = run("قتل أربعة أشخاص في قصف مدفعي على سوق في مدينة أم درمان، وأصيب عشرة آخرون في القصف نفسه.")
    assert [(m.location.name_en, m.fatalities, m.injured) for m in ms] == [("Omdurman", 4, 10)]


@pytest.mark.issue(8)
def test_a_later_update_joins_the_item_told_at_its_place() -> None:
    """A later sentence at the place of the second item joins that item, not the first one close by."""
    ms = run("استشهد مواطنان في غارة إسرائيلية على منزل في بلدة عيترون، إضافة إلى استشهاد ثلاثة في غارة استهدفت "
             "سيارة في بلدة بليدا.\nوقال رئيس بلدية بليدا إن الغارة أصابت السيارة عند مدخل بلدة بليدا.")
    assert sorted(m.location.name_en for m in ms) == ["Aitaroun", "Blida"]
    assert len(mention_at(ms, "Blida").evidence) == 2


@pytest.mark.issue(8)
@pytest.mark.parametrize("text", [
    "أغارت طائرة مسيرة إسرائيلية على مبنى في بلدة الخيام، وسحب الدخان تتصاعد من المكان.",
    "قصفت المدفعية التركية أطراف قرية تل تمر، وتصاعدت أعمدة الدخان من المنازل.",
])
def test_rising_smoke_is_no_trend(text: str) -> None:
    """Smoke or flames rising after a strike (18 docs in 14 sets) is no escalation: the strike stays an incident."""
    assert len(run(text)) == 1, reasons(text)


@pytest.mark.issue(8)
def test_rising_attacks_stay_a_trend() -> None:
    """'وتتصاعد الهجمات': a rise of the attacks themselves is still a trend."""
    assert any("aggregate" in r for r in reasons("وتتصاعد الهجمات بالطائرات المسيرة على بلدات ريف إدلب الجنوبي."))
