"""Own losses: when each party of a clash admits its own dead in its own statement, the toll is their sum.

A party's statement gives its own dead ('معلنة ارتقاء 7 من افرادها', 'مقرة بمقتل اثنين من مقاتليها',
'فقدت 4 من مقاتليها') beside a claim of the enemy's ('قتلت اكثر من 50 من المرتزقه', 'زعمت مقتل 21
جنديا'); the other party's statement, told apart ('في المقابل', 'ومن جهه اخري'), gives its own. Neither
figure is a lower toll of the clash: the dev gold sums each side's own admitted dead and never the claims
of the enemy's (sb_005, sa_022, ta_004, ta_024, ub_025, vb_023, va_021, rb_010, ra_024: 9 docs in 8 sets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claims_summary import source_kinds
from .literal_guard import guard
from .recognize import Recognized
from .records import Claim

# the victims' group with a pronoun of the party telling them: 'من افرادها', 'من جنوده', 'من صفوفه', 'عناصرنا'
OWN_GROUP = guard(r"(?<!\S)(?:من\s+)?(?:قوات|عناصر|افراد|مقاتلي|جنود|منتسبي|مجاهدي|ابطال|صفوف|كوادر|رجال"
                       r"|رفاق|عسكريي|حراس)(?:ه|ها|هم|هما|نا)(?!\S)")
# a party admitting its dead: 'اقر البيان ب"استشهاد مقاتل', 'معترفه بمقتل ثلاثه', 'وطهران تقر بمقتل اربعه'
ADMIT = frozenset({"اقر", "اقرت", "تقر", "يقر", "مقره", "مقرا", "معترفه", "معترفا", "اعترف", "اعترفت", "تعترف",
                   "يعترف", "معترفين"} | {"نعت", "نعي", "ناعيا", "ناعيه"})  # a body mourning its men: 'ناعيا ثلاثه'
LOSS = frozenset({"فقدت", "فقد", "خسرت", "خسر", "تفقد", "يفقد", "فقدنا", "خسرنا"})  # 'فقدت 4 من مقاتليها'
# a party's word of the enemy's dead: 'زعمت مقتل 21 جنديا', 'قتلت اكثر من 50', 'حيدت 9 منهم', 'اوقعوا اربعه قتلي'
CLAIMED = frozenset({"زعم", "زعمت", "زاعما", "زاعمه", "مدعيا", "مدعيه", "ادعي", "ادعت", "قتلت", "قتلوا", "قتلنا",
                     "حيدت", "حيدوا", "حيدنا", "اوقعت", "اوقعوا", "اوقعنا", "قضت", "قضوا", "قضينا", "كبدت", "كبدوا"})
# a statement told apart from the other party's: 'في المقابل, قالت', 'ومن جهه اخري, نقلت', 'فمن جهه, اعلنت'
APART = re.compile(r"^\W*(?:و|ف)?(?:في المقابل|بالمقابل|من جهه|من جهتها|من جهته|من ناحيه اخري|في حين)")
BEFORE = 3  # words before a figure's evidence that may admit it or call it the enemy's
OWN_REACH = 4  # words after the figure that may name the party's own men
CLAUSE_BREAK = re.compile(r"[,،.:;؛\n]")


@dataclass(frozen=True)
class Own:
    """How a party tells the dead of a figure: its own (admitted), the enemy's (claimed), in a statement told apart."""

    own: bool
    claimed: bool
    apart: bool
    sentence: int  # where its sentence starts: the teller of an unnamed party's statement


def mark_own(rec: Recognized, claim: Claim, a: int, start: int, end: int, lo: int) -> None:
    """Record how the new claim's figure is told (normalized evidence from a, figure at [start, end), sentence at lo).

    The words before the figure itself are read, not those before a place its evidence was widened to ('في الكشمه,
    واوقعت في صفوفها سته قتلي': the teller claims the enemy's dead)."""
    if claim.field != "fatalities":
        return
    text = rec.nt.text
    head = min(a, start) if start - a > 0 and not CLAUSE_BREAK.search(text[a:start]) else start
    before = [w.strip("\"'«»()").removeprefix("و") for w in text[lo:head].split()[-BEFORE:]]
    first = text[head:end].split()[:1]
    after = CLAUSE_BREAK.split(text[end:end + 80], maxsplit=1)[0]
    own_words = " ".join([*text[start:end].split()[1:], *after.split()][:OWN_REACH])  # 'ثلاثه من عناصره قال انهم قتلوا'
    claimed = bool(CLAIMED & {*before, *first})
    own = not claimed and (bool(OWN_GROUP.search(own_words)) or bool(ADMIT & set(before)) or bool(LOSS & set(first)))
    rec.cache("own_loss")[id(claim)] = Own(own, claimed, bool(APART.match(text[lo:lo + 40])), lo)


def _party(source: str) -> bool:
    """The teller is a party of a war (a government, army, armed group, official), no monitor or outlet."""
    return source_kinds([source]).get(source) not in ("monitor", "outlet", "agency")


def _count(c: Claim) -> int:
    """A death claim's figure (its value; the claims summed are all counted)."""
    return c.value if isinstance(c.value, int) else 0


def own_sum(rec: Recognized, dead: list[Claim]) -> Claim | None:
    """The sum of each party's own dead when two parties tell theirs (one admitted as its own, the other told by
    another teller apart), or None; the parts stand in its evidence, so none of them is a lower toll."""
    told: dict[int, Own] = rec.cache("own_loss")
    marked = [c for c in dead if (o := told.get(id(c))) is not None and o.own]
    if not marked:
        return None
    parts: dict[str | int, list[Claim]] = {}
    for c in marked:  # an unnamed party's statement ('وقال الفصيل الاول في بيان') is told by its own sentence
        parts.setdefault(c.source or told[id(c)].sentence, []).append(c)
    apart = any(told[id(c)].apart for c in marked)
    sides = rec.cache("victim_side")
    # a teller at war: it claims the enemy's dead too ('حيدت 9 منهم', 'اوقعت في صفوفها سته قتلي', 'مقتل ثلاثه من
    # المهاجمين'); a teller of the victims alone ('اسفر عن مقتل شخصين') tells the admitted dead again (oa_010)
    fighting = {c.source for c in dead if c.source and ((o := told.get(id(c))) is not None and o.claimed
                                                        or sides.get(id(c)) == "attackers")}
    for c in dead:  # the other party's dead, told by its own teller in a statement set against the admitting one
        o = told.get(id(c))
        if o is None or o.own or o.claimed or c.source not in fighting or c.source in parts or not (
                o.apart or apart or _party(c.source)) or sides.get(id(c)) in ("attackers", "both"):
            continue
        parts.setdefault(c.source, []).append(c)
    lows = {t: min(cs, key=_count) for t, cs in parts.items()}
    for t in [t for t in lows if isinstance(t, int)]:  # a headline's 'تقر بمقتل اربعه من عناصرها' retold in the
        if any(u != t and lows[u].value == lows[t].value for u in lows):  # party's own statement: one figure
            del lows[t]
    if len(lows) < 2 or (all(isinstance(t, int) for t in lows) and not apart):
        return None  # two unnamed statements, neither set against the other: one teller's account retold
    chosen = sorted(lows.values(), key=lambda c: c.start or 0)
    value = sum(_count(c) for c in chosen)
    return Claim(field="fatalities", value=value, min=value, max=value, source=None,
                 text=" … ".join(c.text for c in chosen), start=chosen[0].start,
                 end=max(c.end or 0 for c in chosen), doc_id=chosen[0].doc_id)
