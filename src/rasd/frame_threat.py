"""Frame threat: whether a trigger is what a verb of threatening threatens with ('هدد X في بيان بنقل المعركه الي Y').

The threat cues block a trigger at most six words after them; a verb of threatening whose speaker and medium fill
more words ('وهدد قايد ميداني في الدعم السريع في مقطع مصور ب"نقل المعركه الي ...') still governs the noun of what it
threatens with: the 'ب' that opens that noun ('بشن هجوم', 'ب"توسيع المعركه') or the trigger itself ('بالقصف').
"""

from __future__ import annotations

from .matcher import Match
from .resources import Entry

# the stems of a verb or participle of threatening, after an optional 'و'/'ف' ('هددت', 'وتوعد', 'مهددا')
THREAT_STEMS = ("هدد", "يهدد", "تهدد", "توعد", "يتوعد", "تتوعد", "متوعد", "مهدد")
THREAT_REACH = 16  # words from the verb to the trigger: a speaker, a medium ('في تسجيل صوتي') and the noun
QUOTES = "\"'«»“”"
# words opening with 'ب' that are no noun of what is threatened ('هدد ... بعد الهجوم', 'بسبب القصف')
NOT_OBJECT = frozenset({"بعد", "بين", "بسبب", "بحسب", "بيان", "بينما", "بشان", "بخصوص", "بعيد", "بعيدا", "بالقرب"})


def threatened_with(text: str, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """The trigger follows a verb of threatening in its clause as the noun after its 'ب' ('ب"نقل المعركه') or
    with that 'ب' itself ('بالقصف'), with no full stop between them."""
    verb = text[cue.start:cue.end]
    if verb[:1] in ("و", "ف") and not verb.startswith(THREAT_STEMS):
        verb = verb[1:]
    if not verb.startswith(THREAT_STEMS) or cue.end > trig.start:
        return False
    at = trig.start - len(trig.prefix)
    between = text[cue.end:at]
    if len(between.split()) > THREAT_REACH or "." in between:
        return False
    if "ب" in trig.prefix:
        return True
    last = between.split()[-1:]
    word = last[0].strip(QUOTES) if last else ""
    return len(word) >= 4 and word.startswith("ب") and word not in NOT_OBJECT
