"""Round 22a place data: Libya's towns that only Who's On First names (no GeoNames row), and the Arabian Sea as
a region the Houthi war's ship attacks are placed in (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import main_refs


@pytest.mark.parametrize(("text", "en"), [
    # WOF's own Libyan towns, named in Arabic, below the city threshold and in no GeoNames cities500 row
    ("سقطت قذيفتا هاون على منزل في بلدة تمسة جنوب ليبيا دون إصابات", "Tmassa"),
    ("اندلعت مواجهات بين مجموعتين مسلحتين في مدينة شحات شرقي ليبيا", "Shahhat"),
    ("أغار الطيران المسير على رتل للمهربين قرب بلدة أم العبيد في جنوب ليبيا", "Umm al Abid"),
    # the sea east of the Gulf of Aden, in both its Arabic names
    ("قالت هيئة التجارة البحرية البريطانية إن ناقلة نفط أصيبت بمقذوف في بحر العرب على بعد مئة ميل من سواحل اليمن",
     "Arabian Sea (off al-Mahra, Yemen)"),
    ("أكدت الجماعة أن دفاعاتها أسقطت طائرة استطلاع في أجواء البحر العربي قبالة المهرة",
     "Arabian Sea (off al-Mahra, Yemen)"),
])
def test_places_of_the_round(text: str, en: str) -> None:
    """Each sentence's place is the row of the right town or sea."""
    assert en in {r.location.name_en for r in main_refs(text)}, [r.location.name_en for r in main_refs(text)]


def test_a_sudanese_locality_is_no_sea() -> None:
    """Sudan's Bahr al-Arab locality, after its head محلية, is not the Arabian Sea region."""
    text = "قصفت قوات الدعم السريع قرى في محلية بحر العرب بولاية شرق دارفور"
    assert "Arabian Sea (off al-Mahra, Yemen)" not in {r.location.name_en for r in main_refs(text)}
