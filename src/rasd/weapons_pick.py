"""Which weapon a weapon word names in its context, the broader codes it also counts as, and the weapons an
incident implies when its report names none."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import load_table

DRONE_SIDES = frozenset({"IRAN_ALIGNED", "ISIS", "OPPOSITION", "SDF"})  # no warplanes: what they fly is a drone

CLITICS = ("", "و", "ب", "وب", "ف", "فب", "ل", "ول", "ك")  # what may stand glued before a weapon word
WORD = re.compile(r"[^\s\"'«»,.:;()!؟]+")


@dataclass(frozen=True, slots=True)
class Context:
    """A weapon word read otherwise near one of these words (weapon_context.tsv)."""

    weapon: str
    becomes: str  # '' when the word is no weapon there
    scope: str  # clause | before
    words: frozenset[str]
    only: frozenset[str]  # the weapon words the rule reads; empty = every word of the weapon


@cache
def _contexts() -> tuple[Context, ...]:
    """The context rules, from the weapon_context lexicon."""
    return tuple(Context(weapon=r.get("weapon"), becomes=r.get("becomes"), scope=r.get("scope"),
                         words=frozenset(r.many("variants")), only=frozenset(r.many("only")))
                 for r in load_table("weapon_context").rows)


@cache
def _kinds() -> dict[str, str]:
    """Weapon code -> the broader code it also counts as ('landmine' -> 'ied'), from the weapons lexicon."""
    return {r.get("id"): r.get("kind_of") for r in load_table("weapons").rows if r.get("kind_of")}


@lru_cache(maxsize=1 << 14)
def word_forms(word: str) -> frozenset[str]:
    """A word and what is left of it without a conjunction, a preposition and the article ('وبالسفينه' ->
    'سفينه'); a stem that merely starts like a clitic ('بارجه') keeps its whole form among them (cached: a pure
    function of the word)."""
    out = {word}
    for conj in ("", "و", "ف"):
        if not word.startswith(conj):
            continue
        w1 = word[len(conj):]
        for prep in ("", "ب", "ل", "ك", "لل"):
            if not w1.startswith(prep):
                continue
            w2 = w1[len(prep):]
            out.add(w2)
            if w2.startswith("ال"):
                out.add(w2[2:])
    out.discard("")
    return frozenset(out)


def _said(text: str, start: int, end: int, words: frozenset[str]) -> list[bool]:
    """For each word of text[start:end], whether one of its forms is among words."""
    return [not words.isdisjoint(word_forms(m.group())) for m in WORD.finditer(text, start, end)]


def _phrase_in(text: str, clause: tuple[int, int], words: frozenset[str]) -> bool:
    """True when a phrase of several words among words stands whole in the clause ('اطلق من اليمن')."""
    part = text[clause[0]:clause[1]]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", part) is not None for w in words if " " in w)


def read_in_context(code: str, text: str, w_start: int, clause: tuple[int, int]) -> str:
    """The code a weapon word names in its clause: 'صاروخ' fired at a ship is a missile; '' when it is no weapon
    ('قناه المسيره' is a channel)."""
    for c in _contexts():
        if c.weapon != code or (c.only and not _names_as(text, w_start, c.only)):
            continue
        if c.scope == "before":
            at = w_start
            while at > clause[0] and text[at - 1].isalpha():
                at -= 1  # 'مخازن لطايرات مسيره': the word before the clitic's, not the clitic
            before = _said(text, max(clause[0], at - 30), at, c.words)
            hit = bool(before) and before[-1]
        else:
            hit = any(_said(text, clause[0], clause[1], c.words)) or _phrase_in(text, clause, c.words)
        if hit:
            return c.becomes
    return code


def _names_as(text: str, w_start: int, only: frozenset[str]) -> bool:
    """True when the weapon word at w_start, with or without its clitics, is one of only ('بقذايف صاروخيه')."""
    at = w_start
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    word = text[at:w_start + 30]
    return any(word.startswith(p + f) for f in only for p in CLITICS)


def with_kinds(codes: Sequence[str]) -> tuple[str, ...]:
    """Codes followed by the broader codes they also count as, without repeats ('sniper' adds 'small_arms')."""
    kinds = _kinds()
    out: list[str] = []
    for c in codes:
        for x in (c, kinds.get(c, "")):
            if x and x not in out:
                out.append(x)
    return tuple(out)


def implied_weapons(sub_event: str, classes: Collection[str], side: str | None) -> tuple[str, ...]:
    """The weapon an incident's type implies when no weapon is named: a strike from the air is flown by aircraft
    (by a drone when the attacker has no air force, unless the word is 'غاره', a warplane's raid), an armed clash is fought with small arms
    and so is a shooting of civilians, 'قصف' that is
    shelling is fired by artillery."""
    if sub_event == "Air/drone strike":
        return ("drone",) if side in DRONE_SIDES and "air_strike" not in classes else ("aircraft",)  # 'غاره': a raid
    if sub_event == "Armed clash" or (sub_event == "Attack" and "shoot" in classes):
        return ("small_arms",)  # 'اطلقوا النار على صاحب محل': gunmen shooting a civilian fire small arms too
    if sub_event == "Shelling/artillery/missile attack" and "shelling" in classes:
        return ("artillery",)
    return ()
