"""Round 37a (sub-event type, from the half-A census of wrong types): an attack noun or verb with no weapon named,
by a known side that neither strikes from the air nor from afar, is a ground assault, not shelling."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run


def _types(text: str) -> list[str]:
    """Each mention's sub-event type."""
    return [m.sub_event_type for m in run(text)]


@pytest.mark.parametrize("text", [
    ("شنت قوات الدعم السريع مساء الاثنين هجوماً على مواقع الجيش في مدينة الأبيض بولاية شمال كردفان، ما أدى إلى "
     "مقتل ثلاثة جنود."),
    ("هاجم مقاتلون من حركة الشباب فجر الخميس قاعدة للجيش الصومالي قرب مدينة بيدوا، وقتل جنديان بحسب "
     "مسؤول محلي."),
    ("أعلن الجيش السوداني صد هجوم لقوات الدعم السريع على مدينة الفاشر يوم السبت، مؤكداً مقتل خمسة من "
     "جنوده."),
], ids=["noun-rsf", "verb-shabaab", "repelled-noun"])
def test_a_weaponless_attack_by_a_ground_side_is_a_clash(text: str) -> None:
    """'هجوم' or 'هاجم' by a ground force with no weapon named: the post or town was stormed, an armed clash."""
    types = _types(text)
    assert types, types
    assert "Shelling/artillery/missile attack" not in types, types
    assert "Armed clash" in types, types


@pytest.mark.parametrize(("text", "sub"), [
    (("شنت قوات الدعم السريع مساء الاثنين هجوماً بالمدفعية الثقيلة على مواقع الجيش في مدينة الأبيض، ما أدى "
      "إلى مقتل ثلاثة جنود."), "Shelling/artillery/missile attack"),
    (("شن الطيران الحربي الإسرائيلي فجر اليوم هجوماً على بلدة عيتا الشعب في جنوب لبنان، ما أدى إلى مقتل "
      "شخصين."), "Air/drone strike"),
], ids=["named-artillery", "air-power"])
def test_a_named_weapon_or_an_air_power_keeps_its_type(text: str, sub: str) -> None:
    """A weapon named in the clause, or an attacker that strikes from the air, still types the attack."""
    assert sub in _types(text), _types(text)


def test_the_answered_attack_stays_apart_from_the_answer() -> None:
    """'ردا على هجوم' after a strike: the attack answered is told only by name and stays an incident of its own."""
    text = ("قصفت قوات النظام بالمدفعية مواقع لفصائل المعارضة في ريف حلب الغربي، رداً على هجوم استهدف نقطة "
            "لقوات النظام قرب بلدة الأتارب.")
    assert len(_types(text)) == 2, _types(text)
