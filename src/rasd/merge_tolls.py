"""Merge tolls: a mention's death and injury figures from the casualty claims of its merged frames.

ACLED's rule is the most conservative credible figure: stated figures (exact or
bounded) before vague ones, the lowest among them, and a figure that is only one
addend of a larger total in the same article is no lower toll.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_table
from .merge_compat import DISRUPTED
from .normalize import normalize_text
from .numbers import number_lexicon
from .records import Claim


def conservative(claims: list[Claim], fld: str) -> int | None:
    """ACLED's most conservative credible figure: stated claims (exact or bounded) first, then vague ones."""
    vals = [c for c in claims if c.field == fld and c.value is not None]
    if not vals:
        return None
    positive = [c for c in vals if isinstance(c.value, int) and c.value > 0]
    if not positive:
        return 0
    largest = _largest_total_holding(positive)
    words = {id(c): normalize_text(c.text).split() for c in positive}  # each claim's text, normalized once
    whole = [c for c in positive if not (isinstance(c.value, int) and largest.get(c.value, 0) > c.value)
             and not _addend(c, positive, words)]
    positive = whole or positive

    tellers = {c.source for c in positive if c.source and (c.min is not None or c.max is not None)}

    def tier(c: Claim) -> int:  # a bound ('7 علي الاقل') states a figure as firmly as an exact count
        # ... and so does one victim named by its teller against another teller's count ('اشارت الوزاره الي مقتل
        # جندي' vs 'زعم الحزب انه قتل اربعه جنود'): disagreeing tellers, the lower figure
        # ... and so does a teller's figure told about ('مقتل نحو خمسه', an agency) against another teller's count
        # ('ارتفعت الحصيله الي سبعه', a monitor): the tellers disagree, and the lower figure stands
        if c.min is not None or c.max is not None:
            return 0
        said = set(words[id(c)])
        against = bool(c.source) and bool(tellers - {c.source})  # another teller gives a count
        firm = against and (c.value == 1 and not (RANKS | RELATIVES) & said or bool(_approximations() & said))
        return 0 if firm else 1

    tiers = [(tier(c), int(c.value)) for c in positive]  # type: ignore[arg-type]
    best = min(t for t, _ in tiers)
    return min(v for t, v in tiers if t == best)


@cache
def _approximations() -> frozenset[str]:
    """The one-word approximations of quantity_cues.tsv ('نحو', 'حوالي', 'قرابه'): a figure told about, not vague."""
    return frozenset(v for r in load_table("quantity_cues").rows if r.get("kind") == "approx"
                     for v in r.many("variants") if " " not in v)


# 'مقتل قايد في كتايب حزب الله': a victim singled out by rank is one the teller names, not its count of the dead
RANKS = frozenset({"قايد", "قياديا", "قيادي", "ضابط", "ضابطا", "مستشار", "مستشارا", "امر", "مسوول", "مسوولا"})
# 'نعت الكتايب القايد ..., الذي ارتقي شهيدا' (claim_words.relative_died): a victim retold by a relative clause, no count
RELATIVES = frozenset({"الذي", "التي", "والذي", "والتي"})


def _largest_total_holding(claims: list[Claim]) -> dict[int, int]:
    """Each figure written in digits inside an exact total's text -> the largest such total. A claim whose figure
    a larger total holds is one addend of it ('مصرع 9 حوثيين' in a headline, 'مصرع 9 من عناصر الميليشيا، فيما
    استشهد جنديان' = 11 in the body, in any digits: '٥' as well as '5'): a part of the toll, not a lower one."""
    largest: dict[int, int] = {}
    for d in claims:
        if d.min == d.max and isinstance(d.value, int):
            for n in {int(x) for x in re.findall(r"\d+", d.text)}:
                largest[n] = max(largest.get(n, 0), d.value)
    return largest


def _addend(c: Claim, claims: list[Claim], words: dict[int, list[str]]) -> bool:
    """The words of claim c stand whole inside an exact claim with a larger figure ('استشهاد مقاتلين' and 'مقتل
    ثلاثه' in a headline, 'استشهاد مقاتلين من الاسايش ومقتل ثلاثه' = 5 in the body): one addend of that total
    (words: each claim's normalized words)."""
    own = words[id(c)]
    if not own or not isinstance(c.value, int):
        return False
    numbers = number_lexicon().roles
    count = [w for w in own if w in numbers or w[1:] in numbers or w.isdigit()]
    held: re.Pattern[str] | None = None  # compiled only when a larger total is there to hold it
    for d in claims:
        if d is c or d.min is None or not isinstance(d.value, int) or d.value <= c.value:
            continue
        other = " ".join(words[id(d)])
        if d.min != d.max:  # a bounded total ('جنديين قتلا ..., فيما قتل اكثر من 10' = 12 at least) holds its
            if count and _phrase_re(count).search(other):  # parts by their count: 'مقتل جنديين' in a headline
                return True
            continue
        held = held or _phrase_re(own)  # 'ومقتل ثلاثه' holds 'مقتل ثلاثه'
        for m in held.finditer(other):
            nxt = other[m.end():].split()[:1]
            if not (nxt and (nxt[0] in numbers or nxt[0][1:] in numbers)):
                return True  # not 'مقتل ثلاثه' inside 'مقتل ثلاثه عشر'
    return False


def _phrase_re(words: list[str]) -> re.Pattern[str]:
    """The words as one phrase standing whole, with or without a leading و."""
    return re.compile(r"(?<!\S)و?" + re.escape(" ".join(words)) + r"(?!\S)")


def death_toll(claims: list[Claim], injured: int | None, sub_event: str = "") -> int | None:
    """The conservative death toll; 0 when only injuries are reported (ACLED: casualties with no deaths = 0), and 0
    for a fully intercepted attack that tells no casualty figure at all (ACLED's Disrupted weapons use)."""
    dead = conservative(claims, "fatalities")
    if dead is None and injured is None and sub_event == DISRUPTED and not any(
            c.field in ("fatalities", "injured") for c in claims):
        return 0
    return 0 if dead is None and injured else dead


def has_casualties(claims: list[Claim]) -> bool:
    """True when some claim gives a positive number of killed or injured."""
    return any(c.field in ("fatalities", "injured") and c.value for c in claims)
