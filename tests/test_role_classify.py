"""Role classification of one actor in its clause, sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على عجلة تابعة لفوج من الحشد الشعبي قرب مدينة الرمادي.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "IRAN_ALIGNED")),  # a regiment of X: not the bomb's maker
    ("استهدفت طائرة مسيرة مقرا لأحد ألوية الحشد الشعبي قرب مدينة القائم.",
     ("Air/drone strike", "US", "IRAN_ALIGNED")),  # one of X's brigades: X was hit, its theatre foe struck
    ("قصفت طائرة مسيرة مخزنا تابعا لإحدى قطعات الجيش العراقي قرب مدينة القائم.",
     ("Air/drone strike", "ISIS", "IRAQ_GOV")),
], ids=["regiment_of", "one_of_brigades", "one_of_units"])
def test_a_unit_of_x_holding_what_was_hit_makes_x_the_target(text: str, expected: tuple[str, str, str]) -> None:
    """'عجلة تابعة لفوج من X', 'مقرا لأحد ألوية X': one of X's units holds what was hit, as 'لX' would say (round 42,
    `role_words.partitive`); X is no subject of the verb before."""
    assert sides(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("قُتل ثلاثة جنود من الجيش العراقي ليل الأحد في هجوم شنّه مسلحون يُرجَّح انتماؤهم إلى خلايا \"داعش\" على "
     "ثكنة قرب مدينة الرطبة.", ("Armed clash", "ISIS", "IRAQ_GOV")),  # the group they are held to belong to
    ("استهدفت طائرة مسيرة صباح اليوم سيارة تقل مسلحين يُرجّح انتماؤهم لداعش في بادية الرصافة.",
     ("Air/drone strike", "IRAQ_GOV", "ISIS")),  # the hedged group in the object: hit, never the attacker
], ids=["subject_hedged", "object_hedged"])
def test_a_group_held_to_belong_to_x_is_x(text: str, expected: tuple[str, str, str]) -> None:
    """'مسلحون يرجح انتماؤهم الى (خلايا) X' (session 45, h7; pc_001, of_007, oi_007, pg_008, fa_007, nc_001): the
    hedge ties the unnamed men to X as 'يعتقد انهم من X' does (`role_classify.HEDGE_RE`, `_hedged_group`)."""
    assert sides(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على قوة من الجيش العراقي قرب مدينة تكريت مساء أمس.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "IRAQ_GOV")),  # 'على' before the unit: the unit was hit
    ("انفجرت عبوة ناسفة ظهر اليوم على رتل من الحشد الشعبي قرب مدينة بيجي.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "IRAN_ALIGNED")),
    ("هاجم مسلحون قوة من الجيش العراقي قرب مدينة تكريت مساء أمس.",
     ("Armed clash", "UNKNOWN", "IRAQ_GOV")),  # the verb's subject named first, the unit its object
], ids=["bomb_on_unit", "bomb_on_convoy", "subject_then_unit"])
def test_a_force_unit_hit_is_the_target(text: str, expected: tuple[str, str, str]) -> None:
    """'على قوة/دورية/رتل من X', 'الذي استهدف قوة من X', 'هاجم مسلحون قوة من X' (session 48, h7; pg_007, pm_024):
    the unit after a target preposition, or the object of a verb of attack, is X's men hit, not X attacking
    (`role_classify._unit_hit`)."""
    assert sides(text) == [expected]


@pytest.mark.parametrize("text", [
    "داهمت قوة من الجيش العراقي منزلا في مدينة تكريت واعتقلت مطلوبين.",
    "استهدفت قوة من الجيش العراقي بالمدفعية مواقع لداعش قرب مدينة تكريت.",
], ids=["unit_raids", "feminine_verb_ambiguous"])
def test_a_force_unit_acting_stays_the_attacker(text: str) -> None:
    """'داهمت قوة من X': the unit is the feminine verb's subject; X acted."""
    assert sides(text)[0][1] == "IRAQ_GOV"
