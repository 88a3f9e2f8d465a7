"""Unconfirmed claims: a unit told only before a remark that no one confirmed it is a claim, not an incident.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 6, 12)  # a Wednesday
LEAD = "قصفت طائرات حربية أمريكية، فجر اليوم الأربعاء، مواقع في مديرية الحوك جنوبي مدينة الحديدة. "
CLAIM = "وأعلنت الجماعة في بيان مساء أمس استهداف سفينة تجارية في البحر الأحمر بطائرة مسيرة{}."


@pytest.mark.parametrize("remark", ["، وهو ما لم تؤكده أي جهة مستقلة", "، الأمر الذي لم يؤكده الجيش الأمريكي"])
def test_a_claim_no_one_confirmed_is_no_incident(remark: str) -> None:
    """The claim of a ship attacked, with the remark, leaves only the strike on land."""
    kept = f.place_names(LEAD + CLAIM.format(remark), PUB)
    assert len(kept) == 1 and "Red Sea" not in kept[0]


def test_the_same_claim_without_the_remark_stays() -> None:
    """Without the remark the claimed attack is reported like any other."""
    assert len(f.place_names(LEAD + CLAIM.format(""), PUB)) == 2


def test_a_disputed_figure_keeps_its_incident() -> None:
    """'وهو رقم لم تؤكده': only the toll is in doubt, the attack is told."""
    text = LEAD + ("وقالت الجماعة إن طائرة مسيرة استهدفت سفينة تجارية في البحر الأحمر مساء أمس، ما أدى إلى مقتل ثلاثة من "
                   "طاقمها، وهو رقم لم تؤكده أي جهة.")
    assert len(f.place_names(text, PUB)) == 2


RUMOURS = [
    "وتداولت حسابات محلية أنباء عن قصف مدفعي على قرية الطيبة مساء أمس، ولم يتسنَّ لنا التحقق منها.",
    "ونفى مصدر أمني ما تداولته صفحات على مواقع التواصل عن غارة جوية على قرية الطيبة مساء أمس.",
    "أما الحديث المتداول عن هجوم بطائرة مسيرة على قرية الطيبة مساء أمس فقالت مصادر مطلعة إنه \"غير صحيح\".",
    "وتداولت صفحات أنباء عن قصف قرية الطيبة مساء أمس، ونفت مصادر محلية وقوع أي قصف.",
]


@pytest.mark.parametrize("rumour", RUMOURS, ids=["unverified", "denied-before", "untrue", "denied-after"])
def test_a_circulated_rumour_that_is_doubted_is_no_incident(rumour: str) -> None:
    """Pages circulate a report and someone denies it or the writer could not verify it: only the lead stays."""
    kept = f.place_names(LEAD + rumour, PUB)
    assert len(kept) == 1 and "Tayyibah" not in kept[0]


def test_a_circulated_report_nobody_doubts_stays() -> None:
    """'تداول ناشطون صوراً' with no denial: the strike the sentence tells is reported."""
    text = LEAD + "وتداول ناشطون صوراً لقصف مدفعي استهدف قرية الطيبة مساء أمس."
    assert len(f.place_names(text, PUB)) == 2
