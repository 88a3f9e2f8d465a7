"""Round 26a (merging and dates, from the za_ study): cued versions of one incident join it, an elaboration with no
time of its own joins the incident it details, and a stated day beats a quoted statement's publication, a vague month
and a day offset.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests.factories import extract_text as run

TUE = date(2024, 3, 19)  # a Tuesday


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the statement came out on Monday: the 'أمس' of its quotation (after 'جاء فيه:' and a line break) is Sunday
    ("أصدرت قيادة العمليات المشتركة مساء الاثنين توضيحاً بشأن الحادث، جاء فيه:\n\n"
     "«تعرض مقر اللواء أمس لقصف بقذائف الهاون من دون وقوع خسائر».", "أمس", date(2024, 3, 17)),
    ("ونشرت الشرطة صباح الاثنين بياناً مقتضباً ورد فيه: \"انفجرت عبوة ليل أمس قرب السوق\".", "ليل أمس",
     date(2024, 3, 17)),
    # a statement of today: nothing moves
    ("أصدرت الوزارة اليوم الثلاثاء بياناً جاء فيه: «قصفت الطائرات أمس مخزناً للذخيرة».", "أمس", date(2024, 3, 18)),
])
def test_a_quoted_statement_counts_its_days_from_its_own_day(text: str, phrase: str, expected: date) -> None:
    """The day of `phrase` in a report published on Tuesday."""
    nt = normalize_text(text)
    at = nt.index(normalize_text(phrase))
    got = [t for t in find_times(nt, TUE) if t.start <= at < t.end]
    assert got and got[0].date == expected, [(t.text, t.date) for t in find_times(nt, TUE)]


@pytest.mark.parametrize(("text", "day"), [
    # a precedent's vague month yields to the day the monitor documented in it
    ("ولم يكن هذا الهجوم الأول على عناصر الجيش في ريف دير الزور خلال الشهر الجاري، إذ كان المرصد قد وثّق في "
     "الرابع من آذار مقتل جنديين بانفجار لغم أرضي قرب بلدة معدان.", "2024-03-04"),
    # an earlier incident's own date set off by commas is its day, not the offset counted back from it
    ("وجاء القصف بعد يومين من هجوم نفذه مسلحون على قرية الكرامة شمال مدينة حمص، يوم السبت التاسع من آذار، "
     "قتل فيه ثلاثة مدنيين.", "2024-03-09"),
])
def test_a_stated_day_wins(text: str, day: str) -> None:
    """The incident takes the day the text states."""
    ms = run(text, published=TUE)
    assert [str(m.event_date) for m in ms] == [day]


@pytest.mark.parametrize(("text", "n"), [
    # the other party's version opened by 'في المقابل، قال' at the same town and day
    ("استشهد شابان فجر اليوم خلال اشتباكات مسلحة اندلعت مع قوات الاحتلال التي اقتحمت بلدة يعبد.\n"
     "في المقابل، قال جيش الاحتلال في بيان إن قواته قتلت مسلحين اثنين بعد انفجار عبوة ناسفة بآلية عسكرية في يعبد.",
     1),
    # a weapon downed minutes after the salvo just told, over the same town
    ("أعلن حزب الله أنه قصف مستوطنة كريات شمونة صباح اليوم برشقة صاروخية.\n"
     "وذكر الجيش الإسرائيلي أن طائرة مسيرة أسقطت في أجواء كريات شمونة بعد دقائق من الرشقة.", 1),
    # no cue: a second attack on the same town the same day stays apart
    ("قصفت المدفعية الإسرائيلية صباح اليوم أطراف بلدة الخيام.\n"
     "وبعد الظهر استهدفت غارة جوية إسرائيلية منزلاً في بلدة الخيام.", 2),
])
def test_a_cued_version_joins_the_incident_it_tells(text: str, n: int) -> None:
    """The number of mentions."""
    assert len(run(text, published=TUE)) == n


def test_an_elaboration_with_no_time_of_its_own_joins_the_incident_it_details() -> None:
    """The sentence that tells how the man was shot, dated only by the story, is the killing told before it."""
    ms = run("قُتل مواطن مساء أمس برصاص قناص في مدينة تعز، فيما أصيب طفلان ظهر اليوم بقذيفة في مدينة الحديدة.\n"
             "وقالت مصادر محلية إن المواطن كان يسير في أحد شوارع مدينة تعز حين استهدفه قناص فأرداه قتيلاً.",
             published=TUE)
    assert [str(m.event_date) for m in ms if m.sub_event_type == "Attack"] == ["2024-03-18"]
