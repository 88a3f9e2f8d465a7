"""No-casualty statements: 'لم تسفر عن اصابات', 'واقتصرت الاضرار علي الماديات', read as the fields they set to 0."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .literal_guard import guard
from .recognize import Recognized

if TYPE_CHECKING:
    from .claim_parts import Figure
    from .frame import Frame

ZERO_DEATHS_ONLY = "nodeaths"  # cues.tsv id of no-casualty phrases that say nothing of the wounded ('لم يقتل اي')

LOSS_GAP = 5  # words from a casualty negation to its loss noun: 'من دون ان تسفر عن وقوع اي اصابات'
# words that make a negated loss a statement of ignorance ('دون ان تتوفر معلومات عن حجم الخساير') or of something
# still going on ('لا تزال الاصابات'), not a statement that no one was hurt
NOT_ZERO_WORDS = frozenset({"معلومات", "تفاصيل", "عدد", "حجم", "حصيله", "هويه", "هويات", "طبيعه", "يزال", "تزال",
                            "زال", "زالت", "يزالون", "يكشف", "تكشف", "يحدد", "تحدد", "يعرف", "تعرف", "يتضح", "تتضح"}
                           # a teller's silence is no statement: 'من دون ان يذكر سقوط ضحايا', 'دون ان تشير الي اصابات'
                           | {"يذكر", "تذكر", "يشير", "تشير", "يشر", "تشر", "يوضح", "توضح", "يورد", "تورد", "يتطرق",
                              "تتطرق"})
# 'ولم يصب اي من المارة': none of the bystanders was hurt, which tells nothing of the people the strike hit
BYSTANDERS = re.compile(r"\s+(?:من\s+)?(?:الماره|الماريين|الجيران|السكان|الاهالي|سكان)(?![^\s,.:;؛\"'»)])")
BOTH: tuple[str, ...] = ("fatalities", "injured")
DEATHS: tuple[str, ...] = ("fatalities",)
RESTRICTION_GAP = 3  # words from 'اقتصرت' to what the damage was limited to: 'واقتصرت اضراره هناك علي الماديات'
LOSS_DEATHS = "loss_deaths"  # cues.tsv id of loss nouns that speak of deaths only ('لم تسجل اي حاله وفاه')
LOSS_HURT = "loss_hurt"  # ... and of the wounded only ('من دون تسجيل جرحي'): the dead told beside it stand
HURT: tuple[str, ...] = ("injured",)


def zero_statements(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """'No one was hurt' statements of [lo, hi): (start, end, the fields they set to 0).

    The phrases of cues.tsv (no_casualties), and the construction they share: a negation
    ('دون', 'لم', 'من دون') then, a few words on, an indefinite loss noun ('اصابات', 'خساير
    بشريه', 'حاله وفاه'), with no number, no punctuation and no word of ignorance between:
    'ولم تسجل اي حاله وفاه' (deaths only), 'من دون ان تتسبب باي خساير'.
    """
    text = rec.nt.text
    out: list[tuple[int, int, tuple[str, ...]]] = [
        (c.start, c.end, DEATHS if c.payload.id == ZERO_DEATHS_ONLY else BOTH) for c in rec.cues_of("no_casualties", lo, hi)
        if not BYSTANDERS.match(text, c.end)]  # 'ولم يصب اي من المارة' says nothing of the people struck
    out += [z for z in _material_only(rec, lo, hi) if not any(a <= z[0] < b for a, b, _ in out)]
    out += [z for z in _spoken_none(rec, lo, hi) if not any(a <= z[0] < b for a, b, _ in out)]
    out += [(m.start(), m.end(), BOTH) for m in NOBODY_HURT.finditer(text, lo, hi)
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in out)
            and not BYSTANDERS.match(text, m.end())]
    negations = rec.cues_of("loss_negation", lo, hi)
    if not negations:
        return out
    uncertain = rec.cues_of("uncertain_casualties", lo, hi)
    losses = rec.cues_of("loss", lo, hi)
    for n in negations:
        if any(a <= n.start < b for a, b, _ in out) or any(u.start <= n.start < u.end for u in uncertain):
            continue
        for loss in losses:
            if loss.start < n.end:
                continue
            between = text[n.end:loss.start]
            words = between.split()
            if len(words) > LOSS_GAP or any(ch in between for ch in ",.:;؛\n") or set(words) & NOT_ZERO_WORDS:
                break
            if "ال" in loss.prefix or rec.near("quantities", n.end, loss.start) or _known_subject(rec, n.end, loss.start):
                break  # 'لم يتمكن المسعفون من اسعاف الاصابات' speaks of known wounded
            longest = max((x for x in losses if x.start == loss.start), key=lambda x: x.end - x.start)
            if not any(a < longest.end and n.start < b for a, b, _ in out):  # 'من دون ان تسجل اصابات' is listed
                out.append((n.start, longest.end, _fields(longest.payload.id)))
            break
    return out


# spoken 'there is no' right before an indefinite loss noun: 'ما في اصابات', 'وماكو اي خساير بشريه', 'مفيش ضحايا'; and
# 'there were no' ('وما صارت اصابات بالارواح', qa_025)
SPOKEN_NONE = guard(r"(?<!\S)و?(?:ما في|مافي|ما فيه|مافيه|ما فيش|مفيش|ماكو|ما كو|ما صارت|ما صار)\s+(?:اي\s+)?")


def _spoken_none(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """A spoken 'there is no' and a loss noun right after it ('والحمد لله ما في اصابات'): no one was hurt."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for m in SPOKEN_NONE.finditer(rec.nt.text, lo, hi):
        at = [x for x in rec.cues_of("loss", m.end(), min(hi, m.end() + 30)) if x.start == m.end() and "ال" not in x.prefix]
        if at:
            longest = max(at, key=lambda x: x.end - x.start)
            out.append((m.start(), longest.end, _fields(longest.payload.id)))
    return out


# 'nobody was hurt' told with the pronoun 'nobody' and a verb of being hurt, in either order, after a negation:
# 'من دون ان يصاب احد', 'لم يتاذ احد', spoken 'ما حدا تاذي', 'ما في زول اتاذي', 'ما حد انصاب' (kd_019, pk_018, and
# fr_003, pa_010, sa_019, yb_022 in half A); 'خشيه ان يصاب احد' (a fear) has no negation and is no statement
HURT_VERBS = "يصب|يصاب|تصب|تصاب|يتاذ|يتاذي|تاذي|اتاذي|انصاب|تصاوب|يتضرر|تضرر"
NOBODY = "احد|حدا|حد|زول"
NOBODY_HURT = guard(r"(?<!\S)[وف]?(?:لم|ما|دون ان|بدون ان)\s+(?:(?:في\s+)?(?:" + NOBODY + r")\s+(?:" + HURT_VERBS
                    + r")|(?:" + HURT_VERBS + r")\s+(?:اي\s+)?(?:" + NOBODY + r"))(?![^\s,.:;؛\"'»)])")


def _fields(loss_id: str) -> tuple[str, ...]:
    """The fields a negated loss noun sets to 0: deaths and wounded, or one of them ('حاله وفاه', 'جرحي')."""
    return DEATHS if loss_id == LOSS_DEATHS else HURT if loss_id == LOSS_HURT else BOTH


# 'لم يتم الابلاغ عن وقوع اصابات', 'من دون الابلاغ عن اصابات': the reporting noun is no known subject, the loss
# after it is the incident's (4 docs in 4 sets: ja, ma, na, ot)
REPORTING = frozenset({"الابلاغ", "التبليغ"})


def _known_subject(rec: Recognized, a: int, b: int) -> bool:
    """A definite word in text[a:b] that is no event word: 'لم يتمكن المسعفون من اسعاف ...' speaks of known people;
    'لم يسفر الهجوم عن اي اصابات', 'دون ان يسفر القصف عن خساير' name the incident itself."""
    text = rec.nt.text
    events = [(t.start, t.end) for t in (*rec.near("triggers", a - 4, b), *rec.near("weapons", a - 4, b))]
    for m in re.finditer(r"\S+", text[a:b]):
        w = m.group()
        if not w.startswith(("ال", "وال")) or w == "الي" or w in REPORTING:
            continue
        at = a + m.start()
        if not any(s <= at + 3 and at < e for s, e in events):
            return True
    return False


def _material_only(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """'واقتصرت اضراره علي الماديات', 'اقتصرت الخساير علي الاضرار الماديه': damage only, no one hurt."""
    text = rec.nt.text
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for m in rec.cues_of("material_only", lo, hi):
        for r in rec.cues_of("restriction", max(lo, m.start - 40), m.start):
            between = text[r.end:m.start]
            if len(between.split()) <= RESTRICTION_GAP and not any(ch in between for ch in ",.:;؛\n"):
                out.append((r.start, m.end, BOTH))
                break
    for d in DAMAGE_ONLY.finditer(text, lo, hi):  # 'واقتصرت الاضرار علي الاراضي الزراعيه': whatever it was, a thing
        if "بشري" not in d.group() and not any(c.payload.kind in ("killed", "injured")
                                                for c in rec.near("cues", d.start(), d.end())):
            out.append((d.start(), d.end(), BOTH))
    return sorted(dict((z[0], z) for z in out).values())


# the damage (not the human losses) was limited to something: 'واقتصرت الاضرار علي واجهه المنزل', 'اقتصرت اضرارها علي
# احتراق اشجار' -- no one was hurt, whatever was damaged (dev: 9 docs in 8 sets, 3 of them rA)
DAMAGE_ONLY = guard(r"(?<!\S)[وف]?(?:اقتصرت|اقتصر|تقتصر|يقتصر)\s+(?:ال)?(?:اضرار|خساير)(?:ه|ها|هم|هما)?"
                    r"(?:\s+[^\s,.:;؛]+){0,2}?\s+علي\s+[^\s,.:;؛\"'»)]+")


# 'اسفرت عن اصابات في صفوف جنوده', 'اسفر عن اصابات طفيفه': wounded told without a count and no one killed, which
# DESIGN codes as 0 dead (dev gold: bl, na); an attacker's 'اوقعت اصابات مؤكده' (hits, maybe dead) is no such report
UNCOUNTED_HURT = guard(r"(?<!\S)[وف]?(?:اسفر|اسفرت|ادي|ادت)\s+(?:عن|الي)\s+(?:وقوع\s+)?اصابات"
                            r"(?!\s+(?:موكده|محققه|مباشره|دقيقه|بالغه))(?![^\s,.:;؛\"'»)])")
NEGATING = frozenset({"لم", "ولم", "دون", "عدم", "لن", "ما", "قد", "ان"})  # 'دون ان تسفر عن اصابات' is read as none


def uncounted_hurt(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of wounded told without a count in [lo, hi) of a sentence telling no death: 0 killed each."""
    if any(c.payload.kind == "killed" for c in rec.near("cues", lo, hi)):
        return []
    text = rec.nt.text
    return [(m.start(), m.end()) for m in UNCOUNTED_HURT.finditer(text, lo, hi)
            if not set(text[max(lo, m.start() - 12):m.start()].split()[-1:]) & NEGATING]


RETOLD_SENTENCES = 3  # a definite weapon noun retells an incident told at most this many sentences before
SUBJECT_GAP = 4  # words from the subject of a no-casualty statement to its negation ('ان القذايف الثلاث لم توقع')


def retold_home(rec: Recognized, target: Frame, pos: int) -> Frame:
    """The incident whose weapons the subject of the no-casualty statement at pos retells, when that incident was told
    at another place before the statement's sentence: 'ان القذايف الثلاث لم توقع اي اصابات', 'ان الصواريخ الاربعه لم
    تسفر عن اصابات' after 'تعرضت القاعده ... لهجوم باربعه صواريخ' is said of that attack, not of the strike the
    sentence tells beside it nor of the frame of the definite weapon itself, placed by the country or by the launch
    site ('فان القذايف انطلقت من بساتين X ..., من دون ان تسفر عن اصابات')."""
    text = rec.nt.text
    t = target.trigger
    subject = [w for w in rec.near("weapons", pos - 60, pos) if w.end <= pos and "ال" in (w.prefix + w.key[:2])
               and len(text[w.end:pos].split()) <= SUBJECT_GAP and not any(ch in text[w.end:pos] for ch in ",.:;؛")]
    subject = subject or [w for w in rec.near("weapons", t.start, t.end) if w.start < t.end and t.start < w.end and (
        "ال" in t.prefix or t.key.startswith("ال"))]  # its frame told by the definite weapon: 'فان القذايف انطلقت من'
    if not subject:
        return target
    noun = text[subject[-1].start:subject[-1].end].split()[0].removeprefix("ال")  # 'القذايف' -> 'قذايف'
    told = re.compile(r"(?<!\S)[وبل]?" + re.escape(noun) + r"(?![^\s,.:;؛\"'»)])")
    own = {p.location.id for p in target.places}
    for f in rec.cache("story_frames").get("all", [])[::-1]:
        if f.heading or f.sent >= target.sent:
            continue
        if f.sent < target.sent - RETOLD_SENTENCES:
            break
        if told.search(text, f.clause[0], f.clause[1]):  # 'لهجوم بثلاث قذايف صاروخيه'
            return f if f.places and not own & {p.location.id for p in f.places} else target
    return target


def negated_figures(figs: list[Figure], zeros: list[tuple[int, int, tuple[str, ...]]]) -> list[Figure]:
    """The figures that are not the loss noun of a no-casualty statement read again as a count: 'دون قتلي' or 'من
    دون تسجيل اصابات' sets the dead or the wounded to 0, and the bare noun it negates, a figure with no stated count,
    is not one more victim (a counted figure beside it, 'شهيدين', stays)."""
    return [f for f in figs if f.min is not None or not any(a < f.end and f.start < b for a, b, _ in zeros)]
