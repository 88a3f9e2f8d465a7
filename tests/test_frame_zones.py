"""Frame zones: references to an earlier incident cut out of a clause, and reports set side by side."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.frame_zones import in_zone, own_report, parallel, title_parts, zones
from rasd.recognize import Recognized, recognize
from rasd.records import Article
from rasd.resources import load_resources

PUB = date(2024, 3, 14)


def _rec(text: str) -> Recognized:
    """The recognized article of one text."""
    return recognize(Article(doc_id="t.txt", content_hash="h", published=PUB, text=text), load_resources())


def _parts(text: str) -> list[tuple[str, bool]]:
    """The zones of every clause of the first sentence, as (normalized text, is_zone)."""
    rec = _rec(text)
    return [(rec.nt.text[a:b].strip(" ,"), z) for c in rec.sentences[0].clauses for (a, b), z in zones(rec, c)]


@pytest.mark.parametrize("text, zone", [
    ("ردا على هجوم استهدف قاعدة التنف أمس، قصفت طائرات أمريكية مواقع في البوكمال.", True),
    ("بعد ساعات من الغارات على صنعاء، أطلقت الجماعة صاروخا نحو إيلات.", True),
    ("قتل شاب مساء أمس إثر إطلاق النار عليه في مدينة جنين.", False),  # the toll's cause, no earlier incident
    ("هاجم مستوطنون رعاة أغنام على بعد نحو كيلومترين شمال قرية المغير.", False),  # a distance, not a time after
    ("دوت صفارات الإنذار ظهر اليوم في نهاريا، إثر إطلاق صواريخ من جنوب لبنان.", False),  # the launch the sirens tell
    # any count or wording of hours or days after an earlier incident (round 22b)
    ("قصفت مدفعية الجيش قرية الزيارة بريف حماة، بعد يوم واحد من اشتباكات عنيفة على أطرافها.", True),
    ("بعد نحو 30 ساعة من هجوم على حاجز في الطارمية، داهمت القوات بساتين القرية.", True),
    ("عقب أربعة أيام من تفجير سوق الخضار، استهدفت غارة موقعا قرب مدينة مأرب.", True),
    ("وصلت فرق الإسعاف إلى المكان بعد أكثر من ساعة على الاستهداف.", True),
    ("شنت طائرات روسية غارات على ريف إدلب، بعد أسابيع من قصف مكثف على المنطقة.", False),  # weeks: background
])
def test_reference_zone_or_cause(text: str, zone: bool) -> None:
    """'ردا على'/'بعد ساعات من' open a reference zone; 'إثر' after a toll with no incident of its own does not."""
    parts = _parts(text)
    assert any(len(p) > 3 for p, _ in parts)
    assert any(z for _, z in parts) is zone, parts


def test_sequel_opens_a_clause_of_its_own() -> None:
    """'..., أعقبه قصف مدفعي' after a comma: the further incident is a part of its own."""
    parts = _parts("تعرض الموقع لهجوم بطائرة مسيرة، أعقبه قصف مدفعي طال قرى في ريف إدلب.")
    assert len(parts) == 2 and not any(z for _, z in parts), parts


def test_date_in_a_zone_is_not_the_story_date() -> None:
    """A date inside 'ردا على هجوم ... أمس' lies in the zone."""
    text = "ردا على هجوم استهدف قاعدة التنف أمس، قصفت طائرات أمريكية مواقع في البوكمال."
    rec = _rec(text)
    day = next(t for t in rec.times if t.date is not None)
    assert in_zone(rec, day.start)
    assert not in_zone(rec, rec.nt.text.index("البوكمال"))


def test_parallel_report_keeps_to_itself() -> None:
    """'..., فيما قصفت ...': the later clause is a report beside the first; each keeps its own span."""
    rec = _rec("قصفت المدفعية صباحا أطراف بلدة حولا، فيما ألقت الطائرات قنابل طوال الليل فوق بلدة عيترون.")
    sent = rec.sentences[0]
    first, second = sent.clauses[0], sent.clauses[-1]
    assert not parallel(rec, first) and parallel(rec, second)
    assert own_report(rec, sent, first) == (sent.start, second[0])
    assert own_report(rec, sent, second) == (second[0], sent.end)


@pytest.mark.parametrize("title, n", [
    ("غارة إسرائيلية على منزل في بلدة عيترون وقصف مدفعي على أطراف بلدة الخيام", 2),
    ("مقتل مختار برصاص مسلحين في الحويجة وعبوة ناسفة تقتل جنديين قرب طوزخورماتو", 2),
    ("غارات وقصف مدفعي على مخيم النصيرات وسط قطاع غزة", 1),  # two attack words, one place: one story
    ("إسقاط مسيرة وسقوط أخرى قرب قاعدة التنف", 1),  # nothing placed before the 'و'
])
def test_a_title_line_packs_two_stories(title: str, n: int) -> None:
    """'X في A وقصف على B': 'و' before an attack word opens a second story when both parts name a place."""
    rec = _rec(title + "\nنص الخبر.")
    sent = rec.sentences[0]
    parts = title_parts(rec, [z for c in sent.clauses for z in zones(rec, c)])
    assert len(parts) == n, [rec.nt.text[a:b] for (a, b), _ in parts]


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة شبان بالرصاص خلال مواجهات اندلعت عقب اقتحام الجيش قرية بيت أمر شمال الخليل.",
    "قتل مدني في اشتباكات اندلعت في أعقاب توغل مسلحين في بلدة الصنمين بريف درعا.",
])
def test_a_raid_after_the_head_sets_the_scene_and_opens_no_zone(text: str) -> None:
    """'عقب اقتحام X', 'في أعقاب توغل X': the raid is where what follows happens, no earlier incident told elsewhere."""
    assert not any(z for _, z in _parts(text))
