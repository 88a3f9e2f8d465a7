"""Frame 'وتاتي X بعد ...' sentences: a sentence that places an incident told before against an earlier one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .segment import Sentence

COMES = frozenset({"ياتي", "تاتي", "جاء", "جاءت"})  # 'وتاتي الضربه', 'وجاء الهجوم': the incident told before
POINTERS = frozenset({"هذا", "هذه", "هذين", "هاتين", "هذان", "هاتان", "ذلك", "تلك"})  # 'وتاتي هذه الهجمات'
SINCE = re.compile(r"بعد (?:نحو |اقل من |اكثر من |قرابه |حوالي )?(?:اسابيع|اسبوع|اسبوعين|اشهر|شهر|شهرين)"
                   r" (?:من|علي)(?![\w])")  # 'بعد اسابيع من X': an earlier incident weeks or more back, told elsewhere


def comes_after(rec: Recognized, trig: Match[Entry]) -> str | None:
    """'وتاتي هذه الهجمات بعد اسابيع من تحرير X', 'ويأتي الهجوم بعد اقل من شهر علي هجوم Y': a sentence that
    opens with 'تاتي/ياتي/جاء' and an attack noun (or 'هذا/ذلك') followed by 'بعد اسابيع/اشهر من' sets the
    incident told before against one weeks or months back; a trigger after the subject that the sentence gives no
    day of its own (and no 'فيما/بينما' clause sets apart) is that earlier incident, talked about, not reported.
    An offset of hours or days ('بعد يومين من') or a bare 'عقب X' leaves it news; a year back is background."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return None
    text = rec.nt.text
    for c in rec.cues_of("reference", sent.start, trig.start):
        if c.key.removeprefix("و") not in COMES or text[sent.start:c.start - len(c.prefix)].strip(' "-') or c.prefix not in ("", "و"):
            continue
        rest = _after_subject(rec, c.end, trig.start)
        if rest is not None and SINCE.match(rest.strip()) and not _own_day(rec, c.end, sent.end, trig):
            return f"reference: the sentence '{c.key} ... بعد {rest.split()[1]}' sets the incident told before against " \
                   "an earlier one, told elsewhere"
    return None


def _after_subject(rec: Recognized, cue_end: int, pos: int) -> str | None:
    """The text between the cue's subject ('هذه الهجمات', 'الضربه', 'ذلك') and pos, or None without one."""
    text = rec.nt.text
    words = text[cue_end:pos].split()
    if words[:1] in (["ذلك"], ["هذا"]) and not any(t.end <= pos for t in rec.near("triggers", cue_end, cue_end + 12)):
        return text[cue_end:pos].split(None, 1)[1] if len(words) > 1 else None  # 'ويأتي ذلك بعد ...'
    subject = next((t for t in rec.near("triggers", cue_end, pos) if t.end <= pos), None)
    if subject is None or any(w not in POINTERS for w in text[cue_end:subject.start - len(subject.prefix)].split()):
        return None
    return text[subject.end:pos]


OWN_CLAUSE = frozenset({"فيما", "بينما", "في حين", "وفيما", "وبينما"})  # 'فيما القت طايرات منشورات': news of its own


def _own_day(rec: Recognized, lo: int, hi: int, trig: Match[Entry]) -> bool:
    """True when the sentence after the cue names a day ('في السادس من اغسطس', 'مساء امس الثلاثاء') or a week, so
    the earlier incident has its own date, or when the trigger lies in a 'فيما/بينما' clause of its own."""
    text = rec.nt.text
    if any(f" {w} " in f" {text[lo:trig.start]} " for w in OWN_CLAUSE):
        return True
    return any(t.date is not None and t.precision in (1, 2) for t in rec.near("times", lo, hi))


AS = guard(r", *اذ (?=\S)")  # ', اذ استهدفت ...': 'as', opening what the sentence's background consists of


def comes_parts(rec: Recognized, sent: Sentence, parts: list[tuple[tuple[int, int], bool]]) -> list[
        tuple[tuple[int, int], bool]]:
    """'وجاءت غاره X بعد يوم حافل, اذ استهدفت مسيره ظهر امس سياره في Y': after a 'وجاءت/وتاتي X بعد ...' opener, an
    'اذ' clause with a trigger and a day of its own tells a second incident, not the one the opener recalls; it
    becomes a part of its own (its place and day are not the opener's), as after 'ليست المره الاولي ..., اذ'."""
    opener = _opener(rec, sent)
    if opener is None:
        return parts
    text = rec.nt.text
    out: list[tuple[tuple[int, int], bool]] = []
    for (ps, pe), is_zone in parts:
        m = None if is_zone else AS.search(text, max(ps, opener), pe)
        if m is None or " بعد " not in f" {text[opener:m.start()]} " or not _dated_incident(rec, m.end(), pe):
            out.append(((ps, pe), is_zone))
            continue
        out.extend((((ps, m.start()), False), ((m.end() - 3, pe), False)))  # the 'اذ' clause opens at 'اذ'
    return out


def _opener(rec: Recognized, sent: Sentence) -> int | None:
    """The end of a 'وجاءت/وتاتي/جاء' reference cue that opens the sentence, or None."""
    text = rec.nt.text
    for c in rec.cues_of("reference", sent.start, min(sent.end, sent.start + 8)):
        if c.key.removeprefix("و") in COMES and c.prefix in ("", "و") and not text[sent.start:c.start - len(
                c.prefix)].strip(' "-'):
            return c.end
    return None


def _dated_incident(rec: Recognized, lo: int, hi: int) -> bool:
    """True when [lo, hi) holds a trigger and a time naming its day ('ظهر امس الثلاثاء', 'في الثالث من اذار')."""
    return any(t.end <= hi for t in rec.near("triggers", lo, hi)) and any(
        t.date is not None and t.precision == 1 and t.end <= hi for t in rec.near("times", lo, hi))


# 'وجاءت الغارات بعد يوم واحد من هجوم ...', 'ان الضربه جاءت بعد يوم من': the opener and its subject before a clause
COMES_BEFORE = guard(r"(?:(?<!\S)[وف]?(?:ياتي|تاتي|جاء|جاءت)(?: \S+){1,3}|(?<!\S)(?:ان|بان) \S+(?: \S+)? "
                     r"(?:ياتي|تاتي|جاء|جاءت)) *$")
DAYS_AFTER = guard(r" *بعد (?:(يوم|يومين|يومان)(?: واحد)?|(ثلاثه|اربعه|خمسه|سته|[3-6]) ايام) (?:من|علي) ")
DAY_COUNTS = {"يوم": 1, "يومين": 2, "يومان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6}


def days_before_story(rec: Recognized, clause: tuple[int, int], trig: Match[Entry], time: Any) -> Any | None:
    """'وتاتي العمليه بعد ثلاثه ايام من انفجار عبوه ...': a clause that opens 'بعد N ايام من' right after a
    'وتاتي/وجاءت X' opener and gives no day of its own tells an incident N days before the story's day (time, the
    day it took from the story); None for any other clause."""
    if time is None or time.date is None:
        return None
    text = rec.nt.text
    sent = rec.sentence_at(clause[0])
    m = DAYS_AFTER.match(text, clause[0], clause[1])
    if sent is None or m is None or trig.start < m.end() or COMES_BEFORE.search(text, sent.start, clause[0]) is None:
        return None
    days = DAY_COUNTS[m[1] or m[2]] if (m[1] or m[2]) in DAY_COUNTS else int(m[2])
    return replace(time, date=time.date - dt.timedelta(days=days), kind="story_day")
