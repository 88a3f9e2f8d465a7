"""Frame raid: a security operation told by its outcome, an arrest right after 'اسفرت عن'.

'نفذت قوه مشتركه عمليه دهم في منطقه X اسفرت عن اعتقال اربعه مطلوبين': the result cue before the arrest usually
marks what an incident just told brought about (cues.tsv 'result'), and the operation noun 'عمليه' reads as an
attack. When the cause is a raid or a security operation ('عمليه دهم', 'عمليه امنيه', 'عمليه تفتيش') whose only
told outcome is the arrest, the arrest is the incident (ACLED Arrests) and the operation noun only names it.
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_speakers import own_forces_speaker
from .role_words import prev_word
from .roles import clause_roles
from .scene import words
from .segment import Sentence

# the raid's qualifier right after the operation noun: 'عمليه دهم (وتفتيش)', 'عمليه امنيه', 'عمليه نوعيه'
RAID = guard(r"^\s*(?:دهم|مداهمه|تفتيش|امنيه|نوعيه|استباقيه)(?![^\s,.:])")
RESULT = guard(r"(?<!\S)[وف]?(?:اسفرت|اسفر) عن\s*$")  # the result cue right before the arrest
OPERATIONS = frozenset({"عمليه"})  # the operation noun (attack_n) that names the raid
AIR_LANDING = frozenset({"انزال جوي", "الانزال الجوي", "انزالا جويا"})  # triggers.tsv arrest_noun: a heliborne raid
NAMED_BY = frozenset({"عمليه", "بعمليه", "وعمليه", "لعمليه", "عمليات"})  # 'عمليه انزال جوي': the operation noun's
REACH = 12  # words from the operation to its result cue: 'عمليه دهم في حي X شمالي مدينه Y، اسفرت عن'


def _raid(rec: Recognized, op: Match[Entry]) -> bool:
    """Whether an operation trigger is a raid or security operation ('عمليه دهم', 'عمليه امنيه')."""
    return op.key in OPERATIONS and RAID.search(rec.nt.text[op.end:op.end + 16]) is not None


def raid_of(rec: Recognized, arrest: Match[Entry]) -> Match[Entry] | None:
    """The raid an arrest right after 'اسفرت عن' is the outcome of: the trigger told last before it in its
    sentence, at most REACH words before and no death told between; None when there is no such raid."""
    if arrest.payload.get("class") != "arrest":
        return None
    text = rec.nt.text
    at = arrest.start - len(arrest.prefix)
    sent = rec.sentence_at(arrest.start)
    if sent is None or RESULT.search(text[max(sent.start, at - 14):at]) is None:
        return None
    before = [t for t in rec.near("triggers", sent.start, arrest.start) if t.end <= at]
    if not before:
        return None
    op = before[-1]
    if not _raid(rec, op) or words(text, op.end, at) > REACH:
        return None
    if any(c.payload.kind == "killed" for c in rec.near("cues", op.end, at)):
        return None  # 'عمليه دهم ... اسفرت عن مقتل X واعتقال Y': a raid with deaths is not an arrest alone
    return op


def raid_told_by_arrest(rec: Recognized, op: Match[Entry]) -> bool:
    """Whether an operation trigger is the raid whose outcome, an arrest after 'اسفرت عن', is the incident."""
    if not _raid(rec, op):  # every trigger is asked: the operation noun first, then its sentence
        return False
    sent = rec.sentence_at(op.start)
    return sent is not None and any(raid_of(rec, t) is op for t in rec.near("triggers", op.end, sent.end))


def raid_agent(rec: Recognized, sent: Sentence, arrest: Match[Entry]) -> Actor | None:
    """The force that carried out the raid an arrest is the outcome of ('نفذت قوه من الجيش عمليه تفتيش ...، اسفرت
    عن اعتقال'): the raid's own agent in its clause, or the speaker's own forces; None when no raid or none named."""
    op = raid_of(rec, arrest)
    if op is None:
        return None
    clause = next((c for c in sent.clauses if c[0] <= op.start < c[1]), None)
    if clause is None:
        return None
    return clause_roles(rec, clause, op)[0] or own_forces_speaker(rec, sent, clause, op)


def operation_landing(rec: Recognized, trig: Match[Entry]) -> bool:
    """Whether a heliborne raid ('انزال جوي') is the object of the operation noun before it ('نفذت عمليه انزال
    جوي'): the operation's own frame tells that raid, as it did before the bare landing was a trigger."""
    return trig.key in AIR_LANDING and prev_word(rec.nt.text, trig.start - len(trig.prefix)) in NAMED_BY
