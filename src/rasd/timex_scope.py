"""Whose time a date is: the telling's ('اعلن الجيش, اليوم, ...') or a cause's ('ردا علي اعتداء ... ليل امس'), not
the incident's.

A time expression near a trigger may date something else the sentence tells: the day a
speaker spoke, or the incident an attack answers. `choose_time` (scene) passes over such
dates when the clause has another, and the frame builder reads them with these tests.
"""

from __future__ import annotations

from typing import Any

from .frame_update import DIED_OF_WOUNDS, death_time, rise_told
from .frame_zones import zones
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .roles import COMPLEMENTIZER
from .roles import words_between as words

CAUSE_ZONES = ("ردا علي", "في رد علي", "رد علي", "انتقاما", "ثارا")  # an answer's cause, not an earlier time anchor
# ('بعد اسبوع من مجزره ... في العشرين من شباط، حين قصفت': the incident referred to is the one told next)


# a relative pronoun between a speech verb and a date opens a clause of its own: the date is that clause's ('نعت
# الفصايل القاده الذين قتلوا مساء الاربعاء' dates the killing, not the mourning)
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})

# a sentence's end between a speech cue and a date: the cue's sentence is over, the date opens the next one
STOPS = frozenset(".!?\n")


def word_end(text: str, pos: int) -> int:
    """The end of the word a cue ends in: 'اعلنت' for the cue 'اعلن*' (its suffix is no word of the gap after it)."""
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def reporting_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'كشف مصدر امني, صباح اليوم, تفاصيل الهجوم': a date right after a speech verb dates the telling, unless a relative
    clause opens between them; so does one before a risen toll of the incident ('00:50 | الوزاره: ارتفاع حصيله الغاره
    ...': the live-blog post of the update)."""
    if t.start > trig.start:
        return False
    memo = rec.cache("reporting_time")
    got = memo.get(id(t))
    if got is None:
        text = rec.nt.text
        got = memo[id(t)] = any(
            c.end <= t.start and words(text, word_end(text, c.end), t.start) <= 6
            and not any(c.end <= g.start < t.start for g in rec.near("triggers", c.end, t.start))
            and not COMPLEMENTIZER.search(text, c.end, t.start)
            and not RELATIVES.intersection(text[c.end:t.start].split())  # 'نعت ... الذين قتلوا مساء الاربعاء'
            and not STOPS.intersection(text[c.end:t.start])  # '... في بيان لاحق.' ends a sentence, not a telling
            for c in rec.cues_of("attribution", t.start - 80, t.start))
    return got or _dates_rise(rec, t, trig) or death_time(rec, t, trig)  # 'توفي صباح اليوم اثنان من جرحي الغارات'


# 'ارتفاع حصيله الغاره', 'لترتفع حصيله شهداء القصف', 'ارتفاع عدد ضحايا': a word of rising before a toll noun
RISE_TOLL = guard(r"(?<!\S)(?:[وفل]?ارتفاع|[وفل]?ارتفعت?|[لو]?ترتفع|[لو]?يرتفع) (?:حصيله|عدد|الحصيله|العدد)(?!\S)")
RISE_GAP = 10  # words from the date to the trigger of the toll it raises


def _dates_rise(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """The date t, before trig with at most RISE_GAP words and no stop or other trigger between, dates a toll's rise
    told of the incident trig names ('ارتفاع حصيله الغاره'), not the incident."""
    text = rec.nt.text
    if words(text, t.end, trig.start) > RISE_GAP or any(ch in text[t.end:trig.start] for ch in ".\n") or any(
            t.end <= g.start < trig.start for g in rec.near("triggers", t.end, trig.start)):
        return False
    return RISE_TOLL.search(text, t.end, trig.start) is not None


def death_after(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'ارتفعت حصيله الهجوم علي نقطه ... الي ثلاثه قتلي, بعد وفاه الجندي المصاب في المستشفي صباح الاحد': a day after
    the trigger of a risen toll's incident, with a death between them in the same sentence, dates the death."""
    if t.start < trig.end:
        return False
    sent = rec.sentence_at(trig.start)
    if sent is None or t.end > sent.end:
        return False
    text = rec.nt.text
    rise = RISE_TOLL.search(text, sent.start, trig.start)
    return rise is not None and words(text, rise.end(), trig.start) <= RISE_GAP \
        and DIED_OF_WOUNDS.search(text, trig.end, t.start) is not None


# 'ضمن الهجوم الذي اطلقته فجر الاربعاء', 'في اطار الحمله التي بداتها واشنطن منتصف الشهر': the launch of the campaign
# an incident belongs to (the text right before a date, in normalized spelling)
CAMPAIGN_START = guard(r"(?<!\S)[وف]?(?:ضمن|اطار|سياق) (?:[^\s,.;:]+ ){1,4}(?:الذي|التي) (?:اطلق|بدا|بدء|شن|دشن)"
                            r"[^\s,.;:]*(?: [^\s,.;:]+){0,3} $")
CAMPAIGN_REACH = 120  # characters before a date in which its campaign's name begins


def cause_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'استهدفوا تجمعا لجنود العدو ..., ردا علي اعتداء العدو علي بلده X ليل امس': a date inside the cause an attack
    answers dates that cause, never the answer told outside it; likewise the launch date of the campaign an incident
    is part of ('سيطرت يوم الخميس علي بلده X ..., ضمن الهجوم الذي اطلقته فجر الاربعاء'), and the day of an incident a
    sentence recalls at its tail ('..., بعد اربعه ايام من سقوط صاروخ': timex_after) for the sentence's own incident."""
    if t.kind == "recalled" and trig.start < t.end or rise_told(rec, t, trig):  # 'قبل ان تعلن صباح اليوم ارتفاع'
        return True
    zone = cause_zone(rec, t.start)
    if zone is not None and not zone[0] <= trig.start < zone[1]:
        return True
    m = CAMPAIGN_START.search(rec.nt.text, max(0, t.start - CAMPAIGN_REACH), t.start)
    return m is not None and not m.start() <= trig.start < t.end


def cause_zone(rec: Recognized, pos: int) -> tuple[int, int] | None:
    """The span of the retaliation cause ('ردا علي ...', 'انتقاما ل...') that holds pos, if any."""
    sent = rec.sentence_at(pos)
    if sent is None:
        return None
    text = rec.nt.text
    for c in sent.clauses:
        if c[0] <= pos < c[1]:
            for z, is_zone in zones(rec, c):
                if is_zone and z[0] <= pos < z[1] and text[z[0]:z[1]].lstrip(" ,\"").startswith(CAUSE_ZONES):
                    return z
    return None


# 'وليست هذه المره الاولي التي ...', 'ولم تكن هذه الضربه الاولي', 'وليس الهجوم الاول من نوعه': what follows recalls
# an earlier incident as background
NOT_THE_FIRST = guard(r"(?<!\S)[وف]?(ليست|ليس|لم تكن|لم يكن)(?: \S+){0,3}? (الاولي|الاول)(?!\S)")
DETAIL_OPENERS = ("وفي ", "اما في ", "فيما في ")  # 'وفي العباسيه, شنت ...': a detail of the story told at a place
BACKGROUND_LEAD = 8  # words from the sentence's start to its 'الاولي'


def background_time(rec: Recognized, t: Any, si: int) -> bool:
    """'وليست هذه المره الاولي ..., اذ اصيب خمسه اشخاص في غاره علي اطرافها في 31 تموز الماضي': a date in a sentence
    that recalls an earlier incident as background dates that incident only, not the story an undated sentence after
    it goes on with in a detail told at a place (sentence si, after the one holding t: 'وفي العباسيه, شنت طايره
    حربيه غاره ...')."""
    sent = rec.sentence_at(t.start)
    here = rec.sentences[si]
    if sent is None or sent.start >= here.start or not rec.nt.text.startswith(DETAIL_OPENERS, here.start):
        return False
    m = NOT_THE_FIRST.search(rec.nt.text, sent.start, t.start)
    return m is not None and len(rec.nt.text[sent.start:m.end()].split()) <= BACKGROUND_LEAD
