"""Counts that number no victim or no share: 'one' as a thing's adjective, an obituary's own count of its dead."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .claim_words import MOURN_VERB, ONES
from .numbers import number_lexicon

if TYPE_CHECKING:
    from .claim_parts import Figure

CLITICS = ("و", "ف", "ب", "ل")  # 'وشاحنه واحده', 'بسياره واحده'


@cache
def thing_singulars() -> frozenset[str]:
    """The singulars of number_words.tsv's thing duals ('شاحنتين' -> 'شاحنه', 'صاروخين' -> 'صاروخ')."""
    duals = [w for w, roles in number_lexicon().roles.items() if "dual_thing" in roles]
    return frozenset(w[:-3] + "ه" if w.endswith(("تين", "تان")) else w[:-2] for w in duals)


def thing_one(text: str, q: Any) -> bool:
    """'واحد' right after a thing noun ('اعطب شاحنه واحده', 'سقط صاروخ واحد'): the thing's adjective, no victim."""
    if q.text not in ONES:
        return False
    before = text[max(0, q.start - 30):q.start].split()[-1:]
    if not before:
        return False
    word = before[0]
    things = thing_singulars()
    return word in things or (word[:1] in CLITICS and word[1:] in things)


def mourned_apart(text: str, figs: list[Figure], k: int) -> bool:
    """Figure k is a count mourned after a larger figure of its field ('تحدثت مصادر عن خمسه قتلي, في حين نعت
    الفصيل شهيدين سقطا في X'): the mourner's own dead against the other teller's toll, not a share of it."""
    fig = figs[k]
    before = [g for g in figs[:k] if g.field == fig.field and g.end <= fig.start and g.value > fig.value]
    return any(MOURN_VERB.search(text, g.end, fig.start) for g in before)
