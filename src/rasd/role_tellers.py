"""Tellers and origins: actors a clause names without making them parties (a dateline's city, a speaker whose
weapon word is only seen falling or launched from elsewhere, a government that condemns), and the side whose
positions the fire came from ('قذائف مصدرها مواقع X')."""

from __future__ import annotations

import re

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_speakers import is_speaker, lost_own
from .role_words import COMPLEMENTIZER, THAT_WORDS, word_end, words_between

DATELINE_MARK = re.compile(r"\s[-–—]|\(|[-–—]{2}")  # 'واشنطن، اربيل - وكالات:', 'واشنطن/بغداد (رويترز) -'
DATELINE_WORDS = 7  # the city, a second city or a date, before the outlet's dash or bracket
FIRE_ORIGIN = frozenset({"مصدره", "مصدرها", "مصدرهما", "مصدرهم"})  # 'قصف مدفعي مصدره مواقع قوات النظام'
ORIGIN_REACH = 6  # words from 'مصدرها' to the side whose positions it names ('الضفه المقابله من مواقع X')
UNACCUSATIVE = frozenset({"fall", "explosion"})  # 'مسيره سقطت', 'انفجرت': what fell did not act for the teller
BLAMING = ("حمل", "اتهم", "تتهم", "يتهم")  # 'حملت الحكومه X المسووليه': X is blamed, not a teller
CONDEMNER_WORDS = 3  # 'دانت وزاره الخارجيه السعوديه': the head nouns of the condemning body before its name


def in_dateline(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'واشنطن، اربيل - وكالات:', 'واشنطن، 17 يناير 2024 (CGTN) --', 'واشنطن/بغداد (رويترز) -': a city opening the
    clause before an outlet's dash or bracket, with no verb of attack and no name in brackets after it ('قوات سوريا
    الديمقراطيه (قسد)'), says where the report was filed."""
    text = rec.nt.text
    mark = DATELINE_MARK.search(text, m.end, min(len(text), m.end + 48))
    if mark is None or "\n" in text[floor:mark.start()] or len(text[floor:mark.start()].split()) > DATELINE_WORDS:
        return False
    if text[m.end:mark.start()].strip(" \"'") == "" and mark.group().strip() == "(" and any(
            a.start >= mark.end() and not text[mark.end():a.start].strip(" \"'")
            for a in rec.near("actors", mark.end(), mark.end() + 4)):
        return False  # 'قوات سوريا الديمقراطيه (قسد)': a name and its short form
    return len(text[floor:m.start].replace(",", " ").replace("/", " ").split()) <= 3 and not any(
        t.start >= floor and t.end <= mark.start() for t in rec.near("triggers", floor, mark.start()))


def fire_origin(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'قذيفتي هاون مصدرهما نقاط تتمركز فيها "قسد"', 'قصف صاروخي مصدره مناطق سيطره النظام': the actor within
    ORIGIN_REACH words after 'مصدره' (no other actor between) holds the positions fired from, so it fired."""
    text = rec.nt.text
    lo = max(floor, m.start - 80)
    words = text[lo:m.start].replace('"', " ").split()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].removeprefix("و") in FIRE_ORIGIN), None)
    if at is None or len(words) - at - 1 > ORIGIN_REACH:
        return False
    start = lo + text[lo:m.start].rfind(words[at]) + len(words[at])
    return not any(start <= a.start and a.end <= m.start for a in rec.near("actors", start, m.start)) and not any(
        t.payload.get("pos") == "verb" and start <= t.start < m.start for t in rec.near("triggers", start, m.start))


def condemns(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'ودانت وزاره الخارجيه السعوديه, في بيان, "الهجمات ..."', 'استنكرت حكومه اقليم كوردستان': the body named
    after a verb of condemning or commenting (up to CONDEMNER_WORDS head words between, no other name, no 'ان')
    judges the act, it is no party to it."""
    text = rec.nt.text
    for c in rec.cues_of("statement", max(floor, m.start - 40), m.start):
        if c.start < floor or c.end > m.start or c.key.startswith(BLAMING):
            continue
        between = text[word_end(text, c.end):m.start].replace('"', " ").split()
        if len(between) > CONDEMNER_WORDS or any(w.strip(",") in THAT_WORDS or w.endswith(",") for w in between):
            continue
        if not any(c.end <= x.start and x.end <= m.start
                   for x in (*rec.near("actors", c.end, m.start), *rec.near("triggers", c.end, m.start))):
            return True
    return False


def unowned_arm(rec: Recognized, speaker: Match[Entry], trig: Match[Entry]) -> bool:
    """'قال الجيش الاسراييلي ان طايرات حربيه اغارت': a military speaker's unowned aircraft struck, so it did.

    Not when the aircraft is one told before ('قال مصدر في الاسايش ان المسيره اطلقت'): that one has its own owner;
    nor when it only fell or blew up ('ان طايره مسيره مفخخه سقطت في محيط قاعده حرير') or was launched from
    elsewhere ('الجيش الاسراييلي: مسيره اطلقت من لبنان'): the teller was hit, it did not strike.
    """
    if speaker.payload.get("kind") != "force" or speaker.end > trig.start or lost_own(rec, speaker, trig.start):
        return False
    text = rec.nt.text
    if unaccusative(text, trig) or mourns(text, trig.end, sentence_end(text, trig.end)):
        return False
    told = {w.payload.id for w in rec.near("weapons", 0, speaker.start)}
    return any(w.payload.id in ("aircraft", "drone", "helicopter") and w.end <= trig.start and w.start >= speaker.end
               and words_between(text, w.end, trig.start) <= 1
               and not (text.startswith("ال", w.start) and w.payload.id in told)  # 'المسيرة': the one told before
               and not any(a.start >= w.end and words_between(text, w.end, a.start) == 0
                           for a in rec.near("actors", w.end, w.end + 12))  # 'طائرات حربية إسرائيلية': owner named
               for w in rec.near("weapons", speaker.end, trig.start))


def tells_of(rec: Recognized, m: Match[Entry], floor: int, trig_start: int) -> bool:
    """'قال جهاز مكافحه الارهاب, في بيان, ان "طايره مسيره مفخخه سقطت في محيط قاعده حرير"': a speaker whose 'that'
    clause or quote holds a weapon falling, blowing up or launched from elsewhere only tells of it; so does one whose
    verb of telling takes the blast with 'ب' right after its name ('افادت خليه الاعلام الامني بانفجار عبوه')."""
    text = rec.nt.text
    told = [t for t in rec.near("triggers", trig_start, trig_start + 1) if t.start == trig_start and unaccusative(text, t)]
    if not told:  # 'ذكر مصدر في X ان قذيفتين سقطتا قرب ...': the weapon noun is the subject of a fall right after it
        told = [t for t in rec.near("triggers", trig_start, trig_start + 40) if t.start > trig_start
                and t.payload.get("pos") == "verb" and unaccusative(text, t)
                and words_between(text, word_end(text, trig_start), t.start) == 0]
    return m.end <= trig_start and bool(told) and is_speaker(rec, m, floor) and (
        COMPLEMENTIZER.search(text, m.end, trig_start) is not None or any(
            t.prefix.endswith("ب") and not text[m.end:t.start - len(t.prefix)].strip(" \"'") for t in told))


def unaccusative(text: str, trig: Match[Entry]) -> bool:
    """'سقطت', 'انفجرت', 'اطلقت من لبنان': the weapon fell, blew up or was launched from a place; no one named acts."""
    return trig.payload.get("class") in UNACCUSATIVE or (
        trig.payload.get("class") == "launch" and text[word_end(text, trig.start):].split()[:1] == ["من"])


MARTYR_STEMS = ("استشهاد", "استشهد", "شهيد", "شهداء", "شهيدين", "شهيدا")


def sentence_end(text: str, at: int) -> int:
    """The end of the sentence around `at` (its full stop, or the end of the text)."""
    stop = text.find(".", at)
    return len(text) if stop < 0 else stop


def mourns(text: str, start: int, end: int) -> bool:
    """'ما اسفر عن استشهاد شخصين': the teller counts the dead of the act as martyrs, so it speaks for the side that
    was hit, never for the one that struck."""
    return any(w.removeprefix("و").removeprefix("ب").startswith(MARTYR_STEMS) for w in text[start:end].split())


FIND_VERBS = frozenset({"عثر", "عثرت", "يعثر", "تعثر", "انتشل", "انتشلت", "ينتشل", "تنتشل"})
FINDER_HEADS = frozenset({"قوه", "قوات", "دوريه", "دوريات", "فرق", "فرقه", "فريق", "عناصر", "وحده", "من"})


def finds(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'عثرت قوه من الشرطه علي جثث', 'انتشلت فرق الدفاع المدني جثامين': the subject of a verb of finding or
    recovering (right after it, or after a unit noun and 'من') came upon the dead: it is no party to the killing."""
    words = rec.nt.text[max(floor, m.start - 40):m.start].replace('"', " ").replace(",", " ").split()
    while words and words[-1] in FINDER_HEADS:
        words.pop()
    return bool(words) and words[-1].removeprefix("و") in FIND_VERBS
