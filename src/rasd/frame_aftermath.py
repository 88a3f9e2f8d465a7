"""Frame aftermath: 'وعلي اثر الهجوم, اطلقت القياده عمليه تفتيش': a definite trigger right after 'علي اثر/في اعقاب/عقب'
and closed by a comma names the incident told before; the sentence tells what followed it, not a new incident."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry

AFTER_WORDS = 1  # words between the trigger and the comma: 'في اعقاب الهجوم الارهابي,'


def aftermath(rec: Recognized, trig: Match[Entry]) -> bool:
    """Whether trig is a definite noun right after an aftermath cue ('aftermath' in cues.tsv), closed by a comma."""
    text = rec.nt.text
    head = text.rfind(" ", 0, trig.start) + 1
    if not text[head:trig.end].startswith("ال") or not any(
            not text[c.end:head].strip() for c in rec.cues_of("aftermath", max(0, head - 16), head)):
        return False
    comma = text.find(",", trig.end, trig.end + 40)
    return comma >= 0 and "." not in text[trig.end:comma] and len(text[trig.end:comma].split()) <= AFTER_WORDS
