"""Round 32a (dates and sources, from the ga_ study): a social-media post's header line gives the post its day, and a
local body is named by its town with the adjective written after it ('غرفة طوارئ X القديمة').

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract import extract
from rasd.ingest.debris import find_debris
from rasd.normalize import normalize_text
from rasd.records import Article
from rasd.resources import load_resources
from rasd.timex import find_times
from tests import factories as f

PUB = dt.date(2024, 5, 14)  # a Tuesday


def _dates(text: str) -> list[dt.date | None]:
    """The mention dates of one page published on PUB, its page debris masked as the ingester does."""
    art = Article(doc_id="fb.txt", text=text, content_hash="h", published=PUB, debris=find_debris(text).ranges)
    return sorted(m.event_date for m in extract(art, load_resources()).mentions if m.event_date is not None)


@pytest.mark.parametrize(("text", "expected"), [
    ("شبكة أخبار الريف الجنوبي\n12 مايو 2024 الساعة 9:40 م ·\nمسلحون مجهولون أطلقوا النار مساء اليوم على صاحب "
     "محل في بلدة نوى وأصيب بجروح.\n", dt.date(2024, 5, 12)),
    ("شبكة أخبار الريف الجنوبي\n١٣ أيار الساعة ١١:٢٠ م · 🌍\nانفجار عبوة ناسفة الليلة بسيارة عسكرية على طريق "
     "بلدة نوى وإصابة عنصرين.\n", dt.date(2024, 5, 13)),
    ("شبكة أخبار الريف الجنوبي\n13 مايو 2024 الساعة 8:05 ص ·\nقصف مدفعي أمس على أطراف بلدة نوى من دون إصابات.\n",
     dt.date(2024, 5, 12)),
], ids=["evening-two-days-back", "tonight-eastern-digits", "yesterday-of-the-post"])
def test_a_relative_day_inside_a_post_counts_from_the_post_header(text: str, expected: dt.date) -> None:
    """'اليوم', 'الليلة', 'أمس' inside a post are told from the day of its header line, not from the copy's day."""
    assert _dates(text) == [expected]


def test_a_post_of_the_publication_day_keeps_its_relative_days() -> None:
    """A header of the publication day moves nothing."""
    text = ("شبكة أخبار الريف الجنوبي\n14 مايو 2024 الساعة 10:15 ص ·\nمسلحون مجهولون أطلقوا النار صباح اليوم على "
            "صاحب محل في بلدة نوى وأصيب بجروح.\n")
    assert _dates(text) == [PUB]


def test_each_post_dates_its_own_undated_incident() -> None:
    """An undated incident of a post is its header's day, not the day the post above it told."""
    text = ("شبكة أخبار الريف الجنوبي\n14 مايو 2024 الساعة 11:30 ص ·\nسقطت قذيفة هاون صباح اليوم قرب مدرسة في بلدة "
            "نوى من دون إصابات.\n👍 40  💬 12\n\n"
            "شبكة أخبار الريف الجنوبي\n12 مايو 2024 الساعة 7:10 م ·\nمسلحون مجهولون أطلقوا النار على صاحب محل في "
            "بلدة نوى وأصيب بجروح.\n👍 22  💬 5\n")
    assert _dates(text) == [dt.date(2024, 5, 12), PUB]


@pytest.mark.parametrize("line", [
    "وقال شاهد إن الاشتباك بدأ الساعة 9:40 م أمس في حي الكرامة.",  # a clock time in a sentence: no header
    "تاريخ النشر: 12 مايو 2024 الساعة 9:40",  # a page stamp with no am/pm word: no post of a page
], ids=["clock-in-a-sentence", "publication-stamp"])
def test_no_post_header(line: str) -> None:
    """Only a line of a date, 'الساعة', a clock with its am/pm word and marks after it opens a post."""
    from rasd.timex_posts import post_heads
    text = normalize_text(line)
    assert post_heads(text, find_times(text, PUB)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قالت غرفة طوارئ أم درمان القديمة إن ثلاثة مدنيين قتلوا بقصف مدفعي على سوق في مدينة أم درمان مساء أمس.",
     {"Old Omdurman Emergency Room"}),
    ("قالت غرفة طوارئ أم درمان إن ثلاثة مدنيين قتلوا بقصف مدفعي على سوق في مدينة أم درمان مساء أمس.",
     {"Omdurman Emergency Room"}),
], ids=["old-town", "town"])
def test_a_town_body_takes_the_adjective_after_its_town(text: str, expected: set[str]) -> None:
    """'غرفة طوارئ X القديمة' is the Old X Emergency Room (sources.tsv local_after on a {town} row)."""
    assert f.sources_at(text, "Omdurman", PUB) == expected
