"""Period totals: a toll counted over months or a year is a tally of many incidents, never one incident's toll.

'قتل اكثر من 3 الاف شخص في البلاد خلال النصف الاول من العام', '4500 قتيل خلال النصف الاول من العام الجاري',
'خلال العام الماضي قتل 1500 مدني': the figure and its span of time are told in one stretch of words, with no
incident between them. ACLED codes the incidents, not the tally (db_025's 4500 and fb_024's 3000 beside a
named attack). A span told after an incident noun or a superlative ('في هجوم هو الاعنف خلال العام') dates
a ranking of that incident, not its toll.
"""

from __future__ import annotations

import re

from .literal_guard import guard
from .recognize import Recognized

# a span of months or more: 'خلال النصف الاول', 'طوال العام الماضي', 'علي مدار الاشهر السته الماضيه'
PERIOD = guard(r"(?<!\S)(?:خلال|طوال|طيله|علي مدار|علي مدي)\s+(?:ال)?(?:نصف|ربع|ثلث|عام|سنه|اشهر|شهور"
                    r"|سنوات|اعوام)(?!\S)")
PERIOD_REACH = 8  # words between a figure and the span that still count it
# a ranking of one incident within the span, not a tally over it ('الاعنف خلال العام', 'الاول من نوعه منذ')
RANKING = frozenset({"الاعنف", "الاكثر", "الاعلي", "الاكبر", "الاسوا", "الادمي", "اعنف", "اكبر", "ادمي", "اسوا"})
STRETCH_BREAK = re.compile(r"[,،.:;؛\n]")


def period_total(rec: Recognized, start: int, end: int, lo: int, hi: int) -> bool:
    """The figure at normalized text[start:end] is counted over a span of months or more named in one stretch of
    words with it, in its sentence [lo, hi), with no incident or ranking between them."""
    text = rec.nt.text
    for m in PERIOD.finditer(text, lo, hi):
        a, b = (end, m.start()) if m.start() >= end else (m.end(), start) if m.end() <= start else (0, -1)
        if b < a:
            continue
        between = text[a:b]
        if STRETCH_BREAK.search(between) or len(between.split()) > PERIOD_REACH or set(between.split()) & RANKING:
            continue
        if not rec.near("triggers", a, b):
            return True
    return False
