"""Scene helpers for the clause around a place: a frame that opens the clause ('وفي جنين, ...'), the unit that
holds a place ('التابعه لقضاء X'), the place of an earlier attack a clause follows ('بعد يومين من هجوم علي X') and
the place attackers came from ('القادمين من منطقه X')."""

from __future__ import annotations

import re
from typing import Any

from .fuse_keys import km
from .geo.gazetteer import load_gazetteer
from .geo.quarters import QUARTER, reach_km
from .literal_guard import guard
from .recognize import Recognized
from .roles import prev_word
from .scene_container import people_home
from .scene_labels import label, locates

CAUSES = frozenset({"هجوم", "الهجوم", "الهجمات", "اعتداء", "الاعتداء", "الاعتداءات", "العدوان", "مجزره",
                    "المجزره", "مجازر", "المجازر", "الغاره", "غاره", "الغارات", "استهداف", "قصف", "القصف",
                    "اغتيال"})  # 'ردا علي الاعتداء الذي طال X': X is the place of the attack responded to
RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"})
DASHES = ("-", "–", "—")
TIME_UNITS = frozenset({"يوم", "يومين", "ايام", "ساعه", "ساعتين", "ساعات", "اسبوع", "اسبوعين", "اسابيع", "شهر",
                        "شهرين", "اشهر", "دقايق", "دقيقه"})  # 'بعد نحو يومين من هجوم ...'
TIME_WORDS = frozenset({"غداه", "بعد", "عقب", "اثر", "قبل", "منذ", "اعقاب", "عشيه"})  # 'غداه هجوم X'
NAMED_INCIDENT = frozenset({"هجوم", "مجزره", "مجازر", "معركه"})  # 'هجوم ربك': an incident named by its place
DATING = NAMED_INCIDENT | {"غاره", "قصف", "ضربه", "تفجير", "اغتيال"}  # 'بعد ثلاثه ايام من غاره شعت'
FALLING = frozenset({"سقط", "سقطت", "سقطا", "سقطتا", "تسقط", "يسقط", "سقوط", "اصاب", "اصابت", "انفجر", "انفجرت",
                     "ارتطم", "ارتطمت"})  # where a fired weapon came down (not 'اصابات', injuries)
LAUNCHING = ("اطلق", "اطلاق", "انطلق", "يطلق", "تطلق", "رشق")  # 'صواريخ اطلقت من منطقه رفح': where they were fired from
CROSSED = frozenset({"عبرت", "عبرا", "عبرتا", "عبروا", "تعبر", "يعبر"})  # 'صواريخ عبرت من لبنان' (7 dev docs, 7 sets)
LANDED = frozenset({"في", "قرب", "علي", "داخل", "بالقرب", "بمحيط", "محيط"})  # 'سقطت في/قرب/علي ...'
COUNTS = frozenset({"نحو", "قرابه", "حوالي", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                    "عده", "بضعه"})  # 'بعد ثلاثه ايام من هجوم X'
TOWN_HEADS = frozenset({"بلده", "قريه", "مخيم", "بلدتي", "قريتي", "بلدات", "قري", "مخيمات"})  # a village's head nouns
COMING = frozenset({"القادمين", "القادمون", "القادمه", "القادم", "قادمين", "قادمون", "قادمه", "قادما", "قادم",
                    "الاتين", "القادمتين", "القادمان", "تسلل", "تسللت", "تسللوا", "متسللين", "المتسللين", "متسلله",
                    "المتسلله"})  # 'مسلحين قادمين من X', 'مجموعه تسللت من X': where they came from, not the scene
SET_OFF = frozenset({"انطلق", "انطلقت", "انطلقوا", "انطلاقا", "اقلع", "اقلعت", "اقلعوا"})
# 'الطائره الروسيه اقلعت من قاعده حميميم', 'انطلاقا من مواقعهم': where it set off from (the 'من' right before)
POSITIONS_RE = re.compile(r"(?:مواقع|موقع|قواعد|مرابض|نقاط|مقرات|ثكنات|تمركز)(?:ه|ها|هم|هما)?")  # where fire came from
NEARING = frozenset({"تقترب", "يقترب", "اقتربت", "اقترب", "بالقرب", "قريبه", "قريب", "القريبه", "القريب"})
SOURCE_OF = frozenset({"مصدره", "مصدرها"})  # 'قذايف مصدرها مواقع قوات النظام': where the shells came from
OFFSPRING = frozenset({"ابناء"})  # 'وهم من ابناء مناطق X': the people's home towns
THEY = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن", "هو", "هي", "هم", "هما"})  # 'وهم من ابناء X': who they are
HOLDER_RE = guard(r"التابع(?:ه|ين|تين)? ل?(?:اداره )?$")  # 'ناحيه سيدكان التابعه لقضاء سوران': the unit holding it


ADMIN_HEADS = ("محافظه", "منطقه", "ولايه", "اقليم")  # 'X بمحافظه Y': the province locates X
QUARTER_HEADS = frozenset({"حي", "احياء", "حاره"})  # 'ففي مدينه غزه, ... في حي النصر': a quarter of the frame's town
QUARTER_KM = 15.0  # farther from the frame's town, a quarter's name is a namesake elsewhere


def quarter_km(town: Any, quarter: Any) -> float:
    """How far a town's point may lie from its quarter named under a quarter head: QUARTER_KM, or for a quarter row
    of the gazetteer the breadth of a city of millions ('وفي بغداد, ... في حي المشتل', 18 km from Baghdad's point)."""
    p = load_gazetteer().get(town.location.id) if quarter.location.feature == QUARTER else None
    return QUARTER_KM if p is None else reach_km(p)


def framing(text: str, p: Any, end: int | None = None) -> bool:
    """A place that opens a clause as its frame ('وفي جنين, اعتقلت ...'): after 'وفي' (or 'في' opening a line),
    before a comma (end: where its phrase ends, after a context place: 'وفي منطقه عفرين شمالي حلب, ...'); not
    'علي مبني في النبطيه, مساء امس'."""
    if not text[(p.end if end is None else end):(p.end if end is None else end) + 2].lstrip().startswith(","):
        return False
    w = prev_word(text, p.start)
    if w in ("وفي", "ففي"):
        return True
    before = text[max(0, p.start - 40):p.start].replace('"', " ").split()[-2:]
    if before[:1] in (["وفي"], ["ففي"]) and w not in CAUSES and w.isalpha():
        return True  # 'وفي مسافر يطا جنوب الخليل, هاجم ...': a word of the area's own name before the known one
    k = text.rfind("في", 0, p.start)
    return w == "في" and (k == 0 or text[max(0, k - 3):k].rstrip(" ").endswith(("\n", ".")))


def framed(text: str, cands: list[Any], apart_km: float) -> list[Any]:
    """The places that frame a clause ('وفي القنيطره, ...', 'وفي منطقه عفرين شمالي حلب, ...') and locate a town,
    village or area named after them within apart_km ('... اطراف بلده جباتا الخشب', '... في منطقه سوبا'), even one
    only near or on the outskirts of it (precision 2); not '... في المدينه وبلدتي A وB' (the town too). A line's
    label ('غزه: ... بتل الزعتر') locates any town or site its line names after it."""
    towns = [q for q in cands if q.kind in ("site", "locality") and q.location.geo_precision <= 2
             and q.location.flagged != "context"]
    out = []
    for p in cands:
        if p.kind == "site" or p.location.flagged == "context":
            continue
        if label(text, p):
            if any(q.start > p.end and q.kind in ("site", "locality") and q.location.geo_precision <= 2
                   and q.location.flagged != "context" and "\n" not in text[p.end:q.start]
                   and locates(p, q, apart_km) for q in cands):
                out.append(p)
            continue
        if not towns:
            continue
        tail = [q for q in cands if q.location.flagged == "context" and 0 <= q.start - p.end <= 2]
        if framing(text, p, tail[0].end if tail else None) and any(
                q.start > p.end and km(p.location.lat, p.location.lon, q.location.lat, q.location.lon) <= (
                    quarter_km(p, q) if QUARTER_HEADS & set(text[q.start:q.end].split()[:1]) else apart_km)
                and "المدينه" not in text[p.end:q.start].split() for q in towns):
            out.append(p)
    return out


def tellers(rec: Recognized, cands: list[Any], frames: list[Any]) -> list[Any]:
    """The frames, with the places that frame a telling rather than an incident ('وفي انقره, نقلت وكاله الاناضول عن
    مصادر ان ... حيد في عمليه بمنطقه مخمور', 'وفي عمان, قال الناطق ... قاعده التنف'): a frame whose clause opens with
    a reporting verb gives way to a place its sentence names after the verb, however far (a capital's retelling)."""
    text = rec.nt.text
    out = list(frames)
    for p in cands:
        if p.kind == "site" or p.location.flagged == "context" or not framing(text, p) or any(p is f for f in out):
            continue
        comma = text.find(",", p.end)
        pos = comma + 1 + len(text[comma + 1:comma + 4]) - len(text[comma + 1:comma + 4].lstrip())
        sent = rec.sentence_at(p.start)
        if sent is None or not any(c.start - len(c.prefix) == pos for c in rec.cues_of("attribution", pos, pos + 12)):
            continue
        if any(q.start > comma and q.end <= sent.end and q.location.flagged != "context" for q in cands):
            out.append(p)
    return out


def holder(text: str, p: Any, cands: list[Any]) -> bool:
    """The unit that holds the place named right before it ('قرب ناحيه سيدكان التابعه لقضاء سوران'), not a second
    place; not when no place precedes ('قري عده في منطقه زاب التابعه لقضاء العماديه': the district is all we have)."""
    m = HOLDER_RE.search(text, max(0, p.start - 20), p.start)
    return m is not None and any(q.end <= m.start() and not text[q.end:m.start()].strip(' "') for q in cands)


def followed(rec: Recognized, lo: int, p: Any) -> bool:
    """The place of an earlier incident a clause of its own follows ('قتل سته مسلحين بضربات في ريف الميادين بعد نحو
    يومين من هجوم بطائره مسيره علي قاعده X'): 'بعد [...] [من] attack' before it, with no comma or stop between, and
    a trigger of the clause before the 'بعد' and the place after 'علي' / 'في'. The weapon of that attack ('بطائره
    مسيره') is no trigger of its own."""
    text = rec.nt.text
    before = text[max(lo, p.start - 70):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"') for w in before[cut + 1:].split()]
    k = next((k for k in range(len(words) - 1) if words[k] == "بعد"), None)
    if k is None:
        return False
    j = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j] in CAUSES), None)
    if j is None or any(w not in ("من", "نحو", "قرابه", "حوالي") and not w[:1].isdigit() and w not in TIME_UNITS
                        for w in words[k + 1:j]):
        return False
    at = p.start - len(" ".join(before[cut + 1:].split()[k:])) - 1  # where 'بعد' starts
    cause_end = p.start - len(" ".join(before[cut + 1:].split()[j + 1:])) - 1
    if prev_word(text, p.start) not in ("علي", "في") or any(c in text[cause_end:p.start] for c in DASHES):
        return False  # 'استهدفت - بعد ساعتين من الغارات - قاعده X': a time, then the clause's own target
    return bool(rec.near("triggers", lo, at)) and not any(
        cause_end <= t.start < p.start and text[t.start - 1:t.start] != "ب" and prev_word(text, t.start) not in RELATIVES
        for t in rec.near("triggers", cause_end, p.start))


def dated_by(text: str, p: Any) -> bool:
    """The place of an incident named to date the clause ('وغداه هجوم ترمسعيا, اقتحمت ...', 'وبعد يومين من هجوم
    الحبيلين, انفجرت ...'): a time word, then the incident noun and its place; a time, never the scene."""
    words = [w.strip('"') for w in text[max(0, p.start - 60):p.start].split()]
    if len(words) < 2 or words[-1] not in DATING:
        return False
    k = len(words) - 2
    if words[k] == "من":  # 'بعد ثلاثه ايام من هجوم X'
        k = next((j for j in range(k - 1, max(-1, k - 5), -1) if _bare(words[j]) in TIME_WORDS), -1)
        return k >= 0 and all(w in TIME_UNITS or w[:1].isdigit() or w in COUNTS for w in words[k + 1:-2])
    return _bare(words[k]) in TIME_WORDS


def launch_origin(text: str, p: Any) -> bool:
    """'ان خمسه صواريخ اطلقت من منطقه خانيونس', 'رصد اطلاق قذيفتين من شمال القطاع': the place right after a 'من'
    that a word of launching stands up to four words before: where the weapon was fired from."""
    words = [w.strip('"«»') for w in text[max(0, p.start - 60):p.start].split()]
    if words[-1:] != ["من"]:
        return False
    return any(_bare(w).startswith(LAUNCHING) or _bare(w) in CROSSED for w in words[-5:-1])


def impact(text: str, lo: int, p: Any) -> bool:
    """A place after lo that a word of falling or hitting introduces within six words ('وسقط احدها في منطقه مفتوحه
    داخل موشاف يتيد', 'واصاب منزلا في X'): where the weapon came down, not a siren's or a statement's place."""
    words = text[max(lo, p.start - 60):p.start].split()[-6:]
    return any(_bare(w) in FALLING for w in words)


def fell_at(text: str, lo: int, hi: int) -> bool:
    """A word of falling in text[lo:hi] with a locative within three words after it ('وسقطا في منطقه مفتوحه',
    'سقطت قرب ...'): the sentence tells where the weapon came down, whether or not the place is known."""
    words = text[lo:hi].split()
    return any(_bare(w) in FALLING and LANDED & set(words[k + 1:k + 4]) for k, w in enumerate(words))


def _bare(word: str) -> str:
    """A word without a leading و/ف ('وغداه' -> 'غداه')."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def came_from(text: str, p: Any) -> bool:
    """'هاجمت مجموعه من المسلحين القادمين من منطقه ال55 المحيطه بقاعده التنف حافله ... قرب بلده السخنه': a place in
    a 'من ...' phrase of up to six words right after a word of coming is where the attackers came from; one right
    after 'اقلعت من' / 'انطلقت من' is where the aircraft or the weapon set off from."""
    before = text[max(0, p.start - 70):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"') for w in before[cut + 1:].split()][-7:]
    return any(words[k] == "من" and words[k - 1] in COMING for k in range(1, len(words))) or (
        words[-1:] == ["من"] and words[-2:-1] != [] and words[-2] in SET_OFF) or fired_from(words)


def origin(text: str, p: Any) -> bool:
    """'..., وهم من ابناء مناطق X وY, جاووا للتنديد', '..., وهما من ابناء X': a place in a 'من ابناء ...' phrase of
    up to six words that tells who the people are ('وهو/وهم من', or 'ومن' opening the clause) is where they come from,
    not where the incident befell them ('شهيد من ابناء X' alone may well be both)."""
    before = text[max(0, p.start - 70):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"') for w in before[cut + 1:].split()][-7:]
    return people_home(text, p) or any(words[k + 1] in OFFSPRING and (words[k] == "ومن" and k == 0 or words[k] == "من"
                                                                    and k > 0 and words[k - 1] in THEY)
                                        for k in range(len(words) - 1))


def fired_from(words: list[str]) -> bool:
    """The words before a place put it in the positions the fire came from ('قصف مدفعي من قواعد الاحتلال في منطقه X',
    'اطلقتها من مواقعها غربي X', 'قذايف مصدرها مواقع النظام علي الضفه المقابله'): 'من' or 'مصدره' and a noun of
    positions within the last five words, a locative or nothing before the place; 'من مواقعه علي X' aims at X."""
    for k in range(max(0, len(words) - 6), len(words) - 1):
        source = words[k] in SOURCE_OF
        if (words[k] != "من" and not source) or POSITIONS_RE.fullmatch(words[k + 1]) is None or (
                k > 0 and words[k - 1] in NEARING):
            continue  # 'مسيره كانت تقترب من موقع ... قرب مطار X': what it neared, not whence it came
        last = words[-1] if len(words) > k + 2 else ""
        return last in ("", "في", "قرب", "داخل") or (source and last == "علي") or (
            len(words) > k + 2 and last not in ("علي", "الي", "نحو", "باتجاه", "تجاه", "صوب") and len(words) - k <= 4)
    return False


def own_trigger(rec: Recognized, p: Any, classes: frozenset[str]) -> bool:
    """A trigger that opens an incident right after a place, before the next comma ('وفي بلده X اغارت مسيره')."""
    after = rec.nt.text[p.end:p.end + 40]
    if after.split()[:1] in (["المجاوره"], ["المجاور"], ["القريبه"], ["القريب"]):
        return False  # 'وفي باديه الحميمه المجاوره استهدفت غاره': the neighbourhood of the scene just told
    stop = min((k for k in (after.find(c) for c in ",.:\n") if k >= 0), default=len(after))
    if any(t.payload.get("class") in classes for t in rec.near("triggers", p.end, p.end + stop)):
        return True
    return stop < len(after) and after[stop] == "," and _fronted(rec, p.end + stop + 1, classes)


def _fronted(rec: Recognized, pos: int, classes: frozenset[str]) -> bool:
    """A verb-led clause right after the comma that closes a fronted place's phrase ('وفي ناحيه X التابعه لقضاء Y,
    استهدفت مسيره ...'): the fronted place is that clause's scene."""
    text = rec.nt.text
    first = text[pos:pos + 30].split()[:1]
    if not first:
        return False
    start = text.find(first[0], pos)
    return any(t.start == start and t.payload.get("class") in classes
               for t in rec.near("triggers", start, start + len(first[0])))


def holding_unit(text: str, p: Any, cands: list[Any]) -> bool:
    """'قضاء العماديه بمحافظه دهوك', 'مديريه عبس في محافظه حجه': a province glued by 'ب' (or after 'في') to the
    town, district or site named right before it holds that place, whatever precision its name resolved to; so
    does a city read after a province's head outside its span ('مدينه X باقليم تمبكتو': the region, not the city)."""
    start = p.start if text[p.start:p.end].startswith(ADMIN_HEADS) else _head_before(text, p.start)
    if start < 0:
        return False
    glued = text[start - 1:start] == "ب"
    lead = start - 1 if glued else start - 3 if text[max(0, start - 3):start] == "في " else -1
    return lead > 0 and any(q is not p and q.end <= lead and not text[q.end:lead].strip() and q.kind in (
        "site", "locality", "admin2", "admin3") and q.location.flagged != "context" for q in cands)


def _head_before(text: str, pos: int) -> int:
    """Where a province's head stands right before pos, outside the place's span ('باقليم تمبكتو'), or -1."""
    word = text[max(0, pos - 12):pos].split()[-1:]
    if not word or not text[pos - 1:pos].isspace():
        return -1
    head = word[0][1:] if word[0].startswith("ب") and word[0][1:] in ADMIN_HEADS else word[0]
    if head not in ADMIN_HEADS:
        return -1
    return pos - 1 - len(head)
