"""Revised tolls: a figure a later report replaced is set aside for the one that replaced it.

A toll that rose ('ارتفاع حصيله الشهداء الي 6') replaces the lower figures of its incident,
wherever a live blog tells them (newest first or last), but not a part given for one of its places, and a rise is
no update when a teller raises the figure itself ('رفعت X الحصيله الي 21') or the toll risen is a day's or several
strikes' total ('لترتفع الحصيله الاجماليه لغارات اليوم الي 9'); a correction ('والصحيح ... ثلاثه قتلي
وجريحان') replaces every other figure of its field, and the figure it corrects, told before it
('ورد في نسخه سابقه ... مقتل جنديين'), or a figure told as an earlier report ('نقلت في وقت سابق
... مقتل شخصين'), counts only when nothing else is told.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .literal_guard import guard
from .recognize import Recognized
from .records import Claim

if TYPE_CHECKING:
    from .frame import Frame

PLAIN, RISE, CORRECT, PRIOR = "", "rise", "correct", "prior"
# the risen toll of one incident named by its trigger ('ارتفاع عدد شهداء غارة اللبوة الي اربعه', 'لترتفع حصيله ضحايا
# التفجير الي ثلاثه'): it replaces that incident's lower figures however its telling was split (current)
RISE_ONE = "rise one"
PROJECTED = "projected"  # a rise forecast ('مرجحه ارتفاع عدد القتلي الي 11'): no figure told, never attached
# the words of a forecast right before the rising word: 'مرجحا ارتفاع', 'ما يرجح ارتفاع', 'وسط توقعات بارتفاع'
PROJECTION_WORDS = frozenset({"مرجحا", "مرجحه", "مرجحين", "ترجيح", "ترجيحات", "يرجح", "ترجح", "مرشحا", "مرشحه",
                              "متوقعا", "متوقعه", "يتوقع", "تتوقع", "توقع", "توقعات", "مخاوف", "احتمال"})
PROJECTION_BACK = 30  # characters before the rising word where a forecast word stands
PLACED = "placed"  # the part of a toll given for one place ('6 من القتلي سقطوا في البوكمال'): never replaced
# verbs of a rising toll: a later figure of the same toll replaces the earlier one ('ارتفع عدد القتلي الي 5')
UPDATE_WORDS = frozenset({"يرفع", "ترفع", "رفع", "رفعت", "ليرفع", "لترفع", "يرتفع", "ترتفع", "ارتفع", "ارتفعت",
                          "ليرتفع", "لترتفع"} | {"المحدثه", "محدثه"}  # 'غير ان الحصيله المحدثه ... بلغت 13'
                         | {"ليصل", "لتصل"})  # 'انتشال جثمانين اخرين, ليصل عدد الشهداء الي سته' (pa_016)
UPDATED = frozenset({"المحدثه", "محدثه"})  # after a toll noun: the figure of that toll is the newest one
RISE_WORDS = UPDATE_WORDS | {"ارتفاع", "وارتفاع", "بارتفاع", "وارتفع", "وارتفعت"}  # 'ارتفاع حصيله الشهداء الي 6'
RISE_WORDS |= {"ارتفاعها", "ارتفاعه", "بارتفاعها", "بارتفاعه"}  # 'قبل ان يعلن المرصد ارتفاعها الي 3': the toll's rise

RISE_REACH = 25  # words from the rising word to the figure it raises the toll to
CORRECTION_WORDS = frozenset({"والصحيح", "الصحيح", "والصواب", "الصواب"})  # 'تنويه: ... والصحيح ثلاثه قتلي'
# an earlier report of the toll: 'نقلت في وقت سابق من اليوم', 'ورد في نسخه سابقه من هذا الخبر', 'اوردت الصحيفه في
# عددها الصادر امس' (the outlet's previous issue, which a correction replaces)
PRIOR_PHRASES = ("في وقت سابق", "نسخه سابقه", "النسخه السابقه", "النسخه الاولي", "الحصيله الاوليه",
                 "حصيله اوليه", "معلومات اوليه", "في عددها", "في عدده",
                 "العدد الاولي", "الارقام الاوليه", "ارقام اوليه",  # a first count a later one replaces
                 "حصيله اولي", "الارقام الاولي", "ارقام اولي",  # ... with the plain adjective ('في حصيله اولي')
                 "الحصيله الاولي",  # '(الحصيله الاولي كانت شهيدين)': the first toll, which a later one replaced
                 # the spoken first telling ('بالاول كان الحكي عن ٤ شهدا', 'في البدايه كان الحديث عن ثلاثه')
                 "بالاول كان", "بالبدايه كان", "في البدايه كان", "باول الامر كان", "في اول الامر كان")
# ... but not 'في حصيله غير نهاييه': the newest count so far, which beats a first count told before it and gives way
# only to a final or a risen one (pa_011 lost its 3 to a first count's 1; 'غير نهائية' in mb_015, oa_013, pb_014: 4 docs, 4 sets)
PRIOR_TAIL = 6  # words after a figure that may name it the first count ('... و34 جريحا, وفق الحصيله الاوليه')
STOPS = re.compile(r"[.:;؛\n]")
# 'ادت في حصيله نهاييه الي استشهاد ثلاثه', 'في بيان نهايي: حصيله الغارات ... بلغت شهيدين': the final toll, which
# replaces every other figure of its field as a correction does (6 docs in 6 sets: bl, dz, ex, ja, ma, oa)
FULL_STOPS = re.compile(r"[.;؛\n]")
FINAL_PHRASES = ("حصيله نهاييه", "الحصيله النهاييه", "بيان نهايي", "البيان النهايي")
# 'وفق احدث حصيله لوزاره الصحه', 'اخر حصيله من غرفه الطوارئ: ٩ شهداء', '... 5 قتلي في حصيله جديده': the newest count
# of its toll, which replaces its lower figures as a rise does (a live blog's last post over its first; ub_020, and
# the war totals of la_014, nw_014, ot_007)
# a teller's earlier word in the pluperfect at its sentence's head ('وكانت مصادر امنيه قد تحدثت امس عن قتيلين فقط',
# 'وكانت الخليه قد اعلنت في بيانها الاول استشهاد جنديين'): an earlier report, which a figure told as news replaces
PLUPERFECT_TOLD = guard(r"^\W*[وف]?(?:كان|كانت|كانوا) (?:\S+ ){0,5}?قد (?:اعلن|اعلنت|افاد|افادت|تحدث|تحدثت|ذكر|ذكرت"
                        r"|قال|قالت|اكد|اكدت|نقل|نقلت|اورد|اوردت|احصي|احصت|وثق|وثقت|نشر|نشرت|اشار|اشارت)(?!\S)")
THAT = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها"})  # 'قد اعلنت ان ...': an event reported
LATEST_PHRASES = ("اخر حصيله", "احدث حصيله", "اخر احصاييه", "احدث احصاييه", "الحصيله الاخيره", "حصيله جديده",
                  "الحصيله الجديده")


def revision(rec: Recognized, lo: int, hi: int, start: int, end: int) -> str:
    """How the figure at normalized [start, end) of the sentence [lo, hi) revises its toll: RISE, CORRECT, PRIOR,
    PROJECTED or PLAIN."""
    text = rec.nt.text
    head = text[lo:start]
    words = head.split()
    if (start, end) in rec.cache("ordinal_totals"):
        return RISE  # 'العثور علي جثه خامسه' after 'مقتل اربعه' (claim_ordinals)
    if _corrects(head) and CORRECTION_WORDS & _bare(words):  # 'والصحيح, بحسب بيان لاحق, ان ...'
        return CORRECT
    if _corrects(text[end:hi + 20]) and CORRECTION_WORDS & (
            _bare(text[end:hi].split()) | _bare(text[hi:hi + 20].split()[:1])):
        return PRIOR  # 'ورد ... مقتل جنديين واصابه ثلاثه, والصحيح ...' (or '... . والصحيح'): the figure corrected
    if _raised_later(text, end, hi):
        return PRIOR  # 'احصت 9 قتلي, قبل ان ترتفع الحصيله صباح اليوم': the figure the later one replaced
    clause = FULL_STOPS.split(text[max(lo, start - 200):start])[-1]  # 'في بيان نهايي: حصيله ...' heads a colon
    if any(p in clause for p in FINAL_PHRASES) or "الحصيله النهاييه" in STOPS.split(text[end:hi])[0]:
        return CORRECT  # '... 4 قتلي, وفق الحصيله النهاييه' names its figure final too
    risen = _risen(text, head, start, end)
    if risen < 0 and (latest := max((clause.rfind(p) for p in LATEST_PHRASES), default=-1)) >= 0:
        risen = start - lo - len(clause) + latest  # 'اخر حصيله ... لضرب الحاره ١٧: ٩ شهداء' (a colon inside)
    elif risen < 0 and any(p in STOPS.split(text[end:hi])[0] for p in LATEST_PHRASES):
        risen = start - lo  # '9 قتلي, وفق اخر حصيله'
    if risen < 0 and (inside := _risen(text, text[lo:end], start, end)) >= 0 and (
            _one_incident(rec, max(lo, lo + inside - ONE_BEFORE), end) or not _told_after(rec, start, end, hi)):
        risen = inside  # 'عدد قتلي غاره سوق X ارتفع الي 12', 'عدد القتلي ارتفع الي ثلاثه': the rising word inside the span
    prior = max((head.rfind(p) for p in PRIOR_PHRASES), default=-1)
    if prior < 0 and _said_before(rec, lo, hi, head):
        prior = 0  # 'وكانت مصادر امنيه قد تحدثت امس عن قتيلين': what was said before the news
    if prior >= 0 and risen <= prior:
        return PRIOR  # not 'كانت الحصيله الاوليه ... مقتل 4, قبل ان تعلن ... ارتفاع العدد الي 7': the 7 is the new one
    tail = " ".join(STOPS.split(text[end:hi])[0].split()[:PRIOR_TAIL])
    if any(p in tail for p in PRIOR_PHRASES):
        return PRIOR  # '11 قتيلا و34 جريحا, استنادا الي الحصيله الاوليه': the figure of a first count
    if risen < 0:
        return PLAIN
    if set(text[max(lo, lo + risen - PROJECTION_BACK):lo + risen].split()[-2:]) & PROJECTION_WORDS:
        return PROJECTED  # 'مرجحه ارتفاع عدد القتلي الي 11': a forecast, no toll
    if _one_incident(rec, max(lo, lo + risen - ONE_BEFORE), end):
        return RISE_ONE
    return RISE if _whole(rec, lo + risen, end) else PLAIN


def _said_before(rec: Recognized, lo: int, hi: int, head: str) -> bool:
    """The sentence [lo, hi) opens with a teller's word in the pluperfect (head: its words up to the figure) and tells
    figures only ('وكانت مصادر امنيه قد تحدثت امس عن قتيلين فقط'), no incident ('قد اعلنت استشهاد جندي في اشتباك
    ...', 'قد اعلنت ان مجموعه ... تسللت': the incident retold, its own toll)."""
    told = PLUPERFECT_TOLD.match(head)
    return told is not None and not THAT & _bare(head[told.end():].split()) and not any(
        lo <= t.start < hi for t in rec.near("triggers", lo, hi))


BEFORE_THEN = guard(r"(?<!\S)قبل ان(?!\S)")  # 'X, قبل ان ...': what the figure's clause was before a later change


def _raised_later(text: str, end: int, hi: int) -> bool:
    """After the figure ending at `end`, its clause goes on 'قبل ان' and a word that raises or settles the toll ('قبل
    ان يعلن المرصد ارتفاعها الي 3', 'قبل ان تنتشل الفرق جثه خامس, لتصبح الحصيله النهاييه خمسه'): the figure is the
    first count, which the later one replaced."""
    tail = STOPS.split(text[end:hi])[0]
    m = BEFORE_THEN.search(tail)
    return m is not None and bool(_bare(tail[m.end():].split()) & (RISE_WORDS | BECAME))


ONE_BEFORE = 60  # characters before the rising word where the toll it raises may begin ('عدد قتلي غاره X ارتفع الي')
ONE_GAP = 1  # words between a casualty word and the singular trigger of its toll ('شهداء في الغاره', 'ضحايا التفجير')


# a teller named raising the figure ('فيما رفعت قوات الدعم السريع الحصيله الي 21'): its own count beside another's,
# no update; with no teller named ('ثم رفع الحصيله الي 5') the one told before raises its own toll, an update
RAISED_BY = frozenset({"رفع", "رفعت", "يرفع", "ترفع", "ليرفع", "لترفع"})
TELLER_WORDS = 4  # words of a teller's name between a raising verb and its toll noun ('رفع المرصد السوري الحصيله')
TELLING = frozenset({"بحسب", "حسب", "وفق", "وفقا", "افاد", "اعلن", "قال", "ذكر", "اكد", "نقل", "اورد", "افادت",
                     "اعلنت", "قالت", "ذكرت", "اكدت", "نقلت", "اوردت", "لدي", "عن"})  # 'بحسب X', 'افاد X': X told
# a toll summed over several incidents or a day ('الحصيله الاجماليه لغارات اليوم', 'القتلي في الاحداث التي رصدها')
TOTAL_WORDS = frozenset({"الاجماليه", "اجماليه", "الاحداث"})
DAY_TOTAL = guard(r"(?<!\S)(?:\S+ات|[وبل]?حصيله) (?:اليوم|الاسبوع|الشهر)(?!\S)")  # 'لغارات اليوم', 'حصيله اليوم'
TOLL_BACK = 60  # characters before a rising word where its toll noun may stand ('عدد قتلي الغاره ارتفع')


def _whole(rec: Recognized, at: int, end: int) -> bool:
    """The toll a rising word at `at` raises to the figure ending at `end` is that of one group of victims ('لترتفع
    حصيله قتلي حرس الحدود الي اربعه', 'الحصيله ارتفعت لاحقا الي سبعه'), not a total of several strikes ('حصيله
    القتلي جراء الضربات'), of a day or of a summary, nor a teller's own count ('رفعت X الحصيله الي 21')."""
    text = rec.nt.text
    told = text[at:end].split()
    if told[:1] and told[0] in RAISED_BY and not _same_teller(text, at, told):
        return False
    back = max(0, at - TOLL_BACK)
    before = [back + m.start() for m in re.finditer(r"\S+", text[back:at]) if m.group() in TOLL_WORDS]
    if before and not STOPS.search(text[before[-1]:at]):
        at = before[-1]  # 'الحصيله الاجماليه لغارات اليوم ارتفعت الي 11'
    return not _total(rec, at, end)


def _same_teller(text: str, at: int, told: list[str]) -> bool:
    """The teller raising the toll at `at` is the one told before: none named ('ثم رفع الحصيله مساء الخميس الي 5'), or
    one a telling word named earlier ('بحسب المرصد السوري ... رفع المرصد السوري الحصيله الي اربعه')."""
    toll = next((k for k, w in enumerate(told[:TELLER_WORDS + 2]) if w in TOLL_WORDS), None)
    if toll is None or toll == 1:
        return toll == 1
    name = " ".join(told[1:toll])
    before = (m.group(1) for m in re.finditer(r"(\S+)\s+" + re.escape(name) + r"(?![^\s,.:;؛])", text[:at]))
    return any(w in TELLING or (w[:1] == "و" and w[1:] in TELLING) for w in before)


def _total(rec: Recognized, a: int, b: int) -> bool:
    """The toll told in [a, b) sums several strikes ('لغارات', 'جراء الضربات'), a day or a summary ('الاجماليه')."""
    text = rec.nt.text
    return bool(TOTAL_WORDS & _bare(text[a:b].split())) or DAY_TOTAL.search(text, a, b) is not None or any(
        text[t.start:t.end].split()[0].endswith("ات") for t in rec.near("triggers", a, b))


def raised_after(rec: Recognized, a: int, b: int) -> bool:
    """A word raising a toll lies between a figure ending at a and a later one at b, so the later figure is the
    newer count of the same toll ('اصابه 25 عسكريا, قبل ان يرفع البنتاغون الحصيله الي 34'), unless the toll raised
    is a total of the day or of several strikes ('الي 6 شهداء, ... لترتفع الحصيله الاجماليه لغارات اليوم الي 9')."""
    text = rec.nt.text
    at = max((a + m.start() for m in re.finditer(r"\S+", text[a:b]) if m.group() in UPDATE_WORDS), default=None)
    return at is not None and not _total(rec, at, b)


def _one_incident(rec: Recognized, a: int, b: int) -> bool:
    """The toll raised in [a, b) is that of one incident named by a singular trigger right after its casualty word
    ('عدد شهداء قصف منزل عائله X', 'عدد الشهداء في الغاره علي حاريص'), not a total of strikes ('حصيله الضربات')."""
    text = rec.nt.text
    cut = max((m.end() for m in STOPS.finditer(text, max(0, a), b)), default=max(0, a))
    casualty = [(c.start, c.end) for c in rec.near("cues", cut, b) if c.payload.kind in ("killed", "injured")]
    casualty += [(m.start(), m.end()) for m in TOLL_OF.finditer(text, cut, b)]  # 'ارتفاع حصيله الغاره علي X الي 5'
    return any(not text[t.start:t.end].split()[0].endswith("ات") and any(
        e <= t.start and len(text[e:t.start].split()) <= ONE_GAP for _, e in casualty)
        for t in rec.near("triggers", cut, b))


TOLL_OF = guard(r"(?<!\S)[وبل]?حصيله(?!\S)")  # the toll noun: 'حصيله الهجوم' is the toll of that one attack


def _told_after(rec: Recognized, start: int, end: int, hi: int) -> bool:
    """A casualty word of the figure's kind follows it in the sentence: 'عدد الشهداء ارتفع الي ثمانيه, بينما افادت
    المستشفي بانها استقبلت سبعه شهداء' sets another teller's count beside the risen one, which replaces nothing."""
    kinds = {c.payload.kind for c in rec.near("cues", start, end) if c.payload.kind in ("killed", "injured")}
    return any(c.payload.kind in kinds and c.start >= end and _counted(rec, c) for c in rec.near("cues", end, hi))


def _counted(rec: Recognized, cue: Any) -> bool:
    """A count stands right before or after the casualty word ('سبعه شهداء', 'الجرحي ثلاثه'), unlike a toll's
    victims named again ('مؤكدا ان حاله جميع المصابين مستقره', sa_020)."""
    text = rec.nt.text
    return any(not text[q.end:cue.start - len(cue.prefix)].strip() for q in rec.near("quantities", max(0, cue.start - 30),
                                                                                   cue.start)
               ) or any(not text[cue.end:q.start].strip() for q in rec.near("quantities", cue.end, cue.end + 12))


def _bare(words: list[str]) -> set[str]:
    """The words without the punctuation glued to them ('والصحيح,')."""
    return {w.strip(",.:;؛\"'«»()") for w in words}


# 'يعني الحصيله صارت 5 قتلي', 'لتصبح الحصيله 12 قتيلا': the toll became a figure, the newest one
BECAME = frozenset({"صارت", "صار", "اصبحت", "اصبح", "باتت", "بات", "لتصبح", "ليصبح", "لتصير", "ليصير", "فاصبحت",
                    "لتستقر", "ليستقر", "استقرت", "واستقرت"})  # 'لتستقر الحصيله علي ثلاثه قتلي': where it settled
TOLL_WORDS = frozenset({"الحصيله", "حصيله", "العدد", "عدد"})
BECAME_REACH = 3  # words from 'became' to the figure: 'الحصيله صارت 5', 'لتصبح الحصيله 12'


def _corrects(span: str) -> bool:
    """A correction word may stand in the span: every one of CORRECTION_WORDS holds one of these stems (a fast
    necessary condition, so the words need not be split when none does)."""
    return "الصحيح" in span or "الصواب" in span


# every word _risen looks for (RISE_WORDS, UPDATED, BECAME) as a whole word of a clause (one starts after a space,
# a stop or the head's start): when none stands in a head, _risen answers -1 without splitting the head into words
RISING_ANY = guard(r"(?<![^\s.:;؛])(?:" + "|".join(sorted(map(re.escape, RISE_WORDS | UPDATED | BECAME))) + r")(?!\S)")


def _risen(text: str, head: str, start: int, end: int) -> int:
    """Where in head the word is that raises the figure's toll ('ارتفاع العدد الي 7', 'الحصيله صارت 5'), or -1."""
    if RISING_ANY.search(head) is None:
        return -1
    cut = max((m.end() for m in STOPS.finditer(head)), default=0)  # the figure's clause: after the last stop
    words = [(m.start() + cut, m.group()) for m in re.finditer(r"\S+", head[cut:])][-RISE_REACH:]
    clause = [w for _, w in words]
    rise = max((i for i, w in enumerate(clause) if w in RISE_WORDS), default=None)
    if rise is not None and {"الي", "ل"} & set(clause[rise + 1:] + text[start:end].split()):  # 'لـ 4' (spoken)
        return words[rise][0]
    if (named := _named_rise(head, cut)) >= 0:
        return named
    updated = max((i for i, w in enumerate(clause) if w in UPDATED and i > 0 and clause[i - 1] in TOLL_WORDS), default=None)
    if updated is not None:
        return words[updated][0]  # 'الحصيله المحدثه التي اعلنتها الوزاره بلغت 13 قتيلا'
    became = max((i for i, w in enumerate(clause) if w in BECAME and (
        (i > 0 and clause[i - 1] in TOLL_WORDS) or (i + 1 < len(clause) and clause[i + 1] in TOLL_WORDS))), default=None)
    return words[became][0] if became is not None and len(clause) - became <= BECAME_REACH else -1


NAMED_RISE_REACH = 45  # words from 'ارتفعت حصيله' to the 'الي' of its figure, a long relative clause between


def _named_rise(head: str, cut: int) -> int:
    """Where in head a rising word right before its toll noun stands ('ارتفعت حصيله القصف الذي طال، امس، مقرا ...
    في منطقه X، الي ثلاثه قتلي'), when the figure's clause runs on to it past RISE_REACH and names it with 'الي', or -1."""
    words = [(m.start() + cut, m.group()) for m in re.finditer(r"\S+", head[cut:])][-NAMED_RISE_REACH:]
    to = max((i for i, (_, w) in enumerate(words) if w == "الي"), default=None)
    if to is None or len(words) - to > RISE_REACH:
        return -1
    rise = max((i for i, (_, w) in enumerate(words[:to]) if w in RISE_WORDS and i + 1 < to and words[i + 1][1]
                in TOLL_WORDS), default=None)
    return -1 if rise is None else words[rise][0]


def add_claim(rec: Recognized, frame: Frame, claim: Claim, kind: str) -> None:
    """Attach a claim to a frame, setting aside the figures of its field that it revises or that revise it (a
    forecast is no claim)."""
    if kind == PROJECTED:
        return
    kinds: dict[int, str] = rec.cache("claim_revision")
    kinds[id(claim)] = kind
    rec.cache("claim_frame")[id(claim)] = frame
    told = rec.cache("prior_figures").setdefault(id(frame), set())
    if kind == PRIOR and _revisable(claim):  # remembered when a risen figure replaces it (current)
        told.add((claim.field, claim.value))
    # ... and so is a figure a risen one replaced: 'استشهد اربعه ... ليصل عدد الشهداء الي سته' makes a headline's
    # '4 شهداء' the earlier count repeated (pa_016)
    if any(_replaces(kinds, c, claim) for c in frame.claims):
        if kinds.get(id(claim), PLAIN) == PLAIN and any(_risen_over(kinds, c, claim) for c in frame.claims):
            told.add((claim.field, claim.value))
        return
    told.update((c.field, c.value) for c in frame.claims if _risen_over(kinds, claim, c))
    frame.claims[:] = [c for c in frame.claims if not _replaces(kinds, claim, c)]
    frame.claims.append(claim)


def _risen_over(kinds: dict[int, str], new: Claim, old: Claim) -> bool:
    """Claim `new` is a risen toll that replaces the plain figure `old`."""
    return kinds.get(id(new), PLAIN) in (RISE, RISE_ONE) and kinds.get(id(old), PLAIN) == PLAIN and _replaces(kinds, new, old)


def current(rec: Recognized, claims: list[Claim]) -> list[Claim]:
    """The claims of one incident that no correction or later report among them revises (told in other sentences)."""
    kinds: dict[int, str] = rec.cache("claim_revision")
    if not kinds:
        return claims
    # _replaces without the risen-toll rule, in one pass per field rather than per pair: a correction of the
    # field replaces every uncorrected figure, and an earlier report's figure gives way to any that is not one
    # ... and a plain figure equal to an earlier report's, when a risen one replaced that ('مقتل 4' in a headline,
    # 'كانت الحصيله الاوليه ... مقتل 4, قبل ... ارتفاع العدد الي 7' in the body), is that earlier report repeated
    corrected: set[str] = set()
    told: set[str] = set()
    risen: dict[str, int] = {}
    one: dict[str, int] = {}  # the risen toll of the one incident named ('عدد شهداء غاره اللبوة')
    whole: dict[str, int] = {}  # ... or of one group of its victims ('لترتفع حصيله قتلي حرس الحدود الي اربعه')
    homes, told_before = rec.cache("claim_frame"), rec.cache("prior_figures")
    prior: set[tuple[str, object]] = set()
    for d in claims:
        prior |= told_before.get(id(homes.get(id(d))), set())
        if _revisable(d):
            kind = kinds.get(id(d), PLAIN)
            if kind == CORRECT:
                corrected.add(d.field)
            if kind != PRIOR:
                told.add(d.field)
            if kind in (RISE, RISE_ONE):
                risen[d.field] = max(risen.get(d.field, 0), int(d.value))  # type: ignore[arg-type]
            if kind == RISE_ONE:
                one[d.field] = max(one.get(d.field, 0), int(d.value))  # type: ignore[arg-type]
            if kind == RISE:
                whole[d.field] = max(whole.get(d.field, 0), int(d.value))  # type: ignore[arg-type]
    return [c for c in claims if not (_revisable(c) and (
        (kinds.get(id(c), PLAIN) != CORRECT and c.field in corrected)
        or (kinds.get(id(c), PLAIN) == PRIOR and c.field in told)
        or (kinds.get(id(c), PLAIN) == PLAIN and (c.field, c.value) in prior
            and risen.get(c.field, 0) > int(c.value))  # type: ignore[arg-type]
        or (kinds.get(id(c), PLAIN) in (PLAIN, RISE, RISE_ONE, PLACED)
            and one.get(c.field, 0) > int(c.value))  # type: ignore[arg-type]
        or (kinds.get(id(c), PLAIN) == PLAIN and whole.get(c.field, 0) > int(c.value))))]  # type: ignore[arg-type]


def _revisable(c: Claim) -> bool:
    """A claim with an exact non-zero figure, the only kind a revision replaces."""
    return isinstance(c.value, int) and c.value != 0


def _replaces(kinds: dict[int, str], new: Claim, old: Claim) -> bool:
    """Claim `new` replaces claim `old` of its frame: a correction every uncorrected figure, a risen toll the lower
    figures (in one frame only, since a total risen over several places says nothing of each one's figure in
    another: current() leaves that rule out), and any figure an earlier report's (figures of one field; 'no
    casualties' and vague claims stay)."""
    a, b = new.value, old.value
    if new.field != old.field or not isinstance(a, int) or not isinstance(b, int) or a == 0 or b == 0:
        return False
    k_new, k_old = kinds.get(id(new), PLAIN), kinds.get(id(old), PLAIN)
    if k_new == CORRECT or k_old == CORRECT:
        return k_new == CORRECT and k_old != CORRECT
    if k_new in (RISE, RISE_ONE) and k_old in (PLAIN, RISE, RISE_ONE, PRIOR) and b < a:
        return True
    return k_old == PRIOR and k_new != PRIOR
