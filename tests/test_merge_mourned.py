"""Mourned past: the past incident a funeral's dead were killed in is the funeral's background, not an incident.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 6, 12)  # a Wednesday
LEAD = "قصفت طائرات حربية، فجر اليوم الأربعاء، موقعاً عسكرياً في محيط مدينة تدمر بريف حمص الشرقي. "
FUNERAL = ("وفي مدينة حمص، شيّع المئات أمس جثامين خمسة من عناصر الجيش الذين قتلوا في الهجوم الذي شنه مسلحون على "
           "حاجز قرب بلدة السخنة {}، وسط هتافات غاضبة.")


@pytest.mark.parametrize("past", ["ليل الجمعة الماضي", "الأسبوع الماضي"], ids=["last-friday", "last-week"])
def test_the_past_attack_a_funeral_buries_is_no_incident(past: str) -> None:
    """The attack told only as how the buried were killed, marked past, leaves the strike of the day alone."""
    assert len(f.place_names(LEAD + FUNERAL.format(past), PUB)) == 1


def test_a_funeral_of_a_dated_death_keeps_its_incident() -> None:
    """'الذين قتلوا ... مساء الاثنين': a death of a stated day, not marked past, is still reported."""
    assert len(f.place_names(LEAD + FUNERAL.format("مساء الاثنين"), PUB)) == 2


def test_the_past_attack_told_in_its_own_sentence_stays() -> None:
    """The same attack told again outside the funeral stays an incident."""
    text = LEAD + FUNERAL.format("ليل الجمعة الماضي") + (
        " وكان مسلحون قد هاجموا حاجزاً للجيش قرب بلدة السخنة ليل الجمعة الماضي، ما أدى إلى مقتل خمسة عناصر.")
    assert len(f.place_names(text, PUB)) == 2


def test_a_funeral_of_a_death_with_no_day_of_its_own_is_no_incident() -> None:
    """'شيّع ... الخميس ... قضوا بقصف': the funeral's day is the burial's; the killing gives none, so it is background."""
    text = LEAD + "وفي بلدة القريتين، شيّع الأهالي، الثلاثاء، جثماني شابين قضيا بقصف مدفعي على أطراف البلدة."
    assert len(f.place_names(text, PUB)) == 1


def test_a_funeral_of_the_dead_named_by_a_noun_is_no_incident() -> None:
    """'تشييع قتلى الغارة': the dead as a noun, the strike they died in already known."""
    text = LEAD + "وبعد ساعات على تشييع قتلى غارة جوية استهدفت بلدة القريتين، أصدرت الفصائل بياناً تتوعد فيه بالرد."
    assert len(f.place_names(text, PUB)) == 1
