"""Live-blog time stamps (timex_stamps): the day of each entry of a blog that crosses midnight.

Every line is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from rasd.timex_stamps import stamp_days

PUB = dt.date(2024, 5, 8)  # a Wednesday
BEFORE = dt.date(2024, 5, 7)

ONWARD = ("تغطية مباشرة | ليلة من القصف على أطراف المدينة\n"
          "🔴 9:50 م\nقصف مدفعي على الأحياء الشمالية.\n"
          "🔴 11:15 م\nاشتباكات عند المدخل الغربي.\n"
          "🔴 1:30 ص\nهدوء حذر بعد انسحاب المهاجمين.\n"
          "🔴 6:40 ص\nحصيلة أولية: قتيلان.\n")
NEWEST_FIRST = ("الأحدث أولاً\n"
                "02:05\nفرق الإسعاف تصل إلى المكان.\n"
                "00:45\nانفجار قوي يهز السوق.\n"
                "22:40\nمصدر محلي: غارة جوية على المدرسة في حوالي الساعة 22:30 من مساء اليوم.\n"
                "21:55\nتحليق مكثف للطائرات.\n")
SPOKEN_MIDNIGHT = ("متابعة ليلة أمس\n⏰ 10:20 ليلاً\nقذائف على الحي الشرقي.\n"
                   "⏰ 12:40 بعد نص الليل\nرد بالرشاشات من الضفة الأخرى.\n⏰ 8:10 صباحاً\nمسيرة تضرب سيارة.\n")
DAYTIME = ("تغطية مستمرة\n10:05\nقصف على القرية.\n13:20\nغارة ثانية.\n17:45\nحصيلة نهائية.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (ONWARD, [BEFORE, BEFORE, PUB, PUB]),
    (NEWEST_FIRST, [PUB, PUB, BEFORE, BEFORE]),
    (DAYTIME, []),  # no midnight crossed: the entries are of the publication day, as without stamps
    ("الساعة 10:30\nمساء\n", []),  # too few stamp lines for a blog
    (SPOKEN_MIDNIGHT, [BEFORE, PUB, PUB]),  # '12:40 بعد نص الليل' is a small-hours stamp
], ids=["onward", "newest-first", "daytime", "no-blog", "spoken-midnight"])
def test_stamp_days(text: str, expected: list[dt.date]) -> None:
    """Evening stamps on the far side of the midnight a blog crossed are of the day before its day."""
    assert [day for _, _, day in stamp_days(normalize_text(text), PUB)] == expected


def test_today_under_an_evening_stamp_is_that_evening() -> None:
    """'مساء اليوم' in an entry stamped the evening before means that evening, not the publication day's."""
    times = find_times(normalize_text(NEWEST_FIRST), PUB)
    relative = [t for t in times if t.kind == "relative_day"]
    assert [t.date for t in relative] == [BEFORE]
    assert not stamp_days(normalize_text(NEWEST_FIRST), None)  # no publication day, no blog day


def test_a_live_blog_incident_is_dated_by_its_evening_stamp() -> None:
    """An undated clash in an entry stamped before the midnight the blog crossed happened the day before."""
    from rasd.extract import extract
    from rasd.records import Article
    from rasd.resources import load_resources

    text = ("تغطية مستمرة | ليلة عنيفة في ريف دير الزور\n"
            "🔴 10:20 م\nاشتباكات عنيفة بين مسلحين من العشائر وقوات سوريا الديمقراطية في بلدة ذيبان، وأنباء عن قتلى.\n"
            "🔴 11:45 م\nالاشتباكات مستمرة في محيط البلدة.\n"
            "🔴 1:15 ص\nهدوء حذر بعد انسحاب المسلحين.\n"
            "🔴 7:30 ص\nحصيلة أولية: مقتل ثلاثة من عناصر قسد.\n")
    art = Article(doc_id="b.txt", text=text, content_hash="h", published=dt.date(2024, 8, 8))
    assert [m.event_date for m in extract(art, load_resources()).mentions] == [dt.date(2024, 8, 7)]


def test_bare_clock_lines_masked_as_page_debris_still_stamp_the_blog() -> None:
    """A blog's bare clock lines ('00:45') are page debris to the ingester (a time-only line), yet they stamp the
    entries: the times are read in the masked text, the stamps in the text before masking."""
    from rasd.ingest.debris import find_debris

    text = ("تغطية متواصلة | ليلة من الغارات على ريف إدلب\n"
            "03:10\nغارة ثالثة على أطراف بلدة سرمين.\n"
            "01:25\nطائرات حربية روسية تقصف محيط مدينة أريحا.\n"
            "23:50\nغارة جوية على مخيم للنازحين قرب مدينة سرمدا مساء اليوم.\n"
            "22:35\nتحليق مكثف للطائرات الحربية.\n")
    raw = normalize_text(text)
    masked = list(raw)
    for a, b in find_debris(raw).ranges:
        masked[a:b] = [c if c == "\n" else " " for c in raw[a:b]]
    blank = "".join(masked)
    assert not [t for t in find_times(blank, PUB) if t.kind == "stamp"]  # the lines are debris
    stamps = [t.date for t in find_times(blank, PUB, stamps=raw) if t.kind == "stamp"]
    assert stamps == [PUB, PUB, BEFORE, BEFORE]
    assert [t.date for t in find_times(blank, PUB, stamps=raw) if t.kind == "relative_day"] == [BEFORE]


THU = dt.date(2023, 6, 15)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المدفعية القرية ليلة الأحد. وبعد منتصف الليل عاد الطيران المسيّر إلى سماء البلدة.",
     dt.date(2023, 6, 12)),  # the Sunday night: its small hours are Monday's
    ("اندلعت اشتباكات عند الحاجز مساء أمس الأربعاء، ثم هاجم المسلحون نقطة أخرى بعد منتصف الليل.",
     dt.date(2023, 6, 15)),
    ("استشهد شاب صباح اليوم، وكانت قوة قد اقتحمت الحي بعد منتصف الليل.", None),  # a morning: no evening to follow
    ("بعد منتصف الليل سقطت قذيفتان على الحي.", None),  # no day told before it
], ids=["night", "evening-yesterday", "after-morning", "alone"])
def test_after_midnight_follows_the_evening(text: str, expected: dt.date | None) -> None:
    """'بعد منتصف الليل' told after an evening is the next day's small hours; after no evening it is no date."""
    times = [t for t in find_times(normalize_text(text), THU) if t.kind == "after_midnight"]
    assert [t.date for t in times] == ([expected] if expected else [])


INLINE = ("بث مباشر | ليل الخميس - الجمعة 9-10 أيار 2024\n"
          "21:40 | قصف مدفعي على أطراف البلدة.\n"
          "23:05 | اشتباكات عند الحاجز الغربي.\n"
          "00:20 | غارة جوية على مستودع قرب الطريق الدولي.\n"
          "01:55 | هدوء حذر في المنطقة.\n")


def test_inline_stamps_follow_the_night_the_heading_names() -> None:
    """'21:40 | قصف ...' stamps its entry on the same line; a heading naming the night ('ليل الخميس - الجمعة') makes
    its evening the Thursday even when the blog is dated that Thursday, and the small hours the Friday."""
    thu = dt.date(2024, 5, 9)
    days = [day for _, _, day in stamp_days(normalize_text(INLINE), thu, find_times(normalize_text(INLINE), thu))]
    assert days == [thu, thu, thu + dt.timedelta(days=1), thu + dt.timedelta(days=1)]
    assert [day for _, _, day in stamp_days(normalize_text(INLINE), thu + dt.timedelta(days=1))] == [
        thu, thu, thu + dt.timedelta(days=1), thu + dt.timedelta(days=1)]  # no heading read: the day before


def test_a_post_after_midnight_is_dated_past_the_blogs_day() -> None:
    """The entry stamped after the midnight a blog dated by its evening crossed is the next day's incident."""
    from rasd.extract import extract
    from rasd.records import Article
    from rasd.resources import load_resources

    text = ("تغطية مباشرة | ليل الأحد - الاثنين 16-17 حزيران 2024\n"
            "22:10 | تحليق مكثف للطائرات المسيرة فوق المدينة.\n"
            "23:30 | أصوات انفجارات في الأحياء الشرقية.\n"
            "00:45 | قصف مدفعي إسرائيلي يطال أطراف بلدة الخيام، من دون إصابات.\n"
            "01:30 | هدوء حذر.\n")
    art = Article(doc_id="n.txt", text=text, content_hash="h", published=dt.date(2024, 6, 16))
    assert [m.event_date for m in extract(art, load_resources()).mentions] == [dt.date(2024, 6, 17)]


def test_a_toll_update_after_midnight_joins_the_evening_strike() -> None:
    """'00:50 | الوزارة: ارتفاع حصيلة الغارة ...' posts a risen toll: its stamp dates the post, so it joins the
    evening's strike and keeps that evening's day."""
    from rasd.extract import extract
    from rasd.records import Article
    from rasd.resources import load_resources

    text = ("متابعة مستمرة (الأحدث في الأعلى)\n"
            "01:40 | هدوء حذر في المنطقة.\n"
            "00:50 | مديرية الصحة: ارتفاع حصيلة الغارة على منزل في بلدة سلفيت إلى 3 شهداء و5 جرحى.\n"
            "23:35 | تحليق مكثف للطائرات.\n"
            "22:15 | غارة إسرائيلية تستهدف منزلاً في بلدة سلفيت، ومعلومات أولية عن شهيد.\n")
    art = Article(doc_id="u.txt", text=text, content_hash="h", published=dt.date(2024, 6, 11))
    got = [(m.event_date, m.fatalities) for m in extract(art, load_resources()).mentions]
    assert got == [(dt.date(2024, 6, 10), 3)]


STARTED = ("تغطية مباشرة | ليلة من الغارات على ريف حمص\n"
           "بدأت التغطية: الثلاثاء 7 أيار 2024 - 9:30 م\n"
           "🔴 9:30 م\nغارات على أطراف مدينة القصير.\n"
           "🔴 11:10 م\nانفجار في مستودع قرب المدينة.\n"
           "🔴 1:20 ص\nتحليق مكثف للطيران.\n"
           "🔴 2:45 ص\nهدوء حذر.\n")
DIVIDED = ("متابعة لحظة بلحظة | الأربعاء 8 أيار 2024\n"
           "21:15\nسقوط قذائف على السوق.\n"
           "23:40\nاشتباكات عند الحاجز.\n"
           "الخميس 9 أيار\n"
           "00:35\nقصف جديد على الحي الشرقي.\n"
           "01:50\nمصدر محلي: قتيلان في قصف مساء أمس على السوق.\n")
THURSDAY = dt.date(2024, 5, 9)


@pytest.mark.parametrize(("text", "expected"), [
    (STARTED, [BEFORE, BEFORE, PUB, PUB]),  # the heading's start time is the first entry's: the evening is Tuesday's
    (DIVIDED, [PUB, PUB, THURSDAY, THURSDAY]),  # a blog of the publication evening: the divider starts Thursday
], ids=["start-heading", "day-divider"])
def test_a_blog_dates_its_own_entries(text: str, expected: list[dt.date]) -> None:
    """A heading whose date carries an entry's clock time, or a line of a date alone between the entries, sets the
    evening's day, whatever day the blog was published on."""
    from functools import partial

    from rasd.timex import parse_timestamp

    raw = normalize_text(text)
    read = partial(parse_timestamp, published=PUB)
    assert [day for _, _, day in stamp_days(raw, PUB, find_times(raw, PUB), read)] == expected


def test_yesterday_past_the_midnight_of_a_divided_blog() -> None:
    """'مساء أمس' in an entry after the divider of the next day is the blog's evening, the publication day."""
    times = find_times(normalize_text(DIVIDED), PUB)
    assert [t.date for t in times if t.kind == "relative_day"] == [PUB]
    assert [t.date for t in times if t.kind == "stamp"] == [PUB, PUB, THURSDAY, THURSDAY]


def test_an_entry_past_the_divider_is_dated_after_publication() -> None:
    """A blog published on its first evening: an undated incident in an entry under the next day's divider happened
    that next day (a stamp may lie after publication; no other date may)."""
    from rasd.extract import extract
    from rasd.records import Article
    from rasd.resources import load_resources

    text = ("تغطية مستمرة | ليلة متوترة في ريف درعا\n"
            "21:05\nتحليق مكثف للطيران المسير فوق المنطقة.\n"
            "22:30\nانقطاع الكهرباء عن عدة أحياء.\n"
            "الخميس 9 أيار\n"
            "00:40\nمسلحون مجهولون يغتالون عنصراً من الأمن العسكري بالرصاص في بلدة طفس.\n"
            "01:15\nهدوء حذر في البلدة.\n")
    art = Article(doc_id="d.txt", text=text, content_hash="h", published=PUB)
    assert [m.event_date for m in extract(art, load_resources()).mentions] == [THURSDAY]


# round 22b (wb_015): a blog published on a Thursday whose evening entries carry '(الأربعاء)' in their stamp
WEEKDAY_STAMPED = ("تغطية مستمرة\n"
                   "20:10 (الأربعاء)\nقصف مدفعي على أطراف البلدة.\n"
                   "21:35\nبيان للفصيل: \"قصفنا عند الساعة 21:20 من مساء اليوم الأربعاء موقعا للجيش\".\n"
                   "22:50\nتحليق للطيران المسير.\n"
                   "00:15 (الخميس)\nغارة على الطريق العام.\n"
                   "01:05\nهدوء حذر.\n")


def test_a_weekday_told_with_today_in_an_entry_keeps_its_day() -> None:
    """'مساء اليوم الأربعاء' in an entry under '20:10 (الأربعاء)' is that Wednesday: the weekday names the entry's
    day, which moving it by the entry's distance from publication would contradict (it was dated a day early)."""
    thursday = dt.date(2024, 5, 9)
    times = find_times(normalize_text(WEEKDAY_STAMPED), thursday)
    assert [t.date for t in times if t.kind == "relative_day"] == [PUB]
    assert [t.date for t in times if t.kind == "stamp"][:1] == [PUB]
