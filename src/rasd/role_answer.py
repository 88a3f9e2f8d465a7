"""Answered attacks: 'X strikes Y in answer to an attack on X' tells who made the attack answered.

'قصفت مقاتلات امريكيه منشاتين للحرس الثوري ردا علي هجوم بمسيره علي قاعده امريكيه':
an outlet that explains a strike as an answer names the striker's own side as the one
hit first and the side it strikes back at as the one that attacked; when the answered
attack's own clause names no attacker, that side made it.
"""

from __future__ import annotations

from collections.abc import Callable

from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import words_between

ANSWER_HEADS = ("ردا", "رد", "في رد", "ردا مباشرا", "ردا سريعا")  # not 'عقب', 'بعد ساعات من': only time
ANSWER_REACH = 3  # words from the answer cue to the attack noun ('ردا علي (الهجوم) هجوم بمسيره')
STRIKE_CLASSES = frozenset({"air_strike", "strike", "shelling", "attack", "target"})

Roles = Callable[[Recognized, tuple[int, int], Match[Entry]], tuple[Actor | None, Actor | None]]


def answered_attacker(rec: Recognized, clause: tuple[int, int], trig: Match[Entry], target: Actor | None,
                      roles_of: Roles) -> Actor | None:
    """The side struck by the answering strike told before 'ردا علي' in the sentence, as the attacker of the
    trigger it answers (the trigger within ANSWER_REACH words after the cue); None unless the answering strike
    names both sides and the answered attack's clause names the striker's side as the one it hit."""
    text = rec.nt.text
    cue = next((c for c in rec.cues_of("retaliation", max(0, trig.start - 60), trig.start)
                if c.end <= trig.start and c.key.startswith(ANSWER_HEADS) and c.key.endswith("علي")
                and words_between(text, c.end, trig.start) <= ANSWER_REACH), None)
    if cue is None:
        return None
    sent = rec.sentence_at(clause[0])
    if sent is None:
        return None
    strikes = [t for t in rec.near("triggers", sent.start, cue.start) if t.end <= cue.start
               and t.start >= sent.start and t.payload.get("class") in STRIKE_CLASSES]
    if not strikes:
        return None
    agent, hit = roles_of(rec, (sent.start, cue.start), strikes[-1])
    if agent is None or hit is None or agent.side in ("UNKNOWN", "CIVILIANS") or hit.side in ("UNKNOWN", "CIVILIANS"):
        return None
    if target is None or target.side != agent.side:
        return None  # the answered attack's clause must say the striker's side was hit ('علي قاعده امريكيه')
    return hit
