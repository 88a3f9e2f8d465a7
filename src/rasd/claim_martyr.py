"""A martyr named by a singular definite noun: 'وارتقي الشهيد محمد', 'ابنها الشهيد البطل ... اللي ارتقي' count one dead.

The count of a casualty verb is read from a number or a person noun after it ('ارتقي الشاب' = 1); 'الشهيد' is
itself a casualty word, so a singular verb whose subject it is, or a relative clause of such a verb after it,
counted no one. The noun with its singular verb names one victim.
"""

from __future__ import annotations

from .literal_guard import guard
from .recognize import Recognized

ONE_DEATH_VERB = r"(?:ارتقي|ارتقت|استشهد|استشهدت|قضي|قضت)"
# the verb before the noun, a group it fell from between ('ارتقي من صفوفنا الشهيد البطل'), or the noun before its
# relative clause ('الشهيد البطل (ا. ش.) 20 سنه, اللي ارتقي فجر اليوم')
MARTYR_ONE = guard(rf"(?<!\S)[وف]?{ONE_DEATH_VERB}(?:\s+[^\s,.:;؛]+){{0,3}}?\s+(?:ال)?شهيد(?:ه)?(?![^\s,.:;؛\"'»)])"
                   rf"|(?<!\S)(?:ال)?شهيد(?:ه)?(?:\s+[^\s:;؛]+){{0,7}}?\s+(?:اللي|الذي|التي)\s+{ONE_DEATH_VERB}"
                   r"(?![^\s,.:;؛\"'»)])")


def named_martyr(rec: Recognized, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans in [lo, hi) that name one martyr by a singular noun and its singular death verb."""
    return [(m.start(), m.end()) for m in MARTYR_ONE.finditer(rec.nt.text, lo, hi)]
