"""Round 21a sources (from the ua_ study): a person named again by the surname, a statement line that names its
medium before the colon, a Turkish province's governorate and Somalia's defence ministry.

Every sentence is written for these tests, in other theatres and wording than the articles that showed the causes.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.attribution_text import colon_after_place
from rasd.attribution_voice import resolve, surname_anaphors
from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday

# (id, text, place, expected sources)
CASES = [
    ("surname-refers-back-to-the-spokesman",
     "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بالصواريخ فجر اليوم. وقال المتحدث باسم البنتاغون "
     "بات رايدر إن القاعدة لم تتعرض لأضرار. وأضاف رايدر أن طائرة مسيرة هاجمت قاعدة حرير في محافظة أربيل مساء أمس "
     "دون أن تسفر عن إصابات.",
     "Harir", {"Pentagon"}),
    ("medium-before-the-colon-of-a-line",
     "مباشر | تطورات الجبهة الجنوبية\n\n🔴 21:10\nالمتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي عبر منصة «إكس»: «أغارت "
     "طائرات حربية على مستودع أسلحة لحزب الله في بلدة الخيام جنوب لبنان».",
     "Khiyam", {"IDF"}),
    ("medium-after-a-stamp",
     "🔴 22:05\nالجيش الإسرائيلي عبر تلغرام: «قصفت طائراتنا مستودع أسلحة لحزب الله في بلدة الخيام جنوب لبنان».",
     "Khiyam", {"IDF"}),
    ("turkish-province-governorate",
     "قتل مدني وأصيب اثنان جراء سقوط قذائف صاروخية أطلقت من الأراضي السورية على مدينة كلس جنوبي تركيا، بحسب بيان "
     "لولاية كلس.",
     "Kilis", {"Kilis Governorate"}),
    ("somali-defence-ministry",
     "أعلنت وزارة الدفاع الصومالية أن الجيش قتل ثمانية من مسلحي حركة الشباب في اشتباكات قرب مدينة بلدوين أمس.",
     "Beledweyne", {"Somali Ministry of Defense"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """Each case's mention carries exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected


# (id, text, place, a source that must not be found)
NOT_CASES = [
    ("a-sudanese-state-is-no-governorate",
     "قتل خمسة مدنيين في قصف مدفعي على سوق في مدينة الفاشر عاصمة ولاية شمال دارفور، وقالت الولاية في بيان إن "
     "القصف مصدره قوات الدعم السريع.",
     "Fasher", "North Darfur Governorate"),
]


@pytest.mark.parametrize(("text", "place", "absent"), [c[1:] for c in NOT_CASES], ids=[c[0] for c in NOT_CASES])
def test_not_sources(text: str, place: str, absent: str) -> None:
    """The name read by this round's rules is not a source where the construction differs."""
    assert absent not in f.sources_at(text, place, PUB)


def test_surname_is_a_whole_word() -> None:
    """'السريع' in 'قوات الدعم السريع' is no surname of 'يحيي سريع'; the bare word after a verb is."""
    last = {"s:سريع": "Houthis"}
    assert surname_anaphors("وقصفت قوات الدعم السريع السوق", 0, 30, last) == []
    got = surname_anaphors("واعلن سريع ايضا ان", 0, 19, last)
    assert [(m.key, m.prefix) for m in got] == [("سريع", "")]
    assert resolve(last, "سريع") == "Houthis"


@pytest.mark.parametrize(("tail", "opens", "expected"), [
    (' علي منصه "اكس": "قصفنا"', True, True),
    (" بالعربيه علي منصه اكس: قصفنا", True, True),
    (' عبر الهاتف: "سمعنا"', False, False),  # 'قال تاجر لـ"X" عبر الهاتف:': X only heard the words
    (" في بيان: قصفنا", False, True),
    (" بالنصيرات: قصف", False, True),
])
def test_colon_after_medium(tail: str, opens: bool, expected: bool) -> None:
    """The medium before a colon names the teller only for a name that opens its line."""
    assert colon_after_place("X" + tail, 1, opens) is expected
