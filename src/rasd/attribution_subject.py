"""A verb of saying in a later clause with no subject of its own speaks for the subject of the sentence's main clause.

Arabic drops the subject of a second verb that shares the first one's: 'قدم الجيش روايه
مغايره للعمليه, اذ قال في بيان ان ...', 'ولم يعلق الجيش علي العمليات الاخري, فيما اعلن في
وقت سابق ان ...'. The name opening the sentence (no incident word before it, so it is no
victim or object of one) is the speaker of the bare verb, unless its words already began
('قال X ان ..., واضاف ان': X is the speaker there anyway). The same bare verb right after
the object of an action ('اعتقلت X ثلاثه شبان في قريه Y, قالت انهم ...', 'نفذت X عمليه
انزال واعتقلت شخصين قالت في بيانها انهما ...') speaks for the action's doer, the name
right after the action's verb (agent_said).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution_text import COMPLEMENTIZERS, SAID_HOW, care_place, gap_words, glued_l, how_said, outlet_noun
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

SUBJECT_HEAD = 4  # words before the main clause's subject: 'في المقابل, قدم', 'ولم يعلق'
OBJECT_WORDS = frozenset({"علي", "عن", "الي", "في", "من", "ضد", "مع", "بين", "لدي", "عند", "نحو", "باتجاه"})
CLAUSE_MARKS = ",،؛"  # the bare verb lies in a later clause: a comma between the subject and it
CLAUSE_LEAD = 1  # words between the clause mark and the bare verb: ', اذ قال', ', فيما اعلن'
NEGATED = frozenset({"لم", "لن", "ليس", "ليست", "لا"})  # the words told deny the incident: 'ان قواتنا لم تنفذ'
HARM_WORDS = frozenset({"اصابات", "اصابه", "اضرار", "خساير", "ضحايا", "قتلي", "جرحي", "يسفر", "تسفر",
                        "توقع", "يوقع", "تقع", "يقع", "تسجل", "يسجل", "يبلغ"})  # 'لم تقع اصابات': harm denied only
DISOWNING = ("ما", "يسمي", "تسمي")  # 'قدم ما يسمي "المرصد ..." روايه': words that only disown the name after them
DESCRIBED = 3  # words of an outlet described before its quoted name: 'وكاله الانباء الرسميه "سانا"'
VAGUE_HEADS = ("مصدر", "مصادر", "مسوول")  # an unnamed source a relay quotes: 'نقلت عن مصدر عسكري'
VAGUE_WORDS = 5  # words from the unnamed source to its complementizer or 'قوله/قولها'
BARE_REACH = 2  # characters between a name and a verb of saying that is its own ('قسد قالت')
DOING_VERBS = frozenset({"نفذت", "نفذ", "ونفذت", "ونفذ", "شنت", "شن", "وشنت", "وشن", "اجرت", "اجري", "واجرت"})
NEGATED_REACH = 4  # words after the complementizer in which a negation denies: 'ان "القوات الامريكيه لم تنفذ'


def clause_subject(rec: Recognized, speaking: Sequence[Match[Entry]], lo: int, named: Sequence[Any]) -> list[str]:
    """The ids of main-clause subjects that a subjectless verb of saying later in the sentence [lo, ...) makes
    speakers (named: the sentence's noted sources, see attribution_noted.note)."""
    text = rec.nt.text
    out: list[str] = []
    for c in speaking:
        after = gap_words(text, c.end, c.end + 16)[1 if text[c.end:c.end + 1].strip() else 0:][:1]  # 'اعلن*'
        if not after or not (after[0] in COMPLEMENTIZERS or after[0] in SAID_HOW and how_said(
                text, c.end, [n.match.start for n in named]) or _relays_vague(text, c)):
            continue
        mark = max(text.rfind(ch, lo, c.start) for ch in CLAUSE_MARKS)
        if mark < 0 or len(gap_words(text, mark + 1, c.start - len(c.prefix))) > CLAUSE_LEAD:
            continue  # 'فيما قالت X في بيان ان': the verb has its own subject, or is no verb opening a clause
        first = next((n for n in named if n.match.start < c.start), None)
        if first is None or first.sid in out or not _subject(rec, lo, first, mark) or any(
                n is not first and n.sid != first.sid and first.match.end <= n.match.start < c.start for n in named):
            continue
        if _denied(rec, lo, mark, c.end):
            continue  # 'نفت X اي دور لقواتها, وقالت ان "قواتنا لم تنفذ اي ضربات"': a denial tells no incident
        out.append(first.sid)
    return out


def agent_said(rec: Recognized, speaking: Sequence[Match[Entry]], lo: int, named: Sequence[Any]) -> list[str]:
    """The doer of the sentence's action ('اعتقلت X', 'نفذت X') when a verb of saying with no subject of its own
    follows the action's object and opens the words it reports ('... ثلاثه شبان, قالت انهم', 'شخصين قالت في بيانها
    انهما'); named: the sentence's noted sources. Empty when no such verb or doer is found."""
    text = rec.nt.text
    for c in speaking:
        at = c.start - len(c.prefix)
        if not _opens_words(text, c, named) or any(at - BARE_REACH <= n.match.end <= at for n in named):
            continue  # 'X قالت ان': the verb has its subject (read as 'X' then its cue)
        doer = next((n for n in named if n.match.end <= at), None)
        if doer is None or not doer.claims or not _after_verb(rec, lo, doer.match) or ":" in text[
                doer.match.end:at] or set(gap_words(text, doer.match.end, at)) & COMPLEMENTIZERS:
            continue
        if rec.near("triggers", lo, at):
            return [doer.sid]
    return []


def _opens_words(text: str, c: Match[Entry], named: Sequence[Any]) -> bool:
    """The verb of saying c is followed by the words it reports: a complementizer, or how it was said then one."""
    after = gap_words(text, c.end, c.end + 16)[1 if text[c.end:c.end + 1].strip() else 0:][:1]
    return bool(after) and (after[0] in COMPLEMENTIZERS or after[0] in SAID_HOW and how_said(
        text, c.end, [n.match.start for n in named]))


def _after_verb(rec: Recognized, lo: int, s: Match[Entry]) -> bool:
    """The name s follows its clause's verb at once: an action word ('اعتقلت قوات X') or a verb of doing ('نفذت X')."""
    at = s.start - len(s.prefix)
    before = gap_words(rec.nt.text, max(lo, at - 16), at)[-1:]
    return bool(before) and (before[0] in DOING_VERBS or any(
        t.end <= at and not gap_words(rec.nt.text, t.end, at) for t in rec.near("triggers", max(lo, at - 16), at)))


def _relays_vague(text: str, c: Match[Entry]) -> bool:
    """'اذ نقلت عن مصدر عسكري ان', 'نقلت عن مصادر امنيه قولها ان': a bare verb of relaying whose words come from an
    unnamed source (the relaying subject tells them)."""
    if not c.key.startswith("نقل"):
        return False
    told = gap_words(text, c.end, c.end + 60)
    told = told[1:] if told[:1] == ["عن"] else told
    return bool(told) and told[0].startswith(VAGUE_HEADS) and any(
        w in COMPLEMENTIZERS or w.startswith("قول") for w in told[1:VAGUE_WORDS])


def _subject(rec: Recognized, lo: int, n: Any, mark: int) -> bool:
    """The noted source n opens the sentence as the subject of its main clause, which ends at the clause mark."""
    text = rec.nt.text
    s = n.match
    at = s.start - len(s.prefix)
    head = _bare_head(gap_words(text, lo, at))
    return n.claims and s.end <= mark and not care_place(text, s) and len(head) <= SUBJECT_HEAD and not (
        head[-1:] and head[-1] in OBJECT_WORDS) and not glued_l(text, s) and not set(
        gap_words(text, s.end, mark)) & COMPLEMENTIZERS and not rec.near("triggers", lo, at)


def _bare_head(head: list[str]) -> list[str]:
    """The words before a subject without what only names or disowns it: 'قدمت وكاله الانباء الرسميه' before
    '"سانا"' is 'قدمت', 'قدم ما يسمي' before '"المرصد"' is 'قدم'."""
    if len(head) >= 2 and head[-2] == DISOWNING[0] and head[-1] in DISOWNING[1:]:
        return head[:-2]
    noun = next((i for i in range(max(0, len(head) - DESCRIBED), len(head)) if outlet_noun(head[i])), None)
    return head if noun is None else head[:noun]


def _denied(rec: Recognized, lo: int, mark: int, said: int) -> bool:
    """The words said after `said` deny the incident ('ان "قواتنا لم تنفذ اي ضربات"', 'ان بلاده "ليست علي علم"'), not
    only its harm ('انه لم تقع اصابات'); or the main clause (up to its mark) denies and its words are negated."""
    told = gap_words(rec.nt.text, said, said + 80)
    lead = next((i for i, w in enumerate(told) if w in COMPLEMENTIZERS), None)
    if lead is None:
        return False
    neg = next((i for i in range(lead, min(len(told), lead + NEGATED_REACH)) if told[i] in NEGATED), None)
    return neg is not None and not set(told[neg + 1:neg + 4]) & HARM_WORDS
