"""Units the place matcher found that are no place: a name's first word, a person's age, an addressee, a noun with
its direction adjective.

`geocode.locate` drops them after the article's places have voted (they still tell its country).
"""

from __future__ import annotations

import re

from .context import curated
from .places import Unit
from .refs import Choice
from .translit import GLUE_FIRST

NEXT_WORD_RE = re.compile(r" ([\u0621-\u064a]{3,})")
# words that end a place phrase rather than continue its name: prepositions, conjunctions and pronouns
PHRASE_ENDS = frozenset({"في", "من", "الي", "علي", "عن", "قرب", "بين", "حيث", "التي", "الذي", "عند", "بعد", "قبل",
                         "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "اثر"})


def openers(text: str, units: list[Unit]) -> set[int]:
    """Units that are only the first word of a longer name no gazetteer row carries: a common noun that opens
    names ("قلعه الرحبه", "منطقه عين همفراتس": castle, spring) followed straight by a word no unit starts
    with, or a definite word (a genitive: "قلعه الرحبه"), so the noun heads a construct, not the Yemeni Ain or the Syrian Qal'ah; the pair is then looked up
    among the Latin-only names (translit.py)."""
    starts = {u.name_start for u in units}
    out: set[int] = set()
    for i, u in enumerate(units):
        if u.key not in GLUE_FIRST or u.name_end != u.end:
            continue
        m = NEXT_WORD_RE.match(text, u.end)
        if m is None or m.group(1) in PHRASE_ENDS or m.group(1)[0] in "وف" or (
                m.start(1) in starts and not m.group(1).startswith("ال")):
            continue
        out.add(i)
    return out


DESCRIBED_AFTER = frozenset({"عند", "علي", "في", "من", "الي", "قرب", "عن", "نحو"})


def described(text: str, units: list[Unit], chosen: dict[int, Choice]) -> set[int]:
    """Units that are a common noun with its direction adjective ('عند المدخل الجنوبي لقضاء X', 'الطرف الشمالي
    من'): a definite word that no head introduces, followed by a definite direction adjective, read only as a
    small village somewhere, after a preposition (not 'مدخل السوسه الشمالي', whose adjective is the entrance's).
    A village is named with its head, its own adjective row ('زوطر الغربيه') or a curated row ('بالجرذي الغربي')."""
    out: set[int] = set()
    for i, u in enumerate(units):
        before = text[max(0, u.start - 8):u.start].split()
        if text.startswith("ال", u.start) and not (before and before[-1] in DESCRIBED_AFTER):
            continue  # no proclitic, no preposition right before: a genitive ('مدخل السوسه الشمالي')
        d, c = u.direction, chosen.get(i)
        if (c is not None and d is not None and d.position == "after" and d.key.startswith("ال")
                and u.key.startswith("ال") and " " not in u.key and u.head is None and u.list_first is None
                and u.locative and c.place.kind == "locality" and c.place.rank <= 2 and not curated(c.place)):
            out.add(i)
    return out


AGE_RE = re.compile(r"[ \t\u00a0]+من[ \t\u00a0]+(?:ال)?عمر")


def ages(text: str, units: list[Unit]) -> set[int]:
    """Units that are a person's age: a number word before 'من عمره' ('امراه في الاربعين من عمرها', 'في العاشره من
    عمره'), not a village of that name."""
    return {i for i, u in enumerate(units) if u.head is None and AGE_RE.match(text, u.end)}


def addressees(text: str, units: list[Unit]) -> set[int]:
    """Units named in quotes after ل: whom something was told or belongs to ('قال المصدر لـ"دجله"', 'لـ"بغداد
    اليوم"'), an outlet or a group, not a place. They still tell the article's country."""
    out: set[int] = set()
    for i, u in enumerate(units):
        a = u.start
        if a >= 2 and text[a - 1] == '"' and text[a - 2] == "ل" and (a == 2 or text[a - 3] in ' \n(وف'):
            out.add(i)
    return out
