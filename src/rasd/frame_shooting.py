"""Frame shooting: a shooting with no weapon word is an incident when its sentence tells the death or wound it caused.

'اغتال مسلحون مجهولون قياديا'; 'اطلقوا النار علي X فقتل'; 'ما ادي الي مقتل 9 اشخاص'; 'ما ادي الي مقتله في
الحال' (the death noun with the victim's pronoun); 'فقتلوه', 'فاردوه' (the killing verb with its object)."""

from __future__ import annotations

from .claim_words import pronoun_deaths
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words
from .trigger_fire import shot_end

PASSED = ("فارق", "وفارق", "ففارق")  # 'فارق/فارقت/فارقوا الحياه'
RESULT_WORDS = 12  # 'واطلقت النار بصوره عشوايه علي المواطنين، ما ادي الي مقتل 14': the shooting, then its result
OUTCOME_WORDS = 20  # 'اطلقوا النار فجر امس علي صاحب محل ... امام منزله في حي ... ، ما ادي الي مقتله': his own death
# 'علي' a few words of manner after the shot ('عشوايا', 'بشكل مباشر', 'بصوره عشوايه'), the people or place shot at next
AT = guard(r"(?:\s+\S+){0,3}?\s+علي\s+")
# the killing verb with the victim as its object pronoun, right after the shot: 'فقتلوه', 'فقتلته', 'فاردوه'
SLAIN = guard(r"(?<!\S)ف(?:قتل|ارد)(?:وه|وها|وهما|ته|تها|تهما|اه|اها|اهما)(?!\S)")


def deadly_shooting(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'اغتال مسلحون مجهولون قياديا', 'اطلقوا النار على X فقتل': an assassination, or a shooting whose clause tells a
    death ('فارق الحياه' too) or a wound after it, needs no weapon word (the gun is in the verb); a telling split by
    its subject ('اطلق مسلحون النار علي X') counts from 'النار'."""
    if trig.payload.get("class") != "shoot" or trig.payload.id == "shoot_by":
        return False
    if trig.key.startswith("اغتال"):
        return True
    te = shot_end(rec.nt.text, trig)
    if any(c.start >= te for kind in ("killed", "injured") for c in rec.cues_of(kind, te, clause[1])):
        return True
    sent = rec.sentence_at(trig.start)
    end = sent.end if sent is not None else clause[1]
    if sent is not None and _result_toll(rec, te, sent.end) or _own_death(rec, te, end):
        return True
    after = rec.nt.text[te:end].split()[:25]
    return any(w.startswith(PASSED) and "الحياه" in after[i + 1:i + 4] for i, w in enumerate(after)) \
        or _at_people(rec, te, end)
    # 'فتحوا النار علي الشاب ..., وفارق الحياه علي الفور', 'ففارق المصاب الحياه': he died of it


def _at_people(rec: Recognized, te: int, end: int) -> bool:
    """'واطلقت النار عشوايا علي السكان', 'فتحوا النار علي البيوت والسوق': fire opened on the residents, homes or a
    market (a few words of manner between) is an attack on them, told or not with its toll."""
    text = rec.nt.text
    m = AT.match(text, te, end)
    if m is None:
        return False
    return any(c.start == m.end() for kind in ("populated", "civil_object") for c in rec.cues_of(kind, m.end(), end))


def _result_toll(rec: Recognized, te: int, end: int) -> bool:
    """'اطلقوا النار عشوايا علي المواطنين، ما ادي الي مقتل 9 اشخاص': a result clause ('ما ادي الي', 'ما اسفر عن')
    a few words after the shot, telling a death or a wound at once, makes the shooting the incident."""
    text = rec.nt.text
    return any(r.payload.id == "result" and words(text, te, r.start) <= RESULT_WORDS and any(
        words(text, r.end, c.start) == 0 for kind in ("killed", "injured") for c in rec.cues_of(kind, r.end, end)
        if c.start >= r.end) for r in rec.cues_of("reference", te, end) if r.start >= te)


def _own_death(rec: Recognized, te: int, end: int) -> bool:
    """'... ما ادي الي مقتله في الحال', '... فقتلوه': the victim's own death, told with his pronoun a few words after
    the shot (no other trigger can own it: the victim is the one shot at)."""
    text = rec.nt.text
    if any(words(text, te, d.anchor) <= OUTCOME_WORDS for d in pronoun_deaths(rec, te, end)):
        return True
    return any(words(text, te, m.start()) <= RESULT_WORDS for m in SLAIN.finditer(text, te, end))
