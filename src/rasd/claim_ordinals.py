"""Running ordinals: 'العثور علي جثه خامسه', 'وفاه جندي ثالث' tell a toll that has grown to the ordinal's number.

quantity_cues.tsv reads an indefinite ordinal after a casualty word as one more victim ('قتل عنصران واصيب ثالث'
= 1 injured). After a death word it numbers the dead so far, unless the figures of both kinds before it in its
sentence add up to one less ('اصيب جنديان وقتل ثالث'): a fifth body found is a toll of five, which replaces the
lower figure told before it (claim_revision.RISE), not one death more (dz_008, qb_018).
"""

from __future__ import annotations

from functools import cache

from .claim_parts import Figure
from .numbers import number_lexicon
from .recognize import Recognized

PERSON_GAP = 1  # words between the death word and its ordinal ('وفاه جندي ثالث', 'جثه رابعه')


@cache
def _ordinals() -> dict[str, int]:
    """Indefinite ordinals of 2nd-10th ('ثالث', 'رابعه') and their numbers, read from number_words.tsv."""
    out: dict[str, int] = {}
    for word, roles in number_lexicon().roles.items():
        if "ordinal" in roles and word.startswith("ال") and 2 <= roles["ordinal"] <= 10:
            out[word[2:]] = roles["ordinal"]
    return out


def ordinal_total(rec: Recognized, fld: str, start: int, end: int) -> int | None:
    """The number of the ordinal ending the death figure at normalized [start, end) ('جثه رابعه' = 4), or None."""
    if fld != "fatalities":
        return None
    words = rec.nt.text[start:end].split()
    return _ordinals().get(words[-1].strip(",.:;؛\"'»)")) if 2 <= len(words) <= 2 + PERSON_GAP else None


def running_ordinals(rec: Recognized, figs: list[Figure]) -> list[Figure]:
    """The figures with each running ordinal read as the toll it numbers ('جثه خامسه' = 5 dead)."""
    out: list[Figure] = []
    for f in figs:
        n = ordinal_total(rec, f.field, f.start, f.end) if f.value == 1 else None
        if n is not None:
            before = [g for g in figs if g.end <= f.start]
            if any(g.field == "injured" for g in before) and sum(g.value for g in before) == n - 1:
                n = None  # 'اصيب جنديان وقتل ثالث': the ordinal numbers the victims of both kinds, one more dead
        if n is None:
            out.append(f)
            continue
        rec.cache("ordinal_totals")[f.start, f.end] = n  # claim_revision.revision reads it as a risen toll
        out.append(f._replace(value=n, min=n, max=n))
    return out
