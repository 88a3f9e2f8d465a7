"""Mourned past: a unit told only as how the dead a funeral buries were killed, in an incident the sentence calls past.

'شيع الالاف في مدينه X جثامين اربعه ... الذين قضوا في الهجوم الذي شنته جماعه ... ليل الخميس الماضي', 'شيع المئات
امس جثامين ... الذين قضوا في معارك سابقه بولايه Y', 'في جنازه ... شيع الالاف مقاتلين قضوا في غاره جويه ... الاسبوع
الماضي': the news is the funeral; the incident that killed the mourned is named as a past one ('الماضي', 'سابقه'),
the background of the burial, not an incident the article reports. When every frame of a unit is a body sentence
with a funeral word, then a death verb, then the trigger, and the trigger's clause marks its incident as past, the
unit is dropped. So is one whose death gives no day of its own ('شيع المئات, الخميس, جثماني شابين قضيا بقصف تركي',
'تشييع قتلي ضربه الانبار': the funeral's day is the burial's, and the killing is one the reader is taken to know).
A funeral that tells a death of its own day or a dated one ('الذين استشهدوا مساء الاربعاء بغاره', 'الذي استشهد
عشيه عيد الاضحى برصاص قناص') stays an incident, and so does one any other sentence tells.
"""

from __future__ import annotations

import re

from .frame import Frame
from .recognize import Recognized
from .scene_aside import DEATHS, FUNERAL

PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "سابقه", "السابقه", "سابق", "السابق"})
# the incident told as a past one ('ليل الخميس الماضي', 'الاسبوع الماضي', 'في معارك سابقه')
STOPS = (",", ".", ";", ":", "\n", "!", "?")
DEAD = frozenset({"قتلي", "ضحايا", "شهداء", "الشهداء", "القتلي", "الضحايا"})  # 'تشييع قتلي ضربه الانبار'
MARKS = '",«»()'  # quotes and brackets a word may carry, stripped before it is looked up


def mourned_past(rec: Recognized, frames: list[Frame]) -> bool:
    """Every frame of the unit is the past incident a funeral's dead were killed in."""
    return bool(frames) and all(not f.heading and _buried_from(rec, f) for f in frames)


def _buried_from(rec: Recognized, f: Frame) -> bool:
    """The frame's sentence buries the dead of its trigger: a funeral word, a death word, the trigger, and a past
    mark or no day of the death's own."""
    text = rec.nt.text
    sent = rec.sentences[f.sent]
    before = text[sent.start:f.trigger.start]
    words = [(m.start() + sent.start, m.group().strip(MARKS)) for m in re.finditer(r"\S+", before)]
    k = next((i for i, (_, w) in enumerate(words) if w in FUNERAL), None)
    death = next((p for p, w in words[k + 1:] if w in DEATHS or w in DEAD), None) if k is not None else None
    if death is None:
        return False
    after = text[f.trigger.end:sent.end]
    cut = min((i for i in (after.find(c) for c in STOPS) if i >= 0), default=len(after))
    if any(w.strip(MARKS) in PAST for w in after[:cut].split()):
        return True
    end = f.trigger.end + cut
    return not any(death <= t.start < end for t in rec.times)  # the death has no day of its own
