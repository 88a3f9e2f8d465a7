"""Round 28a (casualties, from the ba_ study): wounded who died lower the injured figure, a forecast rise is no toll,
and a toll keeps to the section that tells it (a risen toll to its own paragraph, a sub-heading's incident to itself).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل ثلاثة جنود وأصيب أربعة آخرون مساء الأحد في هجوم على حاجز للجيش قرب بلدة الحويجة. وصباح اليوم أعلن مصدر طبي "
     "وفاة اثنين من المصابين متأثرين بجراحهما لترتفع الحصيلة إلى خمسة قتلى، فيما لا يزال اثنان يتلقيان العلاج.",
     "Al Hawijah", (5, 2)),
    ("قتل ثلاثة جنود وأصيب أربعة آخرون مساء الأحد في هجوم على حاجز للجيش قرب بلدة الحويجة. وصباح اليوم أعلن مصدر طبي "
     "وفاة أحد الجرحى متأثرا بجراحه لترتفع الحصيلة إلى أربعة قتلى، فيما لا يزال الثالث يتلقى العلاج.",
     "Al Hawijah", (4, 1)),
    ("سقطت قذائف على سوق مدينة إعزاز مساء الأحد ما أدى إلى مقتل خمسة مدنيين وإصابة تسعة آخرين. وأعلنت مديرية الصحة "
     "لاحقا ارتفاع عدد القتلى إلى سبعة بعد وفاة اثنين من المصابين.",
     "Azaz", (7, 7)),
    ("سقطت قذائف على سوق مدينة إعزاز مساء الأحد ما أدى إلى مقتل خمسة مدنيين وإصابة تسعة آخرين. وأعلنت مديرية الصحة "
     "لاحقا ارتفاع الحصيلة إلى سبعة قتلى و12 جريحا بعد وفاة اثنين من المصابين.",
     "Azaz", (7, 12)),
    ("قتل سبعة مدنيين وأصيب تسعة آخرون في قصف على سوق مدينة إعزاز مساء الأحد. وكانت مصادر محلية قد تحدثت في حصيلة "
     "أولية عن مقتل خمسة، قبل أن تعلن صباح اليوم وفاة اثنين من الجرحى.",
     "Azaz", (7, 9)),
    ("استهدفت مسيرة سيارة عسكرية قرب بلدة الحويجة مساء الأحد ما أدى إلى إصابة ثلاثة جنود، ولم تسجل أي حالة وفاة، فيما "
     "عاد اثنان من المصابين إلى الخدمة صباح اليوم.",
     "Al Hawijah", (0, 3)),
], ids=["still-treated-count", "still-treated-ordinal", "earlier-less-dead", "own-newer-figure",
        "risen-told-before", "no-death-returned"])
def test_round_28a_wounded_who_died(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'وفاة N من المصابين' leaves the count still treated, or the earlier figure less the dead, as the injured."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل سبعة عناصر من قوات الدفاع الوطني مساء الأحد في كمين لمسلحين قرب بلدة الحويجة، بحسب مصادر محلية، مرجحة "
     "ارتفاع عدد القتلى إلى 12 بسبب وجود إصابات خطيرة.", "Al Hawijah", (7, None)),
    ("قتل سبعة عناصر من قوات الدفاع الوطني مساء الأحد في كمين لمسلحين قرب بلدة الحويجة، وسط توقعات بارتفاع عدد "
     "القتلى إلى 12.", "Al Hawijah", (7, None)),
    ("قتل سبعة عناصر من قوات الدفاع الوطني مساء الأحد في كمين لمسلحين قرب بلدة الحويجة، ثم ارتفع عدد القتلى إلى 9.",
     "Al Hawijah", (9, None)),
], ids=["likely-rise", "expected-rise", "rise-told"])
def test_round_28a_forecast_rise(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'مرجحة ارتفاع عدد القتلى إلى N' forecasts a toll: N is no figure, while a rise told replaces the earlier one."""
    got = _tolls(text)
    assert got.get(place) == want, got


ROUND_UP = """حصاد الأسبوع في محافظة كركوك

السبت
- قتل اثنان من عناصر الشرطة بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة الحويجة.

الأحد
- هاجم مسلحون ليلا نقطة للجيش قرب بلدة الرياض غربي كركوك. وكانت مصادر أمنية قد تحدثت عن مقتل جندي، غير أن الحصيلة ارتفعت إلى ثلاثة قتلى صباح اليوم.
"""

SUB_HEADINGS = """مقتل مدنيين بقصف على بلدة مارع

قتل ثلاثة مدنيين وأصيب أربعة آخرون مساء الأحد بقصف مدفعي على أحياء سكنية في بلدة مارع.

هجوم على الساحل
وفي المنطقة الساحلية، صدت القوات الحكومية فجر اليوم هجوما شنه مسلحون على قاعدة عسكرية، وأكد بيان للجيش مقتل جندي وإصابة اثنين.
"""


@pytest.mark.parametrize(("text", "place", "want"), [
    (ROUND_UP, "Hawijah", (2, None)),
    (ROUND_UP, "Riyad", (3, None)),
    (SUB_HEADINGS, "Mari'", (3, 4)),
], ids=["first-item-keeps-its-toll", "rise-of-its-own-paragraph", "sub-heading-keeps-its-toll"])
def test_round_28a_toll_keeps_to_its_section(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """A risen toll goes with its own paragraph's incident, and a sub-heading's incident keeps its toll."""
    got = {name: toll for name, toll in _tolls(text).items() if place in name}
    assert list(got.values()) == [want], _tolls(text)
