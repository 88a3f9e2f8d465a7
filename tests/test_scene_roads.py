"""Scene: the ends of a road ('طريق A - B', 'الطريق الواصل بين A و B') are not where an incident took place. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests import scene_text

rec_of = scene_text.rec_of


@pytest.mark.parametrize(("text", "chosen"), [
    # round 22a (va_003, ta_013; 41 dev docs of 30 sets name a road by its two ends after 'بين'): the first end
    # stands for the road, however precise the second end's name resolved
    ("انفجرت عبوة ناسفة بسيارة مدنية على الطريق الواصل بين بلدة الكسرة ومدينة الرقة صباح اليوم", ["بلده الكسره"]),
    ("قتل سائقان بغارة على شاحنتين على الطريق الرابط بين بلدة الشميطية ومدينة الميادين", ["بلده الشميطيه"]),
    # session 42 (h2): a verb of linking names the road by its object and the place after 'ب' (of_013, hb_007)
    ("احترقت حافلة بغارة على الطريق الذي يصل بلدة الكسرة ببلدة الشميطية فجرا", ["بلده الكسره"]),
    ("قتل راع بلغم على الطريق الترابية التي تربط بلدة الشميطية بمدينة الميادين", ["بلده الشميطيه"]),
    # no road: two coordinated places stay two
    ("قصفت الطائرات بلدة الكسرة ومدينة الرقة", ["بلده الكسره", "مدينه الرقه"]),
])
def test_the_first_end_of_a_road_between_two_places(text: str, chosen: list[str]) -> None:
    """'الطريق الواصل بين A و B': A places the incident; the second end gives way to it."""
    rec = rec_of(text)
    got = choose_places(rec, 0, len(rec.nt.text))
    assert [rec.nt.text[p.start:p.end] for p in got] == chosen


@pytest.mark.parametrize(("text", "chosen"), [
    # session 43 (h2; ib_, of_): a bearing from a city before the road's destination places the incident
    ("انفجر لغم بعربة عسكرية على بعد 12 كيلومترا شمال مدينة الرقة على الطريق المؤدي إلى مدينة الطبقة",
     ["north of Ar Raqqah"]),
    # a town before it: the town, not the destination
    ("هاجم مسلحون حاجزا قرب بلدة الكسرة على الطريق الواصل لمدينة دير الزور", ["Al Kasrah"]),
    # the destination alone, or with an area after it as its context: the destination stays
    ("انفجرت عبوة ناسفة بسيارة على الطريق المؤدي إلى بلدة الكسرة", ["Al Kasrah"]),
])
def test_the_place_a_road_leads_to_gives_way_to_a_spot_before_it(text: str, chosen: list[str]) -> None:
    """scene_roads.leads_to: 'جنوب A علي الطريق المودي الي B' happened south of A."""
    assert scene_text.chosen(text) == chosen
