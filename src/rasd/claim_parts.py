"""Claim parts: figures read beside a casualty word and its count, and the parts of a toll told after it.

'الشهداء الاربعه' and 'قتل الثلاثه الاخرون' count with a definite number; 'والثلاثه الباقون في
الميادين' is the rest of a toll told without its casualty word; 'نعت الكتايب ثلاثه من مجاهديها'
and 'توفي الطفل' tell deaths without a casualty word of the lexicon; 'مقتل سبعه, اربعه منهم في
الصالحيه, وثلاثه ... في عياش' gives each place its part (claim_places.place_split).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .claim_joints import ADDITIVES
from .claim_places import fronted_place, listed_total, place_split
from .claim_words import (
    DUAL_HURT,
    DUAL_KILLED,
    DUAL_MARK,
    DefiniteCount,
    definite_count,
    died_one,
    dual_deaths,
    mourned,
    pronoun_hurts,
    relative_died,
    rest_counts,
)
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry


class Figure(NamedTuple):
    """A casualty figure found in a sentence: field, normalized evidence span, value and bounds."""

    field: str
    start: int
    end: int
    value: int
    min: int | None
    max: int | None
    anchor: int  # where its casualty word is: the frame it belongs to is read from here


def definite_after(rec: Recognized, c: Match[Entry], hi: int) -> DefiniteCount | None:
    """The definite count right after a casualty word: after a definite noun ('الشهداء الاربعه'), or the rest of a
    toll after any ('قتل الثلاثه الاخرون'); 'قتل الاربعه' alone names people told of, no count."""
    text = rec.nt.text
    m = re.match(r"\s+", text[c.end:hi])
    if m is None:
        return None
    n = definite_count(text, c.end + m.end(), hi)
    if n is None or text[c.end + m.end():n.start].strip():
        return None  # 'والاربعه' after a casualty word starts another phrase
    return n if n.rest or "ال" in c.prefix or c.key.startswith("ال") else None


def told_deaths(rec: Recognized, figs: list[Figure], lo: int, hi: int, countable: Callable[[Any], bool],
                persons: frozenset[str]) -> list[Figure]:
    """The figures of [lo, hi) that no casualty word of the lexicon counts, beside those read (figs): a mourned
    count ('نعت الكتايب ثلاثه من مجاهديها'; countable says which count), one who died ('توفي الطفل'; persons: the
    nouns of one person), two killed ('جنديين قتلا'), the rest of a toll ('والثلاثه الباقون في الميادين')."""
    out: list[Figure] = []
    for at, q in mourned(rec, lo, hi):
        if countable(q) and not any(f.start <= q.start < f.end for f in figs):  # 'نعت الكتايب القايد' counts none
            out.append(Figure("fatalities", at, q.end, q.value, q.min, q.max, at))
    for a, b in died_one(rec, lo, hi, persons):
        if not any(f.field == "fatalities" and f.start < b and a < f.end for f in [*figs, *out]):
            out.append(Figure("fatalities", a, b, 1, 1, 1, a))
    for a, b in relative_died(rec, lo, hi):  # '..., الذي استشهد': one of the dead at least; unbounded, so that a
        if not any(f.field == "fatalities" and f.start < b and a < f.end for f in [*figs, *out]):  # stated toll wins
            out.append(Figure("fatalities", a, b, 1, None, None, a))
    for fld, rx in (("fatalities", DUAL_KILLED), ("injured", DUAL_HURT)):  # 'ان جنديين قتلا', 'مدنيَّين اصيبا'
        for a, b in dual_deaths(rec, lo, hi, rx):
            if not any(f.field == fld and f.start < b and a < f.end for f in [*figs, *out]):
                out.append(Figure(fld, a, b, 2, 2, 2, a))
    for a, b, hurt in pronoun_hurts(rec, lo, hi):  # 'ما ادي الي اصابته برضوض'
        if not any(f.field == "injured" and f.start < b and a < f.end for f in [*figs, *out]):
            out.append(Figure("injured", a, b, hurt, hurt, hurt, a))
    told = [*figs, *out]
    for n in rest_counts(rec.nt.text, lo, hi):
        before = [f for f in told if f.end <= n.start]
        if before and not any(f.start <= n.start < f.end for f in told):
            prev = max(before, key=lambda f: f.end)  # the rest counts in the field of the figure before it
            out.append(Figure(prev.field, n.start, n.end, n.value, n.value, n.value, n.start))
    return out


def with_place_parts(rec: Recognized, figs: list[Figure], lo: int, hi: int, countable: Callable[[Any], bool]
                     ) -> list[Figure]:
    """The figures with the parts of a toll split place by place after it (claim_places.place_split), each a figure
    of its own that the toll's casualty word anchors; a part is never a toll replaced (PLACED, 'placed_parts')."""
    out = list(figs)
    placed = rec.cache("placed_parts")
    for f in figs:
        if f.min is None or f.min != f.max or f.value < 2:
            continue
        nxt = [g.start for g in figs if g.start > f.end]
        parts = place_split(rec, f.value, f.end, min([hi, *nxt]), countable)
        for q in parts:
            placed[q.start] = True
            out.append(Figure(f.field, q.start, q.end, q.value, q.min, q.max, f.anchor))
        if not parts and listed_total(rec, f.value, f.end, min([hi, *nxt]), countable):
            out.remove(f)  # '11 شهيدا: اربعه في X, وثلاثه عند Y, واربعه في Z': each place's incident tells its own
    return sorted(_without_fronted_totals(rec, out, lo), key=lambda f: f.start)


def _without_fronted_totals(rec: Recognized, figs: list[Figure], lo: int) -> list[Figure]:
    """The figures without a total that items told place first after it add up to ('اصابه ثلاثه, وتوزعت الحصيله:
    في مديريه X اصيب اثنان, وفي Y اصيب مواطن'): each place's item is its incident's toll, the total no one's."""
    fronted = [g for g in figs if fronted_place(rec, g, lo) is not None]
    return [f for f in figs if not (f.min is not None and f.min == f.max and (items := [
        g for g in fronted if g.field == f.field and g.start > f.end]) and sum(g.value for g in items) == f.value)]


# 'besides', 'in addition to': 'ان سته من عناصر قوات النظام قتلوا, الي جانب ثلاثه من مسلحي التنظيم' = 9; a count right
# after one of these is another group of the toll told before it, not the count of the casualty word before it
ADDITIVE = re.compile(rf"^[\s,،]*{ADDITIVES}\s+$")
# the figure's own noun phrase (up to three words, no place phrase) before the comma and the additive: 'مقتل 5 من
# جنوده, الي جانب 3 مدنيين' adds the civilians to the soldiers
NOUN_ADDITIVE = re.compile(r"^(?:\s+(?!(?:في|قرب|داخل|بمدينه|ببلده)(?!\S))[^\s,،.:;؛]+){1,3}\s*[,،]\s*"
                           rf"{ADDITIVES}\s+$")


def added_counts(rec: Recognized, figs: list[Figure], hi: int, countable: Callable[[Any], bool]) -> list[Figure]:
    """The bare counts that an additive right after a figure adds to it ('..., الي جانب ثلاثه من مسلحي التنظيم'),
    each a figure of its field that the figure's casualty word anchors (remembered in 'added_counts', which
    claim_joints.side_groups sums with it)."""
    text = rec.nt.text
    out: list[Figure] = []
    for f in figs:
        for q in rec.near("quantities", f.end, min(hi, f.end + 40)):
            if q.start < f.end or q.end > hi:
                continue
            gap = text[f.end:q.start]
            if (ADDITIVE.match(gap) or NOUN_ADDITIVE.match(gap)) and countable(q) and not any(
                    g.start <= q.start < g.end for g in [*figs, *out]):
                rec.cache("added_counts")[q.start] = True
                out.append(Figure(f.field, q.start, q.end, q.value, q.min, q.max, f.anchor))
            break
    return out + _bombers(rec, figs, hi)


# the attacker who died in his own attack, added to the dead: 'مقتل سته جنود واصابه تسعه, اضافه الي منفذ الهجوم' = 7
# (va_023), 'مقتل اربعه جنود والانتحاري الذي كان يقود السياره' = 5 (ub_024); a suicide bomber or the doer of the
# attack right after an additive or 'و', never a bare 'المهاجم' (who may be held or hurt)
BOMBER = guard(r"(?:[,،]\s*(?:اضافه الي|بالاضافه الي|الي جانب|فضلا عن)\s+|\s+و)(?:ال)?(?:انتحاري|انغماسي|منفذ"
                    r" (?:الهجوم|التفجير|العمليه))(?![^\s,،.:؛])")
BOMBER_REACH = 60  # characters from the dead's figure to the bomber (past the wounded's figure told between)


def _bombers(rec: Recognized, figs: list[Figure], hi: int) -> list[Figure]:
    """One more dead for the bomber named after the last death figure of its sentence ('..., اضافه الي منفذ
    الهجوم'), an added count (remembered in 'added_counts') that claim_joints.side_groups sums with it."""
    dead = [f for f in figs if f.field == "fatalities"]
    if not dead:
        return []
    f = max(dead, key=lambda g: g.end)
    m = BOMBER.search(rec.nt.text, f.end, min(hi, f.end + BOMBER_REACH))
    if m is None or any(g.end > f.end and g.start > m.start() for g in figs) or re.search(
            r"[.:;؛]", rec.nt.text[f.end:m.start()]):
        return []
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",، و").removeprefix("و"))
    rec.cache("added_counts")[start] = True
    return [Figure("fatalities", start, m.end(), 1, 1, 1, f.anchor)]


# 'وقضت علي المدعو X, قايد ..., ومرافقه', 'قضينا علي عنصرين': the active 'put an end to' with its count after it
# (13 docs in 11 sets, IDF statements mostly); 'قضي' alone is a cue of the lexicon ('died'), read there
ENDED = guard(r"(?<![^\s\"'«(])[وف]?(?:قضت|قضينا|قضوا|قضيا)[\"'»]?\s+(?:(\S[^,.:;؛\"'«»]{0,40}?)\s+)??علي(?!\S)")
ENDED_GAP = 3  # words from 'علي' to the count ('قضت علي المدعو حسن ...' names one; 'علي اكثر من 10' is one quantity)


class Span(NamedTuple):
    """Where a verb read outside the cue lexicon stands."""

    start: int
    end: int


def _timed(rec: Recognized, a: int, b: int) -> bool:
    """text[a:b] is a time phrase and nothing else ('قضت بعد ظهر امس علي عنصر', 'قضت قبل قليل علي مخربين')."""
    times = [t for t in rec.near("times", a, b) if t.start < b and a < t.end]
    covered = sorted((max(a, t.start), min(b, t.end)) for t in times)
    rest, pos = [], a
    for s, e in covered:
        rest.append(rec.nt.text[pos:s])
        pos = max(pos, e)
    rest.append(rec.nt.text[pos:b])
    return bool(times) and not "".join(rest).strip()


NAMED = frozenset({"المدعو", "المدعوه"})  # 'قضت علي المدعو حسن ...': one man named
COMPANION_REACH = 25  # words from the named man to 'ومرافقه' after his titles set off by commas


def ended(rec: Recognized, figs: list[Figure], lo: int, hi: int,
          joined: Callable[[Any, Span], tuple[int, int, int, int | None, int | None]],
          persons: frozenset[str]) -> list[Figure]:
    """The deaths of 'قضت علي' + a count in [lo, hi) that no figure read (figs) covers; joined gives a count with
    the counts coordinated to it ('قيادي ... ومرافقه' = 2); a man named ('المدعو X, قايد ..., ومرافقه') counts one
    and each companion joined by 'و' after his titles (persons: the nouns of one person) one more; a dual written
    with its vowel ('مخربَين') two."""
    text = rec.nt.text
    out: list[Figure] = []
    for m in ENDED.finditer(text, lo, hi):
        if m.group(1) is not None and not _timed(rec, m.start(1), m.end(1)):
            continue  # 'قضت المحكمه علي': only a time phrase may stand between the verb and its object
        verb = Span(m.start(), m.end())
        if any(f.field == "fatalities" and f.start <= m.end() and m.start() < f.end for f in figs):
            continue
        nxt = re.match(r"\s+([^\s,.:;؛\"'«»()]+)", text[m.end():hi])
        if nxt is not None and nxt.group(1) in NAMED:
            end, value = m.end() + nxt.end(), 1
            stop = re.search(r"[.:;؛]", text[end:hi])
            for w in re.finditer(r"(?<!\S)و(\S+)", text[end:end + stop.start() if stop else hi]):
                if len(text[end:end + w.start()].split()) <= COMPANION_REACH and w.group(1).strip(",") in persons:
                    end, value = end + w.end(), value + 1
            out.append(Figure("fatalities", m.start(), end, value, value, value, m.start()))
            continue
        if nxt is not None and DUAL_MARK.fullmatch(rec.nt.orig_text(m.end() + nxt.start(1), m.end() + nxt.end(1))):
            out.append(Figure("fatalities", m.start(), m.end() + nxt.end(1), 2, 2, 2, m.start()))
            continue
        for q in rec.near("quantities", m.end(), min(hi, m.end() + 60)):
            gap = text[m.end():q.start]
            if q.start < m.end() or q.end > hi or len(gap.split()) > ENDED_GAP or any(ch in gap for ch in ",.:;؛"):
                break
            if q.value is None or q.kind == "ordinal":
                continue
            start, end, value, low, high = joined(q, verb)
            out.append(Figure("fatalities", m.start(), end, value, low, high, m.start()))
            break
    return out


# 'فيما فقدت ٣ من منسوبيها', 'عايله تفقد ثلاثه من افرادها': a body or family that lost a count of its own
# (3 docs in 3 sets); 'فقدت الاتصال' or 'فقد 20 الفا منازلهم' count no dead (a count and 'من' + its members follow)
LOST = guard(r"(?<![^\s\"'«(])[وف]?(?:فقدت|فقد|فقدنا|تفقد|يفقد)\s")
MEMBERS = ("منسوبي", "مقاتلي", "افراد", "عناصر", "جنود", "ابناء", "رجال", "مجاهدي", "اعضاء")


def lost(rec: Recognized, figs: list[Figure], lo: int, hi: int) -> list[Figure]:
    """The deaths of 'فقدت N من منسوبيها' in [lo, hi) that no figure read (figs) covers."""
    text = rec.nt.text
    out: list[Figure] = []
    for m in LOST.finditer(text, lo, hi):
        for q in rec.near("quantities", m.end(), min(hi, m.end() + 30)):
            if q.start != m.end() or q.end > hi or q.value is None or q.kind == "ordinal":
                continue
            nxt = text[q.end:q.end + 30].split()[:2]
            if len(nxt) == 2 and nxt[0] == "من" and nxt[1].startswith(MEMBERS) and not any(
                    f.field == "fatalities" and f.start < q.end and q.start < f.end for f in figs):
                out.append(Figure("fatalities", m.start(), q.end, q.value, q.min, q.max, m.start()))
            break
    return out


# 'اغتال مسلحون مجهولون ... مختار احدي القري', 'اغتالوا عنصرا في ...': the finite verb of an assassination kills the
# man it names (dev gold: 1 dead in 13 docs of 11 sets); no count is read from its object (its subject 'مسلحان
# مجهولان' would count), so the dead man is a vague figure that any count of the dead outweighs ('اغتالت اسراييل
# احد القاده ..., ما ادي الي سقوط اربعه شهداء' = 4)
ASSASSINATED = guard(r"(?<![^\s\"'«(])[وف]?(?:اغتال|اغتالت|اغتالوا|اغتالا|اغتالتا)(?![^\s,.:;؛\"'»)])")


def assassinated(rec: Recognized, figs: list[Figure], triggers: Sequence[int], lo: int, hi: int) -> list[Figure]:
    """One dead, vague, for each assassination verb of [lo, hi) that is an incident's trigger (triggers: where the
    sentence's frames' triggers start), when the sentence tells no other figure of the dead."""
    if any(f.field == "fatalities" for f in figs):
        return []
    return [Figure("fatalities", m.start(), m.end(), 1, None, None, m.start())
            for m in ASSASSINATED.finditer(rec.nt.text, lo, hi) if any(m.start() <= t < m.end() for t in triggers)]


# a correction that gives the count alone, its noun told in the figure it corrects: 'قلنا امس ان جرحي الضربات
# اربعه, والصحيح انهم ثلاثه' (pb_019; a correction of one field, as 'والصحيح' with its noun in lb_019, na_025, nb_021)
ELLIPTIC = guard(r"(?<!\S)(?:والصحيح|الصحيح|والصواب|الصواب)[\s,،]+(?:(?:ان|انهم|انهن|انها|انهما|هو|هم)\s+)?")


def corrected_counts(rec: Recognized, figs: list[Figure], lo: int, hi: int) -> list[Figure]:
    """The bare counts of [lo, hi) a correction word introduces, of the field of the figure told before it."""
    text = rec.nt.text
    out: list[Figure] = []
    for m in ELLIPTIC.finditer(text, lo, hi):
        before = [f for f in figs if f.end <= m.start()]
        q = next((x for x in rec.near("quantities", m.end(), m.end() + 1) if x.value is not None
                  and x.kind != "ordinal" and x.end <= hi), None)
        if not before or q is None or any(f.start < q.end and q.start < f.end for f in figs):
            continue  # 'والصحيح ثلاثه قتلي' is a figure already
        last = before[-1]
        out.append(Figure(last.field, q.start, q.end, int(q.value), q.min, q.max, last.anchor))
    return out
