"""Round 28a place data (the ba_ study): Arabic names of open-data rows that had only Latin ones, news spellings of
named rows, and curated sites the open data lacks (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # open-data rows without an Arabic name (their Latin skeletons are too short or unlike the news' spelling)
    ("أصابت مسيرة سيارة مدنية قرب بحيرة الرزازة غربي كربلاء", "Ar Razazah", 32.68, 43.90),
    ("أطلقت صواريخ من لبنان باتجاه مستوطنة نفي أتيف في الجولان", "Newe Ativ", 33.26, 35.74),
    ("سقطت قذائف مدفعية على سوق مدينة سوكي صباح اليوم", "As Suki", 13.32, 33.88),
    ("نزحت أسر كثيرة من مدينة السوكي بعد القصف", "As Suki", 13.32, 33.88),
    # a final alef for the ta marbuta of a named row
    ("استهدفت مسيرة تركية سيارة في منطقة زاويتا بمحافظة دهوك", "Zawitah", 36.91, 43.14),
    ("قصفت المدفعية أطراف قرية زاويتا العليا", "Zawita al 'Ulya", 36.91, 43.17),
    # curated sites
    ("سقط صاروخان داخل المنطقة الدولية في بغداد ليلاً", "Green Zone (International Zone, Baghdad)", 33.31, 44.40),
    ("انفجرت مسيرة في ساحة مجمع يونيون 3 دون إصابات", "Union III (coalition compound, Green Zone)", 33.31, 44.40),
    ("نصب مسلحون كميناً لحافلة عسكرية على طريق قصر الحير الشرقي", "Qasr al-Hayr al-Sharqi", 35.07, 39.07),
    ("شنت الطائرات الحربية غارات على بادية قصر الحير", "Qasr al-Hayr al-Sharqi desert", 35.07, 39.07),
    ("عثرت دورية على عبوة ناسفة قرب قصر الحير الغربي", "Qasr al-Hayr al-Gharbi", 34.34, 37.58),
    ("اعترضت الدفاعات الجوية مسيرتين في أجواء جبل الثردة", "Jabal al-Thardah (Deir ez-Zor)", 35.29, 40.18),
], ids=["razazah-lake", "neve-ativ", "suki", "suki-article", "zawita", "zawita-ulya", "international-zone",
        "union-iii", "qasr-al-hayr", "qasr-al-hayr-badiya", "qasr-al-hayr-gharbi", "thardah"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("صرح محمد السوكي بأن الاجتماع تأجل", "As Suki"),  # a surname
    ("حضرت الجدة طبق الثردة لضيوفها", "Jabal al-Thardah (Deir ez-Zor)"),  # the dish
    ("جاء نفي المتحدث سريعاً بعد نشر الخبر", "Newe Ativ"),  # 'denial'
], ids=["suki-surname", "tharda-dish", "nafy-denial"])
def test_common_words_are_no_new_place(text: str, wrong: str) -> None:
    """A word or name spelled like a new row's name is no place when nothing introduces it."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}
