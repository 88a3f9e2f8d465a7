"""Sides read reversed (session 52, h15): a site for weapons owned by X is X's, hit, not X's weapon fired."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # 'موقع لاطلاق الصواريخ تابع لX': a purpose 'ل' before the site word; X holds the site that was struck
    ("قال الجيش الإسرائيلي إن طائراته أغارت الليلة الماضية على موقع لإطلاق الصواريخ تابع لحزب الله في بلدة "
     "كفركلا جنوب لبنان.", ("Air/drone strike", "ISRAEL", "IRAN_ALIGNED")),
    # the bare site word keeps working as before
    ("قال الجيش الإسرائيلي إن طائراته أغارت الليلة الماضية على منصة إطلاق صواريخ تابعة لحزب الله في بلدة "
     "كفركلا جنوب لبنان.", ("Air/drone strike", "ISRAEL", "IRAN_ALIGNED")),
    # a weapon owned by X with no site word before it: X fired it
    ("استهدفت طائرات مسيرة تابعة لحزب الله صباح اليوم موقعا عسكريا إسرائيليا في الجليل الأعلى.",
     ("Air/drone strike", "IRAN_ALIGNED", "ISRAEL")),
], ids=["purpose-l-site", "bare-site", "weapon-owned"])
def test_weapon_site_with_clitic(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'لاطلاق/لتخزين/لتصنيع' before a weapon owned by X make X the holder of the site hit."""
    assert sides(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # 'ليلة X على Y، X قصفت': the night's second day follows 'على'; the subject after the comma fired
    ("وليلة الجمعة على السبت، المدفعية التركية قصفت محيط قرية شيلادزي في قضاء العمادية، ولم تسجل إصابات بين "
     "الأهالي.", ("Shelling/artillery/missile attack", "TURKEY", "CIVILIANS")),
    ("وليلة الأحد على الاثنين الطائرات التركية قصفت مواقع لحزب العمال الكردستاني قرب قرية شيلادزي.",
     ("Air/drone strike", "TURKEY", "OTHER")),
    # a real 'على' phrase keeps its target
    ("قصفت الطائرات التركية ليلة الأحد على مواقع لحزب العمال الكردستاني قرب قرية شيلادزي.",
     ("Air/drone strike", "TURKEY", "OTHER")),
], ids=["night-comma", "night-no-comma", "on-positions"])
def test_night_span_is_no_target(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'على' between the two days of a night ('ليلة الجمعة على السبت') names no target."""
    assert sides(text)[0] == expected
