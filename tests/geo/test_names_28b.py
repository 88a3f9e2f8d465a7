"""Round 28b place data (the cb_ study): news spellings of named rows, and towns and quarters the open data we
build from leaves out (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the emphatic sad for the sin of a named row, and a shortened name after a head
    ("سقطت قذيفة على منزل في بلدة الصلطانية جنوبي لبنان", "Es Soultaniye", 33.21, 35.40),
    ("استهدفت مسيرة دراجة نارية في منطقة القعقعية صباح اليوم", "Qaaqaiet ej Jisr", 33.33, 35.42),
    # open-data rows the build leaves out (no population), curated at their own point
    ("أصيب عامل بشظايا قذيفة سقطت في حي الطائف بالخرطوم", "al-Taif (Khartoum)", 15.57, 32.57),
    ("قتل شرطي في اشتباك قرب مدينة سروآباد غربي إيران", "Sarvabad (Kurdistan, Iran)", 35.31, 46.37),
    # Malian villages beyond the cities500 cut, at their published points
    ("قصفت طائرة مسيرة تجمعاً قرب بلدة تين زواتين", "Tinzaouaten (Mali)", 19.95, 2.97),
    ("تعرضت قافلة عسكرية لكمين قرب بلدة ترقنت شمال شرقي بوريم", "Tarkint (Mali)", 17.36, 0.15),
], ids=["sultaniyeh-sad", "qaaqaiyat-head", "taif-quarter", "sarvabad", "tinzaouaten", "tarkint"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("وصل الوفد إلى مدينة الطائف السعودية لحضور المؤتمر", "al-Taif (Khartoum)"),  # the Saudi city
    ("عقد الاجتماع في الطائف مساء أمس", "al-Taif (Khartoum)"),  # bare: the Saudi city
    ("سمعت القعقعية من بعيد قبل أن تهدأ الأصوات", "Qaaqaiet ej Jisr"),  # no head: not read
], ids=["taif-saudi-city", "taif-bare", "qaaqaiyat-bare"])
def test_namesakes_keep_their_place(text: str, wrong: str) -> None:
    """A name a new row shares is not read as that row without its head."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}
