"""Round 29a (casualties, from the ca_ (v27) study): an obituary's count stands against another teller's toll, the
one wounded who died leaves no injured figure, and 'one' after a thing noun counts no victim.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("شنت طائرات مجهولة غارات على مواقع للفصائل فجر الأحد. ولم تعرف بعد الحصيلة النهائية للقصف، إذ تحدثت مصادر "
     "محلية عن ستة قتلى على الأقل، في حين نعت حركة النجباء شهيدين قالت إنهما سقطا في القصف على مواقعها في الميادين.",
     "Mayadin", (2, None)),
    ("قصفت طائرات مسيرة مواقع في مدينتي الميادين والبوكمال فجر الأحد، ما أدى إلى مقتل ستة مقاتلين، أربعة منهم في "
     "الميادين واثنان في البوكمال.", "Mayadin", (4, None)),
    ("قصفت طائرات مسيرة مواقع قرب مدينة الميادين فجر الأحد، ما أدى إلى مقتل ثلاثة عناصر من حركة النجباء. ونعت "
     "الحركة ثلاثة من مقاتليها.", "Mayadin", (3, None)),
], ids=["mourned-against-toll", "place-share-stays", "mourned-same-dead-once"])
def test_round_29a_mourned_count(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'تحدثت مصادر عن ستة قتلى, في حين نعت الحركة شهيدين ... في X': the mourner's own dead, a count against the
    other teller's, not X's share of it; a toll split by place keeps its shares, and the same dead count once."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("هاجم مسلحون نقطة للجيش قرب بلدة الحويجة ليل الأحد، ما أدى إلى مقتل جنديين وإصابة ثالث. وصباح الاثنين أعلن "
     "مصدر طبي وفاة الجندي الجريح متأثرا بجراحه، لترتفع حصيلة الهجوم إلى ثلاثة قتلى.", "Hawijah", (3, None)),
    ("هاجم مسلحون نقطة للجيش قرب بلدة الحويجة ليل الأحد، ما أدى إلى مقتل جندي وإصابة جنديين. وصباح الاثنين توفي "
     "الجريح الثاني، لترتفع حصيلة الهجوم إلى قتيلين.", "Hawijah", (2, 1)),
    ("هاجم مسلحون نقطة للجيش قرب بلدة الحويجة ليل الأحد، ما أدى إلى مقتل جنديين وإصابة ثالث. وصباح الاثنين أعلن "
     "مصدر طبي وفاة الجريح متأثرا بجراحه.", "Hawijah", (2, 1)),
], ids=["the-wounded-died", "one-of-two-died", "no-rise-told"])
def test_round_29a_the_wounded_died(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'وفاه الجندي الجريح ..., لترتفع الحصيله الي ثلاثه': the one wounded told of died, so no injured figure is
    left; with two wounded one stays; a death told without the rise lowers nothing (round 28a)."""
    got = {k: v for k, v in _tolls(text).items() if place in k}
    assert list(got.values()) == [want], got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("انفجرت عبوة ناسفة على قافلة شاحنات قرب مدينة الرمادي مساء الأحد. وقالت الشرطة إن الانفجار أعطب شاحنة واحدة "
     "ولم يسفر عن أي إصابات.", "Ramadi", (0, 0)),
    ("سقطت قذائف على حي سكني قرب مدينة الرمادي مساء الأحد، وقالت الشرطة إن القصف أصاب سيارة واحدة ولم يوقع أي "
     "إصابات.", "Ramadi", (0, 0)),
    ("انفجرت عبوة ناسفة على رتل للجيش قرب مدينة الرمادي مساء الأحد، ما أدى إلى إعطاب آلية واحدة وإصابة جندي "
     "واحد.", "Ramadi", (0, 1)),
], ids=["one-truck", "one-car", "one-vehicle-one-soldier"])
def test_round_29a_thing_one(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'اعطب شاحنه واحده ولم يسفر عن اي اصابات': 'one' is the truck's adjective, no wounded; 'جندي واحد' still
    counts the soldier."""
    got = _tolls(text)
    assert got.get(place) == want, got
