"""Frame aggressor: 'عدوان' named by a state's adjective and aimed 'علي' a side's post is one raid, not a label.

'عدوان امريكي جديد فجر اليوم علي موقع للحشد في قريه X', 'العدوان الصهيوني الغادر علي نقطه في X': the outlets of
one side call the other's air raid an aggression; the adjective names the attacking state and 'علي' its target, so
the weak trigger stands without a weapon word, as 'عدوان امريكي بطايره مسيره' does with one."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry

AGGRESSION = frozenset({"aggression_n"})
STATES = frozenset({"امريكي", "اميركي", "صهيوني", "اسراييلي", "بريطاني", "روسي", "تركي", "سعودي"})
EPITHETS = frozenset({"جديد", "غادر", "جبان", "غاشم", "سافر", "همجي", "اخر"})  # 'عدوان امريكي جديد', '... الغادر'
REACH = 7  # words from the trigger to 'علي' at most ('عدوان امريكي جديد فجر اليوم الثلاثاء علي')
STOPS = frozenset(".:!?\n|\"")  # normalized text: "؟" is "?", «» are '"'
GOVERNED = frozenset({"علي", "عن", "ضد", "من", "بعد", "منذ", "وقف", "استمرار"})
# 'ردا علي العدوان الامريكي علي X', 'خطابها عن العدوان ...', 'منذ بدء العدوان': the raid told before, or the war
SITES = frozenset({"موقع", "مواقع", "نقطه", "نقاط", "مقر", "مقرات", "احد", "مركز", "منزل", "منازل", "سياره",
                   "مبني", "حاجز", "قاعده", "مخزن", "مستودع", "تجمع", "اجتماع", "عجله"})
# 'علي موقع للحشد', 'علي نقطه للمجاهدين', 'علي احد مقرات المقاومه': one side's post, the raid's target; a town,
# a province or a country after 'علي' ('العدوان الامريكي علي اليمن', '... علي الاراضي السوريه') is the war's label


def state_aggression(rec: Recognized, trig: Match[Entry]) -> bool:
    """The aggression noun followed by a state's adjective, then only epithets, more states or a time, then 'علي'."""
    if trig.payload.id not in AGGRESSION:
        return False
    text = rec.nt.text
    if _governed(text, trig) or _raid_told(rec, trig):
        return False
    end = next((i for i in range(trig.end, min(len(text), trig.end + 120)) if text[i] in STOPS), len(text))
    pos, state = trig.end, False
    for word in text[trig.end:end].replace("-", " ").split()[:REACH + 1]:
        at = text.find(word, pos)
        pos = at + len(word)
        bare = word.removeprefix("ال")
        if word == "علي":
            after = text[pos:end].split()[:1]
            return state and bool(after) and after[0].lstrip("#").removeprefix("ال") in SITES
        if bare in STATES:
            state = True
        elif not (state and (bare in EPITHETS or _in_time(rec, at))):
            return False
    return False


def _in_time(rec: Recognized, at: int) -> bool:
    """Whether offset `at` lies inside a time expression ('فجر اليوم الثلاثاء')."""
    return any(t.start <= at < t.end for t in rec.near("times", at - 40, at + 1))


def _raid_told(rec: Recognized, trig: Match[Entry]) -> bool:
    """Another trigger of the label's paragraph ('عدوان ... علي مدينه X. الغاره استهدفت مبني'): the raid is told
    there with its own words, and the label would only split it."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return False
    para = [s for s in rec.sentences if s.paragraph == sent.paragraph]
    return any(t.payload.id not in AGGRESSION for t in rec.near("triggers", para[0].start, para[-1].end))


def _governed(text: str, trig: Match[Entry]) -> bool:
    """The noun after a preposition or a governing word ('ردا علي العدوان', 'بالعدوان', 'منذ بدء العدوان')."""
    if trig.prefix not in ("", "ال", "و", "وال"):
        return True
    lo = trig.start - len(trig.prefix)
    prev = text[max(0, lo - 30):lo].split()[-1:]
    return bool(prev) and prev[0].removeprefix("و") in GOVERNED
