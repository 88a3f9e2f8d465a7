"""Recalled tolls: a result clause glued to the relative clause of an earlier incident tells that incident's toll.

'شنت طايرات ... غارات ..., ردا علي الهجوم الذي استهدف ... قاعده ... قرب اربيل, واسفر عن اصابه اربعه
عسكريين': the comma closes the recalled attack's clause (frame_zones), yet 'واسفر' goes on with its
relative clause. Arabic marks whose result it is by agreement: the masculine 'اسفر' agrees with 'الذي'
(الهجوم) and not with the feminine 'غارات' of the main clause, so the toll is the recalled attack's.
When both agree ('ردا علي الهجمات التي استهدفت ..., واسفرت عن مقتل قايد' after 'ضربه') nothing is said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frame import Frame

# the verbs of a result clause: 'ما ادي الي اصابته', 'مما اسفر عن مقتل', ', واسفر عن', ', وخلفت'
RESULT_VERBS = frozenset({"ادي", "اسفر", "تسبب", "خلف", "اوقع", "ادت", "اسفرت", "تسببت", "خلفت", "اوقعت"})
# ', واسفر عن', ', وادت الي', ', وخلف': a coordinated result verb after a recalled incident's clause, up to the toll
GLUED_RESULT = re.compile(r"[\s,،]*و(?P<verb>" + "|".join(sorted(RESULT_VERBS, key=lambda v: (-len(v), v)))
                          + r")(?:\s+\S+){0,3}\s*")
RELATIVES = {"الذي": False, "التي": True}  # relative pronoun -> feminine
PLURAL_NOUN = re.compile(r"\S+ات$")  # 'غارات', 'هجمات': a plural of things takes a feminine verb


def recalled_frame(frames: list[Frame], pos: int, text: str) -> Frame | None:
    """The recalled (zone) frame whose relative clause a result verb right after it continues up to the casualty
    word at pos, when the verb agrees with that clause's relative pronoun and not with the main frame's trigger."""
    for f in frames:
        if not f.zone or not f.clause[1] <= pos:
            continue
        glued = GLUED_RESULT.fullmatch(text, f.clause[1], pos)
        if glued is None:
            continue
        feminine = glued.group("verb").endswith("ت")
        relative = [RELATIVES[w] for w in text[f.clause[0]:f.clause[1]].split() if w in RELATIVES]
        mains = [g for g in frames if not g.zone and g.trigger.start < f.clause[0]]
        if relative[:1] != [feminine] or not mains:
            return None
        main = text[mains[-1].trigger.start:mains[-1].trigger.end].split()[0]
        return f if _feminine(main) != feminine else None
    return None


def _feminine(noun: str) -> bool:
    """An incident noun takes a feminine verb: 'غاره', 'ضربه', 'غارات', 'هجمات' ('هجوم', 'قصف' do not)."""
    return noun.endswith("ه") or PLURAL_NOUN.fullmatch(noun) is not None
