"""A place that is part of a name, a title or an affiliation, not where an incident happened.

'قضت علي المدعو X, قائد منطقه بنت جبيل في قوه الرضوان' names the area a commander answers for and 'مختار حي X'
a quarter's headman: the area noun stands in construct with a title noun (قائد/مسؤول/امر/امير/مختار; not 'والي
ولايه X', a governor whose province mostly holds the incident he speaks of). 'وقال قائد ميداني لاذاعه مقديشو',
'في حديث لتلفزيون سوريا' name a broadcaster or paper (اذاعه/تلفزيون/قناه/راديو/صحيفه): the place word is part of
the name. Also a patron ('المواليه لتركيا') and a person's name ('يدعي "شيار كوباني"').
"""

from __future__ import annotations

from typing import Any

from .role_words import prev_word

TITLES = frozenset({"قايد", "القايد", "مسوول", "المسوول", "امر", "امير", "مختار", "نايب", "معاون"})
AREAS = frozenset({"منطقه", "قطاع", "محور", "ولايه", "حي"})  # a title's area: 'قائد قطاع X', 'مختار حي X'
OUTLETS = frozenset({"اذاعه", "تلفزيون", "قناه", "راديو", "صحيفه", "جريده"})  # 'لاذاعه مقديشو'
PROCLITICS = ("و", "ل", "ب", "ف")
AFFILIATED = frozenset({"مرتبط", "مرتبطه", "مرتبطين", "مرتبطون", "المرتبط", "المرتبطه", "المرتبطين", "الموالي",
                        "المواليه", "الموالين", "موالين", "مواليه", "المدعوم", "المدعومه", "المدعومين", "مدعومه",
                        "مدعومين", "المقربه", "المقربين"})  # 'مسلحين مرتبطين بايران': a patron, not a place
NAMED = frozenset({"يدعي", "تدعي", "ويدعي", "المدعو", "المدعوه", "الملقب", "الملقبه", "يلقب",
                   "الحركي"})  # 'قياديا يدعي "شيار كوباني"': a person's name, not a place


def named(text: str, p: Any, before: str) -> bool:
    """p belongs to a name or title rather than a scene: a patron's ('الفصايل المواليه لتركيا'), a word of a person's
    name ('قياديا يدعي "شيار كوباني"'), a title's area or an outlet's name (`before`: the text before p)."""
    return _affiliation(before) or _person_name(before) or titled(text, p)


def titled(text: str, p: Any) -> bool:
    """p is the area of a person's title ('قائد منطقه X') or a word of an outlet's name ('لاذاعه مقديشو')."""
    before = _bare(prev_word(text, p.start))
    if before in OUTLETS:
        return True
    return before in TITLES and text[p.start:p.end].split(" ", 1)[0] in AREAS


def _bare(word: str) -> str:
    """A word without one proclitic when the rest is a known title or outlet noun ('لاذاعه', 'وقائد')."""
    word = word.strip("\"'«»(")
    if word[:1] in PROCLITICS and (word[1:] in TITLES or word[1:] in OUTLETS):
        return word[1:]
    return word


def _affiliation(before: str) -> bool:
    """The text before a place ends with a patron's link ('مرتبطين ب', 'الموالين ل', 'المدعومه من')."""
    words = before.split()
    if len(words) > 1 and words[-1] in ("من", "ل", "ب"):
        return words[-2] in AFFILIATED
    return bool(words) and words[-1] in AFFILIATED


def _person_name(before: str) -> bool:
    """A place word within the first two words of a name after 'يدعي' / 'المدعو' / 'الملقب' (quotes allowed)."""
    words = before.split()[-2:]
    return any(w.strip('"\'«»(') in NAMED and not any(c in " ".join(words[k + 1:]) for c in ",.:")
               for k, w in enumerate(words))
