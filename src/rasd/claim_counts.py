"""Counts of victims: which quantities can count people, how coordinated counts add up, a toll noun's figure."""

from __future__ import annotations

from functools import cache
from typing import Any

from .claim_coordination import adjective_one, other_noun
from .claim_grammar import (
    AGE_PAREN,
    CASUALTY_FIELDS,
    KIN_REACH,
    POSSESSIVE,
    POST_NOMINAL,
    SEIZED,
    SUBSET_WORDS,
    TIME_LINKS,
    one_of,
    spelled_and_one,
)
from .claim_places import place_follows
from .claim_scope import in_name
from .claim_things import thing_one
from .claim_words import MEASURED, MEASURES, one_of_kind, thing_dual, word_before
from .lexicon import load_table
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

# 'عدد القتلي بلغ سبعه', 'ارتفع عدد الجرحي الي 34', 'بقي عدد القتلي عند 3': the figure of a toll comes later
TOLL_NOUNS = frozenset({"عدد", "حصيله", "اجمالي"})
TOLL_LINKS = frozenset({"الي", "ل", "عند", "بلغ", "بلغت", "ليبلغ", "لتبلغ", "يبلغ", "تبلغ", "وصل", "وصلت", "ليصل", "لتصل",
                        "تراوح", "تراوحت", "يتراوح", "تتراوح"})  # 'عدد القتلي تراوح بين 3 و5'
TOLL_REACH = 25  # words from the toll noun to its figure
PERSON_ROW = frozenset({"one_person"})  # quantity_cues.tsv singular person nouns: 'قتل قايد' = at least one killed
NOUN_ROWS = PERSON_ROW | {"next_one"}  # rows whose words count one after a casualty word only


def cue_between(rec: Recognized, a: int, b: int) -> bool:
    """A casualty word in text[a:b]: 'قتلوا واصيب اثنان' gives the two to the wounded, not the dead."""
    return any(d.payload.kind in CASUALTY_FIELDS and a <= d.start and d.end <= b and not in_name(rec, d)
               for d in rec.near("cues", a, b))  # 'قيادي في كتايب سيد الشهداء ومرافقه' = 2


@cache
def row_words(rows: frozenset[str]) -> frozenset[str]:
    """The variants of some quantity_cues.tsv rows: the nouns that count one ('مقتل مواطن', 'واصيب ثالث')."""
    return frozenset(v for r in load_table("quantity_cues").rows if r.get("id") in rows for v in r.many("variants"))


def casualty_word(rec: Recognized, q: Any) -> bool:
    """The quantity is a casualty word itself ('قتيلين اثنين'): it counts that word (DUAL_CUES), no other."""
    memo = rec.cache("casualty_word")  # asked once per casualty word of the sentence
    got = memo.get(id(q))
    if got is None:
        got = memo[id(q)] = any(d.payload.kind in CASUALTY_FIELDS and d.start < q.end and q.start < d.end
                                for d in rec.near("cues", q.start - 20, q.end))
    return got


def counts(rec: Recognized, q: Any, *, definite: bool = False) -> bool:
    """A quantity that can count victims: a figure, not an ordinal; a definite person noun only right after the
    casualty word ('مقتل الشاب' is one, 'عايله المقاتله' counts no one)."""
    if q.value is None or q.kind == "ordinal" or thing_dual(q):
        return False
    nxt = MEASURED.match(rec.nt.text, q.end, q.end + 24)
    if nxt and nxt.group(1).strip("().,:;؛\"'«»!?") in MEASURES:  # 'نزحوا قبل ثلاث سنوات"' too
        return False  # 'البالغ من العمر 9 اعوام', 'علي بعد 5 كيلومترات', 'رجلين (40 و56 عاما)': a measure
    return (definite or q.text[:1].isdigit() or rec.nt.text[max(0, q.start - 2):q.start] != "ال") and not one_of_kind(
        rec.nt.text, q) and not thing_one(rec.nt.text, q)  # 'من عايله واحده': the family's one; 'شاحنه واحده'


def toll_figure(rec: Recognized, cue: Match[Entry], hi: int) -> Any | None:
    """'عدد القتلي بلغ سبعه', 'عدد الجنود الذين اصيبوا ... ارتفع الي 34': the figure after the toll's linking word."""
    text = rec.nt.text
    before = text[max(0, cue.start - 40):cue.start].split()[-3:]
    if not any(w in TOLL_NOUNS for w in before):
        return None
    for q in rec.near("quantities", cue.end, hi):
        if q.end > hi or not counts(rec, q):
            continue
        words = text[cue.end:q.start].split()
        if len(words) > TOLL_REACH:
            return None
        if words and words[-1] in TOLL_LINKS:
            return q
    return None


def coordinated_count(rec: Recognized, q: Any, cue: Any, lo: int, hi: int
            ) -> tuple[int, int, int, int | None, int | None]:
    """A figure with the counts coordinated to it: 'خمسه عسكريين ومتعاقدين اثنين' = 7, 'امراه وطفليها' = 3.

    Returns (start, end, value, min, max); a part list after a total ('هم 4 ... و2') is not added.
    """
    after = q.start >= cue.end
    window = [x for x in rec.near("quantities", cue.end if after else lo, hi if after else cue.start)
              if x.start == q.start or (counts(rec, x) and x.end <= (hi if after else cue.start)
                                        and not casualty_word(rec, x))]
    i = next(k for k, x in enumerate(window) if x.start == q.start)
    first = last = i
    while first > 0 and _linked(rec, window[first - 1], window[first]) and not other_noun(rec, window[first - 1], cue):
        first -= 1
    while last + 1 < len(window) and _linked(rec, window[last], window[last + 1]) and not other_noun(
            rec, window[last + 1], cue):  # 'قتيل واحد وخمسه جرحي' = 1 dead and 5 wounded, not 6 of either
        last += 1
    chain = window[first:last + 1]
    persons = row_words(PERSON_ROW)  # 'جندي واحد': the adjective adds no one
    addends = [x for k, x in enumerate(chain) if not (k and adjective_one(rec, chain[k - 1], x, persons))]
    lo_b: int | None = 0
    hi_b: int | None = 0
    for x in addends:
        lo_b = None if lo_b is None or x.min is None else lo_b + x.min
        hi_b = None if hi_b is None or x.max is None else hi_b + x.max
    return chain[0].start, chain[-1].end, sum(x.value for x in addends), lo_b, hi_b


def _linked(rec: Recognized, a: Any, b: Any) -> bool:
    """Count b is coordinated to count a: 'و2', 'وطفليها', or a one or two after its noun ('ومتعاقدين اثنين')."""
    if adjective_one(rec, a, b, row_words(PERSON_ROW)):
        return True  # 'جندي واحد وطفلين': the chain goes on through the adjective, which adds no one (coordinated_count)
    text = rec.nt.text
    gap = AGE_PAREN.sub(" ", text[a.end:b.start])  # 'الطفل محمد (9 سنوات) ووالدته': an age is no word between
    glued = gap.endswith("و")
    words = (gap[:-1] if glued else gap).split()
    reach = KIN_REACH if glued and b.text.endswith(POSSESSIVE) else 3  # 'قيادي بارز في فصيل X ومرافقه': his companion
    if len(words) - _name_words(rec, a.end, b.start) > reach or any(ch in gap for ch in ",.:;؛") or set(words) & SUBSET_WORDS:
        return False
    if word_before(text, 0, a.start) in SUBSET_WORDS:
        return False  # '6 شهداء بينهم طفلان و11 جريحا': the part of one toll is no addend of the next
    if cue_between(rec, a.end, b.start):
        return False
    if place_follows(text, a.end) and place_follows(text, b.end):
        return False  # 'استشهاد اربعه مواطنين في طاريا واثنين في شمسطار': a figure for each place (_listed)
    # a one or two after its own noun ('ومتعاقدين اثنين'), not a dual after a verb or verbal noun ('مقتل سبعه
    # ... وتدمير سيارتين', 'قتلت والدته وشقيقه واصابت شقيقته': another matter, or the other kind of casualty)
    return glued or one_of(text, a, b) or spelled_and_one(rec.nt, b) or (bool(words) and words[-1].startswith("و") and b.text in POST_NOMINAL
                                           and not set(words) & TIME_LINKS  # not 'الي 5 بعد وفاه اثنين' (= 5)
                                           and words[-1][1:] not in SEIZED)  # nor 'مقتل ثلاثه واسر اثنين' (= 3)


def _name_words(rec: Recognized, a: int, b: int) -> int:
    """Words of text[a:b] that an actor's name adds beyond its first ('قيادي في كتايب حزب الله ومرافقيه')."""
    names = [m for m in rec.near("actors", a, b) if a <= m.start and m.end <= b]
    return sum(len(rec.nt.text[m.start:m.end].split()) - 1 for m in names
               if not any(o is not m and o.start <= m.start and m.end <= o.end for o in names))
