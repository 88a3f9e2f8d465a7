"""Frame update: a death from wounds dates the death, not the incident that caused the wounds.

'توفي صباح اليوم اثنان من جرحى الغارات التي استهدفت مساء الثلاثاء ...', 'اعلنت مصادر طبيه, صباح اليوم, وفاه طفله
متاثره بجروح اصيبت بها في القصف الذي ...', 'وصباح اليوم افاد مصدر طبي بان الجندي الذي اصيب في انفجار العبوه
فارق الحياه متاثرا بجروحه': the day told before the wound's link to the attack is the day the wounded died (or the
day it was told), so the incident takes another day of its clause, or joins the incident told a day before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .roles import words_between as words

# a death from wounds, not a killing ('استشهد شاب واصيب اخرون في القصف' dates the strike): 'متاثرا/متاثرين ...',
# 'توفي/وفاه/فارق الحياه' (natural deaths of the wounded)
DIED_OF_WOUNDS = guard(r"(?<!\S)(?:[وف]?متاثر\S*|[وفل]?توف[يا]\S*|[وفب]?وفاه\S*|[وف]?فارق\S*)(?!\S)")
# the wounded linked to the attack that wounded them: 'من جرحي/مصابي الغارات', 'بجروح اصيب بها في', 'الذي اصيب في'
WOUND_LINK = guard(r"(?<!\S)(?:[وب]?(?:جرحي|مصابي|جروح|جراح|الجريح|جريح|الجريحين|جريحين)\S*|(?:الذي|التي|الذين|"
                        r"اللذين|اللتين|اللذان) اصيب\S*|اصيب\S* (?:بها|به|بهما))(?!\S)")
UPDATE_GAP = 18  # words from the death's date to the trigger of the incident that wounded
DEATH_GAP = 4  # words from the death to its day: 'بعد وفاه احد الجرحي متاثرا باصابته صباح الاربعاء'


def death_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """The date t, before trig in a sentence that tells a death from wounds, dates the death: the wound's link to the
    attack ('من جرحي', 'بجروح اصيب بها في', 'الذي اصيب في') stands between them, with no other trigger or stop."""
    if t.start > trig.start:
        return False
    sent = rec.sentence_at(t.start)
    if sent is None or trig.start >= sent.end:
        return False
    text = rec.nt.text
    if words(text, t.end, trig.start) > UPDATE_GAP or any(ch in text[t.end:trig.start] for ch in ".\n") or any(
            t.end <= g.start < trig.start for g in rec.near("triggers", t.end, trig.start)):
        return False
    return WOUND_LINK.search(text, t.end, trig.start) is not None and \
        DIED_OF_WOUNDS.search(text, sent.start, sent.end) is not None


def dates_death(rec: Recognized, t: Any) -> bool:
    """The date t times a death from wounds told just before it in its clause ('ارتفعت الحصيله بعد وفاه احد الجرحي
    متاثرا باصابته صباح الاربعاء', 'توفي صباح اليوم اثنان من الجرحي'): the day of the death, not of an incident."""
    text = rec.nt.text
    lo = max(0, t.start - 80)
    lo = max([lo, *(text.rfind(ch, lo, t.start) + 1 for ch in ".,،\n")])
    return any(words(text, m.end(), t.start) <= DEATH_GAP for m in DIED_OF_WOUNDS.finditer(text, lo, t.start))


def story_before_death(rec: Recognized, times: Sequence[Any], recent: list[Any], si: int) -> list[Any]:
    """The recent times an undated report of sentence si may take, with the last one replaced by the day told before it
    when it is the day a wounded man died in an earlier sentence ('... بعد وفاه احد الجرحي متاثرا باصابته صباح
    الاربعاء. واعقب الهجوم ضربه جويه': the story's day, the attack's, not the death's)."""
    if not recent or recent[-1].start >= rec.sentences[si].start or not dates_death(rec, recent[-1]):
        return recent
    before = [t for t in times if t.end <= recent[-1].start and t.date is not None and not dates_death(rec, t)]
    return [*recent[:-1], before[-1]] if before else recent[:-1]


# the rise of a toll as the object of its announcement: 'قبل ان تعلن صباح اليوم ارتفاع الحصيله', 'عن ارتفاع عدد'
ANNOUNCED_RISE = re.compile(r"^[\s,]*(?:عن )?[وب]?ارتفاع (?:ال)?(?:حصيله|عدد)(?!\S)")
RISE_AFTER = 24  # characters after a date in which the announced rise begins


def rise_told(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'قتلوا في القصف, قبل ان تعلن صباح اليوم ارتفاع الحصيله الي تسعه': a date right before the rise of a toll,
    after the trigger of the incident it raises, dates the announcement of the new toll, never that incident."""
    return trig.end <= t.start and ANNOUNCED_RISE.match(rec.nt.text[t.end:t.end + RISE_AFTER]) is not None
