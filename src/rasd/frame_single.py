"""Frame single: an aggregate word that qualifies one dated incident told in its own clause is no trend.

'شهدت المدينه مساء الاحد اخطر حوادث الاسبوع, حين استهدفت مسيره سياره': the worst incident of the week is the one
that the 'حين' clause tells. 'ارتفع عدد القتلي الذين سقطوا في القصف الذي استهدف ..., امس الاثنين, الي خمسه': a
newer toll of one incident of a recent day, not a running total (no 'منذ' in the sentence); so is the inverted
'ارتفعت الي تسعه حصيله القتلي الذين استهدفهم مسلحون ظهر الجمعه'.
"""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .timex import recent_day

# elatives that pick one incident out of a class ('اخطر حوادث الاسبوع', 'اعنف الهجمات')
SUPERLATIVES = frozenset({"اخطر", "ابرز", "اعنف", "اكبر", "اسوا", "اشد", "ادمي", "افظع", "اكثر"})
# 'حين/عندما/اذ': the clause after the comma tells the incident the superlative picked out
WHEN_WORDS = frozenset({"حين", "عندما", "حينما", "اذ"})
ELATIVE_WORDS = 2  # words from the elative to the cue: 'اعنف الهجمات منذ اشهر'
WHEN_GAP = 1  # words from 'حين' to the trigger: 'حين استهدفت', 'حين قامت طايره بقصف' is not the construction
# the toll cues that raise one incident's count ('ارتفع عدد الشهداء ... الي سته')
TOLL_RISES = frozenset({"ارتفع عدد", "بلغ عدد"})
# what ties the counted dead to their incident: a relative clause ('الذين استهدفتهم'), a cause ('جراء القصف')
TOLL_LINKS = frozenset({"الذين", "اللذين", "الذي", "التي", "اللتين", "جراء", "اثر", "بسبب"})
TOLL_LINK_WORDS = 4  # words from the cue to the link: 'ارتفع عدد الشهداء المدنيين الذين'
# the inverted update: the rise, its newer figure, then the toll ('ارتفعت الي تسعه حصيله القتلي')
RAISED_TO = frozenset({"ارتفع الي", "ارتفعت الي"})
TOLL_NOUNS = frozenset({"حصيله", "عدد"})
# 'هو الاحدث في سلسله هجمات', 'الاخير ضمن سلسله': the incident before it is the newest of a series
LATEST = frozenset({"الاحدث", "الاخير", "الاخيره"})
LATEST_WORDS = 3  # words from the elative to the cue: 'الاحدث في' (the cue may hold 'سلسله' or start after it)
FIGURE_WORDS = 2  # words of the newer figure before the toll noun: 'الي 9 حصيله', 'الي اثنين عدد'


def single_incident(rec: Recognized, clause: tuple[int, int], cue: Match[Entry], trig: Match[Entry]) -> bool:
    """The aggregate cue before trig qualifies one incident of its own clause: a superlative ('اخطر حوادث الاسبوع,
    حين ...') or a toll update of a recent day ('ارتفع عدد الشهداء الذين ... امس ... الي سته')."""
    return _latest_of(rec, cue, trig) or _toll_of_one(rec, cue, trig) or cue.end <= trig.start and (
        _superlative(rec, clause, cue, trig) or _toll_update(rec, cue, trig) or _toll_raised(rec, cue, trig))


def _latest_of(rec: Recognized, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'تعرض حقل ... لهجوم بطائره مسيره, هو الاحدث في سلسله هجمات طالت ...': the series the incident is the latest
    of comes after it; the incident told before the elative is one, only the series is a class."""
    if cue.start < trig.end:
        return False
    before = (rec.nt.text[trig.end:cue.start].split() + cue.key.split()[:1])[-LATEST_WORDS:]  # 'الاحدث ضمن سلسله'
    return any(w in LATEST and before[i + 1:i + 2] in (["في"], ["ضمن"]) for i, w in enumerate(before))


def _superlative(rec: Recognized, clause: tuple[int, int], cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'اخطر حوادث الاسبوع, حين استهدفت': an elative in or right before the cue, then a comma and 'حين' before trig."""
    text = rec.nt.text
    before = text[max(clause[0], cue.start - 24):cue.start].split()[-ELATIVE_WORDS:]  # 'اعنف الهجمات منذ اشهر'
    if not set(before) & SUPERLATIVES and cue.key.split()[-1] not in SUPERLATIVES:  # 'واحدا من اعنف'
        return False
    between = text[cue.end:trig.start - len(trig.prefix)]
    comma = between.rfind(",")
    if comma < 0:
        return False
    tail = between[comma + 1:].split()
    return bool(tail) and tail[0].removeprefix("و") in WHEN_WORDS and len(tail) - 1 <= WHEN_GAP


def _toll_update(rec: Recognized, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'ارتفع عدد الشهداء الذين استهدفتهم مسيرات, امس الاحد, ..., الي سته': the cue, a casualty word and its link to
    the incident, a day at most a few days old after the trigger, then 'الي' and the newer toll; no 'منذ'."""
    if cue.key not in TOLL_RISES:
        return False
    text = rec.nt.text
    sent = rec.sentence_at(trig.start)
    if sent is None or "منذ" in text[sent.start:sent.end]:
        return False
    head = text[cue.end:trig.start].split()
    if not any(w in TOLL_LINKS for w in head[:TOLL_LINK_WORDS + 1]) or not any(
            c.end <= trig.start for kind in ("killed", "injured") for c in rec.cues_of(kind, cue.end, trig.start)):
        return False
    pub = rec.article.published
    days = [t for t in rec.near("times", trig.end, sent.end) if t.start >= trig.end and t.end <= sent.end
            and t.precision == 1 and t.kind != "since" and recent_day(t.date, pub)]
    return bool(days) and any(
        q.kind != "ordinal" and q.start > days[0].end and text[:q.start].rsplit(None, 1)[-1:] == ["الي"]
        for q in rec.near("quantities", days[0].end, sent.end) if q.end <= sent.end)


def _toll_raised(rec: Recognized, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'ارتفعت الي تسعه حصيله القتلي الذين استهدفهم مسلحون ظهر الجمعه': the rise, its figure, the toll noun, a
    casualty word and its link to the incident, and a day at most a few days old after the cue; no 'منذ'."""
    text = rec.nt.text
    sent = rec.sentence_at(trig.start)
    if cue.key not in RAISED_TO or sent is None or "منذ" in text[sent.start:sent.end]:
        return False
    head = text[cue.end:trig.start].split()
    noun = next((i for i, w in enumerate(head[:FIGURE_WORDS + 1]) if w in TOLL_NOUNS), None)
    if not noun or not any(w in TOLL_LINKS for w in head[noun + 1:noun + TOLL_LINK_WORDS + 2]) or not any(
            c.end <= trig.start for kind in ("killed", "injured") for c in rec.cues_of(kind, cue.end, trig.start)):
        return False
    pub = rec.article.published
    return any(t.start >= cue.end and t.end <= sent.end and t.precision == 1 and t.kind != "since"
               and recent_day(t.date, pub) for t in rec.near("times", cue.end, sent.end))


TOLL_HEAD_WORDS = 4  # 'ارتفع عدد قتلي الميليشيات الايرانيه بالغارات': the toll word and whose dead, then the incident
CASUALTY_KINDS = ("killed", "injured", "loss")  # 'قتلي', 'الجرحي', 'ضحايا': the counted victims
TOLL_HEADS = frozenset({"حصيله", "الحصيله", "عدد"})  # 'حصيله غاره X', 'الحصيله النهاييه للغاره', 'عدد قتلي غاره'
WAR_TOLL = 100  # a newer figure this high counts a war or a campaign, not the dead of one incident


def _toll_of_one(rec: Recognized, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'ارتفع عدد ضحايا الضربه الجويه التي ...', 'ارتفعت الي 9 حصيله قتلي الضربات', 'حصيله غاره X ارتفعت الي
    خمسه', 'عدد قتلي غاره سوق اللفه ارتفع الي 12': a rising toll whose victims are the dead of the incident the
    trigger names (the trigger a few words after the toll or casualty word), no running total since a date."""
    text = rec.nt.text
    sent = rec.sentence_at(trig.start)
    if sent is None or "منذ" in text[sent.start:sent.end] or cue.key not in TOLL_RISES | RAISED_TO or any(
            q.value is not None and q.value >= WAR_TOLL and text[:q.start].rsplit(None, 1)[-1:] == ["الي"]
            for q in rec.near("quantities", sent.start, sent.end)):
        return False  # 'ارتفعت حصيله العدوان الي اكثر من 30 الف شهيد': a war's total even with no 'منذ'
    at = trig.start - len(trig.prefix)
    if cue.end <= at:  # the rise, then the toll, then the incident
        head = text[cue.end:at].split()
        return 0 < len(head) <= TOLL_HEAD_WORDS + FIGURE_WORDS and any(
            c.end <= at for kind in CASUALTY_KINDS for c in rec.cues_of(kind, cue.end, at))
    before = text[sent.start:at].split()[-TOLL_HEAD_WORDS:]  # the toll, the incident, then the rise
    return cue.key in RAISED_TO and any(w.removeprefix("و") in TOLL_HEADS for w in before)
