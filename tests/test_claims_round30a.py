"""Round 30a (casualties, from the da_ study): a spoken first telling is an earlier report, and a party's count of
its own members that another teller's toll names among its dead is a share of that toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 6, 3))


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قصفت طائرة مسيرة بيتا في بلدة الخيام صباح الأحد. بالأول كان الحكي عن ٣ شهدا والناس عم تشيل الردم. بعدين الدفاع المدني قال إن الغارة "
     "أدت إلى استشهاد ٦ وإصابة ٤.", "Khiyam", (6, 4)),
    ("قصفت طائرة مسيرة بيتا في بلدة الخيام صباح الأحد. في البداية كان الحديث عن شهيدين تحت الأنقاض. ثم أعلنت وزارة الصحة أن "
     "الغارة أسفرت عن استشهاد خمسة أشخاص.", "Khiyam", (5, None)),
    ("قصفت طائرة مسيرة بيتا في بلدة الخيام صباح الأحد، ما أدى إلى استشهاد ثلاثة أشخاص.", "Khiyam", (3, None)),
], ids=["spoken-first-telling", "msa-first-telling", "no-first-telling"])
def test_round_30a_spoken_first_telling(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'بالاول كان الحكي عن ٣ شهدا' / 'في البدايه كان الحديث عن N': the first telling a later figure replaces."""
    got = {k: v for k, v in _tolls(text).items() if place in k}
    assert list(got.values()) == [want], got


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل أربعة أشخاص، بينهم ثلاثة عناصر من فصيل مسلح، في غارة بطائرة مسيرة استهدفت سيارتهم قرب مدينة الميادين "
     "مساء السبت، وفق المرصد السوري. وأكد مسؤول في الفصيل لوكالة رويترز مقتل ثلاثة من عناصره.",
     "Mayadin", (4, None)),
    ("قتل أربعة أشخاص في غارة بطائرة مسيرة استهدفت سيارتهم قرب مدينة الميادين مساء السبت، وفق المرصد السوري. "
     "وأكد مسؤول في الفصيل لوكالة رويترز مقتل ثلاثة من عناصره.", "Mayadin", (3, None)),
    ("قتل أربعة أشخاص، بينهم عنصران من فصيل مسلح، في غارة بطائرة مسيرة استهدفت سيارتهم قرب مدينة الميادين مساء "
     "السبت، وفق المرصد السوري. وأكد مسؤول في الفصيل لوكالة رويترز مقتل ثلاثة من عناصره.", "Mayadin", (3, None)),
], ids=["share-named", "no-share-named", "share-differs"])
def test_round_30a_own_members_share(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """'قتل اربعه, بينهم ثلاثه عناصر' and the faction's 'مقتل ثلاثه من عناصره': the faction tells the share the
    toll names, not a lower toll; with no share named, or another count, the lower figure stands."""
    got = {k: v for k, v in _tolls(text).items() if place in k}
    assert list(got.values()) == [want], got
