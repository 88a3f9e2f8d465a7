"""Attribution: who a sentence says told it, read as constructions ('قال X', 'بحسب X', 'X في بيان', 'وقال المرصد').

A claimant is the speaker of a statement; an outlet that only relays it (a dateline,
'قال مصدر امني لوكاله X', 'بيان تلقت X نسخه منه') is kept only when nothing better names
the source, and a name inside the reported words is what was said, not who said it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import attribution_bodies as bodies
from .attribution_army import home_army, paper_title
from .attribution_bodies import canonical, dateline_agency, local_body
from .attribution_denied import told_nothing
from .attribution_heard import heard_too
from .attribution_noted import SPEAKER_KINDS, Noted, note
from .attribution_object import recipient as _recipient
from .attribution_publisher import own_monitor, relayed
from .attribution_signed import signer_of
from .attribution_subject import agent_said, clause_subject
from .attribution_text import (
    ADOPTED,
    COMPLEMENTIZERS,
    SAID_HOW,
    accused,
    appositive_end,
    care_place,
    colon_after_place,
    construct_masdar,
    gap_words,
    glued_l,
    how_said,
    list_item,
    negated_cue,
    officials,
    open_quote,
    past_owner,
    quoted_from,
    raises_toll,
    self_named,
    trailing_tag,
    transport,
    vague_speaker,
    verb_as_noun,
)
from .attribution_voice import (
    RELAY_KINDS,
    SECURITY_VOICES,
    STATE_KINDS,
    relays_only,
    security_voice,
    surname_anaphors,
)
from .attribution_voice import resolve as _resolve
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import word_end
from .segment import Sentence

LINE_HEAD = 3  # words before a name that still opens its line: a stamp and a bullet ('21:34 |', '🔴')
SPEAKER_GAP = 4  # words from an attribution cue to the speaker it introduces: 'قال مسوولون في وزاره الدفاع X'
TRAILING_GAP = 2  # words from a speaker to the cue after it: '"قسد" في بيان', 'X تعلن'
# cues whose speaker follows them: a name before 'بحسب' is no speaker ('مستقبل التحالف، بحسب بيان لمكتبه')
LEADING_CUES = frozenset({"بحسب", "حسب", "حسبما", "وفق", "وفقا", "وفقا ل", "نقلا عن", "نقلت عن"})
STATEMENT_NOUNS = frozenset({"البيان", "المصدر", "المصادر", "المصدر ذاته", "المصدر نفسه", "المصادر ذاتها"})
# words after an anaphoric noun that do not extend it into a fuller name ('وقالت الوزاره اليوم', 'واشارت القناه الي')
HEAD_WORD = re.compile(r"(?<!\S)([وف]?)ال([^\s\"'(),،.:؛]+)")  # 'والخليه': the first word of a name, with the article
PRODROP_HEAD = 4  # words before a verb of saying that has no subject: 'وفي بيان ثان, اعلنت ان'
NOT_MODIFIERS = frozenset({"الي", "اليوم", "الذي", "التي", "الا", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
                           "الخميس", "الجمعه", "السبت"})
ABBREVIATED_GAP = 3  # characters (quotes, a space) from a name to the bracket of its abbreviation
COMMENTATORS = frozenset({"محلل", "المحلل", "محللون", "المحللون", "خبير", "الخبير", "خبراء", "الخبراء", "باحث",
                          "الباحث"})  # who gives a view, not a report
# 'قدم الجيش روايه مغايره, اذ قال المتحدث باسمه': a spokesman with a pronoun speaks for the name it refers back to
SPOKESMEN = frozenset({"المتحدث", "الناطق"})
OWN_VOICE = frozenset({"باسمه", "باسمها", "باسمهم", "بلسانه", "بلسانها", "بلسانهم"})
COMMENTATOR_REACH = 80  # characters before a name in which a commentator is its speaker
# nouns that name an outlet before its quoted name: 'قناه "المسيره"' is the channel, not the drone
RECIPIENT_GAP = 6  # words from a vague speaker to the outlet it spoke to: 'مصدر في السلطه المحليه بالمحافظه لوكاله X'


def _speaker_cue(rec: Recognized, speaking: list[Match[Entry]], lo: int, a: int, b: int) -> int | None:
    """Where the attribution that makes text[a:b] its speaker begins ('قال X', 'بحسب X', 'X في بيان', 'X: ').

    speaking: the sentence's cues of SPEAKER_KINDS, in text order.
    """
    text = rec.nt.text
    if accused(rec, speaking, a, b):
        return None  # 'اتهمت X قوات Y بقصف', 'بيان اتهمت فيه قوات Y': the accused, no speaker
    best: int | None = None
    for c in speaking:
        if any(t.start >= min(c.end, b) and t.end <= max(c.start, a) for t in rec.near("triggers", min(c.end, b),
                                                                                      max(c.start, a))):
            continue  # 'اعلنت ... في بيان قصف موقع للجيش الاسراييلي': a name in the told event, not its teller
        if transport(text, c.key, c.end):
            continue  # 'ونقلت فرق الدفاع المدني الجثامين': who carried the dead, not who told
        if c.end <= a:
            words = gap_words(text, min(word_end(text, c.end), a), a)  # 'اعلنت X': the suffix is no word between
            if len(words) <= SPEAKER_GAP and not set(words) & COMPLEMENTIZERS and not any(
                    ch in text[c.end:a] for ch in ".:\n"):
                best = c.end
        elif c.start >= b and c.key not in LEADING_CUES and not set(gap_words(text, lo, a)) & COMPLEMENTIZERS:
            gap = past_owner(gap_words(text, appositive_end(text, b, c.start), c.start))  # 'وكاله اعماق التابعه
            # لتنظيم داعش نشرت'
            words = [w for w in gap if w != "قد"]  # 'وكان X قد اصدر بيانا', 'وكانت X, وهي مظله ..., قد تبنت الهجوم'
            if len(words) <= TRAILING_GAP and not set(words) & (COMPLEMENTIZERS | LEADING_CUES) and "\n" not in text[
                    b:c.start]:
                return b if best is None else best
    if best is None and (text[b:b + 3].lstrip(' "\'').startswith(":") or colon_after_place(text, b, _opens_line(rec, a))):
        return b  # 'البنتاغون: اصابات طفيفة ...', 'مصادر طبيه في مستشفي العوده بالنصيرات: ...'
    return best


def _opens_line(rec: Recognized, a: int) -> bool:
    """A name at a opens its line: at most a stamp and a bullet before it ('21:34 | X'), or a title that is itself a
    source name ('المتحدث باسم الجيش الاسراييلي افيخاي ادرعي')."""
    line_start = rec.nt.text.rfind("\n", 0, a) + 1
    return len(rec.nt.text[line_start:a].split()) <= LINE_HEAD or any(
        m.end >= a - 1 and len(rec.nt.text[line_start:m.start - len(m.prefix)].split()) <= LINE_HEAD
        for m in rec.near("sources", line_start, a))


def _abbreviates(rec: Recognized, s: Match[Entry]) -> bool:
    """'"قوات سوريا الديمقراطيه" (قسد)': a bracketed name right after a source's name abbreviates it."""
    at = s.start - len(s.prefix) - 1
    return any(at - ABBREVIATED_GAP <= m.end <= at for m in rec.near("sources", at - 60, at))


def _claimed(rec: Recognized, sent: Sentence, named: list[Noted], last: dict[str, str],
             said_last: str | None = None) -> tuple[list[str], list[str]]:
    """Claimant sources of a sentence, and relays kept only as a last resort (datelines, recipients of vague words).

    named: the sentence's noted sources; last: what the names up to this sentence left to refer back to; said_last:
    the claimant of the sentence before, for a verb of saying without a subject ('وفي بيان ثان, اعلنت ان').
    """
    lo, hi = sent.start, sent.end
    anaphors = rec.cues_of("source_anaphor", lo, hi)
    blocked = rec.cues_of("not_source", lo, hi)
    if not named and not anaphors and not said_last and not any(b.key in SECURITY_VOICES for b in blocked):
        return [], []
    text = rec.nt.text
    speaking = [c for c in rec.near("cues", lo, hi) if c.end <= hi and c.payload.kind in SPEAKER_KINDS
                and not verb_as_noun(c) and not construct_masdar(rec, c) and not negated_cue(text, c)]
    strong: list[str] = []
    weak: list[str] = []
    for s, sid, _, claims in named:
        if not claims or care_place(text, s) or told_nothing(text, s.start - len(s.prefix), s.end):
            continue  # 'ولم يصدر تعليق من X': a statement not made (X may still speak later: 'فيما اعلن ان')
        at = max(lo, self_named(text, s.start - len(s.prefix)))  # 'لرووداو': the ل is no word between; 'تبنت جماعه
        # تطلق علي نفسها اسم "X"': the cue before the words that introduce X is X's
        since = _speaker_cue(rec, speaking, lo, at, bodies.body_end(rec, s))  # 'دايره صحه ديالي, اليوم, بيانا جاء فيه'
        if since is None and trailing_tag(text, s) and not _abbreviates(rec, s):
            # '🟡 X يتبني: "..." (قناه المنار)': a tag after a line with its own speaker is the medium that relayed it
            (weak if any(n.match.end < s.start and n.claims for n in named) else strong).append(sid)
            continue
        if since is None and (raises_toll(text, s) or set(gap_words(text, max(lo, at - 10), at)[-1:]) & ADOPTED):
            since = s.start  # 'هجوم بطايره مسيره تبنته X': X claims the attack (a cue would make X no attacker)
        if since is None:
            since = _told_to(rec, speaking, [*blocked, *officials(rec, lo, hi)], s)  # 'افاد مسوول في الشرطه لوكاله X'
        if since is None:
            since = quoted_from(text, speaking, lo, s)
        if since is None or set(gap_words(text, max(lo, s.start - COMMENTATOR_REACH), s.start)) & COMMENTATORS:
            continue  # 'قال محلل عسكري لعكاظ': an outlet that heard a commentator's view claims no incident
        (weak if _recipient(rec, s, since, blocked) else strong).append(sid)
    referring: list[Match[Any]] = [*anaphors, *_head_anaphors(text, lo, hi, last, anaphors),
                                   *surname_anaphors(text, lo, hi, last)]
    spoken: list[tuple[int, str]] = []  # where a speaker referred back ends, and who: 'وقال مدير المرصد فلان لوكاله Y'
    for c in referring:
        if any(s.start <= c.start < s.end for s in rec.near("sources", lo, c.end)) or paper_title(text, c):
            continue
        following = gap_words(text, c.end, min(hi, c.end + 30))[:1]
        if following and (following[0] == "باسم" or following[0].startswith("ال") and following[0] not in NOT_MODIFIERS):
            continue  # 'الناطق باسم وزاره الخارجيه', 'الحكومه العراقيه': a new speaker named in full, not 'the' one
        ref = _resolve(last, text[c.start:c.end]) or home_army(rec, c, speaking)  # 'فيما اكد الجيش': no army named
        if following and following[0] in OWN_VOICE and c.key in SPOKESMEN:
            ref = own_voice(named, c.start) or last.get("claimant")  # 'روايه الجيش ..., اذ قال الناطق بلسانه'
        if ref is not None and c.key in STATEMENT_NOUNS and not any(n.sid == ref and n.match.start < c.start
                                                                     for n in named):
            ref = last.get("prior_claimant") or ref  # 'واضاف البيان ان ... من حزب الله': not a name in its words
        if ref and _speaker_cue(rec, speaking, lo, c.start, c.end) is not None:
            heard = not _recipient(rec, c, c.start, blocked)
            (strong if heard else weak).append(ref)
            if heard:
                spoken.append((c.end, ref))
    strong.extend(clause_subject(rec, speaking, lo, named))  # 'قدم X روايه مغايره, اذ قال في بيان ان'
    if not strong and said_last and _unnamed_speaker(text, speaking, lo, named):
        strong.append(said_last)
    if not strong:
        strong.extend(agent_said(rec, speaking, lo, named))  # 'اعتقلت X ثلاثه شبان, قالت انهم': the doer speaks
    if not strong or relays_only(named, strong):  # 'نقلت الاناضول عن مصادر امنيه ان جهاز الاستخبارات التركي'
        strong.extend(security_voice(rec, text, lo, named, blocked, last))
    strong.extend(heard_too(rec, lo, named, strong, weak, blocked, spoken))  # 'قال مصدر في X لوكاله Y': Y carried X's words
    strong = list(dict.fromkeys(strong))
    return strong, [w for w in dict.fromkeys(weak) if w not in strong]


def _told_to(rec: Recognized, speaking: list[Match[Entry]], blocked: list[Match[Entry]], s: Match[Entry]) -> int | None:
    """'اوضح مصدر في السلطه المحليه بالمحافظه لوكاله الانباء اليمنيه': an outlet glued to ل after a vague speaker
    described at length received its words (a relay: see _recipient); where the vague speaker begins."""
    text = rec.nt.text
    if not glued_l(text, s):
        return None
    for b in blocked:
        if b.end > s.start or len(gap := gap_words(text, b.end, s.start - len(s.prefix))) > RECIPIENT_GAP or set(
                gap) & COMPLEMENTIZERS or any(ch in text[b.end:s.start] for ch in ".:,،\n"):
            continue
        if any(c.end <= b.start and len(gap_words(text, c.end, b.start)) <= 1 for c in speaking):
            return b.start
    return None


def _head_anaphors(text: str, lo: int, hi: int, last: dict[str, str],
                   cued: list[Match[Entry]]) -> list[Match[Entry | None]]:
    """'وذكرت الخليه' after 'خليه الاعلام الامني': the first word of a name named before, with the article, refers
    back to it like the anaphoric nouns of cues.tsv."""
    if not any(k.startswith("h:") for k in last):
        return []
    out: list[Match[Entry | None]] = []
    for m in HEAD_WORD.finditer(text, lo, hi):
        if "h:" + m.group(2) in last and not any(c.start <= m.start(2) - 2 < c.end for c in cued):
            out.append(Match(m.start(2) - 2, m.end(2), m.group(2), None, m.group(1)))
    return out


def own_voice(named: list[Noted], at: int) -> str | None:
    """The claimant a spokesman 'باسمه/بلسانه' at `at` speaks for: the last name before it in its sentence that is no
    relay ('قدم جيش الاحتلال روايه مغايره, اذ قال المتحدث باسمه'), or None."""
    return next((n.sid for n in reversed(named) if n.match.end <= at and n.claims
                 and n.match.payload.kind not in RELAY_KINDS), None)


# the speaker of the sentence before, referred back to by a bare noun: 'واضاف احد المسوولين ان', 'واوضح المسوول ان'
BACK_ONE_OF = frozenset({"المسوولين", "المصدرين", "المسوولان", "المصدران"})  # after 'احد'
BACK_NOUNS = frozenset({"المسوول", "المسوولان", "المسوولون"})


def back_reference(words: list[str]) -> list[str]:
    """The words after a verb of saying past a bare noun that refers back to the speaker before ('احد المسوولين',
    'المسوول'), when the reported words follow it; the words as they are otherwise."""
    if words[:1] == ["احد"] and words[1:2] and words[1] in BACK_ONE_OF and words[2:3] and words[2] in COMPLEMENTIZERS:
        return words[2:]
    if words[:1] and words[0] in BACK_NOUNS and words[1:2] and words[1] in COMPLEMENTIZERS:
        return words[1:]
    return words


def _unnamed_speaker(text: str, speaking: list[Match[Entry]], lo: int, named: list[Noted]) -> bool:
    """'وفي بيان ثان, اعلنت ان ...', 'واضاف ان ...': a verb of saying near the sentence's start with no subject of its
    own (the reported words follow at once) goes on with the speaker of the sentence before."""
    for c in speaking:
        head = gap_words(text, lo, c.start)
        if len(head) > PRODROP_HEAD or any(n.match.start < c.start for n in named):
            break
        after = back_reference(gap_words(text, c.end, c.end + 40)[1 if text[c.end:c.end + 1].strip() else 0:])[:2]
        if after and (after[0] in COMPLEMENTIZERS or after[0] == "الي" and after[1:] and after[1] in COMPLEMENTIZERS):
            return True
        if after and after[0] in SAID_HOW and how_said(text, c.end, [n.match.start for n in named]):
            return True
    return False


class SourceReader:
    """The sources of an article's sentences, asked for in text order.

    The names of every sentence up to the one asked about are remembered first (for
    anaphors: 'القناه', 'المرصد'), so names after the last sentence asked about are never
    read; what one reader found for a sentence is kept in `rec.memo` for the next reader
    (the article's lead is read again when mentions are made).
    """

    __slots__ = ("rec", "last", "remembered", "noted", "claimed_by", "said_at", "openers")

    def __init__(self, rec: Recognized) -> None:
        """A reader at the start of the article."""
        self.rec = rec
        self.last: dict[str, str] = {}
        self.remembered = 0  # sentences whose names are in `last`
        self.said_at = -1  # the last sentence that claimed a source
        self.noted: dict[int, list[Noted]] = rec.memo.setdefault("noted_sources", {})
        self.claimed_by: dict[int, tuple[list[str], list[str]]] = rec.memo.setdefault("claimed_sources", {})
        self.openers: dict[int, str] = rec.memo.setdefault("list_openers", {})  # sentence -> who speaks its list

    def _noted(self, si: int) -> list[Noted]:
        """The noted sources of sentence si (read once per article)."""
        got = self.noted.get(si)
        if got is None:
            got = self.noted[si] = note(self.rec, self.rec.sentences[si])
        return got

    def claimed(self, si: int) -> tuple[list[str], list[str]]:
        """Claimant sources of sentence si, and its relays (see _claimed); do not modify the lists."""
        got = self.claimed_by.get(si)
        if got is not None:
            return got
        if self.remembered > si + 1:  # asked out of order: read again from the start
            self.last, self.remembered, self.said_at = {}, 0, -1
        while self.remembered <= si:
            k = self.remembered
            said_last = self.last.get("claimant") if self.said_at == k - 1 else None
            prior = self.last.get("claimant")
            for n in self._noted(k):
                _remember(self.last, n.match.payload, n.sid, n.name)
            if prior is not None:
                self.last["prior_claimant"] = prior  # who spoke before the sentence's own names, for 'البيان'
            self.remembered += 1
            sent = self.rec.sentences[k]
            text = self.rec.nt.text
            item = list_item(text, sent) or open_quote(text, sent.start) or (  # a quote, or 'X:' then its told incident
                k - 1 in self.openers and bool(self.rec.near("triggers", sent.start, sent.end)))
            colon = text[sent.start:sent.end].rstrip().endswith(":")
            quote = not item and open_quote(text, sent.end)  # 'اصدرت X بيانا جاء فيه: "بسم الله الرحمن الرحيم.'
            got = self.claimed_by.get(k)
            if got is None:
                got = _claimed(self.rec, sent, self._noted(k), self.last, said_last)
                if not got[0] and got[1] and self.rec.near("triggers", sent.start, sent.end):
                    got = relayed(self.rec, got[1])  # the relay tells an incident, not a detail
                if not got[0] and not got[1] and item and "list_by" in self.last:
                    got = ([self.last["list_by"]], [])  # 'اعلن فيها:' then '- استهداف ...': the items are its words
                if not got[0] and (sign := signer_of(self.rec, sent.start)) is not None and (
                        sid := local_body(self.rec, sign) or canonical(self.rec, sign.payload, sign.start, sign)):
                    got = ([sid], got[1])  # 'بسم الله الرحمن الرحيم ... المقاومه الاسلاميه في العراق': the signer's
                if got[0] and (colon or quote and not self._relay(k, got[0][-1])):  # an agency quotes no statement
                    self.openers[k] = got[0][-1]
                    if not self.rec.near("triggers", sent.start, sent.end):
                        got = ([], [])  # a list's opener tells what follows, not the incident before
                self.claimed_by[k] = got
            if k in self.openers:
                self.last["list_by"] = self.openers[k]
            elif not item:
                self.last.pop("list_by", None)
            if got[0]:  # 'واكد البيان' refers to who spoke last, not to a name inside its words
                self.last["claimant"], self.said_at = got[0][-1], k
                self.last.pop("vague", None)
            elif not got[1] and vague_speaker(self.rec, sent):
                self.last["vague"] = "1"  # 'وقال مصدر في الشرطه ...' then 'بحسب المصدر نفسه': no name spoke last
        return self.claimed_by[si]

    def _relay(self, si: int, sid: str) -> bool:
        """The source sid, named last up to sentence si, is an agency or outlet (a relay of others' words)."""
        return next((n.match.payload.kind in RELAY_KINDS for k in range(si, -1, -1) for n in reversed(self._noted(k))
                     if n.sid == sid), False)


def claimed_before(reader: SourceReader, si: int, cut: int) -> list[str]:
    """The claimants of sentence si's words before cut, read as a sentence of their own (see attribution_obituary)."""
    sent = reader.rec.sentences[si]
    noted = [n for n in reader._noted(si) if n.match.end <= cut]
    return _claimed(reader.rec, sent._replace(end=cut), noted, reader.last)[0] if cut > sent.start else []


def _remember(last: dict[str, str], src: Entry, sid: str, name: str) -> None:
    """Record a named source for later anaphors: by class noun, by each word of its name, as the last one (claimant)."""
    if src.get("class"):
        last[src.get("class")] = sid
    words = name.split()
    for w in words:
        w = w[2:] if w.startswith("ال") else w
        if len(w) >= 3 and w not in ("جماعه", "ميليشيا", "مليشيا"):
            last["w:" + w] = sid
    if len(words) > 1 and len(words[0]) >= 3 and not words[0].startswith("ال"):
        last["h:" + words[0]] = sid  # 'خليه الاعلام الامني' ... 'وذكرت الخليه'
        last["ال" + words[0]] = sid  # 'وزاره الدفاع التركيه' ... 'وقالت الوزاره': the last ministry named, not its class
    last[""] = sid
    if src.kind not in RELAY_KINDS and len(words) == 2 and not any(w.startswith("ال") for w in words):
        last["s:" + words[1]] = sid  # 'يحيي سريع' ... 'واعلن سريع ايضا': a person named again by the surname
    if src.kind in STATE_KINDS:  # 'بان الاستخبارات رصدت': a word of a state body's name, for _security_voice
        last["state_words"] = " ".join(w[2:] if w.startswith("ال") else w for w in words)
    if src.kind not in RELAY_KINDS:
        last["claimant"] = sid


def lead_sources(rec: Recognized) -> tuple[str, ...]:
    """The attribution of the article's lead: a national agency in its dateline ('صنعاء - سبا', 'وطنيه -', sources.tsv
    `dateline`), else the first sources named in its first three body sentences."""
    reader = SourceReader(rec)
    body = 0
    for si, sent in enumerate(rec.sentences):
        agency = next((n.sid for n in reader._noted(si) if not n.claims and n.match.payload.get("dateline")), None)
        if agency is not None:
            return (agency,)
        body += 0 if sent.heading else 1
        if body > DATELINE_SENTENCES:
            break
    agency = dateline_agency(rec.article.outlet) or own_monitor(rec.article.outlet)
    if agency is not None:
        return (agency,)
    body = 0
    for si, sent in enumerate(rec.sentences):
        strong, weak = reader.claimed(si)
        if strong or weak:
            return tuple(strong or weak)
        body += 0 if sent.heading else 1
        if body >= 3:
            break
    return ()


DATELINE_SENTENCES = 1  # a dateline opens the body: it is looked for in the headings and the first body sentence
LEAD_DAYS = 3  # the lead's attribution covers incidents this close to publication, not background ones


def lead_covers(day: date | None, published: date | None) -> bool:
    """The article lead's attribution covers an incident of this day ('last August in Tripoli' is not its report)."""
    return day is None or published is None or abs((published - day).days) <= LEAD_DAYS
