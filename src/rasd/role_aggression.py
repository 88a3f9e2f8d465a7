"""The aggression a loss is blamed on: 'ارتقيا بالعدوان الامريكي', 'استشهد جراء العدوان الاسراييلي' name the
attacker of the strike the sentence tells, when its own clause names none."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import actor_from, coordinated_adjectives, prev_word
from .segment import Sentence

AGGRESSION_TRIGGERS = frozenset({"aggression_n", "aggression_air"})  # triggers.tsv rows of the noun "عدوان"
CAUSE_WORDS = frozenset({"جراء", "اثر", "بسبب", "نتيجه", "بفعل"})  # the loss told as caused by what follows


def _blamed(text: str, trig: Match[Entry]) -> bool:
    """True when the aggression noun is told as a cause: glued 'ب' ('بالعدوان') or after a cause word."""
    at = text.rfind(" ", 0, trig.start) + 1
    word = text[at:trig.end].lstrip('"')
    return word.startswith(("بال", "وبال")) or prev_word(text, at) in CAUSE_WORDS


def _owner(rec: Recognized, trig: Match[Entry]) -> Match[Entry] | None:
    """The side an aggression noun is given: a name that holds it ('العدوان الامريكي') or a nisba right after it."""
    text = rec.nt.text
    for m in rec.near("actors", trig.start - 3, trig.end + 40):
        if m.payload.get("side") in ("UNKNOWN", "CIVILIANS") or m.payload.get("kind") in ("site", "origin"):
            continue
        if m.start <= trig.start and m.end > trig.end:
            return m  # 'العدوان الامريكي البريطاني': one name with the noun
        if m.start >= trig.end and m.payload.get("kind") == "adj" and coordinated_adjectives(text, trig.end, m.start):
            return m  # 'العدوان (الجوي) الاسراييلي'
    return None


def aggression_agent(rec: Recognized, sent: Sentence, trig: Match[Entry]) -> Actor | None:
    """The owner of an aggression the sentence of the trigger blames a loss on ('نعت … شهيدين ارتقيا بالعدوان
    الامريكي على مواقع'), an attacker for a strike whose clause names none; None when no such phrase is there."""
    text = rec.nt.text
    for t in rec.near("triggers", sent.start, sent.end):
        if t.payload.id in AGGRESSION_TRIGGERS and t is not trig and _blamed(text, t):
            owner = _owner(rec, t)
            if owner is not None:
                return actor_from(rec, owner)
    return None
