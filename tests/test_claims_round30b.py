"""Round 30b (casualties and sources, from the fb_ study): policemen attacked are the forces side of a clash toll;
a toll counted over months or a year is no incident's toll; an agency quoting an official of a named body keeps
the body as a teller.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f
from tests.factories import tolls_by_place

PUB = date(2024, 6, 3)


def _toll(text: str, place: str) -> list[tuple[int | None, int | None]]:
    return [v for k, v in tolls_by_place(text, PUB).items() if place in k]


@pytest.mark.parametrize(("text", "place", "want"), [
    ("هاجم مسلحون مركزا للشرطة في مدينة بيجي فجر أمس الأحد، وقال مسؤول محلي إن ثلاثة عناصر من الشرطة قُتلوا، وإن "
     "اثنين من المهاجمين قُتلا أيضا في الاشتباك.", "Baiji", (5, None)),
    ("هاجم مسلحون حاجزا في مدينة بيجي فجر أمس الأحد، وقال مسؤول محلي إن أربعة شرطيين قتلوا، وإن ثلاثة من المسلحين "
     "قتلوا خلال الاشتباك.", "Baiji", (7, None)),
    ("هاجم مسلحون حاجزا في مدينة بيجي فجر أمس الأحد، وقال مسؤول محلي إن ثلاثة من المسلحين قتلوا برصاص الشرطة.",
     "Baiji", (3, None)),
], ids=["police-and-attackers", "policemen-and-gunmen", "police-as-agent"])
def test_round_30b_police_side(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'ثلاثه عناصر من الشرطه قتلوا' beside 'اثنين من المهاجمين': both sides' dead, summed; police named after
    the attackers' figure as the ones who shot them ('برصاص الشرطه') are no victims."""
    assert _toll(text, place) == [want]


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل أربعة جنود في هجوم على موقع عسكري قرب مدينة بيجي مساء السبت. ويأتي الهجوم في ظل تصاعد العنف، إذ قتل أكثر "
     "من ألفي شخص في العراق خلال النصف الأول من العام الجاري.", "Baiji", (4, None)),
    ("انفجرت عبوة ناسفة بسيارة مدنية قرب مدينة بيجي مساء السبت. وسجلت منظمات محلية 900 قتيل خلال الأشهر الستة "
     "الماضية في المحافظة.", "Baiji", (None, None)),
    ("قتل أربعة جنود في هجوم على موقع عسكري قرب مدينة بيجي مساء السبت، هو الأعنف خلال الأشهر الستة الماضية.",
     "Baiji", (4, None)),
], ids=["half-year-tally", "months-tally", "deadliest-of-months"])
def test_round_30b_period_total(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'قتل اكثر من الفي شخص ... خلال النصف الاول من العام': a tally of many incidents, never a named incident's toll;
    a ranking of the incident within the months ('هو الاعنف خلال الاشهر') keeps its figure."""
    assert _toll(text, place) == [want]


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("قصفت طائرة مسيرة مستودعا للوقود قرب مدينة بيجي فجر أمس الأحد. ونقلت وكالة رويترز عن مسؤول في وزارة النفط "
     "قوله إن الحريق أخمد بعد ساعتين.", "Baiji", {"Reuters", "Iraqi Ministry of Oil"}),
    ("قصفت طائرة مسيرة مستودعا للوقود قرب مدينة بيجي فجر أمس الأحد. ونقلت وكالة رويترز عن مصدر أمني قوله إن "
     "الحريق أخمد بعد ساعتين.", "Baiji", {"Reuters"}),
], ids=["official-of-a-body", "vague-source"])
def test_round_30b_relayed_official(text: str, place: str, expected: set[str]) -> None:
    """'نقلت رويترز عن مسوول في وزاره النفط': the agency and the body its official speaks for both tell it."""
    assert f.sources_at(text, place, PUB) == expected


def test_round_30b_period_total_after_recalled_attack() -> None:
    """The tally of a trend told after a recalled attack with no toll ('لم تعرف حصيلته') is not that attack's toll."""
    text = ("انفجرت عبوة ناسفة بدورية للجيش قرب مدينة بيجي صباح السبت دون إصابات.\n\nويأتي ذلك بعد أيام من هجوم على "
            "حاجز للجيش في بلدة الصينية، لم تعرف حصيلته.\n\nوتشهد المحافظة تصاعدا لهجمات الخلايا المسلحة، إذ قتل "
            "أكثر من ألفي شخص في العراق خلال النصف الأول من العام الجاري، وفق منظمات محلية.\n")
    tolls = tolls_by_place(text, PUB)
    assert tolls and all(not dead for dead, _ in tolls.values()), tolls
