"""Wounded who died: the injured figure of an incident after some of its wounded died of their wounds.

'اصيب اربعه ... وفاه اثنين من المصابين متاثرين بجراحهما, فيما لا يزال اثنان يتلقيان العلاج': the count still
treated (2) is the injured figure now, and with no such count the earlier figure less those who died ('تسعه' and
'وفاه اثنين من المصابين' = 7). The earlier figure becomes an earlier report (claim_revision.PRIOR). Nothing is
lowered when the sentence gives an injured figure of its own ('ارتفاع العدد الي 7 قتلي و13 جريحا بعد وفاه ثلاثه
من المصابين': the 13 is the newest count), nor from a bound or vague figure ('اكثر من 20'), nor by a vague number of
dead ('وفاه عدد من الجرحي'). A bare count before 'بعد وفاه' and a wounded noun ('ارتفع العدد الي خمسه بعد وفاه احد
الجريحين') is the dead's risen toll, not a count of the wounded (died_since). A sentence that names how many wounded
there were ('اثنين من المصابين السته فارقا الحياه') leaves the rest (4), like a count still treated, and so does a
pronoun after the sentence's one injured figure ('خمسه جنود مصابين, توفي احدهم' = 4) that no tally elsewhere repeats.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .claim_revision import PLAIN, PRIOR, RISE_WORDS, add_claim
from .claim_scope import nearest_frame
from .claim_words import DIED_BEFORE
from .literal_guard import guard
from .numbers import number_lexicon
from .recognize import Recognized
from .records import Claim

if TYPE_CHECKING:
    from .frame import Frame

# the verbs of wounded who died, before their count: 'وفاه اثنين من المصابين', 'قبل ان يفارق اثنان من الجرحي الحياه'
DIED_VERBS = DIED_BEFORE | {"اتوفي", "يفارق", "فارق", "فارقا", "فارقوا", "توفوا", "وفارق"}
WOUNDED_NOUNS = frozenset({"الجرحي", "المصابين", "الجريحين", "مصابي", "جرحي"})  # 'من مصابي قصف السوق'
PUNCT = ",.:;؛\"'«»()"
# one of those verbs anywhere (a superset of the words _died accepts): the cheap test before a sentence is cut up
DIED_START = guard("|".join(sorted(map(re.escape, DIED_VERBS), key=len, reverse=True)))
COUNT_WORDS = 3  # words of the count between the verb and 'من': 'وفاه اثنين من', 'وفاه احد الجرحي' has none
THE_WOUNDED = frozenset({"الجريح", "الجريحه", "المصاب", "المصابه"})  # 'بوفاه الجندي الجريح': the one wounded
ONE = frozenset({"احد", "احدي", "واحد", "واحده"})  # 'وفاه احد الجرحي', 'توفي واحد من المصابين'
DIED_SINCE = guard(r"\s+(?:\S+\s+)?بعد\s+(?:" + "|".join(sorted(map(re.escape, DIED_VERBS), key=len, reverse=True))
                   + r")\s")  # 'خمسه بعد وفاه', 'اربعه صباح الخميس بعد وفاه': the count's words end at 'بعد'


def died_since(text: str, end: int, anchor: int) -> bool:
    """The count ending at `end`, read with the wounded noun at `anchor`, stands before 'بعد وفاه' ('الي خمسه بعد
    وفاه احد الجريحين'): a toll of the dead that rose when a wounded died, not a count of the wounded."""
    return anchor > end and DIED_SINCE.match(text, end, anchor) is not None


# the verbs of those still treated, before their count: 'فيما لا يزال اثنان يتلقيان العلاج', 'ليبقي جريح واحد ...'
STILL = guard(r"(?<!\S)(?:[وف]?(?:لا|ما) ?(?:يزال|تزال|زال|زالت)|[ول]?[يت]بقي|وبقي|بقي)(?!\S)")
STILL_WORDS = 3  # words of the count between the verb and its treatment ('اثنان', 'ثلاثه جرحي', 'مصاب واحد')
# what keeps them: treatment or the hospital; not 'في العنايه المركزه' or 'بحاله حرجه', which tell a part of them
TREATED = guard(r"(?<!\S)(?:[يت]تلق(?:ي|يان|ون|ين)\b|قيد العلاج|تحت العلاج|في المستشفي)")
DUAL_VERB = re.compile(r"(?<!\S)[يت]تلقيان(?!\S)")  # 'لا يزال الراعيان يتلقيان العلاج': two
SINGLE_VERB = re.compile(r"(?<!\S)[يت]تلقي(?!\S)")  # 'لا يزال الثالث يتلقي العلاج': the one left
DIED_OF_WOUNDS = guard(r"(?<!\S)متاثر\S* ب(?:جراح|جروح|اصاب)")  # 'متاثرا بجراحه': a death the sentence tells


def wounds_left(rec: Recognized, lo: int, hi: int, frames: list[Frame],
                claim: Callable[[int, int, int], Claim]) -> None:
    """Give the frame of a sentence [lo, hi) that tells wounded who died its injured figure now: the count still
    treated, or its earlier figure less the dead (claim(start, end, value) makes the claim)."""
    text = rec.nt.text
    died = _died(rec, lo, hi)
    counted = _of_the_count(rec, lo, hi) or _of_them(rec, frames, lo, hi)
    if died is None and counted is None and not DIED_OF_WOUNDS.search(text, lo, hi):
        return
    left = _still_treated(rec, lo, hi) or counted
    if left is not None:
        a, b, value = left
        if not _told(rec, frames, a, b):
            _lower(rec, nearest_frame(frames, a, text), claim(a, b, value), PLAIN)
        return
    if died is None or died[2] is None or _told(rec, frames, lo, hi, skip=(died[0], died[1])) or not (
            RISE_WORDS & set(text[lo:hi].split())):
        return  # a risen toll told before ('ارتفع عدد الشهداء الي سته, فيما تجاوز عدد الجرحي 15') is the newest
    owner = nearest_frame(frames, died[0], text)
    kinds: dict[int, str] = rec.cache("claim_revision")
    at = rec.nt.to_orig(died[0], died[1])[0]
    earlier = [c for c in owner.claims if c.field == "injured" and isinstance(c.value, int)
               and c.min == c.max == c.value and (c.start or 0) < at]
    values = {int(c.value) for c in earlier if isinstance(c.value, int)}
    if _updated(rec, owner, frames, lo, hi, (died[0], died[1], died[2])):
        return  # 'مقتل 12 واصابه 6' ... 'احصي 9 قتلي قبل ان ترتفع الحصيله بعد وفاه ثلاثه من المصابين': told after it
    if len(values) == 1 and min(values) == died[2]:  # 'اصابه ثالث' ... 'بوفاه الجندي الجريح': no wounded left
        owner.claims[:] = [c for c in owner.claims if not any(c is e for e in earlier)]
        return
    if len(values) != 1 or min(values) < died[2]:
        return  # no earlier figure, or two of them: which one the dead came from is not said
    kind = PRIOR if all(kinds.get(id(c), PLAIN) == PRIOR for c in earlier) else PLAIN  # a first count stays one
    _lower(rec, owner, claim(died[0], died[1], min(values) - died[2]), kind)


def _updated(rec: Recognized, owner: Frame, frames: list[Frame], lo: int, hi: int, died: tuple[int, int, int]) -> bool:
    """The incident's dead were told before the sentence [lo, hi) at its risen toll: at least the toll the sentence
    gives ('ارتفعت الحصيله الي سبعه بعد وفاه احد الجرحي' after 'قتل سبعه'), or with none, at least its count before
    the death plus the wounded who died ('احصي 9 قتلي قبل ان ترتفع الحصيله بعد وفاه ثلاثه' after 'مقتل 12'). The
    report was updated, so the injured figure it told with them is the newest."""
    oa, ob = rec.nt.to_orig(lo, hi)
    here = [c.value for f in frames for c in f.claims if c.field == "fatalities" and isinstance(c.value, int)
            and c.min == c.max == c.value and oa <= (c.start or 0) < ob]
    if here:
        risen = max(here)
    else:
        counts = [int(q.value) for q in rec.near("quantities", lo, died[0]) if lo <= q.start and q.end <= died[0]
                  and q.kind != "ordinal" and q.value is not None and q.min == q.max]
        if not counts:
            return False
        risen = max(counts) + died[2]
    return any(c.field == "fatalities" and isinstance(c.value, int) and c.min == c.max == c.value
               and (c.start or 0) < oa and c.value >= risen for c in owner.claims)


def _lower(rec: Recognized, frame: Frame, new: Claim, kind: str) -> None:
    """Attach the injured figure now to frame, its higher injured figures told before becoming earlier reports."""
    kinds: dict[int, str] = rec.cache("claim_revision")
    for c in frame.claims:
        if c.field == "injured" and isinstance(c.value, int) and isinstance(new.value, int) and c.value > new.value:
            kinds[id(c)] = PRIOR
    add_claim(rec, frame, new, kind)


def _died(rec: Recognized, lo: int, hi: int) -> tuple[int, int, int | None] | None:
    """The span of 'N of the wounded died' in [lo, hi) with N (None when vague: 'وفاه عدد من الجرحي')."""
    text = rec.nt.text
    if not DIED_START.search(text, lo, hi):
        return None
    words = [(m.start(), m.start() + len(m.group().rstrip(PUNCT)), m.group().strip(PUNCT))
             for m in re.finditer(r"\S+", text[lo:hi])]
    for i, (a, _, w) in enumerate(words):
        if w not in DIED_VERBS or i + 2 >= len(words) or words[i][1] - words[i][0] != len(w):  # not 'وفاه,'
            continue
        if words[i + 1][2] in ONE and words[i + 2][2] in WOUNDED_NOUNS:  # 'وفاه احد الجرحي'
            return lo + a, lo + words[i + 2][1], 1
        if (one := _the_wounded(words, i)) is not None:  # 'بوفاه الجندي الجريح', 'وفاه المراه المصابه'
            return lo + a, lo + words[one][1], 1
        for k in range(i + 2, min(len(words) - 1, i + 2 + COUNT_WORDS)):
            if words[k][2] == "من" and words[k + 1][2] in WOUNDED_NOUNS:  # 'وفاه اثنين من المصابين'
                return lo + a, lo + words[k + 1][1], _count(rec, lo + words[i][1], lo + words[k][0])
    return None


def _the_wounded(words: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of a definite singular wounded word right after the verb at i, or after its definite person noun
    ('وفاه الجريح', 'توفي العنصر الجريح'): the one wounded the report told of."""
    for k in (i + 1, i + 2):
        if k < len(words) and words[k][2] in THE_WOUNDED and words[k][1] - words[k][0] == len(words[k][2]):
            return k if k == i + 1 or (words[i + 1][2].startswith("ال") and words[i + 1][1] - words[i + 1][0]
                                      == len(words[i + 1][2])) else None
    return None


def _count(rec: Recognized, a: int, b: int) -> int | None:
    """The exact count in [a, b): 'اثنين', '3', 'احد'; None for a vague one or none."""
    words = rec.nt.text[a:b].split()
    if len(words) == 1 and words[0] in ONE:
        return 1
    found = [q for q in rec.near("quantities", a, b) if a <= q.start and q.end <= b]
    if len(found) != 1 or found[0].kind == "ordinal" or found[0].min != found[0].max or found[0].value is None:
        return None
    if rec.nt.text[a:found[0].start].strip() or rec.nt.text[found[0].end:b].strip():
        return None  # 'حاله وفاه, فيما عاد اثنان من المصابين': words other than the count
    return int(found[0].value)


def _still_treated(rec: Recognized, lo: int, hi: int) -> tuple[int, int, int] | None:
    """'فيما لا يزال اثنان يتلقيان العلاج', 'ليبقي جريحان قيد العلاج', 'لا يزال الثالث يتلقي العلاج' (the one left):
    the span and the count of the wounded still treated."""
    text = rec.nt.text
    for m in STILL.finditer(text, lo, hi):
        t = TREATED.search(text, m.end(), hi)
        if t is None or not 0 < len(text[m.end():t.start()].split()) <= STILL_WORDS:
            continue
        found = [q for q in rec.near("quantities", m.end(), t.start()) if m.end() <= q.start and q.end <= t.start()]
        exact = [q for q in found if q.kind != "ordinal" and q.value is not None and q.min == q.max]
        if len(exact) == 1:
            return m.start(), exact[0].end, int(exact[0].value)
        between = text[m.end():t.start()].split()
        if len(between) == 1 and between[0].startswith("ال"):  # 'الثالث', 'الراعيان': the verb says how many
            if DUAL_VERB.match(text, t.start()):
                return m.start(), t.end(), 2
            if SINGLE_VERB.match(text, t.start()):
                return m.start(), t.end(), 1
    return None


# 'اثنين من المصابين السته فارقا': the dead's count, the wounded noun and the definite count of all the wounded
OF_THE_COUNT = guard(r"(?<!\S)(\S+) من (?:" + "|".join(sorted(WOUNDED_NOUNS - {"مصابي", "جرحي"})) + r") ال(\S+) (?:"
                     + "|".join(sorted(map(re.escape, DIED_VERBS), key=len, reverse=True)) + r"|توفيا)(?!\S)")


def _of_the_count(rec: Recognized, lo: int, hi: int) -> tuple[int, int, int] | None:
    """'ثلاثه من الجرحي الثمانيه فارقوا الحياه': the span and the count of the wounded left (all of them less the
    dead), when the sentence names how many wounded there were."""
    text = rec.nt.text
    for m in OF_THE_COUNT.finditer(text, lo, hi):
        roles = number_lexicon().roles.get(m.group(2), {})
        total = roles.get("unit") or roles.get("ten")
        dead = _count(rec, m.start(1), m.end(1))
        if total and dead and dead < total:
            return m.start(), m.end(), total - dead
    return None


# 'توفي احدهم', 'فارق اثنان منهم الحياه': wounded who died, told by a pronoun after the count of the wounded
OF_THEM = guard(r"(?<!\S)(?:[وف]?(?:توفي|توفيت|توفوا|توفيا|فارق|فارقت|فارقا|فارقوا)) (?:(احدهم|احدهما)|(\S+) منهم)(?!\S)")


def _of_them(rec: Recognized, frames: list[Frame], lo: int, hi: int) -> tuple[int, int, int] | None:
    """'استقبل خمسه جنود مصابين, توفي احدهم': the span and the count of the wounded left, when one injured figure
    comes before the pronoun in the sentence and the report tells it nowhere else (a tally told apart, 'بلغ عدد
    المصابين 21', counts the wounded who died later too)."""
    text = rec.nt.text
    for m in OF_THEM.finditer(text, lo, hi):
        dead = 1 if m.group(1) else _count(rec, m.start(2), m.end(2))
        oa, om = rec.nt.to_orig(lo, m.start())
        here = {c.value for f in frames for c in f.claims if c.field == "injured" and isinstance(c.value, int)
                and c.min == c.max == c.value and oa <= (c.start or 0) < om}
        if dead is None or len(here) != 1 or (total := int(min(here))) <= dead:
            continue
        ob = rec.nt.to_orig(lo, hi)[1]
        if any(c.field == "injured" and c.value == total and not oa <= (c.start or 0) < ob
               for f in frames for c in f.claims):
            continue
        return m.start(), m.end(), total - dead
    return None


def _told(rec: Recognized, frames: list[Frame], a: int, b: int, skip: tuple[int, int] | None = None) -> bool:
    """An injured figure of a frame lies in normalized [a, b) (outside skip): the sentence tells the figure itself."""
    oa, ob = rec.nt.to_orig(a, b)
    sa, sb = rec.nt.to_orig(*skip) if skip else (0, 0)
    return any(c.field == "injured" and c.value and oa <= (c.start or 0) < ob and not sa <= (c.start or 0) < sb
               for f in frames for c in f.claims)
