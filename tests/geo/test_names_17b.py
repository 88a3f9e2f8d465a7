"""Round 17b geocoding: a refugee camp's name and its direction across whom the camp shelters, and a camp named
like a far larger foreign city (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import refs_of


def places(text: str) -> list[tuple[str, str]]:
    """(English name, country) of every place reference of a text."""
    return [(r.location.name_en or "", r.location.country_iso3 or "") for r in refs_of(text)]


@pytest.mark.parametrize(("text", "context"), [
    ("سقطت قذيفتان على أطراف مخيم عين الحلوة للاجئين الفلسطينيين قرب مدينة صيدا مساء أمس", "صيدا"),
    ("تعرض مخيم مخمور للنازحين جنوب غرب أربيل لقصف بطائرة مسيرة", "اربيل"),
])
def test_whom_a_camp_shelters_does_not_part_it_from_its_direction(text: str, context: str) -> None:
    """'مخيم X للاجئين [الفلسطينيين] قرب / جنوب Y': the phrase after the purpose words locates the camp, as a context."""
    refs = refs_of(text)
    ctx = [r for r in refs if r.location.flagged == "context"]
    assert ctx and context in ctx[0].location.text.replace("أ", "ا"), [(r.location.text, r.location.flagged)
                                                                       for r in refs]


def test_the_refugees_are_no_village() -> None:
    """'للاجئين' is whom a camp shelters, not the Aleppo hamlet Qaryat al-Laji'in."""
    got = places("وزعت الوكالة مساعدات على العائلات في مخيم البداوي للاجئين شمال لبنان")
    assert all(c != "SYR" for _, c in got), got


def test_a_camp_is_rather_the_article_countrys_than_a_foreign_city() -> None:
    """Under مخيم a town's size counts half: a camp in a Lebanese report is Lebanon's Rashidieh, not Errachidia,
    a Moroccan city of 100,000, also where no direction follows the camp."""
    got = places("نعت فصائل فلسطينية في لبنان شابا قتل بغارة مسيرة على دراجة نارية داخل مخيم الرشيدية")
    assert ("Er Rachidiye", "LBN") in got and all(c != "MAR" for _, c in got), got
