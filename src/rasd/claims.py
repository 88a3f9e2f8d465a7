"""Claims: casualty figures read from a sentence, each kept with its evidence span and the frame it belongs to.

A figure goes to the frame of its sentence, or to the incident a sentence without its
own continues (claim_scope.story_frame); its evidence is widened to the place it is
given for, which claim_scope.scoped_claims reads when merging. No-casualty statements are read
in claims_zero, revised tolls (a risen toll, a correction) in claim_revision, what a count can count and
how coordinated counts add up in claim_counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .claim_away import placed_away
from .claim_coordination import second_one_of
from .claim_counts import (
    NOUN_ROWS,
    PERSON_ROW,
    TOLL_NOUNS,
    TOLL_REACH,
    casualty_word,
    coordinated_count,
    counts,
    cue_between,
    row_words,
    toll_figure,
)
from .claim_grammar import (
    ADJACENT_ONLY,
    AGE_PAREN,
    AGE_PHRASE,
    CASUALTY_FIELDS,
    PART_OF,
    POST_NOMINAL,
    SUBSET_WORDS,
    after_noun,
    without_parts,
)
from .claim_hit import hit_people, hurt_woman
from .claim_joints import side_groups, summed
from .claim_martyr import named_martyr
from .claim_ordinals import running_ordinals
from .claim_parts import (
    ADDITIVE,
    Figure,
    added_counts,
    assassinated,
    corrected_counts,
    definite_after,
    ended,
    lost,
    told_deaths,
    with_place_parts,
)
from .claim_period import period_total
from .claim_places import place_follows, scoped_span
from .claim_revision import PLACED, PLAIN, add_claim, raised_after, revision
from .claim_scope import against_teller, in_name, nearest_frame, placed_share, same_kind
from .claim_share import mark_shares
from .claim_sides import denied, mark_sides, unverified_enemy
from .claim_things import mourned_apart
from .claim_victims import victim_phrase
from .claim_words import (
    NUMBERED,
    ONE_OF_GROUP,
    SUBJECT_REACH,
    day_total,
    died_of_wounds,
    fell_after,
    felled_one,
    marked_dual,
    of_kin,
    one_of_them,
    opener_before,
    pronoun_deaths,
    rest_counts,
    running_total,
    singular_accusative,
    some_of_them,
    superseded,
    with_companions,
    word_before,
)
from .claim_wounds import died_since, wounds_left
from .claims_zero import negated_figures, retold_home, uncounted_hurt, zero_statements
from .matcher import Match
from .recognize import Recognized
from .records import Claim
from .resources import Entry
from .segment import Sentence

if TYPE_CHECKING:
    from .frame import Frame

def _words(text: str, a: int, b: int) -> int:
    """Words in text[a:b]."""
    return len(text[a:b].split()) if b > a else 0


UNCERTAIN_REACH = 40  # characters after 'لم يعرف' / 'دون ورود معلومات عن' whose casualty words claim nothing
DUAL_CUES = frozenset({"killed_two", "injured_two"})  # cues.tsv ids of dual casualty nouns, a count of two by themselves


def _quantities_near(rec: Recognized, cue: Match[Entry], lo: int, hi: int) -> list[tuple[int, Any]]:
    """The quantities that may count a casualty cue, with their distance in words: right after it (مقتل 4) or
    just before it (8 قتلى).

    '8 من المصابين' is a part of the wounded, not their number, and 'بينهم ثلاثه اطفال' a part
    of the toll; a toll noun before the cue ('عدد القتلي ... بلغ 7') takes the figure its
    linking word introduces.
    """
    text = rec.nt.text
    out: list[tuple[int, Any]] = []
    epithet = "ال" in cue.prefix or cue.key.startswith("ال")  # 'دماء الشهيد القايد': a title, not a toll
    part_list = word_before(text, lo, cue.start) in PART_OF
    for q in rec.near("quantities", lo, hi):
        # 'استشهاد القايد' = 1, 'استشهدت الطفله' (the rest of a suffix-free cue's word is no word between)
        named = q.start >= cue.end and not re.sub(r"^\S+", "", text[cue.end:q.start - 2]).strip() and not epithet
        if q.start < lo or q.end > hi or not counts(rec, q, definite=named) or (in_name(rec, q) and not victim_phrase(rec, q)):
            continue  # '"دير الزور 24" ان عدد القتلي': a number in a name counts no one
        if q.start >= cue.end and cue.payload.id in DUAL_CUES:
            continue  # 'الي ثلاثه شهداء وجريحين, بعد وفاه جندي': a dual is its own count, none after it
        holds = q.start < cue.start and cue.end <= q.end  # '7 قتلي علي الاقل': the count's phrase holds its noun
        if casualty_word(rec, q) and not holds:
            continue
        if part_list and q.start >= cue.end:
            continue  # 'من بين الضحايا رجل': a part, not the toll
        if q.start >= cue.end and _label(rec, q, cue.end):
            continue  # 'اصابات اضافيه من الحاره 17': the number names a quarter, a unit or a road, no one
        if word_before(text, lo, q.start) in SUBSET_WORDS:
            continue  # 'سته مدنيين, بينهم ثلاثه اطفال, قتلوا': the part is not the toll
        if q.end <= cue.start and felled_one(text, lo, cue.start):
            continue  # 'باطلاق عده رصاصات عليه اردته قتيلا': the one felled (_single), not the shots
        if holds:
            gap, ok = 0, True
        elif q.start >= cue.end:
            gap = _words(text, cue.end, q.start) - after_noun(text, cue.end, q)
            ok = gap <= 3 and "." not in text[cue.end:q.start] and not cue_between(rec, cue.end, q.start)
            ok = ok and not NEW_PHRASE.search(text[cue.end:q.start])  # 'اصابه اربعه بجروح, واحراق نحو 40 شجره'
            ok = ok and not ADDITIVE.match(text[cue.end:q.start])  # 'قتلوا, الي جانب ثلاثه': another group (added_counts)
            ok = ok and (q.text not in ADJACENT_ONLY or gap == 0)  # 'اصابه عدد كبير اخر' counts no one
            ok = ok and not ("," in text[cue.end:q.start] and text[q.end:q.end + 12].split()[:1] in (
                ["منهم"], ["بينهم"], ["منهما"]))  # 'اصيبوا خلال العمليه, اثنان منهم ...': a part of the wounded
        elif q.end <= cue.start and (q.text not in row_words(NOUN_ROWS)  # 'موتمر صحفي مقتل 5': nouns count after
                                     or text[q.end:cue.start].split()[-1:] == ["قد"]  # 'كان جندي قد قتل'
                                     or opener_before(text, lo, q.start)  # 'ان طفلا ... قتل', 'ان «طفلا ... قتل'
                                     or AGE_PAREN.fullmatch(text[q.end:cue.start]) is not None):  # 'رجل (46 عاما) اصيب'
            between = AGE_PHRASE.sub(" ", AGE_PAREN.sub(" ", without_parts(text[q.end:cue.start])))
            gap = len(between.split())
            definite = text[max(0, cue.start - 2):cue.start] == "ال" or cue.key.startswith("ال")
            part = between.split() == ["من"] and definite and not fell_after(text, cue.end)
            # 'لقي شقيقان مصرعهما واصيب ابن عمهما': a count before words and a coordinated verb is an earlier subject
            joined = gap > 0 and (cue.prefix.startswith("و") or cue_between(rec, q.end, cue.start))
            reach = SUBJECT_REACH if opener_before(text, lo, q.start) else 4  # 'بان سايق شاحنه صادف مروره ... اصيب'
            ok = gap <= reach and not part and not joined and not any(ch in between for ch in ",.:;؛")
            ok = ok and not any(text[o.end:cue.start].split() == ["من"] for o in rec.near("quantities", q.end, cue.start))
        else:
            continue
        if ok:
            out.append((gap, q))
    if not out:
        toll = toll_figure(rec, cue, hi)
        if toll is not None:
            out.append((TOLL_REACH, toll))
    return out


# a comma and a word joined by 'و' after a casualty word: a count after them is of that new phrase ('اصابه اربعه
# منهم برضوض وجروح, واحراق نحو 40 شجره')
NEW_PHRASE = re.compile(r"[,،]\s*و\S+")


def _label(rec: Recognized, q: Any, lo: int) -> bool:
    """A figure in digits right after a definite noun that is no toll word ('الحاره 17', 'اللواء 8', 'الكيلو 14'):
    the number of a quarter, a unit or a road."""
    text = rec.nt.text
    before = word_before(text, lo, q.start)
    noun = before.removeprefix("و").lstrip("(«\"")
    if q.text[:1].isdigit() and noun in NUMBERED:
        return True  # '(قناه 12)': a channel's number
    return q.text[:1].isdigit() and noun.startswith("ال") and noun.isalpha() and noun[2:] not in TOLL_NOUNS \
        and noun not in LIST_WORDS and not cue_between(rec, q.start - len(before) - 2, q.start)


# 'توزع القتلي علي النحو التالي 9 في ...' (a list), 'ارتفع عدد الجرحي الي 9' (a preposition): no noun named by number
LIST_WORDS = frozenset({"التالي", "الاتي", "التاليه", "الاتيه", "الي", "الا", "الذي", "التي", "الذين", "اللذين",
                        "اللتين", "الان"})




def _after_a_name(rec: Recognized, start: int) -> bool:
    """The count at start is joined by 'و' to a noun that is no count ('ابو طالب وثلاثه من عناصره'): a part."""
    text = rec.nt.text
    if text[start - 1:start] != "و" or not text[start - 2:start - 1].isspace():
        return False
    if text[max(0, start - 12):start - 1].rstrip().endswith(",") or any(
            c.payload.kind in CASUALTY_FIELDS and c.end >= start - 3 for c in rec.near("cues", start - 30, start)):
        return False  # '3 شهداء و4 جرحي في القليله', '... في الميادين, و3 قتلي': a figure coordinated to another
    return not any(x.end >= start - 3 for x in rec.near("quantities", start - 40, start))
















def _claim(rec: Recognized, fld: str, a: int, b: int, value: int, lo: int | None, hi: int | None,
           source: str | None) -> Claim:
    """A claim whose evidence is normalized text [a, b), mapped back to the original."""
    oa, ob = rec.nt.to_orig(a, b)
    return Claim(field=fld, value=value, min=lo, max=hi, source=source, text=rec.nt.original[oa:ob],
                 start=oa, end=ob, doc_id=rec.article.doc_id)


def casualty_claims(rec: Recognized, sent: Sentence, frames: list[Frame], sources: tuple[str, ...]) -> None:
    """Attach the fatality and injury claims of a sentence to the frame each one belongs to."""
    if not frames:
        return
    lo, hi = sent.start, sent.end
    source = sources[0] if sources else None
    zeros = zero_statements(rec, lo, hi)
    for a, b, flds in zeros:
        target = retold_home(rec, nearest_frame(frames, a), a)  # 'ان القذايف الثلاث لم توقع اي اصابات'
        target.no_casualties = target.no_casualties or "fatalities" in flds  # 'شهيد ... من دون تسجيل جرحي' has a toll
        for fld in flds:
            add_claim(rec, target, _claim(rec, fld, a, b, 0, 0, 0, source), PLAIN)
    for a, b in uncounted_hurt(rec, lo, hi):  # 'اسفرت عن اصابات في صفوف جنوده': wounded, none killed
        add_claim(rec, nearest_frame(frames, a), _claim(rec, "fatalities", a, b, 0, 0, 0, source), PLAIN)
    found = negated_figures(_figures(rec, lo, hi), zeros)  # 'دون قتلي': the negated noun is no count of the dead
    if not any(f.field == "fatalities" for f in found) and not any(
            c.field == "fatalities" and c.value for g in frames for c in g.claims):  # no toll told: 'وارتقي الشهيد محمد'
        found += [Figure("fatalities", a, b, 1, 1, 1, a) for a, b in named_martyr(rec, lo, hi)[:1]]
    found = sorted([*found, *assassinated(rec, found, [f.trigger.start for f in frames], lo, hi)],
                   key=lambda f: f.start)  # 'اغتال مسلحون مجهولون مختار القريه': one dead
    figs = running_ordinals(rec, against_teller(rec, [f for f in found if not running_total(
        rec, f.start, f.end, lo, hi) and not period_total(rec, f.start, f.end, lo, hi) and not day_total(rec.nt.text, f.start, lo, any(
            g.field == f.field and g.end <= f.start for g in found))]))  # 'جثه خامسه': a toll of 5
    figs = [f for f in figs if not unverified_enemy(rec, f.start, f.end, lo, hi)  # 'قتلت 12 ارهابيا, دون ان يقدم ادله'
            and not denied(rec, f.end, hi)]  # 'مقتل سته جنود, وهو ما نفته السلطات'
    own = {p.location.id: p.location.country_iso3 for f in frames if lo <= f.trigger.start < hi for p in f.places}
    spans = [scoped_span(rec, fig, figs, lo, hi, own) for fig in figs]
    owners = [nearest_frame(frames, fig.anchor, rec.nt.text) for fig in figs]
    kinds = [revision(rec, lo, hi, fig.start, fig.end) for fig in figs]
    away = placed_away(rec, figs, spans, hi)
    for joined in side_groups(rec, figs, spans, owners, hi):  # 'قتل 9 من الحوثيين فيما قتل جنديان' = 11
        for group in same_kind(joined, kinds):  # 'اصابه ثلاثه, والصحيح ... وجريحان': a correction adds nothing
            a, b = spans[group[0]][0], spans[group[-1]][1]
            value, low, high = summed([figs[k] for k in group])
            first, last = figs[group[0]], figs[group[-1]]
            part = ((a, b) != (first.start, last.end) and " من ال" in rec.nt.text[first.start:last.end]) or bool(
                rest_counts(rec.nt.text, max(lo, first.start - 1), last.end)) or first.start in rec.cache("placed_parts") \
                or (placed_share(figs, spans, group[0], value) and not mourned_apart(rec.nt.text, figs, group[0]))
            # 'والثلاثه الباقون في الميادين', 'اربعه منهم في الصالحيه': the rest of a toll, a part of it
            kind = PLACED if part else kinds[group[0]]  # '6 من القتلي سقطوا في البوكمال': a part of the toll
            claim = _claim(rec, first.field, a, b, value, low, high, source)
            mark_sides(rec, claim, a, first.start, last.end, lo, len(group) > 1)  # its victims' side, own losses
            mark_shares(rec, claim, last.end, hi)  # 'قتل ثلاثه, بينهم عنصران': the share a party may tell as its own
            if away[group[0]]:
                rec.cache("claim_not_at")[id(claim)] = away[group[0]]
            add_claim(rec, owners[group[0]], claim, kind)
    wounds_left(rec, lo, hi, frames, lambda a, b, v: _claim(rec, "injured", a, b, v, v, v, source))  # 'وفاه اثنين من المصابين'


def _figures(rec: Recognized, lo: int, hi: int) -> list[Figure]:
    """Every casualty figure of [lo, hi): each casualty word with its nearest count, and the counts listed after it."""
    uncertain = rec.cues_of("uncertain_casualties", lo, hi)
    pairs: list[tuple[int, Any, Any]] = []
    cues = [c for c in rec.near("cues", lo, hi) if c.payload.kind in CASUALTY_FIELDS and c.end <= hi]
    live = [c for c in cues if not any(
        d is not c and d.start <= c.start and c.end <= d.end and d.end - d.start > c.end - c.start for d in cues)
        and not any(u.start <= c.start <= u.end + UNCERTAIN_REACH for u in uncertain) and not in_name(rec, c)
        and not of_kin(rec.nt.text, lo, c.start - len(c.prefix))]  # 'الاف من اهالي المدينه وذوي الضحايا
    # 'قتلي' inside 'القتلي' is one word; 'لم يعرف ان كان الهجوم خلف اصابات' claims no figure; 'كتايب سيد الشهداء'
    # is a name
    for c in live:
        pairs.extend((gap, c, q) for gap, q in _quantities_near(rec, c, lo, hi))
    used_q: set[int] = set()
    used_c: set[int] = set()
    figs: list[Figure] = []
    for _, c, q in sorted(pairs, key=lambda p: p[0]):  # each figure goes to its nearest casualty word
        if q.start in used_q or c.start in used_c:
            continue
        start, end, value, qmin, qmax = singular_accusative(rec, q) or coordinated_count(rec, q, c, lo, hi)  # 'راعياً' = 1
        if (start == q.start and q.start > c.end and (one := one_of_them(rec, c, hi)) is not None
                and second_one_of(rec, one, hi) is q):  # 'مقتل احد الحراس واحد المسلحين' = 2: the first 'احد' too
            start, value = c.end, value + 1
            qmin, qmax = None if qmin is None else qmin + 1, None if qmax is None else qmax + 1
        if more := with_companions(rec.nt.text, c, q):  # 'استشهد مع اثنين من رفاقه' = 3
            value, qmin, qmax = value + more, None if qmin is None else qmin + more, None if qmax is None else qmax + more
        if ((start == q.start and end == q.end and q.text in row_words(PERSON_ROW) and not _enumerated(rec, c, end, hi))
                or _after_a_name(rec, start)):
            qmin = qmax = None  # 'مقتل قايد في الكتايب', 'نعي ابو طالب وثلاثه من عناصره': some of the dead, no bound
        used_q.update(x.start for x in rec.near("quantities", start, end))
        used_c.add(c.start)
        used_c.update(d.start for d in live if d.payload.kind == c.payload.kind and d.start >= q.end
                      and not rec.nt.text[q.end:d.start].strip())  # 'ارتقاء 6 شهداء من عايله واحده': the count's noun
        fld = CASUALTY_FIELDS[c.payload.kind]
        figs.append(Figure(fld, min(start, c.start), max(end, c.end), value, qmin, qmax, c.start))
        for nxt in _listed(rec, q, hi, used_q):
            used_q.add(nxt.start)
            figs.append(Figure(fld, nxt.start, nxt.end, nxt.value, nxt.min, nxt.max, c.start))
    for c in live:  # 'سقوط شهيدين', 'اضافه الي اصابتين': the dual counts two
        if c.payload.id in DUAL_CUES and c.start not in used_c and not _part_of_toll(rec, c, lo):
            figs.append(Figure(CASUALTY_FIELDS[c.payload.kind], c.start, c.end, 2, 2, 2, c.start))
        elif c.start not in used_c and (one := one_of_them(rec, c, hi)) is not None:
            # 'اصابه احد افراد الطاقم': one wounded, unbound, so that a count of the wounded wins over the one
            # wounded soldier an army admits to ('اعترف الجيش باصابه احد جنوده', another side than the toll's)
            bound = 1 if c.payload.kind == "killed" else None
            figs.append(Figure(CASUALTY_FIELDS[c.payload.kind], c.start, one, 1, bound, bound, c.start))
        elif c.start not in used_c and (two := marked_dual(rec, c, hi)) is not None:
            figs.append(Figure(CASUALTY_FIELDS[c.payload.kind], c.start, two, 2, 2, 2, c.start))
        elif c.key in SINGLE_NOUNS and c.start not in used_c and "ال" not in c.prefix and _single(rec, c, lo, hi):
            figs.append(Figure(CASUALTY_FIELDS[c.payload.kind], c.start, c.end, 1, 1, 1, c.start))
        elif c.start not in used_c and (n := definite_after(rec, c, hi)) is not None:
            used_c.add(c.start)
            figs.append(Figure(CASUALTY_FIELDS[c.payload.kind], c.start, n.end, n.value, n.value, n.value, c.start))
    figs.extend(ended(rec, figs, lo, hi, lambda q, verb: coordinated_count(rec, q, verb, lo, hi),
                      row_words(PERSON_ROW)))  # 'وقضت علي قيادي ومرافقه'
    figs.extend(lost(rec, figs, lo, hi))  # 'فيما فقدت ٣ من منسوبيها'
    figs.extend(hit_people(rec, figs, lo, hi))  # 'واصابت نحو 20 اخرين'
    figs.extend(hurt_woman(rec, figs, lo, hi))  # 'وانصابت مره كبيره بالعمر'
    for d in pronoun_deaths(rec, lo, hi):  # 'ما ادي الي مقتله', 'لقي شقيقان مصرعهما'
        if not any(f.field == "fatalities" and f.start < d.end and d.start < f.end for f in figs):
            figs.append(Figure("fatalities", d.start, d.end, d.value, d.value, d.value, d.anchor))
    figs.extend(told_deaths(rec, figs, lo, hi, lambda q: q.start not in used_q and counts(rec, q) and q.text not in
                            row_words(NOUN_ROWS), row_words(PERSON_ROW)))  # 'نعت ... ثلاثه', 'توفي الطفل'
    figs.extend(corrected_counts(rec, figs, lo, hi))  # 'ان جرحي الضربات اربعه, والصحيح انهم ثلاثه'
    figs.extend(added_counts(rec, figs, hi, lambda q: q.start not in used_q and counts(rec, q) and not casualty_word(rec, q)))
    text = rec.nt.text
    figs = [f._replace(field="fatalities") if f.field == "injured" and died_since(text, _count_end(rec, f), f.anchor)
            else f for f in figs]  # 'ارتفع العدد الي خمسه بعد وفاه احد الجريحين': five dead
    figs = sorted((f for f in figs if f.field != "injured" or not died_of_wounds(text, f.start, f.end)),
                  key=lambda f: f.start)  # 'بعد وفاه جريحين متاثرين بجراحهما': no injury toll
    kept = [f for f in figs if not any(  # 'اصابه 25 عسكريا, قبل ان يرفع البنتاغون الحصيله الي 34 جريحا'
        g.field == f.field and g.start >= f.end and raised_after(rec, f.end, g.start) for g in figs)
        and not superseded(text, f, figs) and not some_of_them(text, f, figs)]
    return with_place_parts(rec, kept, lo, hi, lambda q: counts(rec, q) and not casualty_word(rec, q))


def _count_end(rec: Recognized, f: Figure) -> int:
    """Where the count of figure f ends (its first quantity), or f.start when it has none."""
    return next((q.end for q in rec.near("quantities", f.start, f.end) if q.start == f.start), f.start)


ENUM_GAP = 4  # words from a one-person casualty to the counted casualty of the other kind coordinated after it


def _enumerated(rec: Recognized, c: Match[Entry], end: int, hi: int) -> bool:
    """A one-person casualty told beside a count of the other kind ('ادت الي مقتل عنصر في الحشد واصابه 4 اخرين'):
    the teller counts, so it is one, exactly."""
    text = rec.nt.text
    for d in rec.near("cues", end, min(hi, end + 80)):
        if d.payload.kind not in CASUALTY_FIELDS or d.start < end:
            continue
        gap = text[end:d.start]
        if d.payload.kind == c.payload.kind or not d.prefix.startswith("و") or len(gap.split()) > ENUM_GAP or any(
                ch in gap for ch in ",.:;؛"):
            return False
        return any(q.start >= d.end and not text[d.end:q.start].strip() and counts(rec, q)
                   for q in rec.near("quantities", d.end, d.end + 12))
    return False


# a singular indefinite casualty noun is one victim when it is an outcome told or a list's item: 'ادت الي سقوط
# شهيد', 'وشهيد و3 جرحي في النبي شيت'; not 'ما رجع الا شهيد', 'بين قتيل ومصاب', 'اكثر من قتيل'
# ... in the accusative too ('لتصبح الحصيله شهيدا وجريحين')
SINGLE_NOUNS = frozenset({"شهيد", "شهيدا", "قتيل", "قتيلا", "جريح", "جريحا"})
SINGLE_AFTER = frozenset({"سقوط", "وسقوط", "بسقوط", "عن", "الي", "وقوع", "ووقوع", "بوقوع"})  # 'افاد بسقوط شهيد'


def _single(rec: Recognized, c: Match[Entry], lo: int, hi: int) -> bool:
    """The casualty noun at c counts one by itself: a list's item or an outcome, no count or article bound to it."""
    text = rec.nt.text
    nxt = text[c.end:c.end + 20].split()[:1]
    if nxt and (nxt[0] in POST_NOMINAL or nxt[0].startswith("ال")):
        return False  # 'قتيل واحد' is read as a count; 'شهيد الواجب' is a title
    before = word_before(text, lo, c.start)
    listed = c.prefix.startswith("و") and before not in PART_OF | SUBSET_WORDS
    return (listed or before in SINGLE_AFTER or felled_one(text, lo, c.start) or _headed(rec, c, lo)
            or (before not in FIRST_NOT and _first_item(rec, c, hi))) and not _part_of_toll(rec, c, lo)


FIRST_NOT = PART_OF | {"من", "الا", "كل", "لكل", "او"}  # 'ما بين قتيل وجريح', 'اكثر من قتيل', 'الا شهيد'


def _first_item(rec: Recognized, c: Match[Entry], hi: int) -> bool:
    """The casualty noun at c opens a toll's list whose next item is the other kind ('الحصيله شهيد وجريحان',
    'شهيد من الجيش وعدد من الاصابات'): the first item is one victim, as the items after it are."""
    text = rec.nt.text
    for d in rec.near("cues", c.end, min(hi, c.end + 40)):
        if d.payload.kind not in CASUALTY_FIELDS or d.start < c.end:
            continue
        gap = text[c.end:d.start - len(d.prefix)]
        joined = d.prefix.startswith("و") or any(text[q.start - 1:q.start] == "و" and q.start >= c.end
                                                  for q in rec.near("quantities", c.end, d.start))  # 'وعدد من'
        return d.payload.kind != c.payload.kind and joined and len(gap.split()) <= ENUM_GAP \
            and not any(ch in gap for ch in ",.:;؛")
    return False


def _headed(rec: Recognized, c: Match[Entry], lo: int) -> bool:
    """The casualty noun opens its sentence and an incident word follows in it ('شهيد بغاره مسيره علي ...',
    'شهيد وجريحان بقصف ...'): a headline's one victim; 'ذكري الشهيد' or a bare 'شهيد' with no incident counts no one."""
    if c.prefix or re.search(r"\w", rec.nt.text[lo:c.start]):
        return False
    sent = rec.sentence_at(c.start)
    end = sent.end if sent is not None else c.end
    return any(t.start >= c.end for t in rec.near("triggers", c.end, end))


def _part_of_toll(rec: Recognized, c: Match[Entry], lo: int) -> bool:
    """A dual casualty noun that names part of a toll told before it: 'من بين الجرحي اصابتين خطيرتين', 'احد الجريحين'."""
    words = rec.nt.text[max(lo, c.start - 30):c.start].split()[-3:]
    if set(rec.nt.text[max(lo, c.start - 30):c.start - len(c.prefix)].split()[-1:]) & ONE_OF_GROUP:
        return True
    return bool(set(words) & (PART_OF | SUBSET_WORDS)) and any(
        d.payload.kind in CASUALTY_FIELDS for d in rec.near("cues", c.start - 30, c.start) if d.end <= c.start)


def _listed(rec: Recognized, q: Any, hi: int, used: set[int]) -> list[Any]:
    """Counts listed place by place after a figure: 'توزع القتلي: 9 في الميادين, و11 في البوكمال, و3 في ...'."""
    text = rec.nt.text
    if not place_follows(text, q.end):
        return []
    out: list[Any] = []
    last = q.end
    for nxt in rec.near("quantities", q.end, hi):
        if nxt.end > hi or nxt.start in used or not counts(rec, nxt):
            continue
        if any(c.payload.kind in CASUALTY_FIELDS for c in rec.near("cues", last, nxt.start)):
            break
        if _own_noun(rec, nxt):
            break  # 'قتيل واحد في المقرن, وثلاثه جرحي في الجريف': the noun after a count decides its field
        if text[nxt.start - 1:nxt.start] == "و" and place_follows(text, nxt.end):
            out.append(nxt)
            last = nxt.end
    return out


def _own_noun(rec: Recognized, q: Any) -> bool:
    """A casualty word right after count q is its own noun ('وثلاثه جرحي'): the count is that word's, no list's item."""
    text = rec.nt.text
    return any(c.payload.kind in CASUALTY_FIELDS and c.start >= q.end and text[q.end:c.start].strip() in ("", c.prefix)
               for c in rec.near("cues", q.end, q.end + 16))
