"""State forces hit unnamed: a patrol, post or soldiers of no named army are the state's where the incident lies."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Actor
from rasd.role_state import arresting_force, home_force
from tests.factories import sides


@pytest.mark.parametrize(("text", "target"), [
    # Iraq (Anbar): an IED on a military vehicle, soldiers wounded, no army named (fr_, sa_)
    ("انفجرت عبوة ناسفة صباح اليوم على آلية عسكرية قرب مدينة الفلوجة، ما أدى إلى إصابة ثلاثة جنود.", "IRAQ_GOV"),
    # Iraq (Anbar): a grenade on a police station (rb_, sa_, ra_: patrols)
    ("ألقى مجهولون ليلة أمس قنبلة يدوية على مخفر للشرطة في مدينة الرمادي دون وقوع إصابات.", "IRAQ_GOV"),
    # Syria (Hama), a state-media toll told first, the attack as its cause (fr_, ho_, ja_, ma_)
    ("استشهد عسكري وأصيب اثنان آخران جراء هجوم نفذه مسلحون على نقطة عسكرية في ريف حماة الشمالي مساء أمس.",
     "SYRIA_GOV"),
    # Egypt (North Sinai): the army's checkpoint (sb_)
    ("قتل جنديان إثر هجوم شنه مسلحون على حاجز أمني جنوب مدينة العريش مساء أمس.", "OTHER"),
])
def test_unnamed_state_force_hit(text: str, target: str) -> None:
    """The target is the state force of the place's country when the sentence names none."""
    got = sides(text)
    assert got and got[0][2] == target


@pytest.mark.parametrize("text", [
    # Iraqi Kurdistan: a post there may be the Peshmerga's or a Turkish base's
    "انفجرت عبوة ناسفة صباح اليوم على آلية عسكرية قرب مدينة زاخو، ما أدى إلى إصابة جنديين.",
    # a foreign official telling of soldiers tells of his own
    "مسؤول أمريكي: جرح ثلاثة جنود في هجوم صاروخي على معسكر قرب مدينة الرمادي.",
])
def test_no_state_force_where_the_ground_is_shared_or_a_foreigner_tells(text: str) -> None:
    """Kurdistan has no default army; a teller of a third side owns the soldiers he counts."""
    assert all(t != "IRAQ_GOV" for _, _, t in sides(text))


def test_home_force_by_region_and_day() -> None:
    """A governorate row wins over its country's; Syria's government-held rows change hands on 8 December 2024."""
    assert home_force("IRQ", "Ninewa", False, date(2024, 6, 1)) == "iraq_army"
    assert home_force("IRQ", "Duhok", False, date(2024, 6, 1)) is None
    assert home_force("SYR", "Homs", False, date(2024, 6, 1)) == "syria_army"
    assert home_force("SYR", "Homs", False, date(2025, 2, 1)) == "syria_new_gov"
    assert home_force("SYR", "Idlib", False, date(2024, 6, 1)) is None
    assert home_force("PSE", "Gaza Strip", True, date(2024, 6, 1)) is None  # Gaza's police is another force
    assert home_force("LBN", "Nabatieh", False, date(2024, 6, 1)) is None


@pytest.mark.parametrize(("text", "attacker", "held"), [
    # Iraq (Anbar): a security body of no named side arrests (session 44, h7: rA jc_, gb_, mc_, nh_, nc_)
    # (the held, suspects of the bombing, are of unknown side since round 52: role_suspects)
    ("اعتقلت قوة أمنية فجر اليوم أربعة أشخاص في مدينة الرمادي يشتبه بصلتهم بتفجير عبوة ناسفة.", "IRAQ_GOV",
     "UNKNOWN"),
    # Iran (Sistan-Baluchestan): the province's police
    ("أعلنت الشرطة أنها اعتقلت شخصين في مدينة زاهدان أمس بشبهة الصلة بإطلاق النار.", "IRAN_ALIGNED", None),
    # Libya: 'قوة تابعة له' after an unlisted security body's statement (session 52, h12: rA nc_, po_)
    ("قال جهاز الأمن في بيان إن قوة تابعة له اعتقلت أمس ثلاثة مسلحين في مدينة بنغازي.", "OTHER", None),
    # Libya: a raiding patrol of no named side
    ("داهمت دورية أمنية فجر اليوم منزلا في مدينة الزاوية واعتقلت شابين مطلوبين.", "OTHER", "CIVILIANS"),
])
def test_unnamed_arrester_is_the_state_force(text: str, attacker: str, held: str | None) -> None:
    """An arrest whose arresting body names no side was made by the state's security forces where it lies."""
    got = [s for s in sides(text) if s[0] == "Arrests"]
    assert got and got[0][1] == attacker
    assert held is None or got[0][2] == held  # the people held are not the force's foe


def test_arresting_force_keeps_a_named_side_and_shared_ground() -> None:
    """A named arrester keeps its side; Kurdistan and the West Bank have no default arresting force."""
    day = date(2024, 6, 1)
    assert arresting_force("Arrests", None, "IRQ", "Ninewa", day) is not None
    assert arresting_force("Arrests", None, "IRQ", "Erbil", day) is None
    assert arresting_force("Arrests", None, "PSE", "West Bank", day) is None
    assert arresting_force("Armed clash", None, "IRQ", "Ninewa", day) is None
    libya = arresting_force("Arrests", None, "LBY", None, day)  # every force of the war is OTHER
    assert libya is not None and libya.side == "OTHER"
    assert arresting_force("Arrests", None, "LBN", None, day) is None
    named = Actor(id="sdf", name_en="SDF", name_ar="قسد", side="SDF", text="قسد")
    assert arresting_force("Arrests", named, "SYR", "Homs", day) is None


def test_the_soldiers_counted_with_the_article_or_a_death_noun() -> None:
    """'وفاة أحد الجنود', 'استشهاد اثنين من العسكريين': the count names the state's soldiers with the article or
    'وفاة' (session 48, h7; pg_007)."""
    got = sides("أعلن مصدر أمني وفاة أحد الجنود متأثرا بجروح أصيب بها في انفجار عبوة ناسفة قرب مدينة تكريت.")
    assert got and got[0][2] == "IRAQ_GOV", got
