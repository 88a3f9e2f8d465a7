"""A place that is part of a name, a title or an affiliation, not where an incident happened.

'قضت علي المدعو X, قائد منطقه بنت جبيل في قوه الرضوان' names the area a commander answers for and 'مختار حي X'
a quarter's headman: the area noun stands in construct with a title noun (قائد/مسؤول/امر/امير/مختار; not 'والي
ولايه X', a governor whose province mostly holds the incident he speaks of). 'وقال قائد ميداني لاذاعه مقديشو',
'في حديث لتلفزيون سوريا' name a broadcaster or paper (اذاعه/تلفزيون/قناه/راديو/صحيفه): the place word is part of
the name, and so does a place glued to a media loanword ('بحسب مراسل "بيروت تايم"', 'موقع الرقه بوست',
'"دير الزور 24"', 'مرجعيون نت'), and so does a monitor's after 'مرصد' ('مرصد الرقه'). A quoted name after an
institution's noun ('مدرسه "يافا"', 'مخيم "الامل"') names the institution, not its town. Also a patron
('المواليه لتركيا') and a person's name ('يدعي "شيار كوباني"').
"""

from __future__ import annotations

from typing import Any

from .role_words import prev_word
from .scene_anaphora import PROCLITICS
from .scene_pages import page_name

TITLES = frozenset({"قايد", "القايد", "مسوول", "المسوول", "امر", "امير", "مختار", "نايب", "معاون"})
AREAS = frozenset({"منطقه", "قطاع", "محور", "ولايه", "حي"})  # a title's area: 'قائد قطاع X', 'مختار حي X'
OUTLETS = frozenset({"اذاعه", "تلفزيون", "قناه", "راديو", "صحيفه", "جريده", "مرصد"})  # 'لاذاعه مقديشو', 'وثق
# "مرصد الرقه والباديه"': a monitor named after the province it covers
MEDIA = frozenset({"تايم", "تايمز", "نيوز", "بوست", "برس", "انفو", "اونلاين", "ميديا", "توداي", "تريبيون",
                   "بريس", "نت"})  # 'صور نيوز', 'المهره بوست', 'هولير تايمز': an outlet named after its town
INSTITUTIONS = frozenset({"مدرسه", "مخيم", "مسجد", "جامع", "كنيسه", "جامعه", "كليه", "معهد", "مدارس",
                          "روضه"})  # 'مدرسه "يافا"' in Gaza, 'مخيم "الامل"': a quoted name is the institution's
AFFILIATED = frozenset({"مرتبط", "مرتبطه", "مرتبطين", "مرتبطون", "المرتبط", "المرتبطه", "المرتبطين", "الموالي",
                        "المواليه", "الموالين", "موالين", "مواليه", "المدعوم", "المدعومه", "المدعومين", "مدعومه",
                        "مدعومين", "المقربه", "المقربين"})  # 'مسلحين مرتبطين بايران': a patron, not a place
CLOSE_TO = frozenset({"مقرب", "مقربه", "مقربين", "مقربون"})  # 'فصايل مسلحه مقربه من ايران': a patron ('علي مقربه
# من X' is near X)
NAMED = frozenset({"يدعي", "تدعي", "ويدعي", "المدعو", "المدعوه", "الملقب", "الملقبه", "يلقب",
                   "الحركي"})  # 'قياديا يدعي "شيار كوباني"': a person's name, not a place


OFFICES = ("صحه",)  # 'مديريه صحه X', 'دايره صحه X': a health directorate reports the toll of its province's hospitals
# (not 'شرطه X': the police of X mostly tell of an incident in X; measured worse in session 41)


def office_town(text: str, p: Any) -> bool:
    """p names the province of an office that reports the incident ('اعلنت مديريه صحه اربيل مقتل ... قرب X شمالي
    اربيل'): not the scene when the clause names another place (the caller's test)."""
    return _bare(prev_word(text, p.start)) in OFFICES


def named(text: str, p: Any, before: str) -> bool:
    """p belongs to a name or title rather than a scene: a patron's ('الفصايل المواليه لتركيا'), a word of a person's
    name ('قياديا يدعي "شيار كوباني"'), a title's area, an outlet's or a social-media page's name (`before`: the
    text before p)."""
    return (_affiliation(before) or _person_name(before) or titled(text, p) or _close_to(text, p, before)
            or page_name(text, p))


def titled(text: str, p: Any) -> bool:
    """p is the area of a person's title ('قائد منطقه X'), a word of an outlet's name ('لاذاعه مقديشو', 'بيروت
    تايم') or an institution's quoted name ('مدرسه "يافا"')."""
    before = _bare(prev_word(text, p.start))
    if before in OUTLETS or _media_name(text, p) or _quoted_institution(text, p):
        return True
    return before in TITLES and text[p.start:p.end].split(" ", 1)[0] in AREAS


def _media_name(text: str, p: Any) -> bool:
    """A media loanword follows p ('"بيروت تايم"', 'الرقه بوست'), or '24' and a closing quote ('"دير الزور 24"')."""
    after = text[p.end:p.end + 16].split()
    if not after:
        return False
    word = after[0].strip('"«»),.:')
    if word in MEDIA:
        return True
    return word == "24" and text[p.end:p.end + 6].lstrip().startswith("24") and after[0][2:3] in ('"', "»")


def _quoted_institution(text: str, p: Any) -> bool:
    """p opens a quoted name right after an institution's noun ('مدرسه "يافا"', 'مخيم "الامل" العشوايي'); the noun
    may open p's own phrase as its head."""
    head = text[p.start:p.end].split(" ", 1)
    if len(head) == 2 and head[1][:1] in ('"', "«") and head[0] in INSTITUTIONS:
        return True
    before = text[max(0, p.start - 20):p.start].rstrip()
    if not before.endswith(('"', "«")):
        return False
    words = before[:-1].split()
    last = words[-1] if words else ""
    return last in INSTITUTIONS or (last[:1] in PROCLITICS and last[1:] in INSTITUTIONS)


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


def _close_to(text: str, p: Any, before: str) -> bool:
    """An indefinite 'مقربه من X' right after a noun ('فصايل مسلحه مقربه من ايران', 'مصدر مقرب من الكتايب') names a
    patron; 'علي مقربه من X' (near X) is a place, and so is 'بالقرب من X' (a proclitic before the word)."""
    phrase = text[p.start:p.end].split()
    words = before.split()
    if phrase[:2] and phrase[0] in CLOSE_TO and phrase[1:2] == ["من"]:
        return not words or words[-1] != "علي"
    return len(words) > 1 and words[-1] == "من" and words[-2] in CLOSE_TO and words[-3:-2] != ["علي"]


def _person_name(before: str) -> bool:
    """A place word within the first two words of a name after 'يدعي' / 'المدعو' / 'الملقب' (quotes allowed)."""
    words = before.split()[-2:]
    return any(w.strip('"\'«»(') in NAMED and not any(c in " ".join(words[k + 1:]) for c in ",.:")
               for k, w in enumerate(words))
