"""Round 26a (frame gates and splits, from the za_ study): a superseded earlier version of the report is no incident,
and an ordinal series ('استهدفت الاولي ... والثانيه ...') tells one incident per ordinal."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

SUPERSEDED = "a superseded earlier version"


def _places(text: str) -> list[str | None]:
    """Each mention's place."""
    return [m.location.name_en if m.location else None for m in run(text)]


@pytest.mark.parametrize(("text", "gone"), [
    (("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة استهدفت دورية للجيش قرب بلدة تلكيف شمالي الموصل مساء الجمعة.\n"
      "تنويه: نُشر في نسخة سابقة من هذا الخبر أمس بعنوان \"مقتل جنديين بهجوم على دورية في بعشيقة\"، "
      "وقد جرى تحديثه بعد بيان قيادة العمليات."), "Ba'shiqah"),
    (("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة استهدفت دورية للجيش قرب بلدة تلكيف شمالي الموصل مساء الجمعة.\n"
      "ويصحح الموقع ما ورد في خبره المنشور أمس بعنوان «هجوم بعبوة ناسفة على دورية في بعشيقة»."), "Ba'shiqah"),
    (("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة استهدفت دورية للجيش قرب بلدة تلكيف شمالي الموصل مساء الجمعة.\n"
      "وكانت مصادر محلية قد ذكرت في وقت سابق أن الهجوم استهدف دورية في بلدة بعشيقة، قبل أن يتبين أن "
      "الدورية كانت على طريق تلكيف."), "Ba'shiqah"),
    (("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة استهدفت دورية للجيش قرب بلدة تلكيف شمالي الموصل مساء الجمعة.\n"
      "وكانت مصادر قد أفادت في وقت سابق بأن العبوة انفجرت بدورية في بلدة بعشيقة. غير أن المعلومات التي "
      "اتضحت لاحقاً تشير إلى أن الانفجار وقع قرب تلكيف."), "Ba'shiqah"),
], ids=["earlier-version-title", "earlier-report-title", "until-it-proved", "proved-next-sentence"])
def test_a_superseded_earlier_version_is_no_incident(text: str, gone: str) -> None:
    """The quoted title of the outlet's earlier version, or what sources said earlier until it proved otherwise:
    the incident told first stands, the earlier version's place makes none."""
    assert any(SUPERSEDED in r for r in reasons(text))
    places = _places(text)
    assert gone not in places
    assert any(p and "Talkif" in p for p in places)


@pytest.mark.parametrize("text", [
    ("وكانت مصادر محلية قد أفادت في وقت سابق بأن قذيفة سقطت على منزل في بلدة بعشيقة، قبل أن يتبين أن "
     "المنزل خالٍ من سكانه."),
    ("قتل جندي في انفجار عبوة ناسفة قرب بلدة تلكيف مساء الجمعة.\n"
     "وقال مسؤول محلي في وقت سابق إن قذيفة سقطت على منزل في بلدة بعشيقة من دون إصابات."),
], ids=["first-telling", "nothing-proved"])
def test_an_earlier_report_that_is_the_only_telling_stays(text: str) -> None:
    """With no incident told before it, or with nothing said to prove it wrong, the earlier report is kept."""
    assert not any(SUPERSEDED in r for r in reasons(text))
    assert any(p and "shiqah" in p for p in _places(text))


@pytest.mark.parametrize(("text", "towns"), [
    (("شن الطيران الحربي فجر اليوم غارتين على ريف دير الزور الشرقي: استهدفت الأولى مستودعاً في بلدة الموحسن، "
      "والثانية مقراً في بلدة العشارة."), {"Muh Hasan", "Al 'Asharah"}),
    (("قالت القيادة إن مقاتلاتها نفذت ضربتين على منشأتين، موضحة أن الأولى مقر على أطراف بلدة الموحسن والثانية "
      "مستودع في محيط بلدة العشارة."), {"Muh Hasan", "Al 'Asharah"}),
], ids=["comma-list", "bare-wa"])
def test_an_ordinal_series_tells_one_incident_per_ordinal(text: str, towns: set[str]) -> None:
    """Each later ordinal with a place of its own is one more strike, with the series' type and attacker."""
    ms = run(text)
    got = {m.location.name_en for m in ms if m.location is not None}
    assert towns <= got
    assert all(m.sub_event_type == "Air/drone strike" for m in ms if m.location and m.location.name_en in towns)


def test_ordinals_at_one_place_stay_one_incident() -> None:
    """'سقطت الأولى في منتصف السوق والثانية على طرفه': two hits of one strike at one place, not two incidents."""
    text = ("نفذت طائرة حربية غارتين متتاليتين على سوق بلدة الموحسن، سقطت الأولى في منتصف السوق والثانية على "
            "طرفه الشرقي، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert len(run(text)) == 1


def test_a_later_ordinal_opening_its_sentence_takes_the_series_attack() -> None:
    """'أما الثانية فطالت مقراً في Y' names no attack word: it is the series' strike at Y, with its own toll."""
    text = ("شن الطيران الحربي فجر اليوم غارتين على ريف دير الزور الشرقي. الغارة الأولى استهدفت مستودعاً في بلدة "
            "الموحسن، ما أدى إلى تدميره. أما الثانية فطالت مقراً في بلدة العشارة، وتسببت بإصابة عنصرين.")
    item = next(m for m in run(text) if m.location is not None and m.location.name_en == "Al 'Asharah")
    assert item.sub_event_type == "Air/drone strike"
    assert item.injured == 2


def test_a_reference_after_a_superseded_version_is_no_first_telling() -> None:
    """'بشأن الهجوم الذي استهدف ...' after the notice of an earlier version points back, it tells no incident."""
    text = ("جنديان مصابان بانفجار عبوة قرب تلكيف\n"
            "تنويه: نُشرت نسخة سابقة من هذا الخبر أمس بعنوان \"مقتل جنديين بهجوم على دورية في بعشيقة\".\n"
            "أصدرت قيادة العمليات مساء أمس بياناً بشأن الهجوم الذي استهدف قواتها في العراق، جاء فيه أن عبوة ناسفة "
            "انفجرت بدورية للجيش قرب بلدة تلكيف ما أدى إلى إصابة جنديين.")
    assert any("reference" in r for r in reasons(text))
    assert all(p and "Talkif" in p for p in _places(text))
