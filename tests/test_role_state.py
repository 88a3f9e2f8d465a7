"""State forces hit unnamed: a patrol, post or soldiers of no named army are the state's where the incident lies."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.role_state import home_force
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
