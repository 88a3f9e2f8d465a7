"""Claim sides: the dead of both sides of a clash, told in separate sentences, are one toll.

ACLED counts every death of an event: 'ارتقى شهيدان من ابطال الجيش' in one sentence and
'ما اسفر عن مقتل اربعه منهم' (the attackers) in the next are six dead (dev gold: 9 events
in 8 sets sum the sides). A figure is marked with the side its victims are on when its
noun phrase says so: the attackers ('من الارهابيين', 'مسلحين', 'منهم' after them) or the
forces they attacked ('عسكريين', 'من ابطال القوات الامنيه'); bare martyrs or civilians
are neither, so that a Gaza toll and an army's count of gunmen it killed are never added.
"""

from __future__ import annotations

import re

from .claim_grammar import CASUALTY_FIELDS
from .claim_joints import boasted
from .claim_own import mark_own, own_sum
from .claim_share import without_breakdowns, without_own_shares
from .literal_guard import guard
from .normalize import normalize_text
from .recognize import Recognized
from .records import Claim

ATTACKERS, FORCES, BOTH = "attackers", "forces", "both"
# the attackers of a clash, as the side that repelled them names them
ATTACKER_WORDS = frozenset({"ارهابيين", "ارهابيا", "الارهابيين", "ارهابي", "المهاجمين", "مهاجمين", "المسلحين",
                            "مسلحين", "مسلحا", "المتسللين", "متسللين", "الدواعش", "دواعش", "المرتزقه", "مرتزقه",
                            "المتمردين", "متمردين", "متمردا"})  # 'مقتل العشرات من المتمردين': an army's rebels
# the forces attacked: soldiers, fighters, security men ('من ابطال الجيش', 'عسكريين', 'من قوات الامن')
FORCE_WORDS = frozenset({"عسكريين", "عسكريا", "عسكريان", "عسكري", "جنود", "جنديين", "جنديان", "جنديا", "جندي",
                         "ابطال", "الجيش", "القوات", "قوات", "مقاتلين", "مقاتلا", "مقاتل", "مقاتلينا", "منتسبي",
                         "حماه", "حراس", "افراد", "عناصرنا", "جنودنا", "منتسبا", "منتسبين", "قوي"}
                        | {"المقاتلين", "الجنود", "العسكريين", "المنتسبين"})  # 'استشهاد احد المقاتلين' (pa_009)
# policemen as the victims' own noun phrase ('شرطيين', 'اربعه عناصر من الشرطه'), never an agent after it ('برصاص الشرطه')
POLICE_WORDS = frozenset({"الشرطه", "شرطيا", "شرطيين", "شرطيان", "الشرطيين", "شرطي", "الشرطيان"})
POLICE_REACH = 3  # words after a figure that may still be its noun phrase
THEM = frozenset({"منهم", "منهما"})  # 'مقتل اربعه منهم': of the group named before in the sentence
# 'من الطرفين', 'من كلا الجانبين' after a figure: the dead of both sides (pb_023, ua_ and va_021 tell clash totals so)
BOTH_SIDES = guard(r"(?<!\S)من (?:كلا )?(?:الطرفين|الجانبين|الجهتين)(?!\S)")
BOTH_REACH = 6  # ... up to this many words after the figure ('11 مقاتلا علي الاقل من الطرفين')
PHRASE_REACH = 4  # words after a figure that may name its victims ('ثلاثه عسكريين', 'سبعه من الارهابيين')
SENT_BREAK = re.compile(r"[.:;؛\n]")
# 'ارتقاء شهيدين ومقتل اربعه ارهابيين': a coordinated outcome noun opens the next figure's phrase, not this one's
NEXT_OUTCOME = frozenset({"ومقتل", "واستشهاد", "وارتقاء", "ومصرع", "واصابه", "وجرح", "وسقوط", "وقتل", "واستشهد",
                          "واصيب", "وارتقي"})
CLAUSE_BREAK = re.compile(r"[,،.:;؛\n]")


def mark_sides(rec: Recognized, claim: Claim, a: int, start: int, end: int, lo: int, summed: bool) -> None:
    """Record the side of a new claim's victims (BOTH for a sum of groups) and whether a party admits them as its own
    losses (claim_own); a is where its normalized evidence starts, [start, end) its figure, lo its sentence."""
    rec.cache("victim_side")[id(claim)] = BOTH if summed else victim_side(rec, start, end, lo)
    if any(q.kind == "vague" for q in rec.near("quantities", start, end) if start <= q.start and q.end <= end):
        rec.cache("vague_figure")[id(claim)] = True  # 'عشرات الارهابيين قتلوا': no count to add to the other side's
    if not summed:
        mark_own(rec, claim, a, start, end, lo)
        if rec.cache("victim_side")[id(claim)] == ATTACKERS and boasted(rec, start, end):  # 'مؤكدا مقتل «نحو 15
            # ارهابيا»': a party's boast of the enemy's dead, no addend either (its own quoted dead still are)
            rec.cache("vague_figure")[id(claim)] = True


def victim_side(rec: Recognized, start: int, end: int, lo: int) -> str | None:
    """The side the victims of the figure at normalized text[start:end] are on (ATTACKERS, FORCES, BOTH: 'من
    الطرفين'), or None; lo is where its sentence starts ('منهم' points back at the attackers named in it)."""
    text = rec.nt.text
    clause = CLAUSE_BREAK.split(text[end:end + 80], maxsplit=1)[0].split()
    if BOTH_SIDES.search(" ".join(clause[:BOTH_REACH])):  # 'قتل 11 مقاتلا علي الاقل من الطرفين': the whole clash
        return BOTH
    after = [] if _verb_last(rec, start, end) else _own_phrase(clause[:PHRASE_REACH])
    words = [w.strip("\"'«»()") for w in (*text[start:end].split(), *after)]
    plain = {w.removeprefix("و").removeprefix("ب") for w in words} | set(words)
    police = bool(set(words[:len(text[start:end].split()) + POLICE_REACH]) & POLICE_WORDS)  # 'عناصر من الشرطه'
    if plain & THEM:
        before = set(text[lo:start].split())
        return ATTACKERS if before & ATTACKER_WORDS else None
    att, own = bool(plain & ATTACKER_WORDS), bool(plain & FORCE_WORDS) or police
    if att == own:
        return None
    return ATTACKERS if att else FORCES


# a remark that a figure cannot be checked: 'وهو رقم لم يتسن التحقق منه', 'لا يمكن التحقق منه', 'من دون ان يقدم ادله'
UNVERIFIED = guard(r"(?<!\S)(?:(?:و)?(?:لم|لا) (?:يتسن|تتسن|يمكن|يتم)(?: ل\S+)? (?:التحقق|التاكد)|يتعذر التحقق"
                   r"|دون ان (?:يقدم|تقدم|يقدموا)(?: اي)? (?:ادله|دليل|دليلا))(?![^\s,.:;؛\"'»)])")
UNVERIFIED_REACH = 8  # words of the next sentence that may hold the remark ('ولم يتسن التحقق من الرقم من مصدر مستقل')


def unverified_enemy(rec: Recognized, start: int, end: int, lo: int, hi: int) -> bool:
    """The figure at normalized [start, end) of the sentence [lo, hi) counts the attackers' dead and the text goes on
    to say it cannot be checked ('وقتلت 12 ارهابيا", من دون ان يقدم ادله'): a party's word of the enemy's dead, no
    credible toll (ACLED: the most conservative credible figure)."""
    if victim_side(rec, start, end, lo) != ATTACKERS:
        return False
    text = rec.nt.text
    after = next((s for s in rec.sentences if s.start >= hi), None)
    tail = text[end:hi] + " " + (" ".join(text[after.start:after.end].split()[:UNVERIFIED_REACH]) if after else "")
    return bool(UNVERIFIED.search(tail))


# a remark that the other side denies the figure: 'وهو ما نفته السلطات', 'الامر الذي نفاه الجيش'
DENIED = guard(r"(?<!\S)(?:وهو ما|وهذا ما|الامر الذي|وهو امر) (?:نفته|نفاه|نفوه|نفاها|تنفيه|ينفيه)(?!\S)")


def denied(rec: Recognized, end: int, hi: int) -> bool:
    """The sentence goes on after the figure ending at normalized end with a remark that the other side denies it
    ('زعمت الحركه مقتل سته جنود, وهو ما نفته السلطات'): a contested claim, no credible toll."""
    return bool(DENIED.search(rec.nt.text[end:hi]))


def _verb_last(rec: Recognized, start: int, end: int) -> bool:
    """The figure at normalized [start, end) ends in its casualty verb ('اربعه من عناصر الشرطه استشهدوا في هجوم
    ارهابي'): its victims are named before the verb, and the words after it tell the cause, not who died."""
    return any(d.payload.kind in CASUALTY_FIELDS and start < d.start < end <= d.end + 2
               for d in rec.near("cues", start, end))


def _own_phrase(words: list[str]) -> list[str]:
    """The words after a figure up to a coordinated outcome noun that opens the next figure ('ومقتل')."""
    cut = next((i for i, w in enumerate(words) if w in NEXT_OUTCOME), len(words))
    return words[:cut]


def both_sides(rec: Recognized, claims: list[Claim]) -> list[Claim]:
    """The claims with one more death toll when the dead of the attackers and of the forces they attacked are told
    apart: the lowest sum of one figure of each side told by one teller (or by the outlet itself), its evidence the
    parts' texts (so that the conservative rule takes them as addends of it, merge_tolls._addend). The count of one
    group's dead below the lowest toll of both sides is a part of it, not a lower toll."""
    claims = without_breakdowns(without_own_shares(rec, claims))  # 'مقتل اثنين من عناصره' after 'قتل ثلاثه, بينهم عنصران': a share
    sides = rec.cache("victim_side")
    dead = [c for c in claims if c.field == "fatalities" and isinstance(c.value, int) and c.value > 0]
    att = [c for c in dead if sides.get(id(c)) == ATTACKERS]
    own = [c for c in dead if sides.get(id(c)) == FORCES]
    # one teller's account of both sides, or the outlet's own narration beside it; never one side's count of the
    # attackers plus the other side's count of its own dead ('قتلنا 11 جنديا' by the attackers' agency)
    vague = rec.cache("vague_figure")  # ACLED adds no vague figure ('عشرات') to an exact one
    pairs = [(a, o) for a in att for o in own if (a.source == o.source or not (a.source and o.source))
             and not (vague.get(id(a)) or vague.get(id(o)))]
    added: list[Claim] = []
    if pairs:
        value = min(int(a.value) + int(o.value) for a, o in pairs)  # type: ignore[arg-type]
        parts = sorted(att + own, key=lambda c: c.start or 0)  # every part: each is an addend of the total
        added.append(Claim(field="fatalities", value=value, min=value, max=value, source=parts[0].source,
                           text=" … ".join(c.text for c in parts), start=parts[0].start,
                           end=max(c.end or 0 for c in parts), doc_id=parts[0].doc_id))
    owned = own_sum(rec, dead)  # each party's own admitted dead, told in its own statement: one toll
    if owned is not None:
        sides[id(owned)] = BOTH
        claims, dead = [*claims, owned], [*dead, owned]
    totals = [int(c.value) for c in dead if sides.get(id(c)) == BOTH] + [int(c.value) for c in added]  # type: ignore[arg-type]
    if not totals:
        return claims
    if not any(sides.get(id(c)) == BOTH for c in dead):
        lowest = min(pairs, key=lambda p: int(p[0].value) + int(p[1].value))  # type: ignore[arg-type]
        return [*(c for c in claims if not _retold_part(c, lowest, sides, added)), *added]
    # 'مقتل 6 من المهاجمين, فيما استشهد احد مقاتلينا' = 7 told already; a group's own dead are part of it
    return [*(c for c in claims if not any(c is d for d in dead) or sides.get(id(c)) == BOTH
              or not _one_group(rec, sides.get(id(c)), c) or int(c.value) >= min(totals)), *added]  # type: ignore[arg-type]


def _retold_part(c: Claim, lowest: tuple[Claim, Claim], sides: dict[int, str | None], added: list[Claim]) -> bool:
    """Claim c, of no side, retells one addend of the both-sides total ('ارتقاء شهيدين' in a headline, 'ارتقي
    شهيدان من ابطال الجيش ..., ما اسفر عن مقتل اربعه منهم' = 6 in the body): no lower toll of the clash."""
    if not added or c.field != "fatalities" or sides.get(id(c)) is not None or not isinstance(c.value, int):
        return False
    a, o = lowest  # the pair of the lowest both-sides sum
    # a figure equal to both addends may count the same dead told by each side ('شهيدان' = the IDF's 'مسلحين اثنين')
    return (c.value == a.value) != (c.value == o.value) and c.value < int(added[0].value)  # type: ignore[arg-type]


# 'مقتل ثلاثه من عناصرها علي الاقل', 'اربعه من عناصر النقطه ارتقوا', 'اوقعت سته من افرادها قتلي': the dead of one
# group, which a toll summing both sides of the clash holds (ez_009, oa_008: another teller's one-side count is no
# lower total)
GROUP_OF = guard(r"(?<!\S)من\s+(?:ال)?(?:عناصر|افراد|مقاتلي|جنود|منتسبي|مسلحي|ابطال)")
# 'مقتل احد عناصرها', 'استشهاد احد مقاتليه': one man of a group, told before the clash's sum of both sides (ne_020)
ONE_OF = guard(r"(?<!\S)احد\s+(?:ال)?(?:عناصر|افراد|مقاتلي|جنود|منتسبي|مسلحي|ابطال)")


def _one_group(rec: Recognized, side: str | None, c: Claim) -> bool:
    """Claim c counts the dead of one side or one group ('N من عناصرها'), not of the whole clash."""
    after = rec.nt.original[c.end:c.end + 30] if c.end is not None else ""
    tail = normalize_text(after).lstrip()
    told = normalize_text(c.text)
    return side in (ATTACKERS, FORCES) or bool(GROUP_OF.search(told)) or bool(
        GROUP_OF.match(tail)) or bool(  # 'مقتل ثلاثه' + ' من عناصر المخفر'
        ONE_OF.search(" ".join([*told.split()[-1:], *tail.split()[:1]])))  # 'مقتل احد' + ' عناصرها'
