"""Frame 24a: a death from wounds dates the death, 'أردى ... قتيلاً', hands are no support, a claim told twice."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


@pytest.mark.parametrize(("text", "day"), [
    ("توفي صباح اليوم الخميس طفلان من جرحى القصف المدفعي الحوثي الذي استهدف سوقاً شعبياً مكتظاً في مدينة مأرب "
     "مساء الاثنين، لترتفع حصيلة القصف إلى خمسة قتلى.", date(2024, 3, 11)),
    ("أعلنت مصادر طبية، ظهر اليوم، وفاة شاب متأثراً بجروح أصيب بها في الغارة التي استهدفت منزلاً لعائلة نازحة في "
     "مدينة دير البلح فجر أمس الأربعاء.", date(2024, 3, 13)),
    ("استشهد شاب صباح اليوم وأصيب ثلاثة آخرون بجروح في قصف مدفعي على مدينة دير البلح.", date(2024, 3, 14)),
])
def test_a_death_from_wounds_dates_the_death_not_the_strike(text: str, day: date) -> None:
    """'توفي صباح اليوم ... من جرحى القصف الذي استهدف ... مساء الاثنين': Monday's shelling; a killing and wounding
    told together ('استشهد شاب صباح اليوم وأصيب آخرون في قصف') keeps its own day."""
    assert [m.event_date for m in run(text)] == [day]


def test_the_wounded_who_died_joins_the_blast_of_the_day_before() -> None:
    """'وصباح اليوم، أفاد مصدر طبي بأن الجندي الثاني الذي أصيب في انفجار العبوة فارق الحياة': the update of the
    blast told before, not a new blast on the day of the death."""
    ms = run("انفجرت عبوة ناسفة مساء أمس الأربعاء بدورية للجيش قرب مدينة بعقوبة، ما أدى إلى مقتل جندي وإصابة اثنين.\n\n"
             "وصباح اليوم الخميس، أفاد مصدر طبي في مستشفى بعقوبة التعليمي بأن الجندي الثاني الذي أصيب في انفجار "
             "العبوة الناسفة قرب بعقوبة فارق الحياة متأثراً بجروحه، لترتفع حصيلة الهجوم إلى قتيلين.")
    assert [(m.event_date, m.fatalities) for m in ms] == [(date(2024, 3, 13), 2)]


@pytest.mark.parametrize("text", [
    "أردى قناص من قوات النظام شاباً قتيلاً مساء أمس في مدينة طفس.",
    "قناص حوثي يردي امرأة قتيلة في مدينة تعز صباح اليوم.",
])
def test_a_sniper_who_shoots_someone_dead_is_an_incident(text: str) -> None:
    """'أردى/يردي ... قتيلاً': to shoot dead, with the sniper as the weapon."""
    assert len(run(text)) == 1


def test_hands_are_no_verb_of_support() -> None:
    """'مكبّلي الأيدي' (hands bound) is no 'أيّد' (supported): the shooting the bodies show stays an incident."""
    text = "عثر أهالي صباح اليوم على جثتي شابين مكبّلي الأيدي وعليهما آثار إطلاق نار قرب مدينة البوكمال."
    assert not any("'ايد'" in r for r in reasons(text))
    assert len(run(text)) == 1


def test_a_claim_and_its_statement_on_one_victim_are_one_attack() -> None:
    """'وتبنّت فيه هجوماً على القوات الأمريكية في محافظة الحسكة' then the statement's 'ثأراً ل...، هاجم مجاهدو
    المقاومة ... قاعدة الشدادي بطائرة مسيّرة': the victim is the same, so the claim is no cause the strike answers."""
    ms = run('نشرت "المقاومة الإسلامية في العراق"، أمس الأربعاء، بياناً جديداً على قناتها في تطبيق تلغرام، وتبنّت فيه '
             "هجوماً جديداً على القوات الأمريكية في محافظة الحسكة.\n\n"
             "وجاء في نص البيان: «ثأراً لدماء الشهداء، هاجم مجاهدو المقاومة الإسلامية فجر اليوم الأربعاء قاعدة "
             "الاحتلال الأمريكي في الشدادي بطائرة مسيّرة».")
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]
