"""Merge 20b: a quarter of the city that names its province, and Turkey's word for its Kurdish foes."""

from __future__ import annotations

from tests.factories import extract_text as run


def test_a_quarter_and_its_city_are_one_place() -> None:
    """'... في بغداد' in the title, 'حي الدورة جنوبي العاصمة' in the body: one strike, placed at the quarter."""
    ms = run("مقتل ضابطين بضربة صاروخية في بغداد.\n"
             "سقط صاروخ مساء أمس على مقر أمني في حي الدورة جنوبي العاصمة، ما أدى إلى مقتل ضابطين.")
    assert [(m.location.name_en, m.fatalities) for m in ms] == [("Dora", 2)]


def test_quarters_of_a_district_town_stay_apart() -> None:
    """Gaza City's quarters are many incidents of one day: a district's namesake town does not hold them."""
    ms = run("قصفت طائرة حربية إسرائيلية فجر اليوم منزلاً في حي الزيتون شرقي مدينة غزة، ما أدى إلى مقتل ثلاثة أشخاص.\n"
             "وفي مدينة غزة أيضاً، استهدفت غارة أخرى خيمة للنازحين، ما أدى إلى مقتل طفلين.")
    assert len(ms) == 2


def test_turkey_names_the_kurdish_target_its_own_way() -> None:
    """Ankara's 'حزب العمال الكردستاني' in the title and the SDF's car in the body are one target of one Turkish
    strike: the title's toll reaches it."""
    ms = run("مسيّرة تركية تضرب سيارة قرب عامودا.. وأنقرة تعلن \"تحييد\" عنصر في حزب العمال الكردستاني و\"قسد\" "
             "تؤكد مقتل اثنين\nاستهدفت طائرة مسيّرة تابعة للاحتلال التركي مساء أمس سيارة تقل مقاتلين من قوات سوريا "
             "الديمقراطية قرب بلدة عامودا.")
    assert [(m.location.name_en, m.actor1.side, m.fatalities) for m in ms] == [("Amude", "TURKEY", 2)]
