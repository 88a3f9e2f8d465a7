"""Round 52 (h14): a village named with its head noun (or a bearing from one) and followed, after a comma, by a
relative adjective that locates it ('قرية X، القريبة من P', 'جنوب قرية X، التابعة لمنطقة P') is the scene; P, a site
too, only tells where it lies. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("أصابت غارة جوية مخزنا للأسلحة قرب قرية بيلوكة، القريبة من معبر القائم الحدودي، فجر الأحد.", ["Baylukah"]),
    ("هاجم مسلحون رعاة أغنام جنوب شرقي قرية الخاوية، التابعة لمنطقة المخرم في ريف حمص الشرقي.",
     ["southeast of Al Khawiyah"]),
    ("أصابت غارة جوية مخزنا للأسلحة قرب معبر القائم الحدودي فجر الأحد.", ["Albukamal - al-Qaim border crossing"]),
    ("هاجم مسلحون رعاة أغنام في منطقة المخرم في ريف حمص الشرقي.", ["Al Makhrim"]),
], ids=["village-then-near-site", "bearing-from-village-then-its-area", "site-alone", "area-alone"])
def test_a_relative_locator_after_a_comma_only_locates_the_village(text: str, expected: list[str]) -> None:
    """'قرب قرية X، القريبة من معبر P': the village is the scene; the site or area alone still stands."""
    assert scene_text.chosen(text) == expected


def test_a_village_read_far_from_the_place_its_relative_adjective_names_gives_way() -> None:
    """'قرب قرية X، التابعة لناحية P' with X read for a namesake 80 km off: the subdistrict P stays the place."""
    text = "هاجم مسلحون نقطة للجيش قرب قرية بلكانة، التابعة لناحية سليمان بيك، ليلة الأحد."
    assert scene_text.chosen(text) == ["Sulaiman Baig"]
