"""Wounded told as the object of the active verb 'hit': 'قتلت 11 مدنيا واصابت نحو 20 اخرين', 'فاصاب رجلا'."""

from __future__ import annotations

from .claim_counts import counts
from .claim_parts import Figure
from .literal_guard import guard
from .numbers import number_lexicon
from .recognize import Recognized

# the active 'hit' with its object right after it; 'اصابت اهدافها', 'اصاب مبني' hit things, so only a count of
# people or a person noun counts, a time told between commas before it ('اصاب, ظهر الاحد, رجلا') (pf_020, od_013)
HIT = guard(r"(?<![^\s\"'«(])[وف]?(?:اصاب|اصابت|اصابا|اصابتا|اصابوا)(?:\s+|,\s*[^,.:;؛\n]{1,40},\s*)")
PUNCT = ",.:;؛\"'«»()"
# the plural nouns of people a count of the hit may stand before ('اصابت ثلاثه منازل' counts houses)
PEOPLE = frozenset({"اخرين", "اخرون", "اشخاص", "شخصا", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "اطفال", "جنود",
                    "جنديا", "عناصر", "عنصرا", "عسكريين", "عسكريا", "افراد", "مقاتلين", "مقاتلا", "نساء", "طفلا"})


def hit_people(rec: Recognized, figs: list[Figure], lo: int, hi: int) -> list[Figure]:
    """The wounded of each active 'hit' of [lo, hi) whose object is a count of people or a person noun, when no
    figure read (figs) covers it."""
    text = rec.nt.text
    roles = number_lexicon().roles
    out: list[Figure] = []
    for m in HIT.finditer(text, lo, hi):
        q = next((x for x in rec.near("quantities", m.end(), min(hi, m.end() + 40)) if x.start == m.end()), None)
        if q is None or q.end > hi or not counts(rec, q):
            continue
        last = q.text.split()[-1]
        nxt = text[q.end:q.end + 30].split()[:1]
        if (last[:1].isdigit() or last in roles) and not (nxt and nxt[0].strip(PUNCT) in PEOPLE):
            continue  # a number: the people it counts follow it
        if not any(f.start < q.end and q.start < f.end for f in figs):
            out.append(Figure("injured", m.start(), q.end, q.value, q.min, q.max, m.start()))
    return out
