"""Round 17a geocoding: Latin-only names picked by spelling when geography cannot tell, a bare name repeated after
a head, the house that is no village, and a quarter's direction inside its town (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import LatinRow, closeness, closest

from .conftest import km, refs_of


def places(text: str) -> list[tuple[str, str]]:
    """(English name, country) of every place reference of a text."""
    return [(r.location.name_en or "", r.location.country_iso3 or "") for r in refs_of(text)]


def _row(name: str) -> LatinRow:
    return LatinRow(name, "SDN", "Gezira", "", 14.0, 33.0, name, (name,))


def test_closeness_ranks_spellings_and_heeds_a_vowel_onset() -> None:
    """The closest spelling wins; a name opening with ع is spelled with a vowel or an apostrophe in Latin."""
    assert [r.id for r in closest("طابت", [_row("Tabat"), _row("Wad 'Abid")])] == ["Tabat"]
    assert closeness("نير عام", ("Nir Am",)) > closeness("نير عام", ("Nirim",))
    assert closeness("عقابا", ("'Aqqaba",)) > closeness("عقابا", ("Jab'a",))


@pytest.mark.parametrize(("text", "want"), [
    # two Latin-only villages are in reach: the one spelled alike is the one
    ("نزحت عشرات الأسر من بلدة طابت في ولاية الجزيرة بعد هجوم الدعم السريع", ("Tabat", "SDN")),
    # a Hebrew name whose second word is an Arabic word ('عام', a year)
    ("دوت صفارات الإنذار في مستوطنة نير عام بغلاف غزة بعد رصد قذائف", ("Niram", "ISR")),
])
def test_a_latin_only_name_chosen_by_its_spelling(text: str, want: tuple[str, str]) -> None:
    """An ambiguous Latin-only match is settled by the best-spelled rows."""
    assert want in places(text), places(text)


def test_a_bare_name_repeats_the_sense_its_head_gave() -> None:
    """'قريتي زفتا وكفررمان' ... 'حصيله غاره زفتا': the Lebanese village again, not the Egyptian city (which the
    bare name alone would mean)."""
    got = places("قصفت المدفعية قريتي زفتا وكفررمان في جنوب لبنان صباحا، وقال الدفاع المدني إن حصيلة غارة زفتا "
                 "ارتفعت إلى ثلاثة")
    zefta = [c for n, c in got if n == "Zefta"]
    assert len(zefta) == 2 and set(zefta) == {"LBN"}, got


def test_the_house_is_no_village() -> None:
    """'قرب المنزل' is near the house, not a Moroccan town."""
    got = places("سقط صاروخ ثان قرب المنزل المستهدف في بلدة كفررمان دون إصابات")
    assert all(c != "MAR" for _, c in got), got


def test_a_quarter_direction_stays_inside_its_town() -> None:
    """'حي الزهور شرقي مدينة غزة': the quarter lies in the east of the city, not 15 km east of it."""
    refs = [r for r in refs_of("قصفت الطائرات منزلا في حي الزهور شرقي مدينة غزة فجر اليوم")
            if r.descriptor == "east_of"]
    city = [r for r in refs_of("قصفت الطائرات منزلا في مدينة غزة فجر اليوم") if r.location.name_en == "Gaza City"]
    assert refs and city
    a, b = refs[0].location, city[0].location
    assert km(a.lat, a.lon, b.lat, b.lon) <= 3.0
