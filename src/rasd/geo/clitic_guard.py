"""A proclitic that cannot be one: a name's first letter read as و/ف/ب/ل right after a preposition.

'في براوه', 'قرب براوه': a preposition takes no second preposition nor a conjunction right after it, so the ب is the
name's own letter (Barawe), not ب + 'راوه' (Rawah, in another country). The whole word is looked up as it is; a hit on
the rest after such a letter is dropped. A town's head noun is no such guard: 'قريه بالمناقل', 'مخيم بشمال كردفان'
(a village in al-Manaqil, a camp in North Kordofan) take a real ب.
"""

from __future__ import annotations

from collections.abc import Set

CLITICS = frozenset({"و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"})  # the proclitics without the article
LEADS = ("و", "ف")  # 'وفي X', 'فقرب X': the preposition itself may carry a conjunction


def _word_before(text: str, start: int) -> str:
    """The word before the one opening at start, quotes and spaces aside."""
    j = start
    while j > 0 and text[j - 1] in ' "\'(«':
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j]


def fused_onset(text: str, start: int, prefix: str, prepositions: Set[str]) -> bool:
    """The hit at start follows a proclitic that is the name's own first letter: the word before is a preposition
    ('في براوه', 'وقرب براوه'), which no preposition or conjunction follows."""
    if prefix not in CLITICS:
        return False
    word = _word_before(text, start - len(prefix))
    if word[:1] in LEADS and word[1:] in prepositions:
        word = word[1:]
    return word in prepositions
