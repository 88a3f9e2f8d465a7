"""Frame tallies a plural attack noun tells without one day or one place ('ضربات ... خلال الايام الماضيه')."""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

SERIES = frozenset({"غارات", "ضربات", "هجمات", "عمليات", "اعتداءات"})  # a tally's plural attack nouns ('ضربات جويه')
PERIOD = guard(r'(?<![^\s"])(?:خلال|في|طيله|طوال) (?:الايام|الاسابيع|الاشهر|الساعات) (?:القليله )?(?:الماضيه|الاخيره)'
                    r"(?![\w])")  # 'خلال الايام الماضيه': the period a series ran over, no day of its own
UNPLACED = guard(r"(?<!\S)(?:من )?دون (?:ان (?:تحدد|يحدد|تذكر|يذكر|تسمي|يسمي)|تحديد) (?:ال)?(?:مواقع|اماكن|مكان)"
                      r"(?![\w])")  # 'دون ان تحدد المواقع': the teller names no place for the series
PERIOD_WORDS = 16  # 'في ضربات جويه نفذتها طايرات F-16 العراقيه في وادي الشاي ومناطق اخري "خلال الايام الماضيه"'


def series_tally(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """'قتل 9 ارهابيين في ضربات جويه ... "خلال الايام الماضيه"', 'نفذ غارات علي مواقع ... في عده مناطق, دون ان تحدد
    المواقع': a plural attack noun whose own clause gives only a past period and no day, or whose sentence says the
    teller names no place, tallies a series; no single incident to code."""
    if trig.key.removeprefix("ال").split()[0] not in SERIES or trig.payload.get("pos") == "verb":
        return None
    text = rec.nt.text
    cs, ce = clause
    tail = text[trig.end:ce]
    period = PERIOD.search(tail)
    if period is not None and "," not in tail[:period.start()] and len(tail[:period.start()].split()) <= PERIOD_WORDS \
            and not any(t.date is not None and t.precision == 1 for t in rec.near("times", cs, ce)):
        return f"aggregate or trend ('{period.group(0)}'): a series over a period, no day of its own"
    sent = rec.sentence_at(trig.start)
    if sent is not None and UNPLACED.search(text, trig.end, sent.end) is not None \
            and not any(p.start < trig.start for p in rec.near("places", sent.start, trig.start)):
        return "aggregate or trend: a series whose places the teller does not name ('دون ان تحدد المواقع')"
    return None
