"""Attribution, round 39a (sources, from the half-A census): an unnamed US official is no body of his own; the outlet
he spoke to tells what he said.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 2, 8)  # a Thursday


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    # an unnamed official relayed by an agency: the agency tells it, not the Pentagon
    ("إصابة جنديين\n\nقال مسؤول عسكري أمريكي لوكالة رويترز إن جنديين أصيبا بجروح طفيفة في هجوم بطائرة مسيرة على "
     "قاعدة عين الأسد فجر اليوم.", "Hawler Times", {"Reuters"}),
    ("إصابة جنديين\n\nوأوضح مسؤولون دفاعيون أميركيون لشبكة سي إن إن أن ثلاثة صواريخ سقطت داخل قاعدة عين الأسد "
     "مساء أمس.", "Hawler Times", {"CNN"}),
    # with nobody to relay him he names no source
    ("إصابة جنديين\n\nأكد مسؤول دفاعي أمريكي أن جنديين أصيبا بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة عين الأسد "
     "فجر اليوم.", None, set()),
    # an official of the named ministry still speaks for it
    ("إصابة جنديين\n\nقال مسؤول في البنتاغون إن جنديين أصيبا بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة عين الأسد "
     "فجر اليوم.", None, {"Pentagon"}),
])
def test_an_unnamed_us_official_is_no_body(text: str, outlet: str | None, expected: set[str]) -> None:
    """'مسؤول عسكري/دفاعي أمريكي' is an unnamed voice (cues.tsv not_source), no alias of the Pentagon."""
    assert f.sources_at(text, "Asad", PUB, outlet) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("قصف تركي\n\nقال المجلس المحلي في تل أبيض إن طفلين أصيبا بقصف مدفعي تركي على قرية قرب تل أبيض مساء أمس.",
     "Abyad", {"Tal Abyad Local Council"}),
    ("قصف تركي\n\nأفاد المجلس المحلي في تل تمر بأن امرأة قتلت بقصف مدفعي تركي على قرية قرب تل تمر فجر اليوم.",
     "Tamr", {"Tal Tamr Local Council"}),
])
def test_a_tal_town_is_spelled_tal_in_a_bodys_name(text: str, place: str, expected: set[str]) -> None:
    """'تل' in a local body's name is 'Tal', as news in English writes it (the gazetteer's 'Tall Abyad')."""
    assert f.sources_at(text, place, PUB) == expected


CLAIM_THEN_CAUSE = [
    ("صواريخ على المطلة\n\nسقطت ثلاثة صواريخ أطلقت من جنوب لبنان على مستوطنة المطلة مساء الأربعاء، ما ألحق أضراراً "
     "بمنزلين.\nوأعلن حزب الله مسؤوليته عن القصف، وقال إنه جاء \"رداً\" على غارة إسرائيلية استهدفت منزلاً في بلدة "
     "عيتا الشعب جنوبي لبنان في وقت سابق من اليوم."),
    ("قصف على كريات شمونة\n\nقال الجيش الإسرائيلي إن عشرة صواريخ أطلقت من لبنان على كريات شمونة مساء الثلاثاء، وسقط "
     "أحدها على مبنى.\nوأعلن حزب الله مسؤوليته عن الهجوم، وقال إنه جاء \"رداً\" على غارة استهدفت سيارة في بلدة "
     "الخيام."),
]


def test_a_claim_takes_no_place_from_the_cause_it_gives() -> None:
    """'وأعلن X مسؤوليته عن القصف، وقال إنه جاء ردا على غارة في بلدة Y': the claim is of the incident just told, not a
    new shelling at Y, whose place the claim's clause only borrowed."""
    ms = f.extract_text(CLAIM_THEN_CAUSE[0], PUB)
    assert [(m.location.name_en, m.sub_event_type) for m in ms if m.location is not None] == [
        ("Metula", "Shelling/artillery/missile attack"), ("Aita ech Chaab", "Air/drone strike")]
    assert "Hezbollah" in f.sources_at(CLAIM_THEN_CAUSE[1], "Shmona", PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("قصف على الميادين\n\nفي المقابل، قدمت وكالة الأنباء الرسمية «سانا» رواية مختلفة، إذ قالت إن طائرات أمريكية قصفت "
     "منازل مدنيين في مدينة الميادين فجر اليوم.", {"SANA"}),
    ("قصف على الميادين\n\nمن جهته، قدم ما يسمى «المرصد السوري لحقوق الإنسان» رواية مختلفة، إذ زعم أن طائرة مسيرة "
     "قصفت مقراً للفصائل في مدينة الميادين فجر اليوم.", {"SOHR"}),
])
def test_an_account_offered_by_a_described_or_disowned_name(text: str, expected: set[str]) -> None:
    """'قدّم X رواية مختلفة، إذ قال إن': the subject may follow an outlet's description ('وكالة الأنباء الرسمية «سانا»')
    or a disowning 'ما يسمى'; those words do not push it out of the sentence's opening."""
    assert f.sources_at(text, "Mayadin", PUB) == expected


@pytest.mark.parametrize("text", [
    "انفجار في طهران\n\nأفاد التلفزيون الرسمي الإيراني بإصابة ثلاثة أشخاص بسقوط مقذوف قرب ساحة تجريش في طهران مساء أمس.",
    "انفجار في طهران\n\nوقال التلفزيون الإيراني إن مقذوفاً سقط قرب ساحة تجريش في طهران مساء أمس وأصاب ثلاثة أشخاص.",
])
def test_iran_state_television_is_irib(text: str) -> None:
    """Iran's state broadcaster, named as 'التلفزيون (الرسمي) الإيراني', is IRIB (a new sources.tsv row)."""
    assert f.sources_at(text, "Tajrish", PUB) == {"IRIB"}
