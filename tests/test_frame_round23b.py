"""Frame 23b: one air strike told by the jets and by the missiles, a retreat that is no trend, covering fire."""

from __future__ import annotations

import pytest

from rasd.merge_compat import Unit, types_ok
from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


@pytest.mark.parametrize("text", [
    "قالت مصادر عسكرية، صباح اليوم الأربعاء، إن طائرات حربية إسرائيلية قصفت مستودعاً للذخيرة في مدينة بنت جبيل.\n"
    "وفي وقت لاحق، أكد رئيس البلدية أن المستودع في بنت جبيل تعرّض صباح اليوم لاعتداء إسرائيلي بعدة صواريخ.",
    "أفاد مصدر محلي بأن مسيّرة إسرائيلية استهدفت سيارة في بلدة بنت جبيل ظهر اليوم الأربعاء.\n"
    "وقال شهود إن صاروخين أصابا السيارة إسرائيلية في بنت جبيل ظهر اليوم.",
])
def test_the_platform_and_the_missiles_it_fired_are_one_strike(text: str) -> None:
    """'مقاتلات ... قصفت' and 'اعتداء بعدة صواريخ' on one place and day: the jets fired the missiles."""
    ms = run(text)
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "trend"), [
    ("تصدت قوات الجيش فجر اليوم لهجوم شنه مسلحون على نقطة عسكرية قرب مدينة سراقب، وأجبرتهم على التراجع.", False),
    ("صدّت الفصائل هجوماً على مواقعها في سراقب، ما دفع المهاجمين للتراجع بعد ساعة.", False),
    ("وقال التقرير إن هجمات الحوثيين على السفن أدت إلى تراجع حاد في حركة الملاحة.", True),
])
def test_forcing_the_attackers_to_retreat_is_no_trend(text: str, trend: bool) -> None:
    """'أجبرتهم على التراجع', 'دفعهم للتراجع': a retreat; 'أدت إلى تراجع حاد في عدد': a trend."""
    assert any("تراجع" in r and r.startswith("aggregate") for r in reasons(text)) is trend


def test_covering_fire_is_part_of_the_assault() -> None:
    """'تقدموا تحت غطاء من القصف المدفعي': the fire covers the assault told in the sentence."""
    ms = run("هاجم مسلحون فجر اليوم مواقع الجيش في مدينة سراقب تحت غطاء من قذائف الهاون، واندلعت اشتباكات عنيفة.")
    assert "covering fire" in " ".join(reasons(
        "تقدم مسلحون نحو مواقع الجيش في مدينة سراقب تحت غطاء من قذائف الهاون والمدفعية قبل أن يتراجعوا."))
    assert [m.location.name_en for m in ms] == ["Saraqib"]


def _unit(sub: str, weapons: list[str]) -> Unit:
    """A one-frame unit with only the fields the type check reads."""
    return Unit(frames=[], place=None, day=None, precision=None, date_from="", agent=None, target=None,
                sub_event=sub, sub_from="weapon", weapons=weapons)


@pytest.mark.parametrize(("platform", "fired", "one"), [
    (["aircraft"], ["rocket"], True),  # 'مقاتلات ... قصفت' and 'اعتداء بعدة صواريخ'
    (["aircraft", "anti_aircraft"], ["anti_aircraft", "rocket"], True),  # a radar site hit: its own name
    (["drone"], ["guided_missile"], True),
    (["drone"], ["ballistic_missile"], False),  # no plane fires a ballistic missile
    (["drone", "aircraft", "small_arms"], ["rocket"], False),  # 'هجمات بطائرات مسيرة وصواريخ وأسلحة خفيفة': a summary
])
def test_a_platform_and_what_it_fires_are_one_type(platform: list[str], fired: list[str], one: bool) -> None:
    """An air strike told by its platform and a missile attack told by its munition are one strike; a telling
    that names small arms beside the drones is a summary of attacks, not the platform of one strike."""
    air, shot = _unit("Air/drone strike", platform), _unit("Shelling/artillery/missile attack", fired)
    assert types_ok(air, shot) is one
    assert types_ok(shot, air) is one
