"""Claim split: a total the sentence then shares out place by place is no one place's toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 3, 14))


def test_round_24b_a_place_listed_with_the_wounded_only_takes_none_of_the_total_dead() -> None:
    """'بلغت الحصيلة ستة قتلى وتسعة جرحى، موزعين كالآتي: ... وأربعة جرحى في Z': Z has four wounded and none of the
    six dead (va_011, yb_010; toll-first breakdowns after a total in pa_013, nb_016, ez_014, wb_016, ub_011)."""
    got = _tolls("قصفت جماعة الحوثي بالمدفعية مديريات الخوخة وحيس والتحيتا جنوبي الحديدة مساء أمس، وذكر مكتب الصحة "
                 "في المحافظة أن حصيلة القصف بلغت ستة قتلى وتسعة جرحى، موزعين كالآتي: أربعة قتلى وخمسة جرحى في "
                 "الخوخة، وقتيلان في حيس، وأربعة جرحى في التحيتا.")
    assert got.get("Al Khawkhah") == (4, 5), got
    assert got.get("Hays") == (2, None), got
    assert got.get("Al Tuhayta'", (None, None))[0] in (0, None), got  # not the six dead of all three


def test_round_24b_a_risen_total_shared_out_is_not_the_toll_of_a_place_listed() -> None:
    """'ترتفع حصيلة ... إلى خمسة شهداء، وتوزعوا: ثلاثة في X، وشهيدان في Y': Y's toll is two, not the five."""
    got = _tolls("استهدفت غارة إسرائيلية منزلاً في بلدة يارون ظهر اليوم، ما أدى إلى استشهاد مواطنين اثنين، وأغارت "
                 "مسيّرة على سيارة في بلدة رميش عصراً.\nوبذلك ترتفع حصيلة ضحايا العدوان على المنطقة اليوم إلى خمسة "
                 "شهداء، وتوزعوا على النحو الآتي: ثلاثة شهداء في يارون، وشهيدان في رميش.")
    assert got.get("Rmaysh") == (2, None), got
