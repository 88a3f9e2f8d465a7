"""Round 40 gazetteer coverage: news spellings of villages and facilities the open data name otherwise or not in
Arabic, and common words that are also village names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, refs_of


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF writes خورسباط; the news write Khorsabad with a dal
    ("عثر فلاحون على قذيفة قديمة في أرض زراعية قرب قرية خورسباد شمال شرقي الموصل", "Khursbat", 36.509, 43.224),
    # WOF names the village without the article of the second word
    ("داهمت دورية منازل في قرية حمام التركمان على نهر البليخ شمالي الرقة", "Hammam Turkuman", 36.532, 39.070),
    # WOF's Atrush has no Arabic name; the oil field is read at the village that names it
    ("استهدفت طائرة مسيرة منشأة في حقل أتروش النفطي بقضاء الشيخان", "Atrush oil field (Shekhan, Duhok)",
     36.838, 43.336),
    # WOF writes منق; the news write the air base منغ
    ("قصفت المدفعية محيط مطار منغ العسكري في ريف حلب الشمالي", "Menagh military airport (north of Aleppo)",
     36.525, 37.048),
    ("هاجم مسلحون مركزا للشرطة في مدينة دشتياري بمحافظة سيستان وبلوشستان", "Dashtiari", 25.750, 60.833),
    ("تجددت الاشتباكات بين مجموعتين مسلحتين في منطقة قرجي غربي العاصمة الليبية طرابلس", "Qurji", 32.867, 13.150),
    ("سقطت قذيفتان قرب مدينة كاس في ولاية جنوب دارفور", "Kas", 12.510, 24.285),
    # WOF writes كوسايا; the news write Qusaya with ق
    ("غارة على موقع عسكري في بلدة قوسايا شرقي لبنان", "Qoussaya", 33.812, 36.025),
    # WOF's Ghulayfiqah and Fadh'aliyah have no Arabic name; after منطقة the transliteration bridge asks too much
    ("قصفت الطائرات منطقة الغليفقة بمديرية الدريهمي في محافظة الحديدة اليمنية", "Ghulayfiqah", 14.428, 43.019),
    ("انفجرت عبوة ناسفة في منطقة الفضيلية شرقي بغداد", "Fadh'aliyah", 33.336, 44.522),
], ids=["khorsabad", "hammam-turkman", "atrush-field", "menagh-airbase", "dashtiari", "gurji", "kas", "qusaya",
        "ghulayfiqa", "fudhailiya"])
def test_news_spelling_of_a_village(text: str, en: str, lat: float, lon: float) -> None:
    """A village or facility spelled as the news spell it is read at its open-data row."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "word"), [
    ("فاز المنتخب بكأس البطولة بعد مباراة صعبة", "كأس"),
    ("أغلقت الشرطة الدوار الرئيسي وسط المدينة بعد الحادث", "الدوار"),
    ("تعطلت حركة السير على الطريق المؤدي إلى دوار الساعة", "دوار"),
    ("نظم أنصار الفصائل مسيرة في ذكرى اغتيال قاسم سليماني", "سليماني"),
], ids=["cup", "the-roundabout", "roundabout", "soleimani"])
def test_common_word_is_no_place(text: str, word: str) -> None:
    """The cup, a roundabout and Soleimani are no villages."""
    assert not [r for r in refs_of(text) if word in r.location.text]
