"""Frame 23a: duals of weapon and attack nouns, a drill word that names a training site, a negated verb of knowing,
the bullet noun, and 'في الوقت نفسه' after an incident recalled in the pluperfect."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text
from tests.factories import rejection_reasons as reasons

DAY = date(2024, 3, 21)


@pytest.mark.parametrize("text, weapon", [
    ("سقطت قذيفتان على منزل في بلدة كفرنبل، ما أدى إلى إصابة طفل.", "artillery"),
    ("ألقت طائرة مسيرة قنبلتين على تجمع للمدنيين في بلدة كفرنبل، ما أدى إلى مقتل شخص.", "grenade"),
    ("نفذت مقاتلتان غارتين جويتين على أطراف بلدة كفرنبل.", "aircraft"),
    ("استهدفت مروحيتان أطراف بلدة كفرنبل بالرشاشات الثقيلة.", "helicopter"),
])
def test_dual_weapon_nouns_are_weapons(text: str, weapon: str) -> None:
    """The dual of every weapon noun ('قذيفتان', 'قنبلتين', 'مروحيتان'): a weak 'سقط' is then an incident."""
    ms = extract_text(text, published=DAY)
    assert len(ms) == 1 and weapon in ms[0].weapons, (ms, reasons(text, DAY))


def test_the_same_time_is_not_the_day_of_a_pluperfect_recall() -> None:
    """'وكانت البلدة قد تعرضت في الخامس من الشهر الماضي ...' then 'وفي الوقت نفسه، استهدفت ...': the story's time."""
    text = ("أغارت طائرة مسيرة بعد ظهر أمس الأربعاء على منزل في بلدة كفرنبل، ما أدى إلى مقتل شخصين.\n"
            "وكانت كفرنبل قد تعرضت في الخامس من الشهر الماضي لغارة أدت إلى إصابة ثلاثة مدنيين.\n"
            "وفي الوقت نفسه تقريباً، استهدفت غارة أخرى سيارة في بلدة حزارين، ما أدى إلى مقتل سائقها.")
    ms = extract_text(text, published=DAY)
    assert next(m.event_date for m in ms if m.location.name_en == "Hazzarin") == date(2024, 3, 20), ms


@pytest.mark.parametrize("text", [
    # the target of the attack is a training camp or centre (ho_001, na_021, sy_015, wa_002: 4 docs of 4 sets)
    "استهدفت طائرة مسيرة مركز تدريب تابعاً للفصائل قرب مدينة كفرنبل، ما أدى إلى مقتل عنصرين.",
    "قصفت المدفعية معسكراً تدريبياً لقوات الدعم السريع قرب مدينة الفاشر صباح اليوم.",
])
def test_a_training_site_is_a_target_not_a_drill(text: str) -> None:
    """'مركز تدريب', 'معسكر تدريبي': the drill word names the site attacked."""
    assert len(extract_text(text, published=DAY)) == 1, reasons(text, DAY)


def test_a_drill_is_still_a_drill() -> None:
    """'خلال تدريب عسكري': no facility noun before it, an exercise."""
    text = "قصفت المدفعية أهدافاً وهمية خلال تدريب عسكري قرب مدينة كفرنبل."
    assert extract_text(text, published=DAY) == [] and any("exercise" in r for r in reasons(text, DAY))


def test_a_negated_verb_of_knowing_keeps_the_incident() -> None:
    """'لم تحدد الشرطة طبيعة انفجار العبوة': what is unknown is a detail, the blast happened (15 dev phrases)."""
    text = "لم تحدد الشرطة طبيعة انفجار العبوة الناسفة في سوق بلدة كفرنبل، الذي أدى إلى إصابة ثلاثة مدنيين."
    ms = extract_text(text, published=DAY)
    assert [(m.location.name_en, m.injured) for m in ms] == [("Kafr Nabl", 3)], reasons(text, DAY)


def test_a_negated_incident_stays_negated() -> None:
    """'لم يقع أي انفجار': the negation governs the incident itself."""
    assert extract_text("لم يقع أي انفجار في سوق بلدة كفرنبل بحسب الشرطة.", published=DAY) == []


def test_a_single_bullet_is_gunfire() -> None:
    """'برصاصة أطلقها قناص': the singular of 'رصاص' (25 dev docs use it)."""
    ms = extract_text("قتل مدني برصاصة أطلقها قناص من قوات الدعم السريع في مدينة الفاشر صباح اليوم.", published=DAY)
    assert len(ms) == 1 and "sniper" in ms[0].weapons and ms[0].fatalities == 1, ms
