"""Round 35b (dates, from the round-35a date study): a lead dated by the day of its telling takes the incident's
earlier day from the next sentence that retells it in a speaker's words, even when that sentence names the spot
closer; a round-up lead and a speaker who adds another incident keep the lead's own day.

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources
from tests import factories as f

PUB = dt.date(2024, 5, 15)  # a Wednesday
TUESDAY = dt.date(2024, 5, 14)


def _dates(text: str) -> list[dt.date]:
    """The distinct mention dates of one article published on PUB."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return sorted({m.event_date for m in extract(art, load_resources()).mentions if m.event_date is not None})


def _lead_day(text: str) -> dt.date | None:
    """The day the frame builder gives the lead sentence's incident."""
    return f.lead_day(text, PUB)


@pytest.mark.parametrize("text", [
    "أفاد مصدر أمني، يوم الأربعاء، بمقتل جنديين بانفجار عبوة ناسفة في محافظة ديالى.\n"
    "وقال المصدر إن \"العبوة انفجرت مساء أمس الثلاثاء على عجلة عسكرية قرب قضاء خانقين\".\n",
    "ذكرت مصادر محلية، الأربعاء، أن مسلحين قتلوا شرطيا في هجوم على نقطة تفتيش في محافظة ديالى.\n"
    "وأوضحت المصادر أن \"المسلحين هاجموا النقطة فجر أمس الثلاثاء في أطراف قضاء خانقين\".\n",
    "أفاد مصدر عسكري، يوم الأربعاء، بإصابة ثلاثة جنود بانفجار عبوة في محافظة ديالى.\n"
    "وجاء في البيان: \"انفجرت عبوة ناسفة ظهر أمس الثلاثاء بدورية للجيش قرب قضاء خانقين\".\n",
], ids=["said-closer-town", "explained-dawn", "statement-reads"])
def test_a_lead_of_the_telling_day_takes_the_retold_day(text: str) -> None:
    """'افاد مصدر, يوم الاربعاء, بمقتل ...' then 'وقال المصدر ان "العبوه انفجرت مساء امس الثلاثاء قرب Y"': one
    incident, of Tuesday, though the retelling names a closer place than the lead."""
    assert _lead_day(text) == TUESDAY
    assert _dates(text) == [TUESDAY]


@pytest.mark.parametrize("text", [
    "أفادت وزارة الدفاع، يوم الأربعاء، بمقتل ستة مسلحين بغارات جوية في العراق وسوريا.\n"
    "وذكرت الوزارة أن القوات قتلت أمس الثلاثاء ثلاثة مسلحين بغارة قرب قضاء سنجار.\n",
    "أفادت وزارة الدفاع، يوم الأربعاء، بمقتل ستة مسلحين بغارات جوية في محافظة نينوى خلال الساعات الـ24 الماضية.\n"
    "وذكرت الوزارة أن القوات قتلت أمس الثلاثاء ثلاثة مسلحين بغارة قرب قضاء سنجار.\n",
    "أفاد مصدر أمني، يوم الأربعاء، بمقتل جنديين بانفجار عبوة ناسفة في محافظة ديالى.\n"
    "وأضاف المصدر أن \"مسلحين هاجموا مساء أمس الثلاثاء نقطة تفتيش قرب قضاء خانقين\".\n",
    "أفاد مصدر أمني، يوم الأربعاء، بمقتل جنديين بانفجار عبوة ناسفة في محافظة ديالى.\n"
    "إلى ذلك، قال مصدر في الشرطة إن \"عبوة انفجرت مساء أمس الثلاثاء بسيارة مدنية قرب قضاء خانقين\".\n",
], ids=["roundup-of-two-countries", "roundup-of-a-period", "speaker-adds-another", "turn-to-another-item"])
def test_a_roundup_lead_or_an_added_incident_keeps_the_lead_day(text: str) -> None:
    """A lead summing a period's or two countries' incidents, a speaker going on to another incident ('واضاف') or a
    sentence turning to another item ('الي ذلك, قال') leaves the lead on the day it names."""
    assert _lead_day(text) == PUB
