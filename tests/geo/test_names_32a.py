"""Round 32a place data (the ga_ study): named rows the news spell otherwise than the open data, a district's seat
that only the Latin data named, and a misspelt OCHA name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF spells it only with the article (الصعلو); the news drop it
    ("سقطت قذيفة على منزل في بلدة صعلو شرقي دير الزور فجرا", "As Sa'lu", 35.15, 40.39),
    ("انفجر لغم بسيارة رعاة في بادية صعلو قرب الميادين", "As Sa'lu desert", 35.15, 40.39),
    # WOF writes روجيب; the news drop the long vowel
    ("داهمت قوات الاحتلال قرية رجيب شرق نابلس واعتقلت شابين", "Rujeib", 32.19, 35.29),
    # the Turkish name in two words
    ("قتل جندي في هجوم على مخفر تابع لقضاء يوكسك أوفا بولاية هكاري", "Yuksekova", 37.57, 44.29),
    # the Hebrew name of a kibbutz whose WOF row bears the Arabic village's name
    ("أطلقت صواريخ على مستعمرة تسوريئيل في الجليل الأعلى", "Zuri'el", 33.01, 35.31),
    # the Malian town without the Bambara 'Ke-'
    ("نصب مسلحون كمينا لدورية قرب بلدة ماسينا وسط مالي", "Ke-Macina", 13.96, -5.36),
    # the seat of the sub-district east of Nasiriyah, not the two Rifai hamlets of the same name
    ("اندلع اشتباك مسلح في ناحية سيد دخيل شرقي الناصرية", "Sayyid Dakhil", 31.13, 46.43),
    ("قتل شخصان بنزاع مسلح في قضاء سيد دخيل بمحافظة ذي قار", "Sayyid Dakhil", 31.13, 46.43),
], ids=["salu-town", "salu-desert", "rujeib", "yuksekova-two-words", "zuriel", "macina", "sayyid-dakhil-nahiya",
        "sayyid-dakhil-qadha"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


def test_misspelt_admin3_name_is_blocked() -> None:
    """OCHA's Said Dekhil sub-district carries «سيد خليل»: that name no longer reads it (it is Sayyid Dakhil)."""
    refs = main_refs("وصل وفد إلى قرية سيد خليل في محافظة ذي قار")
    assert "Said Dekhil" not in {r.location.name_en for r in refs}
