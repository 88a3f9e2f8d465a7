"""Frame aggressor: 'عدوان' with a state's adjective and 'علي' a target is a raid; the bare label is not."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def test_a_state_aggression_on_a_target_is_a_raid() -> None:
    """'عدوان امريكي جديد فجر اليوم علي موقع ... في بلدة X': the adjective names the attacker, 'علي' the target."""
    ms = run("عدوان أمريكي جديد فجر اليوم على موقع للفصائل في بلدة الميادين بريف دير الزور، وأنباء عن شهيدين.")
    assert [(m.location.name_en if m.location else None, m.actor1.side) for m in ms] == [("Mayadin", "US")]


def test_an_israeli_aggression_is_read_in_its_normalized_spelling() -> None:
    """'عدوان إسرائيلي' folds to 'اسراييلي': the state's adjective is listed as the text reads after normalization."""
    ms = run("عدوان إسرائيلي جديد فجر اليوم على موقع عسكري قرب بلدة القصير بريف حمص، دون ورود أنباء عن ضحايا.")
    assert [m.actor1.side for m in ms] == ["ISRAEL"]


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن العدوان مستمر على بلدة الميادين بريف دير الزور منذ أشهر.",
    "وندد البيان بالعدوان الأمريكي وسياسته في المنطقة، وطالب بخروج القوات من بلدة الميادين.",
    "وتحدث الخطيب في بلدة الميادين عن العدوان الأمريكي على المنطقة منذ سنوات.",
    "عدوان أمريكي جديد على مدينة الميادين بريف دير الزور.",
])
def test_an_aggression_without_a_state_and_target_stays_a_label(text: str) -> None:
    """No state's adjective right after the noun, no 'علي' after it, a governing word before it, or a town as its
    target: the political label, no incident."""
    assert not run(text)
    assert reasons(text)


def test_a_label_beside_the_raid_told_in_its_own_words_adds_nothing() -> None:
    """'عدوان صهيوني علي مدينه X. الغاره استهدفت ...' in one paragraph: the raid's own sentence tells it, once."""
    ms = run("عدوان صهيوني على مدينة الميادين بعد منتصف الليل. الغارة استهدفت مبنى سكنياً في مدينة الميادين "
             "وأدت إلى مقتل ثلاثة أشخاص.")
    assert [(m.location.name_en if m.location else None, m.sub_event_type) for m in ms] == [
        ("Mayadin", "Air/drone strike")]
