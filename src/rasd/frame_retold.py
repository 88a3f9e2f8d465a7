"""Frame retold: a trigger that names an incident told before, not a new one (the arrests that end a fight).

'وقالت قياده الشرطه ان النزاع اسفر عن مقتل شخصين ... واعتقلت عددا من المشاركين فيه': the police arrest the men of
the fight while ending it, and the sentence's toll is the fight's. Arrests with a day of their own ('فجر اليوم الاحد
نفذت عمليه دهم ... واعتقلت سته متهمين بالمشاركه بالنزاع') stay an incident of their own.
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_units import TRIBAL_FEUD

ARRESTS = frozenset({"arrest", "arrest_noun"})  # triggers.tsv rows of an arrest
# the men of the fight: 'من المشاركين فيه', 'المتورطين في النزاع', 'من طرفي النزاع'
PARTICIPANTS = guard(r"(?<!\S)(?:(?:ال)?(?:مشاركين|متورطين|مشتركين) (?:فيه|فيها|في (?:ال)?(?:نزاع|اشتباك)\S*|"
                          r"ب(?:ال)?(?:نزاع|اشتباك)\S*)|طرفي (?:ال)?(?:نزاع|اشتباك)\S*)(?!\S)")
PARTICIPANTS_REACH = 12  # words after the arrest in which its men are named: 'واعتقلت تسعه اشخاص من المشاركين فيه'
FIGHT_RETOLD = guard(r"(?<!\S)[وبلف]?ال(?:نزاع|اشتباك|اشتباكات)(?!\S)")  # 'ان النزاع اسفر عن': the fight told


def retold(rec: Recognized, trig: Match[Entry]) -> str | None:
    """Why trig names an incident told before rather than a new one, or None."""
    if fight_arrests(rec, trig):
        return "the arrests that ended the tribal fight told before ('من المشاركين فيه'): part of that fight"
    return None


def fight_arrests(rec: Recognized, trig: Match[Entry]) -> bool:
    """An arrest in a sentence with no day of its own, after a tribal fight was told, of the fight's men ('من
    المشاركين فيه') or after the definite fight retold in its sentence ('ان النزاع اسفر عن ... والقت القبض علي'): the
    end of that fight, which takes the sentence's toll, not an Arrests incident."""
    if trig.payload.id not in ARRESTS:
        return False
    sent = rec.sentence_at(trig.start)
    text = rec.nt.text
    if sent is None or TRIBAL_FEUD.search(text, 0, sent.start) is None:
        return False
    if any(t.date is not None and sent.start <= t.start < sent.end for t in rec.near("times", sent.start, sent.end)):
        return False  # 'دخلت المنطقه فجر اليوم الاحد ... واعتقلت': a raid of its own day
    after = " ".join(text[trig.end:sent.end].split()[:PARTICIPANTS_REACH])
    return PARTICIPANTS.search(after) is not None or FIGHT_RETOLD.search(text, sent.start, trig.start) is not None
