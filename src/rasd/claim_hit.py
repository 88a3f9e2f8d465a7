"""Wounded told as the object of the active verb 'hit' ('قتلت 11 مدنيا واصابت نحو 20 اخرين', 'فاصاب رجلا') or as
the spoken 'woman' after a verb of being hurt ('وانصابت مره كبيره بالعمر')."""

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


# the spoken 'a woman' (مره) right after a feminine verb of being hurt: 'وانصابت مره كبيره بالعمر بشظيه' (pk_005;
# ka_022 in half A); 'مره ثانيه/اخري' is 'once more', never a victim
HURT_WOMAN = guard(r"(?<!\S)[وف]?(?:انصابت|اصيبت|تصاوبت|انجرحت|اتصابت)\s+مره(?![^\s,.:;؛\"'»)])"
                   r"(?!\s+(?:ثانيه|اخري|ثالثه|واحده|تانيه))")


def hurt_woman(rec: Recognized, figs: list[Figure], lo: int, hi: int) -> list[Figure]:
    """One wounded, unbound, for each 'انصابت مره' of [lo, hi) that no figure read (figs) covers."""
    return [Figure("injured", m.start(), m.end(), 1, None, None, m.start())
            for m in HURT_WOMAN.finditer(rec.nt.text, lo, hi)
            if not any(f.field == "injured" and f.start < m.end() and m.start() < f.end for f in figs)]
