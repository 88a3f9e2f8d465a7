"""Round 33a homonym choice (the ha_ study): a namesake chosen inside the unit its seat town names ("في قضاء صيدا",
"التابعه لمنطقه ديريك") and one place for 'X شمال مدينه Y' when X is found (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.geocode import locate
from rasd.normalize import normalize

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the district of Sidon holds the southern El Kharayeb, not the one of Mount Lebanon near Beirut's suburbs
    ("دمرت غارة منزلا في بلدة الخرايب، في قضاء صيدا، بعد ساعات من إنذار لسكان الشياح وبعبدا", "El Kharayeb",
     33.34, 35.30),
    ("سقط جرحى في قرية الخرايب في قضاء صيدا ليل السبت، فيما دوت الانفجارات في الشياح وبعبدا", "El Kharayeb",
     33.34, 35.30),
    # the area of Derik (al-Malikiyah) holds the Syrian 'Ali Agha, though the page also speaks of Iraq
    ("قصفت مسيرة منشأة قرب قرية علي آغا التابعة لمنطقة ديريك بعد يوم من غارة على قضاء سنجار في محافظة نينوى "
     "العراقية وأخرى في محافظة كركوك", "'Ali Agha", 36.90, 41.90),
], ids=["seat-district-comma", "seat-district", "holding-area"])
def test_namesake_inside_the_seat_unit(text: str, en: str, lat: float, lon: float) -> None:
    """A town's namesake is the one inside the unit the seat town's head noun names."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize("text", [
    "أنذر الجيش سكان الشياح وبعبدا، ثم أغارت المقاتلات على الخرايب. وكانت بلدة الخرايب، في قضاء صيدا، قد قصفت أمس",
], ids=["every-mention"])
def test_every_mention_takes_the_unit_row(text: str) -> None:
    """Every mention of the name takes the row inside the unit (one name, one row per article)."""
    nt = normalize(text)
    rows = {r.location.id for r in locate(nt) if "الخرايب" in nt.text[r.start:r.end]}
    assert len(rows) == 1


@pytest.mark.parametrize(("text", "shown"), [
    # a village the open data know only in Latin letters, 15 km north of the city: one place, not also "near" the city
    ("قصفت الطائرات منطقة الجبانة شمال مدينة الحديدة مساء الثلاثاء", "منطقه الجبانه"),
], ids=["translit-north-of-city"])
def test_town_north_of_city_is_one_place(text: str, shown: str) -> None:
    """'X شمال مدينه Y' with X found gives X only."""
    nt = normalize(text)
    assert [nt.text[r.start:r.end] for r in locate(nt)] == [shown]
