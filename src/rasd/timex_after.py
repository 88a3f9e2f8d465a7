"""Days told after another incident: 'وبعد يومين من هجوم الحبيلين' opening a sentence is that attack's day plus two.

A round-up may date an incident only by an earlier one it told ('وبعد يومين من عمليه
اليامون، داهمت قوات الاحتلال ...'): the phrase fronts its sentence, and the incident it
counts from is named by a word the text used before (the place of that incident). Its day
is the one told with that earlier naming (the first day named in its line, else the last
one before it), plus the days counted. Set off by commas inside its clause ('نفذت طايرات
امريكيه, بعد يومين من هجوم الجبه, ضربات') after an incident noun, it dates the clause's verb
the same way (counting from the first naming with a day, the nearest one before it in its
line). After a verb of coming ('ويأتي الهجوم بعد يومين من ضربات ...') or elsewhere inside
a sentence it relates the sentence's incident to another one and dates nothing, except at the tail of a dated
sentence ('شن سلاح الجو, فجر اليوم الاثنين, غارات ..., بعد اربعه ايام من سقوط صاروخ قرب المطار.'): there it recalls
an earlier incident, which took place that many days before the sentence's day (kind 'recalled': it dates only the
incident told inside the phrase, see timex_scope.cause_time).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from .literal_guard import guard
from .numbers import number_lexicon

COUNTS = {"يوم": 1, "يومين": 2, "يومان": 2, "اسبوع": 7, "اسبوعين": 14}
AFTER_RE = guard(r"(?:^|(?<=[\n.]) ?|(?<=, ))[وف]?بعد (?:(يوم|يومين|يومان|اسبوع|اسبوعين)|(\d{1,2}|ثلاثه|اربعه|"
                      r"خمسه|سته|سبعه) ايام) (?:من|علي) (\S+)(?: (\S+))?", re.MULTILINE)
# nouns of an incident a phrase set off by commas inside a sentence counts from ('نفذت طايرات, بعد يومين من هجوم X,')
ATTACK_NOUNS = frozenset({"هجوم", "غاره", "قصف", "تفجير", "انفجار", "عمليه", "اغتيال", "ضربه", "مجزره", "كمين",
                          "استهداف", "اشتباكات", "معارك", "اقتحام"})
# 'ويأتي الهجوم بعد يومين من X', 'وجاءت الغارات بعد ...': the sentence relates its incident to another one
COME_VERBS = frozenset({"ياتي", "تاتي", "جاء", "جاءت", "يجيء", "تجيء", "اتي", "اتت"})
ANCHOR_KINDS = frozenset({"absolute", "hijri", "relative_day", "weekday", "night_span", "stamp", "story_day",
                          "feast"})
# an incident a dated sentence recalls at its tail ('..., بعد يومين من هجوم صاروخي طال قاعده'), with or without article
RECALLED_NOUNS = ATTACK_NOUNS | {"هجمات", "غارات", "ضربات", "تفجيرات", "سقوط", "اطلاق", "اعتداء", "قتل"}
PUNCT = ".,،:؛\"'()"
NISBA = ("ي", "يه", "يين", "يون")  # 'الاسراييلي', 'الجويه': adjectives, not names
NAME_WORDS = 3  # words of a place's name between the incident noun and the comma that closes a phrase inside a clause
NAME_MIN = 4  # letters of a word that names the earlier incident (a place), not a particle


def after_days(text: str, published: dt.date | None, found: Sequence[Any], make: Callable[..., Any]) -> list[Any]:
    """The time expressions found, with each fronted 'بعد N ايام من X' dated X's day plus N (see the module)."""
    out = list(found)
    for m in AFTER_RE.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue
        inside = text[m.start() - 2:m.start()] == ", "
        days = COUNTS[m[1]] if m[1] else int(m[2]) if m[2].isdigit() else number_lexicon().roles[m[2]]["unit"]
        if inside and not _parenthetical(text, m):
            recalled = _recalled(text, out, m, days)
            if recalled is not None:
                out.append(make(start=m.start(), end=m.start(3) - 1, text=text[m.start():m.start(3) - 1],
                                date=recalled, precision=1, kind="recalled"))
                out.sort(key=lambda e: e.start)
            continue
        name = _name(m[3], m[4])
        anchor = _told_with(text, out, name, m.start(), inside) if name else None
        if anchor is None:
            continue
        day = anchor + dt.timedelta(days=days)
        if published is not None and day > published:
            continue
        start = m.start() + len(m[0]) - len(m[0].lstrip(" "))
        end = m.start() + len(m[0].rstrip(PUNCT))
        out.append(make(start=start, end=end, text=text[start:end], date=day, precision=1, kind="story_day"))
        out.sort(key=lambda e: e.start)
    return out


def _recalled(text: str, found: Sequence[Any], m: re.Match[str], days: int) -> dt.date | None:
    """The day of the incident a phrase at the tail of its sentence recalls ('..., بعد اربعه ايام من سقوط صاروخ ...'
    running to the sentence's end with no comma or colon): the last day named before it in the sentence, less the
    days counted; None for another phrase or a sentence without a day."""
    if m[3].removeprefix("ال") not in RECALLED_NOUNS:
        return None
    stop = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
    if any(ch in text[m.end():stop] for ch in ",:؛"):
        return None  # 'وبعد يومين من اعتداء المستوطنين, استشهد ...': it dates the clause after it
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    days_before = [e for e in found if e.date is not None and e.precision == 1 and e.kind in ANCHOR_KINDS
                   and start <= e.start and e.end <= m.start()]
    return days_before[-1].date - dt.timedelta(days=days) if days_before else None


def _parenthetical(text: str, m: re.Match[str]) -> bool:
    """A phrase inside its sentence that dates the clause's own verb: an incident noun, a comma after the name, and
    no verb of coming before it in the sentence ('ويأتي ذلك, بعد يومين من ...' relates, dates nothing)."""
    close = text.find(",", m.end(3), m.end(3) + 48)
    if m[3] not in ATTACK_NOUNS or close < 0 or not 0 < len(text[m.end(3):close].split()) <= NAME_WORDS:
        return False  # 'بعد يومين من هجوم الشيخ مسكين,': the name closed by a comma within NAME_WORDS words
    lead = text[max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.start()]
    return not {w.lstrip("وف") for w in lead.replace(",", " ").split()} & COME_VERBS


def _name(noun: str, word: str | None) -> str | None:
    """The word after the incident noun that names it ('هجوم الحبيلين' -> 'حبيلين'), without its article; None for
    a bare noun ('من الهجوم,') or an adjective ('الهجوم الاسراييلي', 'الغاره الجويه': a nisba names no incident)."""
    if word is None or noun[-1] in PUNCT:
        return None
    name = word.strip(PUNCT)
    stem = name.removeprefix("ال")
    if stem.endswith(NISBA) or len(stem) < NAME_MIN - (stem != name):  # 'الجبه': an article makes three letters a name
        return None
    return stem


def _told_with(text: str, found: Sequence[Any], name: str, before: int, nearest: bool) -> dt.date | None:
    """The day told with the first earlier naming of name (a whole word, with an article or a proclitic): the first
    day named in its line, else the last one before it. nearest (a phrase inside its sentence): the first naming
    with a day before or around it (a headline above the dateline is passed over), and in its line the last day
    before the naming ('سقطت مساء الاربعاء ... في الجبه')."""
    days = [e for e in found if e.date is not None and e.precision == 1 and e.kind in ANCHOR_KINDS]
    for hit in re.finditer(rf"(?<!\S)[وفبل]?(?:ال)?{re.escape(name)}(?![^\s.,:;؛\"'()])", text[:before]):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        line_end = before if line_end < 0 else min(line_end, before)
        ahead = [e for e in days if line_start <= e.start and e.end <= hit.start()] if nearest else []
        in_line = [e for e in days if line_start <= e.start < line_end]
        prior = [e for e in days if e.end <= hit.start()]
        if ahead or in_line or prior or not nearest:
            return ahead[-1].date if ahead else in_line[0].date if in_line else prior[-1].date if prior else None
    return None
