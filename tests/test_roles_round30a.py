"""Roles and type 30a (da_ study): a guard point, gate, patrol or police station stormed with no weapon named is a
ground fight, shelling guessed from nothing yields to the fight another telling reads, the Guard of Iranian reports
is the IRGC, and Niger's army at home. Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, sides

DAY = date(2024, 5, 9)


@pytest.mark.parametrize("text", [
    "قتل جنديان وأصيب ثالث، فجر الأربعاء، في هجوم على نقطة للجيش قرب بلدة الحويجة جنوب غربي كركوك.",
    "وأعلنت الوزارة مقتل شرطيين اثنين في هجوم استهدف بوابة أمنية على الطريق بين مدينتي غريان والأصابعة مساء الثلاثاء.",
    "وقتل ثلاثة من رجال الأمن، ليل الاثنين، في هجوم على دورية قرب مدينة تاهوا.",
    "أصيب أربعة من عناصر الأمن، مساء أمس الأحد، في هجوم على مركز شرطة في مدينة زاهدان.",
], ids=["guard-point", "libyan-gate", "patrol", "police-station"])
def test_a_post_stormed_with_no_weapon_named_is_a_clash(text: str) -> None:
    """'هجوم على نقطة للجيش', 'هجوم استهدف بوابة امنية', 'هجوم على دورية', 'هجوم على مركز شرطة': a manned post or
    patrol attacked with no stand-off weapon named is stormed on the ground, not shelled."""
    got = sides(text, published=DAY)
    assert got and got[0][0] == "Armed clash", got


@pytest.mark.parametrize("text, sub", [
    ("قتل جنديان في هجوم بقذائف الهاون على نقطة للجيش قرب بلدة الحويجة جنوب غربي كركوك فجر الأربعاء.",
     "Shelling/artillery/missile attack"),
    ("قتل جنديان في هجوم بطائرة مسيرة على نقطة للجيش قرب بلدة الحويجة جنوب غربي كركوك فجر الأربعاء.",
     "Air/drone strike"),
], ids=["mortars", "drone"])
def test_a_post_hit_by_a_named_stand_off_weapon_keeps_its_weapon_type(text: str, sub: str) -> None:
    """'هجوم بقذائف الهاون على نقطة', 'هجوم بطائرة مسيرة على نقطة': the weapon named decides, the post does not."""
    got = sides(text, published=DAY)
    assert got and got[0][0] == sub, got


def test_shelling_guessed_from_nothing_yields_to_the_gunmen_who_stormed_the_post() -> None:
    """A ministry's 'تعرضت قوتها لاعتداء' (no weapon, no attacker) told with 'مسلحون مجهولون هاجموا حاجزاً': the
    incident is the ground fight the second telling reads, not shelling."""
    text = ("قالت وزارة الداخلية في بيان إن إحدى قواتها في مدينة غريان تعرضت لاعتداء مساء الثلاثاء، ما أدى إلى إصابة "
            "عنصرين. وأوضح البيان أن مسلحين مجهولين هاجموا حاجز القوة على مدخل غريان قبل أن يلوذوا بالفرار.")
    got = sides(text, published=DAY)
    assert got and all(g[0] == "Armed clash" for g in got), got


def test_the_guard_of_an_iranian_report_is_the_irgc() -> None:
    """'قالت فارس إن قوات الحرس قتلت مسلحين': Iran's 'the Guard' is the Revolutionary Guard, IRAN_ALIGNED."""
    text = ("أعلنت وكالة فارس، صباح الأحد، أن قوات الحرس قتلت ثلاثة مسلحين في اشتباك قرب مدينة خاش بمحافظة سيستان "
            "وبلوشستان.")
    got = sides(text, published=DAY)
    assert got and got[0][1] == "IRAN_ALIGNED", got


def test_a_bare_guard_elsewhere_names_no_side() -> None:
    """Outside Iran a bare 'قوات الحرس' (a palace or national guard) is not the IRGC."""
    text = "قتل عنصران من قوات الحرس في هجوم مسلح على نقطة تفتيش قرب مدينة الأبيض مساء الأحد."
    got = sides(text, published=DAY)
    assert got and "IRAN_ALIGNED" not in got[0][1:], got


def test_niger_soldiers_hit_by_a_roadside_bomb_are_the_nigerien_army() -> None:
    """'مقتل جنديين نيجريين بانفجار عبوة': Niger's army is a known party (OTHER), not civilians."""
    ms = extract_text("قتل جنديان نيجريان، صباح الخميس، بانفجار عبوة ناسفة لدى مرور دوريتهما قرب بلدة أيورو في منطقة "
                      "تيلابيري.", published=DAY)
    assert ms and ms[0].actor2 is not None and ms[0].actor2.id == "niger_army", ms
