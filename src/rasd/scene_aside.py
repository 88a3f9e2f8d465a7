"""Scene helpers for places a clause names aside from its incident: the town of the hospital the wounded were taken
to ('نقلت الي مستشفي رفيديا الحكومي في نابلس'), the place of a cause a claim is made for ('نصره لاهلنا في غزه',
'دعما لشعبنا الصامد في قطاع غزه', 'تضامنا مع غزه') and where displaced people came from or went ('يؤوي نازحين من
شمال القطاع')."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .scene_bodies import PROJECTILES

HOSPITALS = ("مستشفي", "مشفي", "مستشفيات", "المستشفي", "المشفي", "مستوصف", "الطبي", "الطبيه")  # a word ending
# so names a hospital, a clinic or a medical complex ('مجمع فلسطين الطبي', 'مدينه الشفاء الطبيه')
TAKEN = ("نقل", "اسعف", "ونقل", "واسعف", "نقلت", "نقلوا", "نقلا", "نقلته", "نقلتهم", "نقلهم")  # 'نقل/اسعف ... الي'
DIED = frozenset({"توفي", "توفيت", "توفوا", "توفيا", "وفاه", "فارق", "فارقت", "فارقوا", "فارقا", "متاثرا", "متاثره",
                  "متاثرين", "متاثر", "متاثرتين"})  # 'وفاه احد المصابين في مستشفي X بY': where a wounded man died later
TELLERS = frozenset({"مصدر", "مصادر", "المصدر", "المصادر", "طبي", "طبيه", "الطبي", "الطبيه", "طواقم", "كوادر",
                     "بحسب", "حسب", "وفق", "وفقا"})  # 'بحسب مصادر طبيه في مستشفي X في Y': whose hospital tells it
REINFORCEMENTS = frozenset({"تعزيزات", "التعزيزات", "وتعزيزات", "امدادات", "الامدادات", "وامدادات"})
SOLIDARITY = frozenset({"نصره", "ونصره", "دعما", "ودعما", "اسنادا", "واسنادا", "تضامنا", "وتضامنا", "دفاعا",
                        "ودفاعا", "ثارا", "وثارا"})  # a cause the attack is claimed for, not where it struck
CAUSE_STEMS = ("اهل", "شعب", "الشعب", "مقاوم", "المقاوم", "اخو", "الاخو", "غزه", "فلسطين", "الفلسطيني", "القضيه",
               "الاقصي", "القدس", "قطاع", "لبنان", "المظلوم", "الصامد", "دماء", "لدماء")  # whom or what it is for
STOPS = (",", ".", ":", "\n", "!", "?")
DISPLACED = ("نازح", "النازح", "ونازح", "والنازح", "مهجر", "المهجر", "والمهجر", "ومهجر")  # the displaced (word starts)
FACILITIES = frozenset({"مدرسه", "مدرستي", "مدارس", "ثانويه", "اعداديه", "مسجد", "جامع", "كنيسه", "روضه", "جامعه",
                        "كليه", "معهد", "ملعب", "نادي", "فندق", "مطعم", "مقهي", "مخبز", "صاله", "قاعه", "مصلي",
                        "مستوصف", "عياده", "مركز"})  # buildings named after a town ('مدرسه "يافا"', 'مسجد "القدس"')
MOVED = frozenset({"نقل", "نقلت", "نقلوا", "نقله", "نقلها", "نقلهم", "نقلته", "نقلتهم", "نقلوه", "نقلوها", "نقلوهم",
                   "ينقل", "تنقل", "ينقلون", "اسعف", "اسعفت", "اسعفوا", "لجا", "لجات", "لجاوا", "لجووا", "يلجا",
                   "نزح", "نزحت", "نزحوا", "ينزح", "فر", "فرت", "فروا", "هرب", "هربت", "هربوا", "اجلي", "اجليت",
                   "اجلوا", "شلوه", "شلوها", "شلوهم", "ودوه", "ودوها", "ودوهم", "وصلوه", "وصلوها", "وصلوهم", "سعفوه",
                   "سعفوها", "سعفوهم", "اسعفوه", "اسعفوها", "اسعفوهم"})  # where the wounded, the dead or the fleeing
# were taken or went (the dialects' 'شلوه لعدن', 'ودوهم للمدينه', 'سعفوهم لX': 10 dev docs of 9 sets use these verbs)
DIVERTED = frozenset({"تحويل", "حولت", "حول", "تحويلها", "تحويلهم", "حولها", "تحويله"})
# 'وتحويل عدد منها الي مطار مصراته', 'تحويل مسار سفنها نحو راس الرجاء': where flights or ships were diverted
HELD = frozenset({"عقد", "عقدت", "انعقد", "انعقدت", "يعقد", "تعقد", "ينعقد", "تنعقد", "المنعقد", "المنعقده"})
# 'الاجتماع ... الذي عقد في انقره', 'اجتماع عقد مساء الاثنين في مضافه احدهم': where a meeting was held
FLED = frozenset({"نزح", "نزحت", "نزحوا", "ينزح", "فر", "فرت", "فروا", "هرب", "هربت", "هربوا"})  # ... or came from
LEFT = frozenset({"غادر", "غادرت", "غادروا", "يغادر", "تغادر", "انسحب", "انسحبت", "انسحبوا", "ينسحب", "تنسحب",
                  "لاذ", "لاذت", "لاذوا", "فرار", "الفرار", "بالفرار", "نزوح", "النزوح", "هروب", "انسحاب",
                  "انسحابهم", "مغادره"})  # 'غادر ... باتجاه X', 'لاذوا بالفرار نحو X': where they went off to
TOWARD = ("باتجاه", "نحو", "صوب")
ROUTE_TO = ("الي", "نحو", "باتجاه")  # the word before a route's destination
ROUTE = frozenset({"متجه", "متجها", "متجهه", "متجهين", "المتجه", "المتجهه", "متوجه", "متوجهه", "المتوجهه", "طريقها", "طريقه",
                   "طريقهم", "قادمه", "القادمه", "ابحرت", "تبحر", "المبحره"})  # 'ناقله متجهه من الهند الي ميناء جده'
SPEECH = frozenset({"قالت", "اعلنت", "اكدت", "اتهمت", "نفت", "حملت", "زعمت", "ردت", "هددت", "توعدت", "ادعت",
                    "حذرت", "طالبت", "اعتبرت", "دانت", "ادانت", "نددت"})  # 'قالت الرياض': a capital for its government
HE = frozenset({"هو", "وهو", "هي", "وهي", "كان", "وكان", "كانت", "وكانت"})  # 'وهو من اهالي X': a person's origin
KIN = frozenset({"اهالي", "سكان", "ابناء", "اهل"})
ORIGIN = ("ينحدر", "تنحدر", "يتحدر", "تتحدر", "المنحدر", "المتحدر", "وينحدر", "ويتحدر")  # 'ينحدر من ريف الرقه'
HOME = frozenset({"يسكن", "ويسكن", "تسكن", "وتسكن", "يقيم", "ويقيم", "تقيم", "وتقيم", "راسه", "راسها"})
# 'ويسكن بغداد منذ سنوات', 'الي مسقط راسه في بلده X': where a person lives or was born
HEADS = frozenset({"مدينه", "بلده", "قريه", "مخيم", "حي", "محافظه", "ريف", "ناحيه", "قضاء", "منطقه"})
OFFICES = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه", "مديريه", "المديريه", "لمديريه", "للمديريه"})
# 'المتحدث الرسمي للدفاع المدني بمنطقه جازان': a spokesman or a directorate of a region (not 'مدير مستشفي X في Y')
COMPLEMENTS = frozenset({"ان", "بان", "انه", "انها", "عن"})  # what the speaker says begins
TITLES = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه"})
DISTRICT_HEADS = frozenset({"مديريه", "المديريه"})  # without 'ل', a title or a speech verb before it, 'مديريه X'
# is a district of Yemen or Somalia that the province or capital after it contains ('في مديريه سحار بمحافظه صعده';
# 40 dev docs of 25 sets), not an office ('المتحدث الرسمي لمديريه الدفاع المدني بمنطقه جازان', 'اعلنت مديريه ...')


RELAYED = frozenset({"نقلته", "نقلتها", "بثته", "بثتها", "نشرته", "نشرتها", "اوردته", "اوردتها", "اذاعته",
                     "اذاعتها"})  # a statement 'relayed by' the media (the object pronoun: the statement itself)
MEDIA = frozenset({"وسايل", "الاعلام", "اعلام", "وكاله", "وكالات", "قناه", "قنوات", "التلفزيون", "الصحف",
                   "صحف", "الاذاعه", "اذاعه"})  # who relays it


def aside(text: str, p: Any) -> bool:
    """A place the clause names aside from its incident: a hospital's town after a transfer or a medical
    source, a cause's place, a building's name, where people were taken or fled or reinforcements came from, or a
    capital that speaks for its government, or the town of a funeral."""
    before = text[max(0, p.start - 90):p.start]
    return (hospital_in(before) or for_cause(text, p) or displaced(before[-40:]) or facility_name(text, p)
            or destination(before) or went_toward(before) or route_end(text, p) or speaker(before)
            or biography(before) or told_to(before) or meanwhile(before) or office(before) or held_in(before)
            or relayed(before) or reinforced(before) or told_at(text, p) or mourned_at(text, p))


@lru_cache(maxsize=1 << 12)
def _clause_words(before: str) -> tuple[str, ...]:
    """The words of before after its last stop (the clause the place stands in); cached, as every test of aside()
    reads them from one text."""
    cut = max(before.rfind(c) for c in STOPS)
    return tuple(before[cut + 1:].split())


def relayed(before: str) -> bool:
    """'في بيان نقلته وسائل الاعلام الرسميه في طهران': where the media that relayed a statement are (a 'في' place up to
    five words after a verb of relaying whose subject is a media noun, before what the statement says), not where the
    incident struck."""
    words = list(_clause_words(before)[-7:])
    if words[-1:] != ["في"]:
        return False
    k = next((k for k in range(len(words) - 2, -1, -1) if words[k] in RELAYED), None)
    return (k is not None and bool(MEDIA & set(words[k + 1:k + 3]))
            and not COMPLEMENTS & set(words[k + 1:]))


def held_in(before: str) -> bool:
    """'غداه الاجتماع الامني ... الذي عقد في انقره': the place a meeting or a conference was held (a 'في' place up
    to three words after a verb of holding; wb_, la_ and oa_ docs tell one before or after an incident)."""
    words = list(_clause_words(before)[-5:])
    k = next((len(words) + k for k in (-1, -2) if len(words) >= -k and words[k] == "في"), None)
    return k is not None and any(_verb(w) in HELD for w in words[max(0, k - 3):k])


def office(before: str) -> bool:
    """'واوضح المتحدث الرسمي لمديريه الدفاع المدني بمنطقه جازان ان ...', 'اعلن الناطق باسم شرطه X في محافظه Y':
    the region a spokesman's or a directorate's office serves (a 'ب'/'في' place within six words of the office
    word, before what the speaker says), not where the incident struck."""
    words = list(_clause_words(before)[-7:])
    if words[-1:] not in (["ب"], ["في"]):
        return False
    k = next((k for k in range(len(words) - 2, -1, -1) if words[k] in OFFICES), None)
    if k is not None and words[k] in DISTRICT_HEADS and not TITLES & set(words[:k]) and not (
            k and words[k - 1].removeprefix("و") in SPEECH):
        return False  # 'علي مديريه حمر ججب في العاصمه مقديشو', 'في مديريه سحار بمحافظه صعده': a district
    return k is not None and not COMPLEMENTS & set(words[k + 1:])


def meanwhile(before: str) -> bool:
    """'..., في وقت تتواصل فيه العمليات العسكريه في مدينه رفح': a place in a circumstantial clause ('في وقت' + a
    present verb + 'فيه', in 39 dev docs of 24 sets) tells what goes on around the incident, not where it struck."""
    words = list(_clause_words(before))
    return any(words[k] == "في" and words[k + 1] == "وقت" and words[k + 2][:1] in ("ي", "ت") and words[k + 3] == "فيه"
               for k in range(len(words) - 3))


def facility_name(text: str, p: Any) -> bool:
    """'مدرسه "بير السبع" التابعه لوكاله الاونروا في حي التنور', 'مدرسه يافا التابعه للاونروا': a town a building is
    named after, quoted or followed by 'التابعه' (5 dev docs in 4 sets; the building's place is told around it)."""
    words = [w for w in (w.strip('"«»(') for w in text[max(0, p.start - 30):p.start].split()) if w]
    if not words or _bare(words[-1]) not in FACILITIES:
        return False
    quoted = text[max(0, p.start - 2):p.start].rstrip().endswith(('"', "«"))
    return quoted or text[p.end:p.end + 12].split()[:1] in (["التابعه"], ["التابع"])


def _bare(word: str) -> str:
    """A word without a conjunction and a 'ب'/'ل' proclitic ('وبمدرسه' -> 'مدرسه')."""
    for c in "وفبل":
        if len(word) > 4 and word[0] == c:
            word = word[1:]
    return word


def destination(before: str) -> bool:
    """'نقلت الجثث الي الميادين', 'وقد نقلوهم للمخا', 'نزح الي مدينه دير الزور', 'شخص فروا من شمال القطاع': where
    the wounded, the dead or the fleeing were taken or went, or whence they fled (up to six words between the verb
    and 'الي', a 'ل' glued to the place, or 'من' right after a verb of fleeing)."""
    words = list(_clause_words(before)[-9:])
    if not words:
        return False
    glued = not before[-1:].isspace() and words[-1] in ("ل", "لل", "ول", "ولل", "فل", "فلل")
    k = len(words) - 1 if glued else next((len(words) + k for k in (-1, -2) if len(words) >= -k
                                           and words[k] in ("الي", "من")), None)
    if k is None:
        return False
    if words[k] == "من":
        return k > 0 and _verb(words[k - 1]) in FLED
    return any(_verb(w) in MOVED or _verb(w) in DIVERTED for w in words[max(0, k - 6):k])


def went_toward(before: str) -> bool:
    """'غادر عدد من العائلات القريه باتجاه مدينه X', 'انسحب المهاجمون نحو X', 'لاذوا بالفرار صوب X': where people
    left, fled or withdrew to (a direction word, one word such as a head noun allowed, up to six words after a verb of leaving or
    moving; 40+ dev docs of 20+ sets tell it), or 'الي' after a verb of leaving ('قبل ان تنسحب الي X'), is not where
    the incident took place."""
    words = list(_clause_words(before)[-9:])
    k = next((len(words) + k for k in (-1, -2) if len(words) >= -k and words[k] in TOWARD + ("الي",)), None)
    if k is None:
        return False
    if words[k] == "الي":  # 'قبل ان تنسحب الي X': withdrew to (a transfer 'الي' is destination's)
        return any(_verb(w) in LEFT for w in words[max(0, k - 6):k])
    return any(_verb(w) in MOVED or _verb(w) in LEFT or _verb(w) in DIVERTED for w in words[max(0, k - 6):k])


def route_end(text: str, p: Any) -> bool:
    """'ناقله بضايع متجهه من الهند الي ميناء جده', 'كانت في طريقها من ميناء X الي Y': an end of the route a ship or a
    vehicle was travelling (a word of heading, then 'من A' and 'الي B') is not where it was hit."""
    before = text[max(0, p.start - 70):p.start]
    cut = max(before.rfind(c) for c in STOPS)
    words = [w.strip('"«»') for w in before[cut + 1:].split()][-8:]
    after = text[p.end:p.end + 40].split()[:4]
    for k, w in enumerate(words[:-1]):
        if w not in ROUTE or words[k + 1] != "من" or any(x.startswith(PROJECTILES) for x in words[max(0, k - 3):k]):
            continue  # ('صاروخ متجه من اليمن الي ايلات': a projectile's destination is its target)
        rest = words[k + 2:]
        ends = [i for i, x in enumerate(rest[:5]) if x in ROUTE_TO]
        if ends:  # the destination: 'من A الي [ميناء] B', 'قادمه من جهه A باتجاه B'
            return ends[0] >= len(rest) - 2
        return len(rest) <= 1 and any(x in ROUTE_TO for x in after)  # the origin: 'من [جهه] A الي B'
    return False


def _verb(word: str) -> str:
    """A word without a conjunction ('ولجا' -> 'لجا', 'فروا' stays: 'روا' is no verb of the lists)."""
    return word[1:] if word[:1] in ("و", "ف") and any(word[1:] in v for v in (MOVED, LEFT, DIVERTED, HELD)) else word


def biography(before: str) -> bool:
    """'وهو من اهالي مدينه الحله ويسكن بغداد', 'ينحدر من ريف جبله', 'الي مسقط راسه في بلده X': a person's origin or
    home, told about a victim or a commander (10 dev docs in 9 sets), not where the incident took place."""
    words = before.split()[-5:]
    while words and words[-1] in HEADS | {"في", "من"}:
        words = words[:-1]
    if not words:
        return False
    if words[-1] in HOME:
        return True
    if words[-1] in KIN:
        return len(words) > 2 and words[-2] == "من" and words[-3] in HE
    return any(w.startswith(ORIGIN) for w in words[-2:])


def told_to(before: str) -> bool:
    """'وقال رييس المجلس ل"تلفزيون نابلس"', 'قال ل"بغداد اليوم"': a place inside the quoted name of whom one spoke to
    (an outlet: 'ل"X"' in 60+ dev docs), not the incident's."""
    tail = before[-30:]
    q = max(tail.rfind('"'), tail.rfind("«"))
    if q < 1 or any(c in tail[q + 1:] for c in '".,:»'):
        return False
    return tail[q - 1] == "ل" and (q < 2 or tail[q - 2].isspace())


def speaker(before: str) -> bool:
    """'الذي قالت الرياض حينها', 'ونفت طهران': a capital right after a verb of saying is its government speaking."""
    words = before.split()[-1:]
    return bool(words) and words[0].removeprefix("و").removeprefix("ف") in SPEECH


def displaced(before: str) -> bool:
    """'كان يؤوي عشرات النازحين من شمال القطاع', 'نازحه من مدينه غزه', 'عوده النازحين الي شمال القطاع': where the
    displaced came from or go back to, not where the incident struck (10 dev docs in 9 sets)."""
    words = before.split()[-2:]
    return len(words) == 2 and words[1] in ("من", "الي") and words[0].startswith(DISPLACED)


def hospital_in(before: str) -> bool:
    """'نقل الي مشفي ميداني في البوكمال', 'نقلت الي مستشفي رفيديا الحكومي في نابلس', 'نقلوا الي مستشفي العوده
    بالنصيرات', 'توفي متاثرا بجراحه في مستشفي X بY': the town of the hospital the wounded were taken to or died in
    (up to three words name the hospital)."""
    words = before.split()[-9:]
    if words[-1:] not in (["في"], ["ب"]):
        return False
    k = next((k for k in (-2, -3, -4, -5) if len(words) >= -k and words[k].endswith(HOSPITALS)), None)
    if k is None or any(w.endswith(STOPS) for w in words[k:-1]):
        return False
    return any(w in ("الي", "علي") or w.startswith(TAKEN) for w in words[:k][-3:]) or died_in(words[:k], words[k])


def died_in(words: list[str], hospital: str) -> bool:
    """'وفاه احد الجريحين متاثرا بجراحه في مستشفي', 'توفي ... بالمشفي': a death after the incident, told with no
    clause break before the hospital it happened in ('في' or 'ب' right before it: not 'غاره استهدفت مستشفي')."""
    if not (words[-1:] == ["في"] or hospital.startswith("ب")):
        return False
    tail = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].endswith(STOPS)), 0):]
    return any(w.removeprefix("و") in DIED or w in DIED for w in tail)


def told_at(text: str, p: Any) -> bool:
    """'بحسب مصادر طبيه في مستشفي X الحكومي في Y', 'افاد مصدر طبي في مستشفي X في Y بان ...': the town of the hospital
    whose medical sources tell the toll (up to three words name the hospital), unless the sentence goes on about
    'المدينه' or 'البلده' (the hospital's town is the scene then: '... برفح بان ... شرقي المدينه')."""
    words = text[max(0, p.start - 90):p.start].split()[-9:]
    if words[-1:] not in (["في"], ["ب"]):
        return False
    k = next((k for k in (-2, -3, -4, -5) if len(words) >= -k and words[k].endswith(HOSPITALS)), None)
    if k is None or any(w.endswith(STOPS) for w in words[k:-1]) or not TELLERS & set(words[:k][-3:]):
        return False
    after = text[p.end:p.end + 200]
    stop = min((i for i in (after.find(c) for c in ".\n") if i >= 0), default=len(after))
    return not any(w.strip(",") in ("المدينه", "البلده") for w in after[:stop].split())


def reinforced(before: str) -> bool:
    """'وصلت تعزيزات عسكريه من مدينه X', 'قبل ان تصل تعزيزات من X': where reinforcements came from (up to two words
    between the noun and 'من', a head noun after it), not where the incident took place."""
    words = list(_clause_words(before)[-5:])
    if words[-1:] and words[-1] in HEADS:
        words = words[:-1]
    if words[-1:] != ["من"]:
        return False
    return any(w in REINFORCEMENTS for w in words[-4:-1])


def for_cause(text: str, p: Any) -> bool:
    """A place in a phrase of solidarity or support up to eight words before it in its clause: 'ونصره لاهلنا
    المظلومين في غزه', 'دعما للشعب الفلسطيني الصامد في قطاع غزه', 'ودفاعا عن لبنان', 'في نصره غزه'."""
    before = text[max(0, p.start - 80):p.start]
    cut = max(before.rfind(c) for c in STOPS)
    words = [w.strip('"«»(') for w in before[cut + 1:].split()][-8:]
    for k, w in enumerate(words):
        if w not in SOLIDARITY:
            continue
        nxt = words[k + 1:k + 3]
        if not nxt:
            return True  # 'في نصره غزه': the place right after the cue
        first = nxt[0][2:] if nxt[0].startswith("لل") else nxt[0][1:] if nxt[0].startswith("ل") else None
        if first is None and nxt[0] in ("مع", "عن"):
            first = nxt[1] if len(nxt) > 1 else ""
            if not first:
                return True  # 'تضامنا مع غزه', 'دفاعا عن لبنان'
        if first == "" and k + 2 == len(words) and not before[-1:].isspace():
            return True  # 'تاتي «نصره لغزه»', 'اسنادا للبنان': the place glued to the 'ل' after the cue
        if first is not None and first.startswith(CAUSE_STEMS):
            return True
    return False



SOURCES = frozenset({"مصادر", "مصدر", "شهود", "ناشطون", "ناشطين", "نشطاء"})  # who tells: 'مصادر محليه', 'ناشطون'
PROVINCE_HEADS = ("منطقه", "محافظه", "ولايه", "اقليم")  # a source's seat so named is a province or a region


def source_seat(text: str, p: Any) -> bool:
    """'افادت مصادر محليه في منطقه X بان ... قرب بلده Y': the province or region the sources are in (a 'في'/'ب' place
    under a province's head noun up to two words after a source noun: 'مصادر', 'مصدر محلي', 'شهود عيان',
    'ناشطون'), not the scene when the clause names another place (the caller's test). A town there is mostly the
    scene too ('مصدر امني في سنجار ... قرب سنوني', 'مصدر محلي في القايم': the strike's town), and is kept."""
    if not text.startswith(PROVINCE_HEADS, p.start):
        return False
    before = text[max(0, p.start - 60):p.start]
    cut = max(before.rfind(c) for c in STOPS)
    words = [w.removeprefix("و") for w in before[cut + 1:].split()[-4:]]
    if words[-1:] not in (["ب"], ["في"]):
        return False
    return any(w in SOURCES and not COMPLEMENTS & set(words[k + 1:-1]) for k, w in enumerate(words[:-1]))


FUNERAL = frozenset({"شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "وشيع", "وشيعت", "وشيعوا", "تشييع", "وتشييع",
                     "التشييع", "جنازه", "الجنازه", "وجنازه", "ماتم", "الماتم", "جنازات"})  # a burial and its crowd
DEATHS = frozenset({"قضي", "قضوا", "قضيا", "قضت", "استشهد", "استشهدوا", "استشهدا", "استشهدت", "ارتقي", "ارتقوا",
                    "ارتقت", "ارتقيا", "قتل", "قتلوا", "قتلا", "قتلت", "سقطوا", "سقطا", "لقي", "لقوا", "لقيا",
                    "لقيت", "توفي", "توفوا", "اغتيل", "اغتيلوا"})  # how the mourned died ('الذين قضوا في الهجوم')
MOURNED_REACH = 25  # words from the funeral's place to the death of those it buries
TOLD_AGAIN = frozenset(f"{pre}{head}" for pre in ("ال", "لل", "بال", "وال") for head in (
    "بلده", "مخيم", "قريه", "مدينه", "حي"))  # 'عند مدخل البلده', 'في المخيم': the funeral's town named again
SENTENCE_ENDS = (".", "\n", "!", "?")


def mourned_at(text: str, p: Any) -> bool:
    """'شيع الالاف في مدينه X جثامين اربعه ... الذين قضوا في الهجوم ...', 'وفي مدينه X, شيع المئات ... افرادا قضوا في
    معارك سابقه': the town where the dead were buried, named before the verb that tells how they died in its
    sentence, is the funeral's place, not the place of the incident that killed them (a town the death's own
    clause names again, 'عند مدخل البلده', still places it)."""
    lo = max(text.rfind(c, max(0, p.start - 200), p.start) for c in SENTENCE_ENDS) + 1
    ends = [k for k in (text.find(c, p.end, p.end + 300) for c in SENTENCE_ENDS) if k >= 0]
    before = [w.strip('",«»()') for w in text[lo:p.start].split()]
    rest = [w.strip('",«»()') for w in text[p.end:min(ends, default=p.end + 300)].split()]
    after = rest[:MOURNED_REACH]
    died = next((k for k, w in enumerate(after) if w in DEATHS), None)
    if died is None or TOLD_AGAIN & set(rest[died:]):
        return False
    if any(w in FUNERAL for w in after[:died]):
        return True  # 'وفي مدينه X, شيع ...': the place opens the funeral's sentence
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k] in FUNERAL), None)
    return k is not None and not any(w in DEATHS for w in before[k + 1:])
