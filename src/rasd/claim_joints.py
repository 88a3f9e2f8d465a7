"""Claim joints: which figures of a sentence count distinct victims of one incident, and which tell another one.

The tolls of both sides told one after the other by one teller ('قتل 9 من الحوثيين فيما قتل جنديان')
add up; a figure after a place phrase, another teller or its own cause ('فيما استشهد 3 شبان بقصف
مدفعي ...') stands alone, and the last goes to the frame of the attack it names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .literal_guard import guard
from .recognize import Recognized
from .role_words import prev_word

if TYPE_CHECKING:
    from .claim_parts import Figure
    from .frame import Frame

CLAUSE_BREAK = re.compile(r"[,،.:;؛]")
# 'قتل 9 من الحوثيين فيما قتل جنديان', 'مصرع 9 ..., في حين ارتقي شهيدان': the second toll is of other victims
SIDE_JOINTS = frozenset({"فيما", "بينما", "حين", "مقابل"})  # "مقتل سبعه من المهاجمين, مقابل مقتل اثنين من مقاتليها"
# 'besides', 'in addition to': a count after one of these is another group of the same incident's victims
ADDITIVES = "(?:اضافه الي|بالاضافه الي|الي جانب|فضلا عن|علاوه علي)"
# an additive right before the second figure ('..., الي جانب 3 مدنيين قتلوا'): other victims of the same incident
ADDED_BEFORE = guard(rf"[,،]\s*{ADDITIVES}\s+$")
SIDE_REACH = 8  # words from a figure to the end of its clause, where a place it is given for would be named
EVENT_PLACE_WORDS = frozenset({"في", "داخل", "قرب", "بمدينه", "ببلده"})  # a place phrase after a figure
# 'في حين', 'في صفوف المهاجمين': no place; nor 'في المعارك', 'في الهجوم': the incident itself ('ان جنديين قتلا
# في المعارك, فيما قتل اكثر من 10 من عناصر المليشيا')
NOT_PLACES = SIDE_JOINTS | {"صفوف", "المقابل", "المعارك", "المعركه", "الاشتباكات", "الاشتباك", "المواجهات", "الهجوم",
                            "القصف", "الغاره", "الكمين", "الانفجار", "التفجير", "الحادث", "الحادثه"}


def side_groups(rec: Recognized, figs: list[Figure], spans: list[tuple[int, int]], owners: list[Frame], hi: int
                ) -> list[list[int]]:
    """The figures of a sentence (indices, in text order) grouped by toll: the tolls of distinct groups of victims of
    one incident told one after the other by one teller ('مقتل 6 من المرتزقه ..., فيما استشهد احد مقاتلينا') are one
    group, whose figure is their sum (ACLED counts every death of an event); every other figure is a group alone.

    figs: the figures with their scoped evidence spans and the frames they go to (owners). Not summed: a figure
    given for a place (per-place tolls), one after a teller ('في حين اعلنت هيئه الحشد سقوط شهيدين' competes, the
    conservative rule picks), one of another incident.
    """
    groups: list[list[int]] = []
    last: dict[str, list[int]] = {}
    for k, fig in enumerate(figs):
        prev = last.get(fig.field)
        if prev is not None and _other_side(rec, figs, spans, owners, prev[-1], k, hi):
            prev.append(k)
            continue
        groups.append([k])
        last[fig.field] = groups[-1]
    return groups


def _other_side(rec: Recognized, figs: list[Figure], spans: list[tuple[int, int]], owners: list[Frame], j: int,
                k: int, hi: int) -> bool:
    """Figure k tells the dead (or wounded) of another group of the incident figure j counts ('..., فيما قتل جنديان')."""
    f, g = figs[j], figs[k]
    if boasted(rec, f.start, f.end):  # 'مشيرا الي مقتل «اكثر من 20 حوثيا», فيما استشهد ثلاثه': no sum
        return False
    added = g.start in rec.cache("added_counts")  # '..., الي جانب اثنين من مسلحي التنظيم, في هجوم علي حاجز قرب X'
    if spans[j][1] > f.end or (spans[k][1] > g.end and not added) or not _one_incident(owners[j], owners[k]):
        return False  # '3 عناصر ... في صبيخان': a toll given for a place
    text = rec.nt.text
    words = [w.strip(",،") for w in text[f.end:g.start].split()]
    joint = next((i for i, w in enumerate(words) if w in SIDE_JOINTS), None)
    glued = added or (g.anchor == g.start and words[-1:] == ["و"])  # 'مقتل 5 من المهاجمين واستشهاد جنديين'
    if joint is None and ADDED_BEFORE.search(text[f.end:g.start]):  # 'ارتفاع عدد قتلاه الي 5, الي جانب 3 مدنيين قتلوا'
        joint = len(words) - 1
    if joint is None and not glued:
        return False
    if rec.cues_of("attribution", f.end, g.start) or rec.cues_of("not_source", f.end, g.start) or any(
            s.end <= g.start and prev_word(text, s.start) not in VICTIMS_OF for s in rec.near("sources", f.end, g.start)):
        return False  # 'في حين اعلنت هيئه الحشد ...', 'في حين اكتفت وسايل اعلام النظام بالحديث عن ثلاثه': another
        # teller's figure competes ('مقاتلين من الاسايش' is none)
    after = _places_in_clause(rec, g.end, hi) if added else names_a_place(clause_words(text, g.end, hi))
    return not names_a_place(words[:joint] if joint is not None else words) and not after and not _own_cause(
        rec, g.end, hi)


QUOTE = '"'  # every quotation mark, as the normalizer writes them all (« » “ ” -> ")
QUOTE_REACH = 6  # words a quotation around a figure may hold to be the figure's own ('«اكثر من 20 حوثيا»')


def boasted(rec: Recognized, start: int, end: int) -> bool:
    """A definite figure set in a short quotation of its own ('مقتل «اكثر من 20 حوثيا»'; the figure at normalized
    [start, end)): a party's word of the enemy's dead, which ACLED adds to no toll. A vague one ('وكبدتها "العشرات"
    من القتلي') is summed, as the dev gold does (ka024-c, vb023-a)."""
    if any(q.kind == "vague" for q in rec.near("quantities", start, end) if start <= q.start and q.end <= end):
        return False
    text = rec.nt.text
    o = text.rfind(QUOTE, max(0, start - 40), end)
    if o < 0:
        return False
    if text[o + 1:start].split():
        return False  # '«تصدوا للهجوم وقتلوا ثلاثه من المهاجمين»': a statement quoted, not its figure
    if o > 0 and not text[o - 1].isspace() and text[o - 1] not in "وبل(":
        return False  # a closing quote, not an opening one
    tail = text[end:end + 60]
    closed = tail.find(QUOTE)
    if closed < 0 or CLAUSE_BREAK.search(tail[:closed]):
        return False
    return len(text[o + 1:end + closed].split()) <= QUOTE_REACH


def _places_in_clause(rec: Recognized, end: int, hi: int) -> bool:
    """A place the gazetteer knows in the clause after an added count: 'الي جانب اثنين ..., في صبيخان' gives it for a
    place, 'الي جانب ثمانيه اخرين من الجيران الذين كانوا في الطابق الارضي' only says where in the house they were."""
    words = clause_words(rec.nt.text, end, hi)
    stop = end + len(re.split(r"[,،.:;؛]", rec.nt.text[end:hi], maxsplit=1)[0])
    return names_a_place(words) and any(p.start >= end and p.end <= stop for p in rec.near("places", end, stop))


CAUSE_PREFIXES = ("ب", "جراء", "اثر", "بفعل")  # 'فيما استشهد 3 شبان بقصف مدفعي استهدف ...': the figure's own cause
CAUSE_REACH = 8  # words from a casualty word after 'فيما' to the attack that caused it


def cause_frame(frames: list[Frame], pos: int, text: str) -> Frame | None:
    """The frame of the attack that a casualty word told after a side joint names as its own cause, later in its
    clause ('..., فيما قتل عنصران صباح اليوم بانفجار عبوه ناسفه قرب X': 9 docs in 8 sets tell a second incident so)."""
    head = text[max(0, pos - 30):pos].split()[-3:]
    if not text or not any(w.strip(",،") in SIDE_JOINTS for w in head):
        return None
    for f in sorted(frames, key=lambda f: f.trigger.start):
        t = f.trigger
        gap = text[pos:t.start]
        if t.start <= pos or CLAUSE_BREAK.search(gap) or len(gap.split()) > CAUSE_REACH:
            continue
        if "ال" in t.prefix or t.key.startswith("ال"):
            return None
        before = gap.split()[-1:]
        return f if t.prefix.startswith("ب") or (before and before[0] in CAUSE_PREFIXES) else None
    return None


def _own_cause(rec: Recognized, end: int, hi: int) -> bool:
    """The clause after the figure ending at end names its own cause, an indefinite attack ('فيما استشهد 3 شبان صباح
    اليوم بقصف مدفعي', 'فيما قتل طفل جراء انفجار لغم'): another incident, not the other side of the one before;
    the definite 'خلال التصدي للهجوم', 'في المعارك' points back at it."""
    text = rec.nt.text
    stop = end + len(re.split(r"[,،.:;؛]", text[end:hi], maxsplit=1)[0])
    for t in rec.near("triggers", end, stop):
        if t.start < end or t.end > stop or "ال" in t.prefix or t.key.startswith("ال"):
            continue
        before = text[max(end, t.start - 8):t.start].split()[-1:]
        if t.prefix.startswith("ب") or before and before[0] in CAUSE_PREFIXES:
            return True
    return False


VICTIMS_OF = frozenset({"من", "صفوف", "لدي"})  # 'مقاتلين من الاسايش': the victims' body, not a teller


def _one_incident(a: Frame, b: Frame) -> bool:
    """Two frames of one sentence tell one incident: the same frame, or frames at the same places, neither of an
    earlier matter ('احبطت وحدات الجيش هجوما ..., في حين ارتقي شهيدان ... خلال التصدي للهجوم')."""
    if a is b:
        return True
    return {p.location.id for p in a.places} == {p.location.id for p in b.places} and not (a.zone or b.zone)


def clause_words(text: str, pos: int, hi: int) -> list[str]:
    """The words after pos up to the end of the clause (a comma or stop), at most SIDE_REACH of them."""
    return re.split(r"[,،.:;؛]", text[pos:hi], maxsplit=1)[0].split()[:SIDE_REACH]


def names_a_place(words: list[str]) -> bool:
    """A place phrase among the words after a figure ('... من الميليشيات في صبيخان'): a toll given for a place."""
    return any(w in EVENT_PLACE_WORDS and i + 1 < len(words) and words[i + 1] not in NOT_PLACES
               for i, w in enumerate(words))


def summed(figs: list[Figure]) -> tuple[int, int | None, int | None]:
    """The value and bounds of figures added up (a bound is lost when one figure has none). A teller who counts one
    side's dead tallies the other's too: its one victim told by a bare noun is one, exactly ('قتل اثنان من
    المهاجمين, فيما استشهد مقاتل من قسد' = 3; 'مقتل اربعه ..., مقابل ارتقاء مقاتل' = 5: bl_009, qa_008)."""
    counted = len(figs) > 1 and any(f.min is not None for f in figs)
    low: int | None = 0
    high: int | None = 0
    for f in figs:
        one = counted and f.value == 1 and f.min is None and f.max is None
        fmin, fmax = (1, 1) if one else (f.min, f.max)
        low = None if low is None or fmin is None else low + fmin
        high = None if high is None or fmax is None else high + fmax
    return sum(f.value for f in figs), low, high
