"""Outcome nouns: a casualty noun with a person's pronoun is the incident's outcome after 'ادي الي' / 'اسفر عن' /
'تسبب في', or, bearing the preposition itself, right after the verb of an outcome ('ما ادي لاصابتهما' = 'ما ادي الي
اصابتهما': two wounded; 'ادت لمقتله': one dead).
"""

from __future__ import annotations

# the words before such a noun that make it this incident's outcome: 'ادي الي', 'اسفر عن', 'تسبب في'
OUTCOME_WORDS = frozenset({"الي", "عن", "في"})
HURT_OUTCOME = frozenset({"الي", "عن"})  # not 'في' before an injury noun ('شارك في اصابته')
# the verbs of an outcome that take the preposition 'ل' glued to the noun ('ما ادي لاصابته', 'ادت لمقتلهما')
OUTCOME_VERBS = frozenset({"ادي", "ادت", "يودي", "تودي", "افضي", "افضت", "يفضي", "تفضي"})


def is_outcome(word_before: str, noun: str, words: frozenset[str] = OUTCOME_WORDS) -> bool:
    """The casualty noun (as written, its prefix kept) after word_before tells the incident's outcome; words are the
    prepositions that make a bare noun one."""
    if noun.startswith("ل"):
        return word_before.removeprefix("و").removeprefix("ف") in OUTCOME_VERBS
    return word_before in words
