"""Round 33a (frame gates and sources, from the v31 (ha_) study): a motive told as a bare noun ('العمليه "رد علي
مجازر العدو ... في X"') is a reference to other incidents whose place is not the operation's; a name that opens its
line and is followed by its adjectives before the colon ('🔴 وكالة إرنا الرسمية: ...') speaks the line."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

PUB = date(2024, 2, 8)  # a Thursday
STRIKE = "أعلنت الفصائل استهداف قاعدة عسكرية في مطار الموصل بطائرة مسيرة فجر اليوم. "


@pytest.mark.parametrize("motive", [
    'وقال البيان إن العملية "رد على مجازر الاحتلال بحق المدنيين في خان يونس".',
    "وأكدت الفصائل أن الهجوم رد على الجرائم التي ترتكب بحق الأهالي في رفح.",
    'وذكر البيان أن العملية "رد على اغتيال القادة في الضاحية الجنوبية لبيروت".',
], ids=["massacres", "crimes", "assassination"])
def test_bare_motive_noun_makes_no_incident(motive: str) -> None:
    """The operation's motive names no incident of its own at the motive's place."""
    ms = extract_text(STRIKE + motive, PUB)
    assert [m.sub_event_type for m in ms] == ["Air/drone strike"]


def test_motive_words_keep_a_return_of_fire() -> None:
    """'رد على' without a motive noun after it is no reference cue ('رد الجيش على مصادر النيران')."""
    ms = extract_text("قتل جندي برصاص مسلحين هاجموا حاجزا في بلدة الخيام مساء الأربعاء، "
                      "ورد الجيش على مصادر النيران.", PUB)
    assert len(ms) == 1


TOLL = " مقتل شرطيين اثنين في هجوم مسلح على مركز للشرطة في مدينة زاهدان الليلة الماضية."


@pytest.mark.parametrize(("head", "sources"), [
    ("🔴 وكالة إرنا الرسمية:", ["IRNA"]),
    ("وكالة إرنا الرسمية:", ["IRNA"]),
    ("وكالة إرنا:", ["IRNA"]),
    ("قال سائق في السوق إن وكالة إرنا الرسمية:", []),
], ids=["bullet-adjective", "adjective", "bare", "not-opening-its-line"])
def test_colon_speaker_with_adjectives(head: str, sources: list[str]) -> None:
    """A line-opening name with one or two adjectives before its colon is the speaker of the line."""
    ms = extract_text(head + TOLL, PUB)
    assert [list(m.sources) for m in ms] == [sources]
