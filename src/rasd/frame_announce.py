"""Frame announcements: a sentence that announces the incidents told after it, or names the campaign they belong to,
rather than telling one incident itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .frame_aftermath import aftermath
from .frame_forecast import forecast
from .frame_launch import launched_search
from .frame_period import own_day
from .frame_refer import campaign_name, ordinal_words
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words

# what closes a line that announces a list told below it ('العمليات الاتيه:', 'وفيما يلي ابرزها:', 'علي النحو التالي:')
ANNOUNCING = guard(r"(?<!\S)(?:و?(?:فيما|في ما) يلي|الاتيه|الاتي|التاليه|التالي|ابرزها|ابرز)(?![^\s:])")
ANNOUNCE_WORDS = 6  # the announcing word sits among the last words before the colon
# 'واصلت X, لليوم الثاني علي التوالي, اطلاق رشقات': a day counted in a row of a campaign going on
IN_A_ROW = guard(r"(?<!\S)(?:لليوم|لليله|للاسبوع|للشهر|للعام)(?:\s+\S+){1,2}\s+علي التوالي(?![^\s,.:])")
CONTINUE = guard(r"(?<!\S)[وف]?(?:واصل|واصلت|واصلوا|يواصل|تواصل|تواصلت|يتواصل|يواصلون|استمر|استمرت|تستمر|"
                      r"يستمر)(?!\S)")
# 'في اطار المرحله الثانيه من العمليات التي', 'ضمن المرحله الثانيه من عمليات المقاومه': a phase of a campaign
# what follows an operation's label: 'العمليه الثانيه:', 'العمليه رقم (163):', '(العمليه رقم 163) استهداف ...'
LABEL_NUMBER = re.compile(r"\s*(?:رقم\s*)?\(?\s*(\d{1,4}|\S+)\s*\)?\s*([:)—-])")
PHASE = guard(r"(?<!\S)[وف]?(?:في اطار|ضمن|اطار)(?:\s+\S+){0,4}\s+من\s*$")
# a correction notice: what an earlier report said ('ورد في خبرنا المنشور امس ان', 'اوردنا في نسخه سابقه', 'قلنا امس
# ان', 'وكانت مصادر قد افادت في وقت سابق') up to the word that corrects it ('والصحيح', 'والصواب')
EARLIER_REPORT = guard(r"(?<!\S)(?:و?ورد في|و?اوردنا|و?اوردت|و?ذكرنا|و?ذكرت|و?قلنا|نزلنا|نشرنا|في وقت سابق|"
                            r"في نسخه سابقه|في النسخه الاولي)(?!\S)")
CORRECTING = guard(r"(?<!\S)(?:و?الصحيح|و?الصواب)(?![^\s,،])")
# the outlet's own earlier version of this report, whose title it quotes after 'بعنوان': 'نشرت نسخه سابقه من هذا
# الخبر امس بعنوان "..."', 'ورد في خبرنا المنشور امس بعنوان «...»', 'تصحح X ما ورد في خبرها المنشور امس بعنوان'
EARLIER_VERSION = guard(r"(?<!\S)(?:نسخه سابقه|(?:خبرنا|خبرها|خبره) المنشور)(?!\S)")
TITLED = guard(r"(?<!\S)بعنوان\s*[\"«]")
SUPERSEDED = "a superseded earlier version"  # the reason's opening (superseded_before reads it)
# what an earlier report said proved wrong later in its sentence or at the start of the next: 'في وقت سابق بان ...,
# قبل ان يتضح/يتبين ان ...', '... . الا ان المعطيات التي تاكدت لاحقا تفيد بان ...'
EARLIER_TIME = guard(r"(?<!\S)في وقت سابق(?!\S)")
PROVED = guard(r"(?<!\S)(?:قبل ان (?:[يت]تضح|[يت]تبين|يظهر)|(?:الا|غير) ان(?:\s+\S+){1,4}\s+(?:تاكدت|اتضحت|"
                    r"تبينت|ظهرت) لاحقا)(?!\S)")


def announcement(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """Why a trigger only frames incidents told elsewhere (None when it may tell one): a campaign continued day
    after day, a phase of a campaign, or a battle's own name (a list's header is dropped later, by previews)."""
    if campaign_name(rec, trig):
        return "'ضمن معركه X': the named campaign the incident belongs to, not a clash of its own"
    noun = trig.payload.get("pos") != "verb"
    if noun and _label(rec, trig) and _label_only(rec, clause, trig):
        return "an operation's label ('العمليه الثانيه:', 'العمليه رقم (163):'): the words after it tell the incident"
    if noun and _campaign_phase(rec, trig):
        return "'في اطار المرحله الثانيه من العمليات': the campaign the incident belongs to, not one incident"
    if _continued(rec, clause, trig, noun):
        return "a campaign continued day after day ('واصلت X لليوم الثاني علي التوالي'), not one incident"
    if retracted(rec, trig):
        return "an earlier report the article corrects ('ورد في خبرنا ... ان ..., والصحيح ...'), not an incident"
    if aftermath(rec, trig):
        return "reference: 'وعلي اثر الهجوم, ...' tells what followed an incident told before"
    if launched_search(rec, clause, trig):
        return "'اطلقت X عمليه تفتيش': a search or sweep launched, no weapon fired"
    if forecast(rec, clause, trig):
        return "a forecast ('يرجح مراقبون ان ... خلال الايام المقبله'): what may come, not an incident"
    if superseded(rec, trig):
        return f"{SUPERSEDED} ('نسخه سابقه ... بعنوان', 'في وقت سابق ... قبل ان يتضح'), not an incident"
    return None


def superseded(rec: Recognized, trig: Match[Entry]) -> bool:
    """The trigger tells an earlier version of an incident the article has already told: the quoted title of the
    outlet's earlier report ('نشرت نسخه سابقه من هذا الخبر بعنوان "اصابه جنديين في هجوم علي مطار X"'), or what
    sources said earlier until it proved otherwise ('وكانت مصادر قد افادت في وقت سابق بان الهجوم استهدف X, قبل ان
    يتضح ان المستهدف هو Y'); an earlier report that is the article's first telling of the incident stays."""
    sent = rec.sentence_at(trig.start)
    if sent is None or not (rec.triggers and rec.triggers[0].start < sent.start):  # triggers are sorted by start
        return False
    text = rec.nt.text
    if _titled(text, sent.start, trig.start):
        return True
    if EARLIER_TIME.search(text, sent.start, trig.start) is None:
        return False
    if PROVED.search(text, trig.end, sent.end) is not None:
        return True
    nxt = rec.sentence_at(sent.end + 1)
    return nxt is not None and nxt.start > sent.start and PROVED.match(text, nxt.start) is not None


def superseded_before(rejected: Sequence[Any], at: int) -> bool:
    """An earlier version of the report was told before `at` ('نشرت نسخه سابقه من هذا الخبر بعنوان ...'): a
    reference after it ('بشان الهجوم الذي ...') points back to that incident, it is not the first telling."""
    return any(r.end <= at and r.reason.startswith(SUPERSEDED) for r in rejected)


def _titled(text: str, lo: int, at: int) -> bool:
    """The position at lies in the quoted title ('بعنوان "..."') of an earlier version named before it in [lo, at)."""
    version = EARLIER_VERSION.search(text, lo, at)
    title = None if version is None else TITLED.search(text, version.end(), at)
    return title is not None and not any(q in text[title.end():at] for q in '"»')


def retracted(rec: Recognized, trig: Match[Entry]) -> bool:
    """The trigger tells what an earlier report said and its paragraph goes on to tell again, corrected, with a verb
    of its own ('ورد في خبرنا ... ان الهجوم استهدف محطه الكهرباء في X ..., والصحيح ان المسيرات استهدفت موقعا
    اخر'): the retracted telling is no incident (a correction of the toll alone, 'والصحيح ان الحصيله ...', keeps
    it: there the earlier report is the only telling of the incident)."""
    text = rec.nt.text
    start = text.rfind("\n", 0, trig.start) + 1
    end = text.find("\n", trig.end)
    end = len(text) if end == -1 else end
    reports = list(EARLIER_REPORT.finditer(text, start, trig.start))
    if not reports:
        return False
    report = reports[-1]
    fix = CORRECTING.search(text, trig.end, end)
    if fix is None or CORRECTING.search(text, report.end(), trig.start) is not None:
        return False
    return any(t.payload.get("pos") == "verb" for t in rec.near("triggers", fix.end(), end))


def list_header(rec: Recognized, trig: Match[Entry]) -> bool:
    """The trigger's line ends in a colon after a word that announces what follows ('نفذ المجاهدون اليوم العمليات
    الاتيه:', 'شهد الاسبوع سلسله من الحوادث ..., وفيما يلي ابرزها:'), and more lines follow: a header counting the
    incidents its items then tell one by one (a noun: 'العمليات', 'هجمات', not the verb that carried them out)."""
    if trig.payload.get("pos") == "verb":
        return False
    text = rec.nt.text
    end = text.find("\n", trig.end)
    if end == -1 or not text[end:].strip():
        return False
    line = text[text.rfind("\n", 0, trig.start) + 1:end].rstrip()
    return line.endswith(":") and ANNOUNCING.search(" ".join(line.split()[-ANNOUNCE_WORDS:])) is not None


def _label(rec: Recognized, trig: Match[Entry]) -> bool:
    """'⚡ العمليه الثانيه: اعلام العدو: لا بلاغات عن سقوط ...', 'العمليه رقم (147): استمرارا بنهجنا ... في العراق':
    the definite operation noun numbering an item before its colon (or inside the brackets that open it) names the
    item; what the item says after it tells the incident, or nothing when all of it is denied."""
    if trig.key != "عمليه" or not trig.prefix.endswith("ال"):
        return False
    text = rec.nt.text
    m = LABEL_NUMBER.match(text, trig.end)
    if m is None or not (m.group(1).isdigit() or m.group(1) in ordinal_words()):
        return False
    opened = text[max(0, trig.start - len(trig.prefix) - 2):trig.start - len(trig.prefix)].strip() == "("
    return m.group(2) != ")" or opened


DENYING = frozenset({"negation", "denial"})
DENIED_WORDS = 3  # 'لا بلاغات عن سقوط', 'ولم تطلق'


def _label_only(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """The label is all its clause tells of an incident: the item's words that tell one lie past the clause ('العمليه
    رقم (147): استمرارا بنهجنا ..., وردا علي ..., هاجم'), or every other trigger of the clause is denied ('لا بلاغات
    عن سقوط اي جسم'); a label whose clause is its whole item ('العمليه رقم (139): قاعده الاحتلال في X') stays."""
    text = rec.nt.text
    others = [t for t in rec.near("triggers", trig.end, clause[1]) if t.start >= trig.end and t.end <= clause[1]]
    if others:
        cues = [c for c in rec.near("cues", trig.end, clause[1]) if c.payload.kind in DENYING]
        return all(any(trig.end <= c.start and c.end <= t.start and words(text, c.end, t.start) <= DENIED_WORDS
                       for c in cues) for t in others)
    end = text.find("\n", trig.end)
    return bool(text[clause[1]:end if end != -1 else len(text)].strip(" .,\""))


def _campaign_phase(rec: Recognized, trig: Match[Entry]) -> bool:
    """'وتاتي هذه التطورات في اطار المرحله الثانيه من العمليات التي تقودها الحكومه': the operations noun after
    'من' in a frame phrase names the campaign, not one incident."""
    at = trig.start - len(trig.prefix)
    return PHASE.search(rec.nt.text[max(0, at - 60):at]) is not None


def _continued(rec: Recognized, clause: tuple[int, int], trig: Match[Entry], noun: bool) -> bool:
    """'واصلت السرايا, لليوم الثاني علي التوالي, اطلاق رشقات صاروخيه باتجاه المستوطنات', 'ويواصل الاحتلال عدوانه
    ... لليوم الـ221 علي التوالي، وسط تصعيد في عمليات القصف': a noun in a sentence that continues a campaign for
    the days in a row it counts tells the campaign, not one incident, unless its clause has a day of its own (a verb
    only in the continuing verb's own clause: 'اطلاق' is read as one)."""
    sent = rec.sentence_at(trig.start)
    if sent is None or own_day(rec, clause[0], clause[1]):
        return False
    text = rec.nt.text
    verb = CONTINUE.search(text, sent.start, trig.start)
    return verb is not None and (noun or verb.start() >= clause[0]) and IN_A_ROW.search(text, verb.end(), sent.end) is not None
