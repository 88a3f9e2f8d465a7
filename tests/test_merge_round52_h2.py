"""Round 52 (h2): a bare definite attack noun right after an incident tells it again, whatever its clause's place
words say. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 8, 22)  # a Thursday
LEAD = ("أعلنت قوات سوريا الديمقراطية اليوم الخميس مقتل اثنين من مقاتليها في هجوم شنه مسلحون من تنظيم داعش على نقطة "
        "عسكرية في قرية الطيانة بريف دير الزور الشرقي ليل أمس. ")


def test_fighters_named_after_towns_in_the_clash_told_again_are_no_scene() -> None:
    """'قتلا خلال الاشتباك': two noms de guerre that spell towns do not make the clash told again two more."""
    text = LEAD + "وقال المركز الإعلامي للقوات إن المقاتلين ريزان قامشلو وشيار ديريك قتلا خلال الاشتباك."
    assert f.place_names(text, PUB) == ["Tayyani"]


def test_the_items_of_a_list_of_strikes_stay_apart() -> None:
    """'الغارة الأولى ... الغارة الثانية': an ordinal opens an item of a list, a second incident."""
    text = ("شنت طائرات أمريكية غارتين على محافظة صعدة مساء أمس الأربعاء. وقال مصدر محلي إن الغارة الأولى استهدفت "
            "موقعاً في مديرية سحار، فيما استهدفت الغارة الثانية منطقة زراعية في مدينة حرض.")
    assert f.place_names(text, PUB) == ["Harad", "Sahar"]
