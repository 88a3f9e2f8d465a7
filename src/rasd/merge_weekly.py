"""A week's tally: several acts told only by the week they fell in, at a province or a wider area, are no incident.

'وكانت وزارة الدفاع قد اعلنت الاسبوع الماضي "تحييد" 14 عنصرا في شمال العراق', 'نفذت الطايرات خلال الاسبوع الماضي
ضربات علي اوكار في صحراء المحافظه', 'وكان الجيش قد اعلن الاسبوع الماضي ان قواته تتقدم ... دون تفاصيل عن المعارك',
'اعلنت القياده الاسبوع الماضي ان مدمراتها اسقطت عددا من المسيرات فوق البحر': a plural act (strikes, battles,
operations) or a counted one ('عددا من', a figure of two or more right after the trigger), with no day of its own
(the unit's date is a week's) and no place finer than a province, sums a week of incidents the article does not tell
one by one. One act of last week ('الضربه التي اودت الاسبوع الماضي بحياه قيادي', 'حيد الاسبوع الماضي قياديا') stays.
"""

from __future__ import annotations

from .frame import Frame
from .frame_period import PLURALS as SERIES_PLURALS
from .recognize import Recognized

WEEK = 2  # ACLED time precision: the week is known, not the day
PROVINCE = 3  # ACLED geo precision: only the province or a wider area
PLURALS = SERIES_PLURALS | {"معارك"}  # the plural acts of a span or a trend, and battles
COUNTED = frozenset({"عددا", "عدد", "عشرات", "العشرات"})  # 'اسقطت عددا من المسيرات'
COUNT_REACH = 3  # words after the trigger where its count may stand ('تحييد" 14 عنصرا')
MARKS = '",«»()'


def weekly_tally(rec: Recognized, frames: list[Frame], precision: int | None, geo_precision: int) -> bool:
    """The unit is dated only by its week, placed no finer than a province, and every frame tells several acts."""
    return precision == WEEK and geo_precision == PROVINCE and bool(frames) \
        and all(not f.heading and _several(rec, f) for f in frames)


def _several(rec: Recognized, f: Frame) -> bool:
    """The trigger is a plural act, or a count of two or more (or 'a number of') follows it."""
    if f.trigger.key.removeprefix("ال") in PLURALS:  # a lexicon key: its proclitics are in the match's prefix
        return True
    text = rec.nt.text
    rest = text[f.trigger.end:f.trigger.end + 60].split()
    if text[f.trigger.end:f.trigger.end + 1].isalpha():
        rest = rest[1:]  # the trigger ends inside its word ('اسقط' of 'اسقطت'): the word's tail is no count
    after = [w.strip(MARKS) for w in rest[:COUNT_REACH]]
    return any(w in COUNTED or w.isdigit() and int(w) >= 2 for w in after if w)
