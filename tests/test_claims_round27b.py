"""Round 27b (casualties, from the bb_ study): a count with its own casualty noun of the other kind is no addend
('قتيل واحد وخمسة جرحى' = 1 dead, 5 wounded), the adjective 'واحد' after a one-person noun is the same victim,
'قضت' with a time phrase before 'على' kills, and a vague figure of the enemy's dead is not added to an exact one.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("دارت اشتباكات بين مجموعتين مسلحتين في حي السلام بمدينة طرابلس مساء الأحد أسفرت عن قتيل واحد وأربعة جرحى.",
     "Tripoli", (1, 4)),
    ("دارت اشتباكات بين مجموعتين مسلحتين في حي السلام بمدينة طرابلس مساء الأحد أسفرت عن جريح واحد و3 قتلى.",
     "Tripoli", (3, 1)),
    ("دارت اشتباكات بين مجموعتين مسلحتين في حي السلام بمدينة طرابلس مساء الأحد أسفرت عن قتيلين اثنين وسبعة جرحى.",
     "Tripoli", (2, 7)),
    ("سقطت قذائف على بلدة مارع مساء الأحد ما أدى إلى مقتل رجل وطفليه وجرح آخرين.", "Mari'", (3, None)),
    # the casualty word after 'و' opens the next phrase: the children are still the man's
], ids=["one-dead-four-wounded", "one-wounded-three-dead", "dual-then-wounded", "kin-then-wounded"])
def test_round_27b_count_of_the_other_noun(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """A count coordinated after 'قتيل واحد' with its own noun of the other kind counts that noun, not more dead."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("انفجرت عبوة ناسفة بدورية للشرطة في بلدة الحويجة مساء الأحد ما أدى إلى مقتل شرطي واحد وإصابة ثلاثة.",
     "Al Hawijah", (1, 3)),
    ("سقطت قذيفة على سوق مدينة إعزاز مساء الأحد ما أدى إلى مقتل جندي واحد وطفلين.", "Azaz", (3, None)),
    ("سقطت قذيفة على سوق مدينة إعزاز مساء الأحد ما أدى إلى مقتل جندي وأحد مرافقيه.", "Azaz", (2, None)),
], ids=["one-policeman", "one-soldier-and-two", "one-of-his-companions"])
def test_round_27b_adjective_one(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'واحد' right after a one-person noun is its adjective, while 'وأحد مرافقيه' (folded alike) is one more."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ('قال الجيش الإسرائيلي إن طائرة تابعة له "قضت" مساء أمس على عنصر في حزب الله في غارة على سيارة في بلدة شقرا.',
     "Shaqra", (1, None)),
    ("قال الجيش الإسرائيلي إن طائرة تابعة له قضت صباح اليوم على ثلاثة مسلحين في غارة على سيارة في بلدة شقرا.",
     "Shaqra", (3, None)),
    ("قال الجيش الإسرائيلي إن طائرة تابعة له قضت على عنصرين على الطريق في غارة على سيارة في بلدة شقرا.",
     "Shaqra", (2, None)),
], ids=["quoted-verb-time-between", "time-between", "second-alaa-later"])
def test_round_27b_ended_with_a_time_phrase(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'قضت <time phrase> على <person>' kills the person as 'قضت على' does."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل ثلاثة جنود وأصيب اثنان في هجوم على دورية قرب مدينة تل أبيض مساء الأحد، وقالت وزارة الدفاع إن "
     "عشرات الإرهابيين قتلوا في الرد.", "Tall Abyad", (3, 2)),  # dozens of attackers: a vague boast, not added
], ids=["vague-enemy-dead"])
def test_round_27b_vague_figure_not_summed(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """A vague count of the attackers' dead ('عشرات') is not added to the exact count of the forces' dead."""
    got = _tolls(text)
    assert got.get(place) == want, got
