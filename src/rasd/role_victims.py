"""Victims: whether a casualty word (killed, injured, neutralised) counts an actor as the one hit."""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import bare_words, words_between

RANK = guard(r"(?:^|\s)برتبه \S+(?: (?:اول|ثان|ثاني))?(?=[\s,.]|$)")  # 'ضابط برتبه ملازم اول'
VERBAL_NOUNS = frozenset({"مقتل", "استشهاد", "مصرع", "اصابه", "ارتقاء", "تحييد"})  # 'مقتل مدنيين اثنين': a noun
# of the casualty, whose count after the victims ('اثنين') does not make them the subject of a verb
ACTIVE_NEUTRALISE = frozenset({"حيد", "حيدت", "حيدنا", "يحيد", "تحيد"})  # 'حيدت الاستخبارات التركيه قياديا'
CAUSE_WORDS = frozenset({"اثر", "جراء", "بسبب", "نتيجه", "عقب", "بفعل", "بنيران"})  # 'اصيب بها جراء العدوان الامريكي': the
# actor after the cause word did the harm
SOLDIER_NOUNS = frozenset({"جندي", "جنديا", "جنديين", "جنديان", "جنود", "عسكري", "عسكريا", "عسكريين", "عسكريان",
                           "ضابط", "ضابطا", "ضابطين", "ضباط", "مستشار", "مستشارين", "بحار", "بحارين",
                           "الخدمه"})  # "افراد الخدمه الامريكيين": US service members
AFFILIATION = frozenset({"تتبع", "يتبع", "يتبعون", "تابع", "تابعه", "التابع", "التابعه", "تابعين", "التابعين",
                         "المنتمين", "ينتمون", "ينتمي", "المنضويه", "المنضوين"})  # 'من مجموعه تتبع لفرع X': X's men
AFFILIATION_TAIL = 2  # words: the affiliation word and the head noun carrying 'ل' ('تتبع لفرع', 'التابع ل')


def is_victim(rec: Recognized, m: Match[Entry], clause: tuple[int, int]) -> bool:
    """True when a casualty word counts this actor (مقتل 4 عناصر من X, 6 مسلحين قتلوا, اصيب جنود)."""
    text = rec.nt.text
    tail = _affiliated(text, m.start)
    for c in (*rec.cues_of("killed", clause[0], clause[1]), *rec.cues_of("injured", clause[0], clause[1]),
              *rec.cues_of("neutralised", clause[0], clause[1])):
        if c.end <= m.start and _gap_words(rec, c.end, m.start) - tail <= 4 and not any(
                c.end <= t.start and t.end <= m.start for t in rec.near("triggers", c.end, m.start)) and not any(
                w in CAUSE_WORDS for w in text[c.end:m.start].split()):
            if words_between(text, c.end, m.start) == 0 and c.key not in VERBAL_NOUNS and (c.key in ACTIVE_NEUTRALISE or any(
                    q.start >= m.end and words_between(text, m.end, q.start) <= 1
                    for q in rec.near("quantities", m.end, m.end + 30))):
                continue  # 'حيد جهاز الاستخبارات التركي قياديين اثنين': the subject of an active verb
            return True
        if m.end <= c.start and words_between(text, m.end, c.start) <= (2 if plural_verb(text, c.end) else 0) \
                and not _counts_after(rec, c) and not (c.key in ACTIVE_NEUTRALISE and m.payload.get("kind") == "force"):
            return True
    return False


def _affiliated(text: str, pos: int) -> int:
    """'قتل عنصران من مجموعه محليه تتبع لفرع الامن العسكري': the words of an affiliation phrase ('تتبع لفرع', 'التابع
    ل') right before the actor, which only say whose the victims are (0 when there is none)."""
    words = text[max(0, pos - 40):pos].replace('"', " ").split()[-AFFILIATION_TAIL:]
    for i, w in enumerate(words):
        rest = words[i + 1:]
        if w.removeprefix("و") in AFFILIATION and all(x.startswith("ل") for x in rest):
            return len(words) - i
    return 0


def _counts_after(rec: Recognized, c: Match[Entry]) -> bool:
    """'X حيدت 4 ارهابيين', 'X قتل 5 مسلحين': a casualty verb with its count right after is active, X its subject."""
    text = rec.nt.text
    return any(q.start >= c.end and words_between(text, c.end, q.start) == 0 and q.kind != "ordinal"
               for q in rec.near("quantities", c.end, c.end + 12))


def _gap_words(rec: Recognized, a: int, b: int) -> int:
    """Words in text[a:b], a quantity phrase inside ('سبعة عناصر على الأقل') counting as one, a rank ('برتبة نقيب')
    as none, a time set off by
    commas right after the casualty word ('حيدت، أمس الثلاثاء، ثلاثة') and stray punctuation as none; any other
    comma is a break (99)."""
    text = rec.nt.text
    n = bare_words(text, a, b) - sum(len(r.group().split()) for r in RANK.finditer(text, a, b))
    for q in rec.near("quantities", a, b):
        if a <= q.start and q.end <= b:
            n -= words_between(text, q.start, q.end) - 1
    times = [t for t in rec.near("times", a, b) if a <= t.start and t.end <= b and not bare_words(text, a, t.start)]
    for t in times:
        n -= words_between(text, t.start, t.end)
    for i in range(a, b):
        if text[i] == "," and text[i + 1:i + 8].split()[:1] not in (["بينهم"], ["بينهما"], ["منهم"]) and not any(
                not text[t.end:i].strip() or not text[i + 1:t.start].strip() for t in times):
            return 99  # 'مقتل 6 من مقاتليها، متهمة X': the count ends at the comma (not at ', بينهم 3 اطفال')
    return n


def plural_verb(text: str, end: int) -> bool:
    """True when the word ending at or after `end` is a plural verb form ('اصيبوا', 'قتلوا')."""
    tail = text[end:end + 4].split(" ", 1)[0]
    return (text[:end] + tail).endswith("وا")


PARTITIVES = frozenset({"بينهم", "بينهن", "منهم", "منهن"})  # '8 قتلي بينهم 3 مدنيين', 'من بينهم طفل'


def among_dead(rec: Recognized, m: Match[Entry]) -> bool:
    """Civilians told as part of a toll ('ارتفاع حصيله اشتباكات جنزور الي 8 قتلي بينهم 3 مدنيين'): some of the
    dead, not the party fought; for a clash, the other party is the one its dead belong to or fought."""
    words = rec.nt.text[max(0, m.start - 30):m.start].split()[-3:]
    return any(w in PARTITIVES for w in words)


MUTUAL_FIGHTS = ("اشتباك", "الاشتباك", "اشتبك", "معارك", "المعارك", "معركه", "قتال", "اقتتال", "تبادل")  # fought by two
# armed sides; not 'مواجهات' (stones against troops) nor an ambush or attack told by one side


def mutual_fight(trig: Match[Entry]) -> bool:
    """A trigger that names a fight of two armed sides ('اشتباكات', 'معارك', 'تبادل لاطلاق النار'): the people it
    counts as hit ('اصيب خلالها شاب') are among its dead, not the party fought."""
    return trig.payload.get("class") == "clash" and trig.key.startswith(MUTUAL_FIGHTS)
