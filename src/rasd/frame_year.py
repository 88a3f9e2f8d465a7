"""Frame years: an attack its own clause places in a past year ('قد قصفت العام الماضي', 'مطلع 2020') is background."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import words_between

PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "السابق")  # 'العام الماضي', 'السنه المنصرمه'
SINCE_WORDS = 8  # 'منذ انهيار التهدئه مطلع عام 2020': the year a span runs from, the event named before it
YEAR_WORDS = 6  # 'وكانت المدفعيه قد قصفت العام الماضي مواقع', 'حيث وقعت الضربه الامريكيه مطلع 2020'


def past_year(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'وكانت مدفعيه الجيش قد قصفت العام الماضي مواقع ...', 'حيث وقعت الضربه الامريكيه مطلع 2020': a trigger whose
    clause dates it only by a year before the publication's (a past year's number, or 'العام الماضي') tells an
    incident of that year, background to the news, not one to code on the publication day. A year at most eight words after
    'منذ' ('الاعنف منذ العام الماضي', 'منذ انهيار التهدئه مطلع عام 2020') measures a span, and a clause that also gives a month or a day is dated."""
    pub = rec.article.published
    if pub is None:
        return False
    text = rec.nt.text
    cs, ce = clause
    times = [t for t in rec.near("times", cs, ce) if cs <= t.start and t.end <= ce]
    if any(t.date is not None for t in times):
        return False
    for t in times:
        since = text.rfind("منذ", cs, t.start)
        if t.kind != "year" or since != -1 and words_between(text, since, t.start) <= SINCE_WORDS:
            continue
        digits = [int(w) for w in t.text.split() if w.isdigit() and len(w) == 4]
        past = digits[0] < pub.year if digits else t.text.split()[-1] in PAST
        gap = words_between(text, trig.end, t.start) if t.start >= trig.end else words_between(text, t.end, trig.start)
        if past and gap <= YEAR_WORDS:
            return True
    return False
