"""Told within: an area's telling joins the telling of a place the text puts inside that area.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 4, 21)  # a Sunday
HEAD = "أعلن مصدر عسكري أن طائرات حربية إسرائيلية شنت، فجر اليوم الأحد، غارات على موقع عسكري في منطقة القصير بريف حمص. "
BODY = ("وأفاد مراسلنا بأن الغارات استهدفت مستودعاً للذخيرة في محيط بلدة الضبعة {} في ريف حمص الجنوبي الغربي، ما أدى إلى "
        "إصابة عسكريين اثنين.")


def test_an_area_joins_the_place_told_inside_it() -> None:
    """'في محيط بلده الضبعه بمنطقه القصير': the lead's area is the strike told at the village."""
    assert f.place_names(HEAD + BODY.format("بمنطقة القصير"), PUB) == ["Ad Dab'ah"]


def test_without_the_area_named_after_the_place_two_stay() -> None:
    """Nothing puts the village inside the lead's area: the two places stay two tellings."""
    assert len(f.place_names(HEAD + BODY.format(""), PUB)) == 2


def test_another_kind_of_incident_at_the_area_stays() -> None:
    """An explosion at the area is no second telling of an air strike told inside it."""
    text = (BODY.format("بمنطقة القصير") + " وفي سياق منفصل، انفجرت عبوة ناسفة بسيارة عسكرية في منطقة القصير مساء "
            "أمس السبت، ما أدى إلى مقتل جندي.")
    assert len(f.place_names(text, PUB)) == 2
