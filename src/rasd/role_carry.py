"""Carried actors: a subject dropped before a coordinated verb, an owner named by a pronoun.

'اقتحمت قوات X القريه، واطلقت النار علي المواطنين': Arabic drops the repeated subject of
a second verb joined by 'و'; the verb's person and gender agree with the first verb's,
so the actor right after the first verb did both. 'استهدفت ضربه مخزنا تابعا لها': the
object hit belongs to the actor the pronoun points back to, the last one named before.
"""

from __future__ import annotations

from collections.abc import Callable

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import word_end, words_between

CHAIN = 3  # clauses back along a chain of coordinated verbs with one dropped subject
INTRANSITIVE = frozenset({"fall", "explosion"})  # 'وسقطت داخل القاعده': what fell is the subject, not the actor


def _agreement(word: str) -> str:
    """The subject marker of a past verb: plural 'وا', feminine 'ت', or none (masculine singular)."""
    word = word.rstrip(",.:\"'")
    return "وا" if word.endswith("وا") else "ت" if word.endswith("ت") else ""


def carried_subject(rec: Recognized, clause: tuple[int, int], trig: Match[Entry],
                    role_of: Callable[[Recognized, Match[Entry], tuple[int, int]], str]) -> Match[Entry] | None:
    """The actor right after the verb opening the previous clause of the sentence, when this clause opens with
    'و' and a verb of attack agreeing with that verb ('حاصرت قوات X منزلا، واطلقت نحوه صواريخ'), or None."""
    text = rec.nt.text
    cs = clause[0]
    if trig.payload.get("pos") != "verb" or trig.payload.get("class") in INTRANSITIVE \
            or not trig.prefix.startswith("و") or text[cs:trig.start].strip(" ,و"):
        return None
    sent = rec.sentence_at(cs)
    before = [c for c in sent.clauses if c[1] <= cs] if sent is not None else []
    if not before:
        return None
    verb = text[trig.start:word_end(text, trig.start)]
    for prev in before[::-1][:CHAIN]:  # 'دفعت قوات X بتعزيزات، واقتحمت البلده، وداهمت المنازل': back along the chain
        head = _after_fronted_time(rec, prev)
        first = text[head:prev[1]].split()[:1]
        if not first or _agreement(first[0]) != _agreement(verb):
            return None
        for m in rec.near("actors", head, prev[1]):
            if m.start >= head and m.end <= prev[1] and words_between(text, head, m.start) == 1:
                ok = m.payload.get("kind") not in ("adj", "site") and m.payload.get("side") != "CIVILIANS"
                return m if ok and role_of(rec, m, prev) in ("free", "agent") else None
        if not first[0].startswith("و") or text[prev[0]:head].strip(" ,و"):
            return None  # the chain's first verb named no subject right after it
    return None


def _after_fronted_time(rec: Recognized, clause: tuple[int, int]) -> int:
    """Where the clause's verb stands: after a time it opens with ('وفجر اليوم السبت، اقتحمت قوات X ...'), else its
    start."""
    text = rec.nt.text
    for t in rec.near("times", clause[0], clause[0] + 40):
        if clause[0] <= t.start and not text[clause[0]:t.start].strip(" و") and t.end < clause[1]:
            return t.end + len(text[t.end:clause[1]]) - len(text[t.end:clause[1]].lstrip(" ,"))
    return clause[0]


OWNED_BY_PRONOUN = guard(r"(?:^|\s)(?:ال)?تابع(?:ه|ا|ين|تين|ان)?\s+(?:له|لها|لهم|لهما)(?=[\s,.;:]|$)")
NO_OWNER_SIDES = frozenset({"CIVILIANS", "UNKNOWN"})


def pronoun_owner(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> Match[Entry] | None:
    """'استهدفت ضربه جويه مخزنا للعتاد تابعا لها', 'تعرض معسكر تابع لها لقصف': the object hit in the clause is
    'تابع له/لها', so its owner, the last force named before it in the sentence, was hit; None when no such phrase
    or force, or when the thing owned is a weapon ('مسيرات تابعه لها')."""
    text = rec.nt.text
    own = OWNED_BY_PRONOUN.search(text, clause[0], clause[1])
    if own is None or any(0 <= own.start() - w.end <= 1 for w in rec.near("weapons", own.start() - 40, own.start())):
        return None  # 'طايرات مسيره تابعه لها': the weapon's owner fired it
    sent = rec.sentence_at(clause[0])
    forces = [m for m in rec.near("actors", sent.start if sent is not None else clause[0], own.start())
              if m.end <= own.start() and m.payload.get("kind") not in ("adj", "site", "origin", "generic")
              and m.payload.get("side") not in NO_OWNER_SIDES]
    return forces[-1] if forces else None
