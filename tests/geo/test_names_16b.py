"""Round 16b geocoding: one place named again under another head, and the seat a district is named after among
Latin-only namesakes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import LatinRow, pick

from .conftest import refs_of


def places(text: str) -> list[tuple[str, str]]:
    """(English name, country) of every place reference of a text."""
    return [(r.location.name_en or "", r.location.country_iso3 or "") for r in refs_of(text)]


@pytest.mark.parametrize(("text", "want"), [
    # the Gaza housing quarter named again with منطقه: not Bahrain's Hamad Town
    ("اقتحمت الدبابات منطقة حمد غربي خانيونس بعد ساعات من قصف أبراج مدينة حمد",
     ("Hamad City (Khan Younis)", "PSE")),
    ("شهدت منطقة حمد في البحرين مسيرات احتجاجية أمس", ("Hamad Town", "BHR")),  # Bahrain's own context
])
def test_a_place_named_again_under_another_head(text: str, want: tuple[str, str]) -> None:
    """'منطقه حمد' is the Hamad the article's context points to, like 'مدينه حمد'."""
    got = places(text)
    assert want in got and all(c == want[1] for _, c in got), got


def test_a_bare_personal_name_is_no_place() -> None:
    """'حمد' without a head noun is a man's name."""
    assert ("Hamad City (Khan Younis)", "PSE") not in places("قال حمد العلي إن الطيران قصف منزلا في خانيونس")


def _row(pid: str, lat: float, lon: float, admin2: str) -> LatinRow:
    return LatinRow(pid, "SDN", "West", admin2, lat, lon, pid, (pid,))


def test_pick_prefers_the_seat_a_district_is_named_after() -> None:
    """Out of reach, several namesakes in the article's state: the town bearing its district's name is the one."""
    rows = [_row("Ghubaysh", 12.15, 27.35, "Ghubaysh"), _row("Ghabish", 12.2, 27.75, "Ghubaysh"),
            _row("Gebeish", 12.1, 27.7, "")]
    got = pick(rows, [(14.0, 32.0)], 60.0, frozenset({"West"}))
    assert got is not None and got[0].id == "Ghubaysh"
    two = [_row("Ghubaysh", 12.15, 27.35, "Other"), _row("Ghabish", 12.2, 27.75, "Other")]
    assert pick(two, [(14.0, 32.0)], 60.0, frozenset({"West"})) is None  # no seat: still ambiguous


def test_a_seat_town_known_only_in_latin_letters() -> None:
    """'مدينه غبيش' in West Kordofan is the town, not its district or a namesake village 40 km off."""
    got = places("اندلعت اشتباكات عنيفة داخل مدينة غبيش في ولاية غرب كردفان صباح اليوم")
    assert ("Ghubaysh", "SDN") in got, got
