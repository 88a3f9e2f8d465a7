"""Frame update: a death from wounds dates the death, not the incident that caused the wounds.

'توفي صباح اليوم اثنان من جرحى الغارات التي استهدفت مساء الثلاثاء ...', 'اعلنت مصادر طبيه, صباح اليوم, وفاه طفله
متاثره بجروح اصيبت بها في القصف الذي ...', 'وصباح اليوم افاد مصدر طبي بان الجندي الذي اصيب في انفجار العبوه
فارق الحياه متاثرا بجروحه': the day told before the wound's link to the attack is the day the wounded died (or the
day it was told), so the incident takes another day of its clause, or joins the incident told a day before.
"""

from __future__ import annotations

import re
from typing import Any

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .roles import words_between as words

# a death from wounds, not a killing ('استشهد شاب واصيب اخرون في القصف' dates the strike): 'متاثرا/متاثرين ...',
# 'توفي/وفاه/فارق الحياه' (natural deaths of the wounded)
DIED_OF_WOUNDS = re.compile(r"(?<!\S)(?:[وف]?متاثر\S*|[وفل]?توف[يا]\S*|[وفب]?وفاه\S*|[وف]?فارق\S*)(?!\S)")
# the wounded linked to the attack that wounded them: 'من جرحي/مصابي الغارات', 'بجروح اصيب بها في', 'الذي اصيب في'
WOUND_LINK = re.compile(r"(?<!\S)(?:[وب]?(?:جرحي|مصابي|جروح|جراح|الجريح|جريح|الجريحين|جريحين)\S*|(?:الذي|التي|الذين|"
                        r"اللذين|اللتين|اللذان) اصيب\S*|اصيب\S* (?:بها|به|بهما))(?!\S)")
UPDATE_GAP = 18  # words from the death's date to the trigger of the incident that wounded


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
