"""Round 31b (dates, from the gb_ study): each live-blog post dates its own incident, the carry resets per entry."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract import extract
from rasd.ingest.debris import find_debris
from rasd.records import Article
from rasd.resources import load_resources

PUB = dt.date(2025, 3, 12)


def _dates(text: str) -> list[dt.date | None]:
    """The mention dates of one article published on PUB, its page debris masked as the ingester does."""
    art = Article(doc_id="lb.txt", text=text, content_hash="h", published=PUB, debris=find_debris(text).ranges)
    return sorted(m.event_date for m in extract(art, load_resources()).mentions if m.event_date is not None)


@pytest.mark.parametrize(("text", "expected"), [
    ("تغطية مباشرة | يوم جديد من التصعيد في الجنوب\n\n"
     "19:20\nأفاد سكان أن بلدة كفركلا تعرضت لقصف مدفعي الأسبوع الماضي من دون إصابات.\n\n"
     "18:45\nالجيش الإسرائيلي: اعترضنا صاروخاً أطلق من لبنان باتجاه كريات شمونة.\n\n"
     "17:30\nوزير الخارجية يلتقي السفير الفرنسي في بيروت.\n",
     1),  # the recalled shelling keeps its week; the interception of the next post is the blog's day
    ("متابعة حية | التطورات الميدانية\n\n"
     "14:10 بتوقيت غرينتش\nقالت مصادر محلية إن غارة جوية استهدفت بلدة بنت جبيل الأسبوع الماضي.\n\n"
     "13:50 بتوقيت غرينتش\nسقطت قذيفة مدفعية على أطراف بلدة الخيام وأصيب مواطن بجروح.\n\n"
     "12:05 بتوقيت غرينتش\nاجتماع لمجلس الوزراء لبحث خطة الإيواء.\n",
     1),  # a clock line with its zone opens a post as well
], ids=["bare-clock", "clock-with-zone"])
def test_a_live_blog_post_does_not_carry_the_date_of_the_post_before(text: str, expected: int) -> None:
    """The recalled incident keeps its earlier day; the next post's incident (expected: how many) is the blog's day."""
    dates = _dates(text)
    assert dates.count(PUB) == expected and len(dates) == expected + 1 and dates[0] < PUB


def test_without_clock_lines_the_story_still_carries_its_date() -> None:
    """An ordinary report goes on with the date of the sentence before (no live blog: no reset)."""
    text = ("قالت مصادر محلية إن بلدة كفركلا تعرضت لقصف مدفعي الأسبوع الماضي.\n"
            "وسقطت قذيفة على أطراف البلدة وأصيب مواطن بجروح.\n")
    assert PUB not in _dates(text)
