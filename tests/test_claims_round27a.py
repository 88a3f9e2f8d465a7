"""Round 27a (casualties, from the aa_ study): the dialect death noun "متوفي/متوفين" counts the dead, and a bare
"شهيد" opening a headline with an incident word in it is one dead.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("اندلع اشتباك مسلح في قضاء الشطرة شمال الناصرية صباح الأحد، والحصيلة شخصان متوفيان وأربعة جرحى.",
     "Al-Shatra", (2, 4)),
    ("هاجم مسلحون سوق بلدة الدمازين عصر الأحد، وأسفر الهجوم عن سبعة متوفين و٣ جرحى بحسب مصدر طبي.",
     "Ad-Damazin", (7, 3)),  # not 7 + 3 wounded
    ("اشتباك بين عشيرتين في قضاء الشطرة شمال الناصرية صباح الأحد، والحصيلة: شخص واحد متوفى وجريحان.",
     "Al-Shatra", (1, 2)),  # the one is the dead's, not a wounded added to the two
    ("هاجم مسلحون مجهولون محلاً في قضاء الشطرة صباح الأحد بالرصاص وأصابوا صاحبه.\n"
     "وكتب أحد المتابعين: الله يرحم المتوفي.", "Al-Shatra", (0, 1)),  # a prayer counts no dead; 'صاحبه' wounded is one (round 44)
], ids=["dual-noun", "plural-noun", "one-dead", "prayer-no-count"])
def test_round_27a_dialect_death_noun(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'متوفي/متوفين' (Iraqi and Sudanese usage) is a death noun that a count before it counts."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("شهيد بغارة من مسيرة إسرائيلية استهدفت سيارة على طريق بلدة كفركلا صباح اليوم.", "Kfar Kila", (1, None)),
    ("شهيد وجريحان بقصف مدفعي إسرائيلي على بلدة بنت جبيل مساء الأحد.", "Bent Jbail", (1, 2)),
    ("شهيد و4 إصابات بقصف مدفعي إسرائيلي على بلدة بنت جبيل مساء الأحد.", "Bent Jbail", (1, 4)),
    ("شهيد وستة جرحى بانفجار عبوة ناسفة في سوق بلدة المسيب مساء أمس.", "Al Musayyib", (1, 6)),
    ("شهيد من أبناء بلدة عيترون\nاستهدفت مسيرة إسرائيلية أطراف بلدة كفركلا ظهر اليوم دون وقوع إصابات.",
     "Kfar Kila", (0, 0)),  # no incident word in the line: an obituary's title, not this strike's dead
    ("ذكرى الشهيد القائد في بلدة عيترون\nاستهدفت مسيرة إسرائيلية أطراف بلدة كفركلا ظهر اليوم دون وقوع إصابات.",
     "Kfar Kila", (0, 0)),  # an anniversary
], ids=["strike", "with-dual-wounded", "with-counted-wounded", "blast", "obituary-title", "anniversary"])
def test_round_27a_headline_single_martyr(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """A bare 'شهيد' opening its sentence is one dead when an incident word follows in that sentence."""
    got = _tolls(text)
    assert got.get(place) == want, got
