"""Round 32a (frame, from the ga_ study): the dated 'اذ' clause after 'وجاءت X بعد ...' is an incident of its own,
'وتزامن <trigger>' refers to the incident told before, and rockets found ready to fire were stopped before firing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, rejection_reasons

PUB = date(2024, 3, 14)  # a Thursday
LEAD = "شنت طائرة حربية إسرائيلية فجر اليوم غارة على منزل في بلدة الخيام، ما أدى إلى إصابة مواطن. "


@pytest.mark.parametrize(("later", "days"), [
    ("وجاءت غارة الخيام بعد نهار متوتر على الحدود، إذ استهدفت مسيرة إسرائيلية عصر أمس الأربعاء دراجة نارية "
     "عند مدخل بلدة عيتا الشعب، ما أدى إلى مقتل شخصين.", {"2024-03-14", "2024-03-13"}),
    ("وتأتي الغارة بعد ليلة من التصعيد، إذ قصفت المدفعية الإسرائيلية صباح أمس الأربعاء أطراف بلدة كفركلا.",
     {"2024-03-14", "2024-03-13"}),
    ("وجاءت غارة الخيام بعد نهار متوتر على الحدود، إذ تواصل تحليق الطيران المسير فوق البلدة.", {"2024-03-14"}),
], ids=["jaat-idh-own-day", "tati-idh-own-day", "idh-no-trigger-no-day"])
def test_comes_then_dated_idh_clause(later: str, days: set[str]) -> None:
    """The 'اذ' clause with a trigger and a day of its own is a second incident, not the opener's."""
    assert {str(m.event_date) for m in extract_text(LEAD + later, PUB)} == days


@pytest.mark.parametrize(("text", "refers"), [
    ("قصفت المدفعية أطراف بلدة الخيام صباح اليوم. وتزامن القصف مع وصول تعزيزات عسكرية إلى بلدة مرجعيون.", True),
    ("قصفت المدفعية أطراف بلدة الخيام صباح اليوم. وتزامن الهجوم مع تحليق مكثف للطيران المسير في الأجواء.", True),
    ("بدأت وحدات الجيش عمليات تمشيط في البادية، بالتزامن مع الغارات التي شنتها الطائرات الروسية صباح اليوم.", False),
], ids=["wa-tazamana-qasf", "wa-tazamana-hujum", "bil-tazamun-noun"])
def test_tazamana_refers_back(text: str, refers: bool) -> None:
    """'وتزامن <trigger>' (the masculine past beside the listed feminine forms) talks about the incident told
    before; the noun 'بالتزامن مع' does not."""
    assert any(r.startswith("reference: 'وتزامن'") for r in rejection_reasons(text, PUB)) is refers


@pytest.mark.parametrize(("text", "sub"), [
    ("أعلنت خلية الإعلام الأمني فجر اليوم أن قوة من الشرطة عثرت على منصة إطلاق مصنعة محليا ومثبتة فوق شاحنة "
     "صغيرة محملة بأربعة صواريخ كاتيوشا داخل بستان في منطقة النهروان، كانت معدة للإطلاق بواسطة مؤقت.",
     "Disrupted weapons use"),
    ("ضبطت قوة أمنية صباح اليوم في بستان مهجور على طريق النهروان منصة بدائية وعليها صاروخان نوع غراد جاهزان "
     "للإطلاق.", "Disrupted weapons use"),
], ids=["found-launcher-ready", "seized-rockets-ready"])
def test_found_ready_launcher(text: str, sub: str) -> None:
    """A launcher or rockets found set to fire are a launch that was stopped, not a shelling."""
    assert [m.sub_event_type for m in extract_text(text, PUB)] == [sub]


def test_ready_drones_struck_stay_strikes() -> None:
    """Without a found cue, 'معده للاطلاق' only describes what a strike destroyed: the strike keeps its type."""
    text = "قالت القيادة المركزية الأمريكية إن طائراتها دمرت صباح اليوم ثلاث طائرات مسيرة كانت معدة للإطلاق قرب الحديدة."
    assert "Disrupted weapons use" not in {m.sub_event_type for m in extract_text(text, PUB)}
