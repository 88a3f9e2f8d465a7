"""Round 28b (casualties, from the cb_ study): 'no one of a kind' is no victim, a teller's figure told about stands
against another teller's count, and a rise clause with a long relative clause still names its figure.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("استهدفت طائرة مسيرة سيارة قرب بلدة جلب مساء الأحد، وأعلن الجيش مقتل ثلاثة مسلحين وعدم إصابة أي مدني في الضربة.",
     "Jilib", (3, 0)),
    ("استهدفت طائرة مسيرة سيارة قرب بلدة جلب مساء الأحد، وأكد الجيش مقتل أربعة مسلحين وعدم إصابة أي شخص آخر.",
     "Jilib", (4, 0)),
    ("استهدفت طائرة مسيرة سيارة قرب بلدة جلب مساء الأحد ما أدى إلى مقتل مسلحين اثنين وإصابة مدني بجروح.",
     "Jilib", (2, 1)),
], ids=["no-civilian-hurt", "no-person-hurt", "one-civilian-hurt"])
def test_round_28b_any_of_a_kind(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'وعدم إصابة أي مدني' says no civilian was hurt: the person noun after 'any' counts no one."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("شنت طائرات غارة على مستودع قرب بلدة الميادين مساء الأحد. ونقلت وكالة رويترز عن مسؤول أن التقديرات تشير إلى "
     "مقتل نحو أربعة مسلحين. وقال المرصد السوري لحقوق الإنسان إن تسعة مسلحين قتلوا في الغارات.", "Mayadin", (4, None)),
    ("شنت طائرات غارة على مستودع قرب بلدة الميادين مساء الأحد. وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى "
     "بلغت نحو أربعين قتيلا، بينهم تسعة مسلحين.", "Mayadin", (40, None)),
], ids=["other-teller-count", "one-teller-about"])
def test_round_28b_teller_about(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """An agency's 'مقتل نحو أربعة' against a monitor's count of nine: the tellers disagree and the lower figure
    holds, as for a bound; a teller's own figure told about keeps its rank."""
    got = _tolls(text)
    assert got.get(place) == want, got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("ارتفعت حصيلة القصف المدفعي الذي استهدف، مساء أمس الأربعاء، مقرا لحزب معارض في قرية قريبة من بلدة الحويجة على بعد "
     "نحو عشرين كيلومترا جنوب غربي مدينة كركوك في شمال العراق، إلى أربعة قتلى وتسعة جرحى، وفق مديرية الصحة. وكان مسؤول "
     "في الحزب قد تحدث مساء أمس عن مقتل اثنين من أعضائه وإصابة ستة آخرين.", "Al Hawijah", (4, 9)),
], ids=["long-relative-clause"])
def test_round_28b_long_rise_clause(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'ارتفعت حصيلة X الذي ... إلى أربعة': the figure after 'إلى' is the risen toll however long X's clause runs,
    and it replaces the untold earlier 'مقتل اثنين'."""
    got = _tolls(text)
    assert got.get(place) == want, got
