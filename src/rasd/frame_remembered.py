"""Frame gate for anniversaries: the strike that killed the one remembered is the remembered incident, not news."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import words_between

# the death an anniversary remembers ('الذكري السنويه الرابعه لمقتل', 'ذكري اغتيال'); normalized, with 'ل' or bare
DEATH_NOUNS = frozenset({"مقتل", "اغتيال", "استشهاد", "مصرع", "رحيل", "ارتقاء"})
DEATH_REACH = 2  # words between the cue and the death noun ('الذكري السنويه الرابعه لمقتل')
SPAN_WORDS = 4  # the time gone by that 'ذكري مرور' names before its 'علي': 'اربعين يوما علي', 'عام علي'
REMEMBERED_REACH = 30  # words from the cue to the strike that caused the death, inside one clause


def remembered_death(rec: Recognized, clause: tuple[int, int], trig: Match[Entry], cue: Match[Entry]) -> bool:
    """'لاحياء الذكري السنويه الرابعه لمقتل قائد فيلق القدس ... بضربه امريكيه مطلع عام 2020': a commemoration cue
    followed by the death it remembers makes every trigger after it in its clause part of that past death."""
    text = rec.nt.text
    if not (clause[0] <= cue.start and cue.end <= trig.start < clause[1]):
        return False
    if words_between(text, cue.end, trig.start) > REMEMBERED_REACH:
        return False
    if cue.key.split()[-1] in DEATH_NOUNS:
        return True
    after = text[cue.end:clause[1]].split()
    if cue.key.endswith("مرور") and "علي" in after[:SPAN_WORDS]:  # 'ذكري مرور اربعين يوما علي ارتقاء'
        after = after[after.index("علي") + 1:]
    after = after[:DEATH_REACH + 1]
    return any(w in DEATH_NOUNS or w.startswith("ل") and w[1:] in DEATH_NOUNS for w in after)
