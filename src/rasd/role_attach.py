"""Role attachments: what a backer or owner phrase right before an actor makes of it ('المدعومه من X', 'تابعه لX')."""

from __future__ import annotations

import re
from dataclasses import replace

from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import GROUP_HEADS, bare_words, prev_word, word_end, words_between

MODIFIER_HEADS = ("المدعوم", "الموالي", "المقرب", "المرتبط", "المحسوب", "الموالين", "المدعومين", "المقربين",
                  "الرديف", "الحليف", "مدعوم", "موالي", "موالين", "مقرب", "مرتبط", "محسوب", "الموالون", "موالون")  # 'مجموعه مدعومه من X'
# as well as 'المجموعه المدعومه من X': the backer, never a party
SUPPORT_WORDS = frozenset({"اسناد", "اسنادا", "دعم", "دعما", "نصره", "مسانده", "تضامنا", "تاييدا"})
ALLY_WORDS = frozenset({"بمشاركه", "بمسانده", "بالتعاون", "بالاشتراك", "بالتنسيق", "بموازره", "بالشراكه"})
PARTNER_WORDS = frozenset({"مشتركه", "المشتركه", "بالتعاون", "بالتنسيق", "بالاشتراك", "بالشراكه"})
BACKING_WORDS = frozenset({"باسناد", "بدعم", "بمسانده", "بغطاء", "بموازره"})
L_CLITICS = frozenset({"ل", "لل", "ول", "ولل", "فل"})
HEDGE_WORDS = frozenset({"يعتقد", "يرجح", "يشتبه", "يبدو", "ربما", "انها", "انه", "بانها", "بانه"})
OWNED_BY = ("تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين", "تابعون", "التابعون", "المملوكه", "تتبع", "يتبع")
OWNER_HEADS = GROUP_HEADS | {"جيش"}  # 'لجيش X', 'لقوات X': the head of a name the matcher read without it
ACTED_ON = frozenset({"fall", "explosion", "intercept"})  # 'مقر تابع لX سقطت عليه', not a verb its owner did
PEOPLE_HEADS = GROUP_HEADS | {"مرتزقه", "مسلحين", "مسلحون", "عناصر", "خلايا", "خليه", "مقاتلين", "مقاتلون", "افراد"}
WEAPON_SITE = frozenset({"اطلاق", "تصنيع", "تجميع", "تخزين", "مخازن", "مخزن", "منصات", "منصه", "مستودع", "مستودعات",
                         "ورشه", "ورش", "مرابض", "مربض"})  # 'نقاط اطلاق مسيرات تتبع لX': X's site, not its weapon
SITE_LEADS = ("", "ل", "لل", "و", "ول")  # 'موقع لاطلاق الصواريخ', 'ورشه للتصنيع': a purpose 'ل' keeps the site noun


def _weapon_site(word: str) -> bool:
    """A site or purpose noun before a weapon, with its clitics ('منصه', 'لاطلاق', 'لتخزين'): the weapon names what
    the site is for, so the owner after it holds a site, not a weapon it fired."""
    return any(word.startswith(p) and word[len(p):] in WEAPON_SITE for p in SITE_LEADS)


def _modifier(text: str, m: Match[Entry], floor: int) -> str | None:
    """What a modifier phrase right before the actor makes of it: 'backed' (المدعومه من ايران), 'skip' ('بمشاركه قوه
    من "X"') or None."""
    words = text[max(floor, m.start - 40):m.start].replace('"', " ").split()
    if words and words[-1] in L_CLITICS:
        words = words[:-1]
        if any(w.removeprefix("و").removeprefix("ال") in SUPPORT_WORDS for w in words[-2:]):
            return "skip"  # 'في اطار الاسناد الامريكي للعدو', 'اسنادا للمقاومه': the side supported, not a party
    if len(words) >= 2 and words[-1] == "مع" and words[-2].removeprefix("و") in PARTNER_WORDS:
        return "skip"  # 'عمليه مشتركه مع التحالف': a partner of the one acting, not its target
    if len(words) >= 3 and words[-1] == "من" and any(w.removeprefix("و") in BACKING_WORDS for w in words[-3:-1]):
        return "skip"  # 'باسناد (جوي) من طيران التحالف': the backer of the one acting
    if len(words) >= 2 and words[-1] == "من":
        words = words[:-1]
    if words and words[-1].removeprefix("و").startswith(MODIFIER_HEADS):
        return "backed"
    if any(w.removeprefix("و") in ALLY_WORDS for w in words[-3:]):
        return "skip"  # 'قوات التحالف بمشاركه عناصر من قسد': a partner of the attacker, not its target
    return None


def _owned_by(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'طائرات تابعة لـX' makes X the attacker, 'مقار تابعة لـX' the target, 'قناة "المسيرة" التابعة لـX' neither;
    None without 'تابعة'."""
    text = rec.nt.text
    words = text[max(floor, m.start - 40):m.start].replace('"', " ").split()
    if words and words[-1] in L_CLITICS:
        words = words[:-1]  # 'تابعه لX', 'تتبع ل"X"'
    elif words and words[-1].startswith("ل") and words[-1].removeprefix("ل").removeprefix("ال") in OWNER_HEADS:
        words = words[:-1]  # 'معسكر نفح التابع لجيش الكيان', 'مقر تابع لميليشيا X': the head noun before the name
    elif not text.startswith("ل", m.start):
        return None  # or a name whose own words begin with ل ('تابعه لقوات النظام')
    if not words or words[-1] not in OWNED_BY:
        return None
    head_end = max(floor, m.start - 40) + text[max(floor, m.start - 40):m.start].rfind(words[-1])
    outlets = [s for s in rec.near("sources", head_end - 60, head_end) if s.end <= head_end]
    if any(not text[s.end:head_end].strip(" \"'") for s in outlets):
        return "skip"  # 'قناه "المسيره" التابعه للحوثيين': an outlet's owner tells, it does not fight
    for w in rec.near("weapons", head_end - 40, head_end):
        if any(s.start <= w.start and w.end <= s.end for s in outlets):
            continue  # 'المسيره' the channel, not a drone
        gap = text[w.end:head_end].split() if w.end <= head_end else ([] if w.end <= m.start else None)
        gap = [g for g in gap if g not in HEDGE_WORDS] if gap else gap  # 'مسيرات يعتقد انها تابعه لX'
        if (gap == [] or (gap is not None and len(gap) == 1 and not gap[0].startswith("ل"))) \
                and not any(_weapon_site(x) for x in text[max(0, w.start - 12):w.start].split()[-1:]) \
                and not _hit_with(rec, w.end, head_end):
            return "agent"  # 'طائرات (مسيره) تابعه لX', but not 'ضربات لاوكار تابعه لX'
    heads = [w for w in words[:-1] if w not in HEDGE_WORDS][-2:]  # 'خلايا يعتقد انها تتبع لX': the hedge aside
    if any(w.removeprefix("ال") in PEOPLE_HEADS for w in heads):
        return None  # 'مجموعات (مرتزقه) تابعه لX': X names the group's patron, whose role its own place decides
    group = next((g for g in rec.near("actors", head_end - 40, head_end)
                  if g.end <= head_end and not text[g.end:head_end].strip(" \"'")), None)
    if group is not None:
        if group.payload.get("side") == "UNKNOWN":
            return None  # 'مجموعات مسلحه تابعه لX': X names the group, whose role its own place decides
        return "skip"  # '"الدفاع الوطني" التابعه لحكومه دمشق': the named group plays the part, X is its patron
    if any(t.payload.get("pos") == "verb" and t.payload.get("class") not in ACTED_ON and t.start >= m.end
           and words_between(text, m.end, t.start) == 0 for t in rec.near("triggers", m.end, m.end + 8)):
        return "agent"  # 'مدمره تابعه للبحريه الامريكيه اطلقت صواريخ': the thing owned is the verb's subject
    return "target"


def _hit_with(rec: Recognized, lo: int, hi: int) -> bool:
    """'انفجرت عبوه ناسفه بعجله تابعه للحشد': a vehicle or post noun with 'ب' between the weapon and 'تابعه' is
    what the weapon hit, so the owner named after it was hit (not 'طائرات مسيره تابعه لX')."""
    return any(c.prefix.endswith("ب") and lo <= c.start and c.end <= hi for c in rec.cues_of("holding", lo, hi))


REMNANT_WORDS = frozenset({"مخلفات", "مخلفاته", "مخلفاتها"})  # 'لغم من مخلفات X': X left it, no attacker ('بقايا X'
# are X's own men: 'خليه من بقايا داعش')
POSITION_WORDS = frozenset({"مواقع", "موقع", "مناطق", "منطقه", "مرابض", "مربض", "نقاط", "نقطه", "مقرات", "معاقل",
                            "تجمعات", "ثكنات", "اماكن", "مكان"})  # 'قذيفه من مواقع X': fired from X's positions


SOURCE_WORDS = frozenset({"مصدره", "مصدرها", "مصدرهما", "مصدرهم"})  # 'قصف مدفعي مصدره (مواقع) X': X fired it


def _from_positions(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'قذيفه هاون من مواقع X', 'قصف مصدره مواقع X' make X the one firing ('agent'); 'لغم من مخلفات X' a war
    remnant of X ('skip')."""
    text = rec.nt.text
    lo = max(floor, m.start - 40)
    words = text[lo:m.start].replace('"', " ").split()
    if words and words[-1] in GROUP_HEADS:
        words = words[:-1]  # 'من مواقع ميليشيات X', 'من مخلفات تنظيم X'
    if words and words[-1] in SOURCE_WORDS:
        at = lo + text[lo:m.start].rfind(" " + words[-1])  # 'قذائف مصدرها قوات النظام'
    elif len(words) >= 2 and words[-2] in SOURCE_WORDS and words[-1] in POSITION_WORDS:
        at = lo + text[lo:m.start].rfind(" " + words[-2])
    elif len(words) < 2 or words[-2] != "من":
        return None
    elif words[-1] in REMNANT_WORDS:
        return "skip"
    elif words[-1] not in POSITION_WORDS:
        return None
    else:
        at = lo + text[lo:m.start].rfind(" من ")
    fired = (*rec.near("weapons", at - 80, at), *rec.near("triggers", at - 80, at))
    return "agent" if any(w.start >= floor and w.end <= at and words_between(text, w.end, at) <= 8
                          for w in fired) else None


CONTROL_PHRASES = (("الخاضعه", "لسيطره"), ("خاضعه", "لسيطره"), ("الخاضع", "لسيطره"), ("تحت", "سيطره"),
                   ("الخاضعه", "لنفوذ"), ("خاضعه", "لنفوذ"), ("والخاضعه", "لسيطره"))
LAUNCH_REACH = 10  # words from 'من' to the holder: 'اطلقت من اطراف قريه X, احدي القري السبع الخاضعه لسيطره Y'


def control_phrase(text: str, m: Match[Entry], floor: int) -> int | None:
    """Where 'الخاضعه لسيطره' (or 'تحت سيطره', 'الخاضعه لنفوذ') right before the actor starts, else None."""
    lo = max(floor, m.start - 30)
    words = text[lo:m.start].replace('"', " ").split()[-2:]
    if tuple(words) not in CONTROL_PHRASES:
        return None
    return lo + text[lo:m.start].rfind(words[0])


def _holds_place(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'باتجاه بلده X الخاضعه لسيطره Y', 'قصفت مناطق خاضعه لسيطره Y': Y holds the place hit ('target'); 'اطلقت من
    قريه X الخاضعه لسيطره Y': the place fired from ('origin': the attacker when the clause names none)."""
    text = rec.nt.text
    at = control_phrase(text, m, floor)
    if at is None:
        return None
    since = text.rfind(" من ", floor, at)
    fired = (*rec.near("weapons", since - 60, since), *rec.near("triggers", since - 60, since)) if since >= 0 else ()
    if since >= 0 and words_between(text, since, at) <= LAUNCH_REACH and not rec.cues_of("target_prep", since, at) \
            and any(w.start >= floor and w.end <= since and words_between(text, w.end, since) <= 2 for w in fired):
        return "origin"
    return "target"


UNIT_NOUNS = frozenset({"فرقه", "لواء", "الويه", "فوج", "افواج", "كتيبه", "كتايب", "سريه", "فيلق", "قطعات", "تشكيلات"})
UNIT_LEADS = ("و", "ل", "لل", "ال", "وال", "ول", "ولل")  # 'للفرقه', 'واللواء': a unit noun's clitics and article


def _unit_word(word: str) -> bool:
    """A military unit noun with its clitics ('الفرقه', 'للواء', 'الويه')."""
    return any(word.startswith(p) and word[len(p):] in UNIT_NOUNS for p in ("", *UNIT_LEADS))


def unit_start(text: str, m: Match[Entry], floor: int) -> int | None:
    """'(لاحد الويه) الفرقه 15 في الجيش العراقي', 'اللواء الرابع عشر في الحشد': where the unit phrase whose force
    the actor after 'في' names begins (a unit noun, then at most two number or ordinal words), else None."""
    lo = max(floor, m.start - 60)
    spans = [(w.start() + lo, w.group().strip('"')) for w in re.finditer(r"\S+", text[lo:m.start])]
    if not spans or spans[-1][1] != "في" or m.prefix:
        return None
    i, tail = len(spans) - 2, 0
    while i >= 0 and tail < 2 and not _unit_word(spans[i][1]) and (
            spans[i][1].isdigit() or spans[i][1].startswith("ال") or spans[i][1] in ("عشر", "عشره")):
        i, tail = i - 1, tail + 1
    if i < 0 or not _unit_word(spans[i][1]):
        return None
    while i > 0 and (_unit_word(spans[i - 1][1]) or spans[i - 1][1].removeprefix("ل") == "احد"):
        i -= 1  # 'لاحد الويه الفرقه 15': the whole chain
    return spans[i][0]


def _unit_of(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'عجله تابعه لاحد الويه الفرقه 15 في الجيش X', 'موقعا للواء 52 في الحشد', 'منتسبي اللواء 14 في الحشد': the
    force whose unit owns what was hit, or whose unit's men were, was hit ('target'); a unit acting ('قوه من
    الفرقه السابعه في الجيش') leaves the force to its place (None)."""
    text = rec.nt.text
    at = unit_start(text, m, floor)
    if at is None:
        return None
    first = text[at:word_end(text, at)]
    before = prev_word(text, at)
    if first.startswith("ل") and not first.startswith("لواء") and (
            before.removeprefix("ال") in ("تابعه", "تابع", "تابعين") or rec.cues_of("holding", max(floor, at - 24), at)
            or rec.cues_of("target_prep", max(floor, at - 24), at)):
        return "target"  # the unit owns the vehicle, post or site hit
    if any(c.end <= at and words_between(text, c.end, at) == 0 for c in rec.cues_of("member", max(floor, at - 24), at)):
        return "target"
    return None


def attached(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """The role a backer, owner, origin or holder phrase right before the actor gives it ('المدعومه من X', 'تابعه
    لX', 'من مواقع X', 'الخاضعه لسيطره X'), or None."""
    mod = _modifier(rec.nt.text, m, floor)
    if mod == "backed":  # 'مسلحون موالون لX', 'مرتزقه مدعومه من X': an unnamed group's backer plays its part
        lo = max(floor, m.start - 40)
        head = text_word_start(rec.nt.text, lo, m.start, MODIFIER_HEADS)
        return "proxy" if head is not None and backed_group(rec, head, floor) == "unnamed" else "skip"
    return mod or _linked_to(rec, m, floor) or _owned_by(rec, m, floor) or (
        _from_positions(rec, m, floor) or _holds_place(rec, m, floor) or _unit_of(rec, m, floor)
        or _holder_of_hit(rec, m, floor))


MEN_HELD = frozenset({"جنود", "قوه", "قوتين"})  # holding cues naming men, not a post or vehicle
HIT_AT = frozenset({"علي", "عند", "قرب", "بالقرب", "ضد", "محيط", "بمحيط", "استهدفت", "استهدف", "استهداف", "باستهداف"})


def _holder_of_hit(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'هاجم مسلحون حاجز الجيش', 'اطلاق نار عند حاجز قسد', 'قصف على مقرات الحشد': the owner named in construct
    right after a post, vehicle or site noun that was hit or fired at is the target ('target'); not when that noun
    is the subject of the verb before it ('اطلق حاجز الجيش النار', no word between) or follows no attack."""
    if m.prefix:
        return None
    text = rec.nt.text
    post = next((c for c in rec.cues_of("holding", max(floor, m.start - 16), m.start)
                 if not text[c.end:m.start].strip(" \"'")), None)
    if post is None or post.key in MEN_HELD:
        return None  # 'جنود الاحتلال', 'قوه الجيش': the men are the force itself, hitting or hit
    if prev_word(text, post.start).removeprefix("و") in HIT_AT:
        return "target"  # 'عند حاجز X', 'على مواقع X', 'استهداف دوريه X'
    for t in rec.near("triggers", max(floor, post.start - 50), post.start):
        if t.end > post.start or words_between(text, t.end, post.start) > 5:
            continue
        if t.payload.get("pos") == "noun" and words_between(text, t.end, post.start) == 0:
            return "target"  # 'قصف مواقع الجيش', 'استهداف حاجز قسد'
        if t.payload.get("pos") == "verb" and words_between(text, t.end, post.start) >= 1:
            return "target"  # 'هاجم مسلحون حاجز الجيش': subject, then the post as object
    return None


def _linked_to(rec: Recognized, m: Match[Entry], floor: int) -> str | None:
    """'ميليشيا قسد المرتبطه بقوات الاحتلال', 'مجموعات مسلحه مرتبطه باجهزه النظام': after a group named right before
    a word of backing, the actor behind 'ب' (and at most one head noun) is its backer, never a party ('skip'); not
    'اهداف مرتبطه بفيلق القدس', where the things linked were hit and their owner with them (None)."""
    text = rec.nt.text
    lo = max(floor, m.start - 50)
    words = text[lo:m.start].replace('"', " ").split()
    if m.prefix in ("ل", "لل") and words[-1:] == [m.prefix]:
        words = words[:-1]  # 'مرتبطه بالاجهزه (الامنيه) للحكومه X': the backer's organ, then the backer in 'ل'
        if len(words) >= 3 and words[-1].startswith("ال") and words[-2].startswith("بال"):
            words = words[:-1]
        if not words or not words[-1].startswith("بال"):
            return None
    elif not ((m.prefix == "ب" and words[-1:] == ["ب"]) or (
            not m.prefix.endswith("ب") and words[-1:] != [] and words[-1].startswith("ب") and len(words[-1]) > 2)):
        return None
    if len(words) < 2 or not words[-2].removeprefix("و").startswith(MODIFIER_HEADS):
        return None
    mod = lo + text[lo:m.start].rfind(words[-2])
    backed = backed_group(rec, mod, floor)
    return None if backed is None else "proxy" if backed == "unnamed" else "skip"


def backed_group(rec: Recognized, mod: int, floor: int) -> str | None:
    """Who stands right before a word of backing at mod ('مرتبطه', 'الموالين'): 'named' for an actor of known side
    ('قسد المرتبطه بX'), 'unnamed' for an unknown group or a people noun ('مجموعات مسلحه', 'مرتزقه'), else None."""
    text = rec.nt.text
    group = [a for a in rec.near("actors", mod - 40, mod) if a.end <= mod and a.start >= floor
             and text[a.end:mod].replace('"', " ").split() in ([], ["مسلحه"])]
    if any(a.payload.get("side") != "UNKNOWN" for a in group):
        return "named"
    return "unnamed" if group or prev_word(text, mod).removeprefix("ل") in PEOPLE_HEADS else None


def text_word_start(text: str, lo: int, hi: int, heads: tuple[str, ...]) -> int | None:
    """Where the last word in text[lo:hi] beginning with one of heads (after 'و') starts, else None."""
    found = [w.start() + lo for w in re.finditer(r"\S+", text[lo:hi]) if w.group().strip('"').removeprefix("و")
             .startswith(heads)]
    return found[-1] if found else None


def proxy_backer(rec: Recognized, m: Match[Entry], floor: int) -> Match[Entry] | None:
    """'مجموعات مسلحه مرتبطه بالحكومه X', 'مسلحون موالون لX': the backer named right after an unknown group, whose
    side the group fights for, else None."""
    if m.payload.get("side") != "UNKNOWN":
        return None
    text = rec.nt.text
    for a in rec.near("actors", m.end, m.end + 50):
        head = text_word_start(text, m.end, a.start, MODIFIER_HEADS) if a.start > m.end else None
        if head is not None and bare_words(text, m.end, head) <= 1 and attached(rec, a, floor) == "proxy":
            return a
    return None


def proxy_side(rec: Recognized, m: Match[Entry], actor: Actor, floor: int) -> Actor:
    """The actor an unknown group plays, with the side of the backer named right after it (itself otherwise)."""
    backer = proxy_backer(rec, m, floor)
    return actor if backer is None else replace(actor, side=backer.payload.get("side"), backed=True)


def masdar_subject(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'اثر استهداف (ارهابيي تنظيم) "X" نقطه عسكريه': after the verbal noun of targeting, an actor followed at once by
    the thing hit is the noun's subject, the one who targeted (not 'استهداف X' alone, where X was hit)."""
    text = rec.nt.text
    if trig.payload.get("class") != "target" or trig.payload.get("pos") != "noun" or m.start < trig.end or m.prefix:
        return False
    if bare_words(text, trig.end, m.start) > 2 or rec.cues_of("target_prep", trig.end, m.start) \
            or rec.cues_of("holding", trig.end, m.start):
        return False
    return any(not text[m.end:c.start].strip(" \"'") for c in rec.cues_of("holding", m.end, m.end + 24))


BARE_LABELS = frozenset({"العدوان"})  # the aggression_anaphor row: 'العدوان' alone, for the aggressor named before
REACH_VERBS = frozenset({"طال", "طالت", "يطال", "تطال", "قد"})


def idle_label(rec: Recognized, m: Match[Entry]) -> bool:
    """Bare 'العدوان' that is no party: the aggressor only as a verb's subject ('ان العدوان استهدف', 'كما شن
    العدوان', 'وكان العدوان قد استهدف') or an attack's or weapon's genitive ('لغارات العدوان'), not the war it
    names ('حتي وقف العدوان', 'لقوي العدوان', 'حصيله العدوان')."""
    if m.key not in BARE_LABELS or m.prefix:
        return False
    text = rec.nt.text
    after = text[m.end:m.end + 16].replace(",", " ").split()[:1]
    if after and after[0] in REACH_VERBS:
        return False
    close = (*rec.near("triggers", m.start - 30, m.end + 16), *rec.near("weapons", m.start - 30, m.start))
    return not any((t.start >= m.end and words_between(text, m.end, t.start) == 0 and t.payload.get("pos") == "verb")
                   or (t.end <= m.start and words_between(text, t.end, m.start) == 0) for t in close)
