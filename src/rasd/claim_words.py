"""Casualty figures read around the cue lexicon: a death noun with its pronoun, wounded who died, one of a group,
a running total, a definite count.

'ما ادي الي مقتله' counts one dead and 'لقي شقيقان مصرعهما' two: the pronoun of the noun
says how many, unless a count stands between 'لقي' and the noun. 'بعد وفاه جريحين
متاثرين بجراحهما' tells of wounded who died: their number is no injury toll. 'مقتل احد
عناصر الحشد' is one dead; 'وثق منذ مطلع العام مقتل 31 مدنيا' is a running total, no toll. A
definite count is read after a definite casualty noun ('الشهداء الاربعه') and before 'the other'
('قتل الثلاثه الاخرون', 'والثلاثه الباقون في الميادين'), nowhere else ('الدول الخمس').
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from .claim_outcome import HURT_OUTCOME, is_outcome
from .lexicon import load_table
from .literal_guard import Regex, guard
from .matcher import Match
from .numbers import number_lexicon
from .recognize import Recognized
from .resources import Entry
from .timex import RECENT_DAYS

# the noun of a death with its pronoun ('مقتله', 'مصرعها', 'استشهادهما'), a conjunction or preposition allowed before it
DEATH_NOUN = guard(r"(?<!\S)(?:[وفبل])?(?:مقتل|مصرع|استشهاد)(ه|ها|هما)(?![^\s,.:;؛\"'»)])")
PRONOUN_COUNT = {"ه": 1, "ها": 1, "هما": 2}
MET_WORDS = frozenset({"لقي", "لقيت", "لقيا", "لقتا", "ولقي", "ولقيت", "فلقي"})
MET_REACH = 7  # words from 'لقي' to its death noun: 'لقي شقيقان مصرعهما', 'لقي موظف في دايره الزراعه مصرعه'
# 'بعد وفاه جريحين متاثرين بجراحهما', 'توفي مصابان': the wounded who died are no injury toll
DIED_BEFORE = frozenset({"وفاه", "توفي", "توفيت", "توفيا", "وتوفي", "ووفاه", "بوفاه", "لوفاه"})
DIED_AFTER = ("متاثر", "توف", "فارق", "لفظ")  # 'جريحين توفيا متاثرين بجراحهما', 'مصاب فارق الحياه'


MEASURES = frozenset({"اعوام", "عاما", "عام", "سنوات", "سنه", "سنين", "اشهر", "شهرا", "شهور", "ايام", "يوما",
                      "ساعات", "ساعه", "دقايق", "دقيقه", "كيلومترات", "كيلومترا", "كلم", "كم", "امتار", "مترا", "متر",
                      "ميلا", "ميل", "اميال"})  # 'اصابه بمقذوف علي بعد 65 ميلا بحريا' (bl_018, nb_022, qa_019)
MEASURED = re.compile(r"\s*(?:و\s*\d+\s+)?(\S+)")  # the word after a figure, past a coordinated one ('40 و56 عاما')
NUMBERED = frozenset({"قناه", "القناه"})  # nouns whose number is a name, never a count
# 'فاردوه قتيلا', 'اردته قتيلا', 'اردي قتيلا': the verb 'أردى' (to fell) with one victim as its object counts one dead
FELLED = re.compile(r"[وف]?(?:ارد(?:اه|وه|ته|ياه)|ارد(?:اها|وها|تها|ياها)|اردي|ارديت)")


def felled_one(text: str, lo: int, pos: int) -> bool:
    """The casualty noun at pos follows 'أرداه' / 'أردوه' / 'أُردي': one dead ('فأردوه قتيلاً')."""
    return FELLED.fullmatch(word_before(text, lo, pos)) is not None


class PronounDeath(NamedTuple):
    """A death noun with its pronoun: evidence span, the count it gives and where the noun is."""

    start: int
    end: int
    value: int
    anchor: int


def pronoun_deaths(rec: Recognized, lo: int, hi: int) -> list[PronounDeath]:
    """'ما ادي الي مقتله' = 1 dead, 'لقي شقيقان مصرعهما' = 2, in [lo, hi)."""
    text = rec.nt.text
    out: list[PronounDeath] = []
    for m in DEATH_NOUN.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 60):m.start()].split()
        value = PRONOUN_COUNT[m.group(1)]
        start = m.start()
        met = next((i for i in range(len(before) - 1, max(-1, len(before) - 1 - MET_REACH), -1)
                    if before[i] in MET_WORDS), None)
        if met is not None:
            verb_at = text.rfind(before[met], lo, m.start())
            subject = _subject_count(rec, verb_at, m.start())
            if subject is not None:
                value = int(subject.value)
            start = verb_at
        elif not before or not is_outcome(before[-1], text[m.start():m.end()]):
            continue  # 'دون ان يحدد مكان استشهاده': the death told of, not this incident's toll
        end = m.end()
        if (mate := _companions(rec, end, hi)) is not None:  # 'ادي الي مقتله مع ابنتيه' = 3
            value, end = value + int(mate.value), mate.end
        out.append(PronounDeath(start, end, value, m.start()))
    return out


def _companions(rec: Recognized, pos: int, hi: int) -> Any | None:
    """The count right after 'مع' / 'برفقه' that follows a death noun ending at pos ('استشهاده مع سايقه', 'مقتلها
    مع طفليها', 'مصرعه برفقه اثنين من مرافقيه'): those who died with him, or None."""
    text = rec.nt.text
    m = re.match(r"\s+(\S+)\s+", text[pos:hi])
    if m is None or m.group(1) not in WITH_WORDS:
        return None
    at = pos + m.end()
    return next((q for q in rec.near("quantities", at, hi) if q.start == at and q.end <= hi
                 and q.value is not None and q.kind != "ordinal"), None)


def word_before(text: str, lo: int, pos: int) -> str:
    """The word just before pos (not before lo), or ''."""
    words = text[max(lo, pos - 12):pos].split()
    return words[-1] if words else ""


# the kin of the victims ('وشارك الاف من اهالي المدينه وذوي الضحايا', 'التقي عوائل الشهداء'): the casualty word after
# one of these names whose kin they are, and a count before them counts the kin, not the dead
KIN_NOUNS = frozenset({"ذوي", "ذوو", "اهالي", "عايلات", "عوايل", "اسر", "اقارب", "امهات", "ابناء", "ارامل", "ايتام"})


def of_kin(text: str, lo: int, start: int) -> bool:
    """The casualty word at start follows a kin noun ('ذوي الضحايا', 'وعوايل الشهداء'): it counts no one."""
    return word_before(text, lo, start).removeprefix("و") in KIN_NOUNS


# 'ما ادي الي اصابته برضوض': the injury noun with a person's pronoun, an outcome, is one wounded (two for 'هما'); not
# a ship's or a building's ('ادي الي اصابتها باضرار', 'عن اصابتها بمقذوف')
HURT_NOUN = guard(r"(?<!\S)(ل?)اصابت(هما|ها|ه)(?![^\s,.:;؛\"'»)])(?:\s+(\S+))?")
NOT_HURT = ("باضرار", "بمقذوف", "بصاروخ", "بصاروخين", "بطايره", "بمسيره", "بقذيفه")


def pronoun_hurts(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, count) of each 'ادي الي اصابته' in [lo, hi): one wounded, two for 'اصابتهما'."""
    text = rec.nt.text
    out: list[tuple[int, int, int]] = []
    for m in HURT_NOUN.finditer(text, lo, hi):
        if is_outcome(word_before(text, lo, m.start()), m.group(1), HURT_OUTCOME) and (m.group(3) or "").strip(",.:;؛") not in NOT_HURT:
            out.append((m.start(), m.end(2), PRONOUN_COUNT[m.group(2)]))
    return out


def _subject_count(rec: Recognized, a: int, b: int) -> Any | None:
    """The count between 'لقي' and its death noun ('لقي شقيقان مصرعهما'), or None."""
    for q in rec.near("quantities", a, b):
        if q.end <= b and q.value is not None and q.kind != "ordinal":
            return q
    return None


def died_of_wounds(text: str, start: int, end: int) -> bool:
    """The injury figure text[start:end] counts wounded who died ('بعد وفاه جريحين متاثرين بجراحهما') or people treated
    for panic or shock only ('ومعالجه اثنين اخرين اصيبا بالهلع'): no injury toll either way."""
    before = text[max(0, start - 20):start].split()[-1:]
    if before and before[0] in DIED_BEFORE:
        return True
    after = text[end:end + 30].split()[:1]
    return (bool(after) and after[0].startswith(DIED_AFTER)) or _panic_only(text, end)


# panic and shock, which an ambulance service treats but which are no injury ('عالجت اربعه اخرين اصيبوا بالهلع', 'او
# عانوا من حالات هلع'; MDA's reports in nb_018, rb_014, ua_013, and uncounted in ex_013, ey_011, ja_012, la_012, qa_012)
PANIC = frozenset({"هلع", "الهلع", "بالهلع", "بهلع", "ذعر", "الذعر", "بالذعر", "صدمه", "الصدمه", "بالصدمه", "بصدمه"})
# ... unless the figure's own words name a wound first ('اصيب 3 بجروح وعولج اخرون من الهلع')
WOUND_WORDS = ("بجروح", "جروح", "بجراح", "بشظايا", "برضوض", "بحروق", "باصابات", "اصابات", "بكسور")
PANIC_REACH = 10  # words after an injury figure, in its clause, to a panic word


def _panic_only(text: str, end: int) -> bool:
    """The words after the injury figure ending at end (in the middle of its verb, 'اصيب|ا') say its victims suffered
    panic or shock ('اصيبا بالهلع', 'اصيبوا اثناء توجههم الي الملاجي او عانوا من حالات هلع'), no wound."""
    clause = re.split(r"[,،.:;؛\n]", text[end:end + 160], maxsplit=1)[0].split()
    words = clause[1:] if clause and text[end:end + 1].strip() else clause  # the rest of the cut word
    for w in words[:PANIC_REACH]:
        if w.removeprefix("و").startswith(WOUND_WORDS):
            return False
        if w.strip("\"'«»()") in PANIC:
            return True
    return False


# the adjectives of an operation or a war that a 'since' phrase qualifies instead of a count
ONGOING = frozenset({"المتواصله", "المتواصل", "المستمره", "المستمر", "الجاريه", "الجاري", "متواصله", "مستمره",
                     "المندلعه", "المندلع", "القايمه"})


def running_total(rec: Recognized, start: int, end: int, lo: int, hi: int) -> bool:
    """The figure at text[start:end] is counted since a day long past, in one stretch of words with it: 'وثق منذ
    مطلع العام مقتل 31 مدنيا' (not 'في اطار عمليه المخلب المتواصله منذ الشهر الماضي, مشيره الي مقتل جندي')."""
    pub = rec.article.published
    text = rec.nt.text
    for t in rec.near("times", lo, hi):
        if t.kind != "since" or t.end > hi or (t.date is not None and pub is not None
                                               and (pub - t.date).days <= RECENT_DAYS):
            continue  # 'منذ صباح امس': a count since a day this close is one incident's
        if set(text[max(lo, t.start - 16):t.start].split()[-1:]) & ONGOING:
            continue  # the operation's span, not the count's
        a, b = (t.end, start) if t.end <= start else (end, t.start)
        if b >= a and not any(ch in text[a:b].strip().lstrip(",") for ch in ",.:;؛"):  # 'منذ مطلع العام، مقتل 31'
            return True
    return False


# 'وحصيله اليوم الي 14 شهيدا', 'لتصبح الحصيله الاجماليه لغارات الثلاثاء سبعه', 'وحصيله غارات اليوم علي المناطق
# الاربع الي خمسه': the total of the day's strikes
DAY_TOTAL = guard(r"(?<!\S)[وفل]?(?:ال)?(?:حصيله|عدد|اجمالي)(?:\s+(?:ال)?(?:شهداء|قتلي|ضحايا|جرحي|مصابين))?"
                       r"(?:\s+[بل]?(?:ال)?(?:غارات|ضربات|هجمات|اعتداءات))?\s+(?:اليوم|الاجماليه|الكليه|اليوميه)(?!\S)")
DAY_TOTAL_REACH = 6  # words from the total's noun to its figure


def day_total(text: str, start: int, lo: int, earlier: bool) -> bool:
    """The figure at start is the day's total told after one strike's figure of its field (earlier) in one
    sentence from lo ('ليرتفع عدد شهداء تلك الغاره الي 7, وحصيله اليوم الي 14'): not that strike's toll."""
    if not earlier:
        return False
    head = re.split(r"[.:;؛]", text[lo:start])[-1]
    words = head.split()[-DAY_TOTAL_REACH - 2:]
    return DAY_TOTAL.search(" ".join(words)) is not None


# 'مقتل احد عناصر الحشد': one of a group. Read for the dead only: the one wounded soldier an army admits to
# ('اعترف الجيش باصابه احد جنوده') is of another side than the wounded a toll counts, and would undercut it
ONE_OF_THEM = frozenset({"احد", "احدي"})


# '6 من القتلي سقطوا في ...': the part of a toll that fell in one strike is that strike's toll
FELL_WORDS = frozenset({"سقطوا", "سقط", "سقطن", "قتلوا", "قضوا", "قتل"})


def fell_after(text: str, pos: int) -> bool:
    """The casualty word ending at pos is followed by 'fell' or 'were killed' ('6 من القتلي سقطوا في ...')."""
    nxt = text[pos:pos + 30].split()[:1]
    return bool(nxt) and nxt[0] in FELL_WORDS


# 'من عايله واحده', 'من اسره واحده', 'من بلده واحده': after 'من' and an indefinite noun, 'one' is that noun's
# adjective ('all of one family'), never a head count ('اصابه مدنيين اثنين من عايله واحده بجروح' = 2, not 1)
ONES = frozenset({"واحد", "واحده", "واحدا"})
ONE_OF_GROUP = frozenset({"احد", "احدي", "باحد", "لاحد"})  # 'بعد وفاه احد الجريحين': one of the two told before, no two


# 'عدم اصابه اي مدني', 'لم يقتل اي جندي': a person noun after 'any' names a kind that no one of was hit, no victim
ANY = frozenset({"اي", "لاي", "باي"})


def one_of_kind(text: str, q: Any) -> bool:
    """The quantity q names a kind, no count of victims: the adjective 'one' of a noun after 'من' ('من عايله
    واحده'), or a person noun after 'any' ('وعدم اصابه اي مدني')."""
    if not q.text[:1].isdigit() and q.value == 1 and text[max(0, q.start - 30):q.start].split()[-1:] in (
            [w] for w in ANY):
        return True
    if q.text not in ONES:
        return False
    words = text[max(0, q.start - 30):q.start].split()[-2:]
    return len(words) == 2 and words[0] in ("من", "ومن") and not words[1].startswith("ال") and words[1].isalpha()


def one_of_them(rec: Recognized, c: Match[Entry], hi: int) -> int | None:
    """The end of 'احد X' right after a casualty word ('مقتل احد عناصر الحشد', 'استشهد احد مقاتلينا' = 1), or None."""
    text = rec.nt.text
    m = re.match(r"\s+(\S+)\s+([^\s,.:;؛]+)", text[c.end:hi])
    if m is None or m.group(1) not in ONE_OF_THEM or m.group(2) in ("عشر", "عشره"):
        return None  # 'مقتل احد عشر شخصا' is a count of eleven
    return c.end + m.end(1)


def some_of_them(text: str, f: Any, figs: list[Any]) -> bool:
    """'ثلاثه من جنوده اصيبوا ..., اثنان منهم بجروح طفيفه': 'N of them' after a larger toll of its field is a part."""
    return text[f.start:f.end].split()[1:2] in (["منهم"], ["منهما"]) and any(
        g.field == f.field and g.end <= f.start and g.value > f.value for g in figs)


# 'الثلاثه الاخرون', 'الاثنان الباقيان': a definite count of the rest of a toll
REST_WORDS = frozenset({"الاخرون", "الاخرين", "الاخريات", "الاخران", "الباقون", "الباقين", "الباقيات",
                        "الباقيان", "المتبقون", "المتبقين"})
DEFINITE_COUNT = re.compile(r"(?<!\S)(و?)ال(\S+)")


class DefiniteCount(NamedTuple):
    """A definite cardinal ('الاربعه'): its span (without a leading 'و'), its value, and whether 'the other' follows."""

    start: int
    end: int
    value: int
    rest: bool


def definite_count(text: str, pos: int, hi: int) -> DefiniteCount | None:
    """The definite cardinal of two to ten that starts the text at pos ('الثلاثه', 'والاربعه'), or None."""
    m = DEFINITE_COUNT.match(text, pos, hi)
    if m is None:
        return None
    value = number_lexicon().roles.get(m.group(2).strip(",.:;؛\"'»)"), {}).get("unit", 0)
    if not 2 <= value <= 10:
        return None
    nxt = text[m.end():m.end() + 16].split()[:1]
    rest = bool(nxt) and nxt[0].strip(",.:;؛\"'»)") in REST_WORDS
    return DefiniteCount(m.start(1) + len(m.group(1)), m.end(), value, rest)


def rest_counts(text: str, lo: int, hi: int) -> list[DefiniteCount]:
    """The counts of 'the other N' in text[lo:hi] ('والثلاثه الباقون في الميادين')."""
    out: list[DefiniteCount] = []
    for m in DEFINITE_COUNT.finditer(text, lo, hi):
        got = definite_count(text, m.start(), hi)
        if got is not None and got.rest:
            out.append(got)
    return out


# 'ونعت كتايب حزب الله في بيان ثلاثه من مجاهديها': a body mourning a count of its members tells their deaths
MOURN_VERB = guard(r"(?<!\S)[وف]?(?:نعي|نعت|نعوا|ينعي|تنعي|نعاه|نعتهم|نعاهم|ناعيا|ناعيه)(?!\S)")  # 'ناعيا ثلاثه من عناصره'
MOURN_REACH = 8  # words from the mourning verb to its count ('نعت في بيان صدر صباح الخميس "اربعه من قادتها"')


def mourned(rec: Recognized, lo: int, hi: int) -> list[tuple[int, Any]]:
    """(where the verb is, the count mourned) for each 'نعي X N من ...' in [lo, hi)."""
    text = rec.nt.text
    out: list[tuple[int, Any]] = []
    for m in MOURN_VERB.finditer(text, lo, hi):
        for q in rec.near("quantities", m.end(), min(hi, m.end() + 80)):
            between = text[m.end():q.start]
            if q.end > hi or len(between.split()) > MOURN_REACH or any(ch in between for ch in ",.:;؛"):
                break
            if q.value is not None and q.kind != "ordinal" and q.min is not None:
                out.append((m.start(), q))
                break
    return out


# 'توفي الطفل الذي اصيب بالقصف': one who died of the incident's wounds is one of its dead
DIED_VERB = guard(r"(?<!\S)[وف]?(?:توفي|توفيت)\s+(?:ال)?(\S+)")
DIED_AFTER_WORDS = frozenset({"بعد", "ما", "ان"})  # 'ارتفع ... الي 4 بعد ما توفي واحد': the rise told, counted already


def died_one(rec: Recognized, lo: int, hi: int, persons: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of 'توفي' with one person noun after it ('توفي الطفل', 'وتوفيت امراه') in [lo, hi): one dead each."""
    text = rec.nt.text
    out: list[tuple[int, int]] = []
    for m in DIED_VERB.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 12):m.start()].split()[-1:]
        if m.group(1).strip(",.:;؛\"'»)") in persons and not (before and before[0] in DIED_AFTER_WORDS):
            out.append((m.start(), m.end()))
    return out


# 'جثمان الشهيد الشاب احمد, الذي استشهد عشيه العيد برصاص قناص': a singular relative with a death verb of one person
# tells one dead, however the person was named before it; not 'اليوم الذي استشهد فيه' (a resumptive pronoun: the
# relative is a time or place) nor 'الذي ارتقي مع رفيقيه' (his companions are counted elsewhere, if at all); 'قتل'
# and 'قضي' may be active ('المسلح الذي قتل جنديين'), so they are not read
RELATIVE_DIED = guard(r"(?<!\S)و?(?:الذي|التي)\s+(?:(?:كان|كانت)\s+)?(?:قد\s+)?"
                           r"(?:استشهد|استشهدت|ارتقي|ارتقت|توفي|توفيت|لقي\s+(?:حتفه|مصرعه)|لقيت\s+(?:حتفها|مصرعها))"
                           r"(?![^\s,.:;؛\"'»)])(?!\s+(?:فيه|فيها|به|بها|مع|برفقه)(?!\S))")


def relative_died(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a singular relative clause of one death ('..., الذي استشهد برصاص قناص') in [lo, hi): one each."""
    return [(m.start(), m.end()) for m in RELATIVE_DIED.finditer(rec.nt.text, lo, hi)]


# 'استشهاد مقاتلَين من الاسايش', 'اصابه مواطنَين بجروح': a fatha before the final 'ين' marks a dual, which the
# folded text ('مقاتلين') shares with the sound plural; the writer's vowel says two. A nisba ('عسكريَّين',
# 'مدنيَّين') doubles its ya: the shadda may come after the fatha (Unicode order), so it may stand between fatha and ya
DUAL_MARK = re.compile(r"[\u0600-\u06ff]+\u064e\u0651?\u064a\u0651?\u0646(?![\u0600-\u06ff])")


def marked_dual(rec: Recognized, c: Match[Entry], hi: int) -> int | None:
    """The end of an indefinite noun written with the dual's vowel ('مواطنَين') right after a casualty word, or of a
    definite dual of a person noun ('استشهاد الشابين علي ... ومحمد ...', 'مقتل الرجلين علي الفور'), or None."""
    text = rec.nt.text
    m = re.match(r"\s+([^\s,.:;؛\"'«»()]+)", text[c.end:hi])
    if m is None:
        return None
    a, b = c.end + m.start(1), c.end + m.end(1)
    if m.group(1).startswith("ال"):  # not 'المصابَين' or 'مقتل الشخصين،' alone: the two told of already (sa_022)
        nxt = re.match(r"[ \t]+([^\s,.:;؛\"'«»()]+)", text[b:hi])
        named = nxt is not None and rec.nt.orig_text(b + nxt.start(1), b + nxt.end(1)) not in NOT_NAMES
        return b if m.group(1)[2:] in person_duals() and named else None
    return b if DUAL_MARK.fullmatch(rec.nt.orig_text(a, b)) else None


# the words after a definite dual that do not name its two ('مقتل الرجلين على الفور'): unlike a name or a relative
# ('استشهاد الشابين علي حسن ومحمد فواز', 'مقتل الشخصين اللذين كانا في السيارة'), which tell them for the first time
NOT_NAMES = frozenset({"على", "في", "من", "إلى", "الى", "عن", "بعد", "قبل", "خلال", "أثناء", "اثناء", "جراء", "إثر",
                       "اثر", "متأثرين", "متاثرين", "بجروح", "بجراح", "برصاص", "بنيران", "فورا", "فوراً"})


def thing_dual(q: Any) -> bool:
    """A quantity that is the dual of a thing (number_words.tsv 'dual_thing': 'غارتين', 'صاروخين'), never victims."""
    return "dual_thing" in number_lexicon().roles.get(q.text, {})


@cache
def person_duals() -> frozenset[str]:
    """The duals of number_words.tsv ('dual_noun') whose singular counts one person in quantity_cues.tsv ('شابين',
    'رجلان', 'امراتين' of 'امراه'): after 'ال' and a casualty word they name two victims, as the definite singular
    names one ('استشهاد الشاب'); 'الشابين' + names is how a report introduces two dead (cx, dz, ez, lb, ma, pa, ta)."""
    persons = frozenset(v for r in load_table("quantity_cues").rows if r.get("id") == "one_person"
                        for v in r.many("variants"))
    duals = [w for w, roles in number_lexicon().roles.items() if "dual_noun" in roles]
    return frozenset(w for w in duals if w.endswith(("ين", "ان")) and (w[:-2] in persons or w[:-3] + "ه" in persons))


# 'اصابت راعياً بجروح': the tanween of an accusative singular on a final alif; the folded text ('راعيا') shares it with
# a construct dual ('قتل راعيا اغنام'), which has no tanween: the writer's vowel says one
TANWEEN_ALIF = re.compile(r"(?:\u0627\u064b|\u064b\u0627)$")


def singular_accusative(rec: Recognized, q: Any) -> tuple[int, int, int, int, int] | None:
    """A dual read from a word ending in alif that its writer marked with tanween ('راعياً'): one person, not two
    (its start, end, value, min, max), else None."""
    if q.value == 2 and q.text.endswith("ا") and TANWEEN_ALIF.search(rec.nt.orig_text(q.start, q.end)):
        return q.start, q.end, 1, 1, 1
    return None


# the dual of the passive 'قتل' ('ان جنديين قتلا في المعارك', 'قالت انهما قتلا'): a verb of two dead, which the cue
# lexicon does not read ('قتلا' may follow its dual subject or its pronoun; it counts two by itself)
DUAL_KILLED = guard(r"(?<!\S)[وف]?(?:قتلا|قتلتا)(?![^\s,.:;؛\"'»)])")


# the dual of the passive 'اصيب' ('ان مدنيَّين اصيبا بجروح', 'لرجل وامراه اصيبا بجروح طفيفه'): two wounded, whatever
# the subject before it (a dual written with its vowel, two nouns coordinated, a pronoun); 8 docs in 7 sets
DUAL_HURT = guard(r"(?<!\S)[وف]?(?:اصيبا|اصيبتا)(?![^\s,.:;؛\"'»)])")


def dual_deaths(rec: Recognized, lo: int, hi: int, rx: Regex = DUAL_KILLED) -> list[tuple[int, int]]:
    """The spans of a dual passive 'were both killed' (rx; DUAL_HURT: 'were both wounded') in [lo, hi), each widened
    to the count of two right before it ('جنديين قتلا'): two each."""
    text = rec.nt.text
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text, lo, hi):
        start = m.start()
        for q in rec.near("quantities", max(lo, start - 60), start):
            if q.value == 2 and q.end <= start and _subject_gap(text[q.end:start]):
                start = q.start  # 'جنديين قتلا', 'عنصرين فقط من الجيش قتلا': the subject counted
                break
        out.append((start, m.end()))
    return out


SUBJECT_GAP = 4  # words of a restriction or group between a subject count and its verb ('فقط من قوات الامن')


def _subject_gap(gap: str) -> bool:
    """The words between a count and the dual verb after it leave the count its subject: none, or 'only' and the
    group the two belong to ('عنصرين فقط من الجيش قتلا'), with no stop between."""
    words = gap.split()
    return not words or (len(words) <= SUBJECT_GAP and words[0] in ("فقط", "من") and not any(
        ch in gap for ch in ",.:;؛"))


# 'استشهد مع اثنين من رفاقه', 'اصيب برفقه ثلاثه من زملايه': a singular victim and the count of those with him; the
# count is his companions', one more is the toll (ho_024, pa_013; 'وتقتله مع مرافقه' in nb_003)
WITH_WORDS = frozenset({"مع", "برفقه"})
ONE_VICTIM = re.compile(r"[وف]?(?:استشهد|استشهدت|قتل|قتلت|قضي|قضت|ارتقي|ارتقت|توفي|توفيت|مات|ماتت|اصيب|اصيبت|جرح|"
                        r"جرحت|انجرح|انجرحت|(?:استشهاد|مقتل|مصرع|اصابت)(?:ه|ها))")


def with_companions(text: str, c: Match[Entry], q: Any) -> int:
    """1 when count q follows a singular casualty verb through 'with' ('استشهد مع اثنين من رفاقه' = 1 + 2), else 0."""
    between = text[c.end:q.start].split()
    if len(between) != 1 or between[0] not in WITH_WORDS:
        return 0
    return int(ONE_VICTIM.fullmatch(text[c.start:c.end]) is not None)


# 'قال ناشطون ان طفلا قتل': a person noun after a complementizer is the subject of the casualty verb after it
SUBJECT_OPENERS = frozenset({"ان", "بان", "وان"})
SUBJECT_REACH = 6  # words from such a subject to its casualty verb, a description between ('صادف مروره في المكان')
QUOTES = "\"'"  # a quotation opened after 'ان' ('مشيرا الي ان «مقاتلا من قواتنا استشهد»', pa_006)


def opener_before(text: str, lo: int, pos: int) -> bool:
    """The word before pos, past an opening quotation mark, is a complementizer ('ان «جنديا ... قتل')."""
    words = text[max(lo, pos - 14):pos].rstrip().rstrip(QUOTES).split()
    return bool(words) and words[-1] in SUBJECT_OPENERS


# 'بعد ان كانت الحصيله الاوليه 3 قتلي': a figure an update replaced, told after the new one
PRIOR_WORDS = frozenset({"الاوليه", "اوليه", "السابقه", "سابقه"})
PRIOR_REACH = 4  # words before a figure that may mark it as the earlier one


def superseded(text: str, f: Any, figs: list[Any]) -> bool:
    """'ارتفاع الحصيله الي 5 قتلي ... بعد ان كانت الحصيله الاوليه 3 قتلي': an earlier figure told after the new one."""
    words = text[max(0, f.start - 60):f.start].split()[-PRIOR_REACH:]
    return bool(set(words) & PRIOR_WORDS) and any(g.field == f.field and g.end <= f.start for g in figs)
