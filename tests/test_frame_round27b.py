"""Round 27b (frame and merge, from the bb_ study): a remote weapon that hits a site after the verb is an attack, the
strike behind an anniversary's death is long past, siren towns are no impact places, and a party's version opened by
'من جهته' joins the incident told before it."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def _places(text: str) -> list[str | None]:
    """Each mention's place."""
    return [m.location.name_en if m.location else None for m in run(text)]


@pytest.mark.parametrize(("text", "town"), [
    ("وفي مدينة الميادين، أصابت مسيّرة مجهولة مستودعاً للذخيرة فجر اليوم الخميس، ما أدى إلى مقتل ثلاثة عناصر.",
     "Mayadin"),
    ("أصاب صاروخ مبنى سكنياً في بلدة الخيام مساء أمس الأربعاء، وأسفر عن إصابة خمسة مدنيين.", "Khiyam"),
    ("وفي مدينة البوكمال، أصابت قذيفة هاون ثانية خزاناً للمياه ظهر اليوم الخميس.", "Kamal"),
], ids=["drone-depot", "rocket-building", "mortar-tank"])
def test_a_remote_weapon_after_the_verb_hits_a_site(text: str, town: str) -> None:
    """'أصابت مسيّرة … محطة': the weapon is the verb's subject, so the verb tells a hit, not a wound."""
    assert any(p and town in p for p in _places(text)), (_places(text), reasons(text))


@pytest.mark.parametrize("text", [
    "أصابت رصاصة طائشة شاباً في قدمه خلال حفل زفاف في مدينة الرمادي مساء أمس.",
    "وقالت المصادر إن الصاروخ الموجه أصاب السيارة مباشرة.",
], ids=["stray-bullet", "definite-retelling"])
def test_a_bullet_or_a_told_weapon_makes_no_hit(text: str) -> None:
    """A bullet wounds; a definite weapon or object after the verb retells the incident told before it."""
    assert not run(text)


@pytest.mark.parametrize("text", [
    ("تجمّع المئات، مساء اليوم الخميس، في ساحة وسط مدينة الناصرية، لإحياء الذكرى السنوية الثالثة لاغتيال أحد "
     "قادة الفصائل المسلحة ومرافقيه الأربعة بغارة جوية شنّتها طائرة مسيّرة مطلع عام 2021."),
    ("أقامت العشيرة حفلاً تأبينياً في بلدة الحويجة بمناسبة الذكرى الثانية لمقتل شيخها وابنه الأكبر وثلاثة من "
     "أبناء عمومته في هجوم بعبوة ناسفة استهدف سيارتهم على الطريق العام."),
], ids=["air-strike", "ied"])
def test_the_strike_an_anniversary_remembers_is_no_incident(text: str) -> None:
    """The death an anniversary remembers is long past, and so is the strike that caused it, however many words on."""
    assert not run(text), _places(text)


@pytest.mark.parametrize(("text", "struck", "warned"), [
    ("إعلام إسرائيلي: دوّت صافرات الإنذار في نهاريا وشلومي، وأنباء عن سقوط صواريخ في محيط نهاريا مساء اليوم الخميس.",
     "Nahariya", "Shlomi"),
    ("صفارات الإنذار تدوي في كريات شمونة والمطلة، وأنباء عن سقوط صاروخ في أطراف كريات شمونة مساء اليوم الخميس.",
     "Shmona", "Metula"),
], ids=["verb-first", "noun-first"])
def test_siren_towns_are_not_impact_places(text: str, struck: str, warned: str) -> None:
    """The towns the sirens warned are not where the rockets fell when the clause tells the impact place."""
    places = _places(text)
    assert any(p and struck in p for p in places), places
    assert not any(p and warned in p for p in places), places


@pytest.mark.parametrize("opener", ["من جهته", "بدوره"])
def test_a_party_version_opened_by_from_its_side_joins_the_lead(opener: str) -> None:
    """'من جهته، زعم الجيش أن قواته تعرضت لإطلاق نار في X': the army's version of the raid told before, one incident."""
    text = ("استشهد شاب وأصيب اثنان آخران بالرصاص الحي، فجر اليوم الخميس، خلال اقتحام قوات الاحتلال بلدة قباطية "
            "جنوب جنين.\n"
            f"{opener}، زعم جيش الاحتلال في بيان أن قواته تعرضت لإطلاق نار خلال عملية في قباطية، وردّت بإطلاق النار "
            "باتجاه مسلحين.")
    places = _places(text)
    assert len([p for p in places if p and "Qabatiya" in p]) == 1, places
