"""Frame running totals: a count of ten or more targets, ships or rockets tied to the trigger across the span of
time it is summed over ('اغار خلال الساعات ال24 الماضيه علي نحو 150 هدفا', 'استهدفوا منذ نحو ثمانيه اشهر اكثر من
170 سفينه') is a digest's tally, not one incident. It takes the cases `frame_period.counted_span` (a count standing
right after the trigger, checked first in `frame_gate`) leaves: a span standing between the trigger and its count, a
count before the trigger, and a 'since' of weeks or more (a span word, or a past month or date the timex reads as
'since': 'منذ تشرين الثاني الماضي')."""

from __future__ import annotations

from .frame_period import COUNT_MIN, SPAN
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

# 'منذ نحو ثمانيه اشهر', 'منذ انتهاء الهدنه', 'منذ مطلع الشهر', 'من بدايه السنه': a span reaching back weeks or more
LONG_SINCE = guard(r"(?<!\S)(?:منذ (?:(?:نحو|قرابه|حوالي|اكثر من|قبل) )?(?:\S+ )?(?:اشهر|شهرين|شهور|اسابيع"
                        r"|اسبوعين|سنوات|سنتين|اعوام|عامين)|(?:منذ|من) (?:بدايه|مطلع|انتهاء|اندلاع|بدء|انطلاق)"
                        r" (?:ال)?(?:عام|سنه|شهر|حرب|هدنه|عدوان|معارك|عمليه|عمليات|تصعيد)\S*)(?![\w])")
# the words a count may stand behind the trigger with: a preposition, the span itself is cut out before
LINK = frozenset({"علي", "الي", "نحو", "ضد", "في", "بحق"})
GAP = 1  # other words between the trigger and its count ('اغار ... علي «نحو 150 هدفا»', '«اكثر من 300» صاروخ اطلقت')
LONG_GAP = 3  # 'قتل اكثر من 120 «مدنيا في تعز» من بدايه السنه بالقصف': a span of weeks or more counts a total anyway
SINCE_DAYS = 14  # 'منذ تشرين الثاني الماضي', 'منذ 7 اكتوبر': a 'since' reaching back two weeks or more is a long span
UNITS = ("كيلو", "كلم", "كم", "متر", "ميل", "ساعه", "دقيقه", "عام", "سنه", "دولار", "%", "بالميه", "في الميه")


def running_total(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """'اغار خلال الساعات الاربع والعشرين الماضيه علي نحو 150 هدفا', 'استهدفوا منذ نحو ثمانيه اشهر اكثر من 170
    سفينه', 'اكثر من 300 صاروخ اطلقت منذ مطلع الشهر': a count of ten or more objects next to the trigger once the
    span of time between them (a past span or a 'since' of weeks or more) is cut out is that span's running total;
    a count of the attacks themselves ('نفذ 14 غاره خلال الساعات ال24 الماضيه') is one cluster of strikes and is left
    to the count rules."""
    text = rec.nt.text
    cs, ce = clause
    long = [m.span() for m in LONG_SINCE.finditer(text, cs, ce)] + _since_date(rec, clause)
    spans = [m.span() for m in SPAN.finditer(text, cs, ce)] + long
    if not spans:
        return None
    for q in rec.near("quantities", cs, ce):
        if not cs <= q.start < q.end <= ce or q.kind == "ordinal" or (q.value is not None and q.value < COUNT_MIN):
            continue
        if text[q.end:q.end + 12].split()[:1] and text[q.end:q.end + 12].split()[0].startswith(UNITS):
            continue  # 'نحو 20 كيلومترا', 'اكثر من 50 عاما': a distance or an age, not a count of objects
        if _counts_attacks(rec, q.end):
            continue  # '14 غاره خلال الساعات ال24 الماضيه علي X', 'شن خلال يومين 12 غاره': one place's strikes
        a, b = (trig.end, q.start) if q.start >= trig.end else (q.end, trig.start - len(trig.prefix))
        if b < a:
            continue
        gap = _cut(text, a, b, spans).replace('"', " ").split()[0 if text[a:a + 1].isspace() else 1:]
        if len([w for w in gap if w not in LINK]) <= (LONG_GAP if long else GAP):
            span = next(text[s:e] for s, e in spans)
            return f"running total '{q.text}' over a span ('{span}'), not one incident"
    return None


def _since_date(rec: Recognized, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of 'منذ <a month or a date>' in the clause that reach back SINCE_DAYS or more before publication
    ('منذ تشرين الثاني/نوفمبر الماضي'): a long span like 'منذ اشهر', named by its start instead of its length."""
    pub = rec.article.published
    if pub is None:
        return []
    return [(t.start, t.end) for t in rec.near("times", clause[0], clause[1]) if t.kind == "since"
            and t.date is not None and clause[0] <= t.start and t.end <= clause[1] and (pub - t.date).days >= SINCE_DAYS]


def _cut(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """text[a:b] without the spans of time inside it."""
    out, at = [], a
    for s, e in sorted(spans):
        if a <= s and e <= b and s >= at:
            out.append(text[at:s])
            at = e
    out.append(text[at:b])
    return " ".join(out)


def _counts_attacks(rec: Recognized, end: int) -> bool:
    """The word after the count is itself a trigger ('12 غاره', '20 هجوما'): the count counts attacks, not targets."""
    first = rec.nt.text[end:end + 30].split()[:1]
    if not first:
        return False
    at = rec.nt.text.index(first[0], end)
    return any(t.start - len(t.prefix) <= at < t.end for t in rec.near("triggers", at, at + len(first[0])))
