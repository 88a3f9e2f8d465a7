"""Round 32b place data (the hb_ study): named rows the news spell otherwise than the open data, an air base from
airportsdata, an Iranian quarter the build kept out and a Horn port town's Arabic name (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF names the village by its long form (ينكجه بالان بساس); the news use the short one, with گ or ك
    ("أصيب ثلاثة من الحشد بتفجير عبوة قرب قرية ينگجة جنوب طوزخورماتو", "Yankijah Balan Basas", 34.86, 44.57),
    ("قتل راع بانفجار لغم على طريق ينكجة في أطراف طوزخورماتو", "Yankijah Balan Basas", 34.86, 44.57),
    # WOF writes يوتوفاتا; the news write يطفاتا
    ("سقطت طائرة مسيرة قرب مستوطنة يطفاتا في وادي عربة", "Yotvata", 29.90, 35.06),
    # the air base, not the south of Palestine (airportsdata LLOV)
    ("هاجمت طائرات مسيرة قاعدة «عوفدا» الجوية في النقب فجر الأحد", "Ovda air base", 29.94, 34.94),
    ("أعلنت الجماعة استهداف قاعدة عوبدا بصاروخ مجنح", "Ovda air base", 29.94, 34.94),
    # the Tehran quarter, kept by its place_aliases row alone
    ("دمرت غارة مبنى سكنيا في حي سعادت آباد شمال غربي طهران", "Saadat abad - north", 35.80, 51.36),
    # the Djibouti port town by the Arabic name GeoNames lists among its alternates
    ("أطلقت زوارق النار على سفينة قرب ميناء أوبوك مساء الجمعة", "Obock", 11.97, 43.29),
], ids=["yengija-gaf", "yengija-kaf", "yotvata", "ovda-quoted", "ovda-b", "saadat-abad", "obock"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)
