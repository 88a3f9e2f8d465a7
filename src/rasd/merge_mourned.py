"""Mourned past: a unit told only as how the dead a funeral buries were killed, in an incident the sentence calls past.

'شيع الالاف في مدينه X جثامين اربعه ... الذين قضوا في الهجوم الذي شنته جماعه ... ليل الخميس الماضي', 'شيع المئات
امس جثامين ... الذين قضوا في معارك سابقه بولايه Y', 'في جنازه ... شيع الالاف مقاتلين قضوا في غاره جويه ... الاسبوع
الماضي': the news is the funeral; the incident that killed the mourned is named as a past one ('الماضي', 'سابقه'),
the background of the burial, not an incident the article reports. When every frame of a unit is a body sentence
with a funeral word, then a death verb, then the trigger, and the trigger's clause marks its incident as past, the
unit is dropped. A funeral that tells a death of its own day or a dated one ('الذين استشهدوا مساء الاربعاء بغاره',
'الذي استشهد عشيه عيد الاضحى برصاص قناص') stays an incident, and so does one any other sentence tells.
"""

from __future__ import annotations

from .frame import Frame
from .recognize import Recognized
from .scene_aside import DEATHS, FUNERAL

PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "سابقه", "السابقه", "سابق", "السابق"})
# the incident told as a past one ('ليل الخميس الماضي', 'الاسبوع الماضي', 'في معارك سابقه')
STOPS = (",", ".", ";", ":", "\n", "!", "?")


def mourned_past(rec: Recognized, frames: list[Frame]) -> bool:
    """Every frame of the unit is the past incident a funeral's dead were killed in."""
    return bool(frames) and all(not f.heading and _buried_from(rec, f) for f in frames)


def _buried_from(rec: Recognized, f: Frame) -> bool:
    """The frame's sentence buries the dead of its trigger: a funeral word, a death verb, the trigger, a past mark."""
    text = rec.nt.text
    sent = rec.sentences[f.sent]
    before = text[sent.start:f.trigger.start].split()
    k = next((i for i, w in enumerate(before) if w.strip('",«»()') in FUNERAL), None)
    if k is None or not any(w.strip('",«»()') in DEATHS for w in before[k + 1:]):
        return False
    after = text[f.trigger.end:sent.end]
    cut = min((i for i in (after.find(c) for c in STOPS) if i >= 0), default=len(after))
    return any(w.strip('",«»()') in PAST for w in after[:cut].split())
