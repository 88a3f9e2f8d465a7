"""Numbers and quantities in normalized Arabic text: digits, number words, bounds, ranges, vague figures.

Every function reads text already passed through ``normalize_text`` and returns
offsets into it. The figure rules (ACLED's "most conservative stated figure",
DESIGN.md) are:

- exact "8 عناصر", "سته وثلاثون", "صاروخين": value = min = max = the number.
- approx "نحو 10", "10 صواريخ تقريبا": value 10, no bounds.
- at_least "ما لا يقل عن 3", "ثلاث سيارات علي الاقل", "10 او اكثر": value 3, min 3.
- more_than "اكثر من 8": value 8 (the stated figure), min 9.
- at_most "لا يزيد عن 5": value 5, max 5; "اقل من 5" is at_most with max 4.
- alternatives "6 او 7" and range "بين 5 و7", "5 الي 7", "5-7": value = the lower
  figure, min and max both set.
- vague "عشرات" 10, "ميات" 100, "عده"/"عدد من"/"بضعه" 3 ...: value is the figure
  the phrase has in ``quantity_cues.tsv``; no bounds.
- unknown "عدد غير معروف": value None.
- ordinal "التاسع عشر", "ال26" and percent "50%" are reported with their kind so
  that callers can drop them.

Day numbers before a month name, years after عام or a month, clock times and
dates are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import load_table
from .matcher import Match
from .normalize import normalize_text
from .scan import INT_RE, AnchorIndex, Phrases, Tok, read_tokens, role_index, tokens_before

GROUPED_RE = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*")
DECIMAL_RE = re.compile(r"(\d{1,6})[.,](\d{1,3})")
RANGE_RE = re.compile(r"(\d{1,6})-(\d{1,6})")
NUMBER_WORDS = "numbers"  # the name of the number words in a MatcherGroup (see timex.reader_words)
DIGIT_MARKS = "digits"  # the name of the digit marks in a MatcherGroup (see timex.reader_marks)
CLITIC_CHARS = "وفبلك"
SCALES = ("thousand", "thousands", "million", "millions")
YEAR_LEADS = frozenset({"في", "منذ", "حتي", "خلال", "مطلع", "بدايه", "نهايه", "اواخر", "اوايل"})
# "عده" (several) is also "بعده" (after it) and "وعده" (his promise): read it only before an
# indefinite noun, and not before the words that usually follow "بعده".
NEEDS_INDEFINITE_NOUN = frozenset({"عده"})
NOT_COUNTED_NOUNS = frozenset({"مباشره", "ثم", "من", "عن", "في", "الي", "علي", "مع", "قال", "قالت", "اعلن",
                               "اعلنت", "اكد", "اكدت", "تم", "جاء", "جاءت", "بقليل", "بساعات", "بايام", "بيوم",
                               "بيومين", "بدقايق", "بساعه", "باسبوع", "بشهر"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number phrase with the figure rasd keeps and the bounds the text states."""

    start: int
    end: int
    value: int | None
    min: int | None
    max: int | None
    kind: str
    text: str


@dataclass(frozen=True, slots=True, eq=False)
class NumberLexicon:
    """Number words, cue phrases and month/year context words, indexed for the readers."""

    roles: dict[str, dict[str, int]]
    before: Phrases[str]
    before_lasts: frozenset[str]
    after: Phrases[str]
    percent: Phrases[str]
    vague: Phrases[tuple[str, int | None]]
    month_words: frozenset[str]
    month_heads: frozenset[str]
    year_words: frozenset[str]
    current_words: frozenset[str]
    vocab: frozenset[str]
    anchors: AnchorIndex[str]
    multipliers: dict[str, int]  # word -> 1000 or 1000000 when it multiplies the number before it


@cache
def number_lexicon() -> NumberLexicon:
    """Load number_words, quantity_cues, months and time_words once and index them."""
    words = role_index(load_table("number_words"), lambda r: r.get("role"))
    roles: dict[str, dict[str, int]] = {}
    for role, variants in words.items():
        for variant, value in variants.items():
            roles.setdefault(variant, {})[role] = value or 0
    for variant, value in words.get("ten", {}).items():
        roles.setdefault("ال" + variant, {})["ordinal_ten"] = value or 0
    cues = role_index(load_table("quantity_cues"), lambda r: f"{r.get('position')}:{r.get('kind')}")
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    percent: dict[str, str] = {}
    vague: dict[str, tuple[str, int | None]] = {}
    for group, variants in cues.items():
        position, _, kind = group.partition(":")
        for variant, value in variants.items():
            if position == "phrase":
                vague[variant] = (kind, value)
            else:
                (percent if kind == "percent" else before if position == "before" else after)[variant] = kind
    months = load_table("months")
    month_names = {v for row in months.rows for v in row.many("variants")}
    times = role_index(load_table("time_words"), lambda r: r.get("role"))
    anchors = [(w, "number") for w in roles if " " not in w] + [(p, "vague") for p in vague]
    phrases = [*roles, *before, *after, *percent, *vague, *month_names, *times.get("qual_current", {}),
               *times.get("qual_past", {}), "من", "الي", "حتي", "او", "و", "ال", "الشهر"]
    vocab = {w for p in phrases for w in p.split(" ")}
    vocab |= {"و" + w for w in roles}
    return NumberLexicon(
        roles=roles, before=Phrases(before), before_lasts=frozenset(p.split(" ")[-1] for p in before),
        after=Phrases(after), percent=Phrases(percent),
        vague=Phrases(vague),
        month_words=frozenset(month_names),
        month_heads=frozenset(n.split(" ")[0] for n in month_names if " " in n),
        year_words=frozenset(times.get("year_word", {})) | YEAR_LEADS,
        current_words=frozenset(times.get("qual_current", {})) | frozenset(times.get("qual_past", {})),
        vocab=frozenset(vocab),
        anchors=AnchorIndex(anchors),
        multipliers={word: scale for word, r in roles.items()
                     if (scale := next((r[s] for s in SCALES if s in r and r[s] in (1000, 10 ** 6)), 0))},
    )


def _term(lex: NumberLexicon, toks: Sequence[Tok], j: int, word: str) -> tuple[int, dict[str, int]] | None:
    """The number word (or two-word hundred) at toks[j], read as word: (index after, roles)."""
    if j + 1 < len(toks):
        pair = lex.roles.get(word + " " + toks[j + 1].text)
        if pair is not None:
            return j + 2, pair
    one = lex.roles.get(word)
    return (j + 1, one) if one is not None else None


def _conj_word(toks: Sequence[Tok], j: int) -> tuple[int, str] | None:
    """The word after a conjunction و at toks[j] ("وعشرين" or "و عشرين"): (its index, bare word)."""
    if j >= len(toks):
        return None
    word = toks[j].text
    if word == "و" and j + 1 < len(toks):
        return j + 1, toks[j + 1].text
    if len(word) > 2 and word[0] == "و":
        return j, word[1:]
    return None


def _teen(lex: NumberLexicon, toks: Sequence[Tok], j: int, roles: dict[str, int]) -> tuple[int, int] | None:
    """'احد عشر', 'خمسه عشر': a unit (or احد/اثنا) whose roles are given, with the عشر at toks[j]."""
    base = roles.get("teen_unit") or (roles["unit"] if 3 <= roles.get("unit", 0) <= 9 else 0)
    if base and j < len(toks) and "teen_ten" in lex.roles.get(toks[j].text, {}):
        return j + 1, base + 10
    return None


def _multiplier(lex: NumberLexicon, toks: Sequence[Tok], j: int) -> int:
    """1000 or 1000000 when toks[j] multiplies the number before it ('الاف', 'الفا', 'مليون'), else 0."""
    return lex.multipliers.get(toks[j].text, 0) if j < len(toks) else 0


def read_cardinal(toks: Sequence[Tok], i: int, word: str | None = None) -> tuple[int, int] | None:
    """A cardinal in words at toks[i] ("مئه وتسعه واربعين", "ثلاثه الاف"): (index after it, value).

    word replaces the text of toks[i] (a conjunction stripped off). Parts after the
    first are joined by و, except the عشر of a teen and a multiplier; a part that
    does not fit (a second unit, a hundred after a unit) ends the number before it.
    """
    lex = number_lexicon()
    total, group, last_scale = 0, 0, 10 ** 12
    units = tens = False
    end = j = i
    cur = toks[i].text if word is None else word
    while (term := _term(lex, toks, j, cur)) is not None:
        nxt, roles = term
        teen = _teen(lex, toks, nxt, roles)
        alone = 1000 if "thousand" in roles else 10 ** 6 if "million" in roles else 0
        if teen and not (units or tens):
            (nxt, value), units, tens = teen, True, True
        elif "unit" in roles and not units and not (tens and roles["unit"] == 10):
            value, units = roles["unit"], True
        elif "ten" in roles and not tens:
            value, tens = roles["ten"], True
        elif "hundred" in roles and group == 0:
            value = roles["hundred"]
        elif alone and group == 0 and alone < last_scale:
            total, last_scale, value = total + roles.get("thousand", roles.get("million", 0)), alone, 0
        else:
            break
        group += value
        end = j = nxt
        scale = _multiplier(lex, toks, j)
        if scale and group and scale < last_scale:
            total, group, last_scale, units, tens = total + group * scale, 0, scale, False, False
            end = j = j + 1
        conj = _conj_word(toks, j)
        if conj is None:
            break
        j, cur = conj
    return (end, total + group) if end > i else None


def read_ordinal(toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """An ordinal in words at toks[i] ("الثالث", "التاسع عشر", "الحادي والعشرين"): (index after, value)."""
    lex = number_lexicon()
    roles = lex.roles.get(toks[i].text, {})
    base = roles.get("ordinal", roles.get("ordinal_one"))
    if base is None:
        return (i + 1, roles["ordinal_ten"]) if "ordinal_ten" in roles else None
    j = i + 1
    if base <= 9 and j < len(toks) and "teen_ten" in lex.roles.get(toks[j].text, {}):
        return j + 1, base + 10
    conj = _conj_word(toks, j)
    if base <= 9 and conj is not None and "ordinal_ten" in lex.roles.get(conj[1], {}):
        return conj[0] + 1, base + lex.roles[conj[1]]["ordinal_ten"]
    return None if "ordinal" not in roles else (j, base)


def _read_digits(lex: NumberLexicon, toks: Sequence[Tok], i: int) -> tuple[int, int, int | None] | None:
    """A digit group at toks[i], with a scale word after it: (index after, value, upper value of 'a-b')."""
    tok = toks[i].text
    scale = _multiplier(lex, toks, i + 1)
    if INT_RE.fullmatch(tok):
        return (i + 2, int(tok) * scale, None) if scale else (i + 1, int(tok), None)
    grouped = GROUPED_RE.fullmatch(tok)
    if grouped and not (grouped.group(1) == "." and scale):
        return i + 1, int(tok.replace(grouped.group(1), "")), None
    dec = DECIMAL_RE.fullmatch(tok)
    if dec and scale:
        return i + 2, round(float(f"{dec.group(1)}.{dec.group(2)}") * scale), None
    rng = RANGE_RE.fullmatch(tok)
    if rng:
        return i + 1, int(rng.group(1)), int(rng.group(2))
    return None


def _read_number(lex: NumberLexicon, toks: Sequence[Tok], i: int, word: str | None = None
                 ) -> tuple[int, int] | None:
    """A second figure (digits or words) at toks[i]: (index after, value)."""
    if i >= len(toks):
        return None
    if toks[i].text[0].isdigit():
        got = _read_digits(lex, toks, i)
        return (got[0], got[1]) if got and got[2] is None else None
    return read_cardinal(toks, i, word)


def _is_date_part(lex: NumberLexicon, text: str, toks: Sequence[Tok], value: int, prior: Sequence[Tok]) -> bool:
    """True when a digit group is a day before a month name, a year, or a clock hour (prior: the words before it)."""
    if len(toks) > 1:
        nxt = toks[1].text
        if nxt in lex.month_words or nxt in lex.month_heads or nxt in lex.current_words:
            return True
        if nxt == "من" and len(toks) > 2 and ((after := toks[2].text) in lex.month_words or after in lex.month_heads
                                              or after == "الشهر"):
            return True
    prev = [t.text for t in prior[-2:]] if prior else []
    if prev and prev[-1] == "الساعه":
        return True
    after_month = bool(prev) and (prev[-1] in lex.month_words or " ".join(prev[-2:]) in lex.month_words)
    if after_month and (value <= 31 or 1900 <= value <= 2100):
        return True  # 'نوفمبر 13, 2023' or 'نوفمبر 2023'
    if 1900 <= value <= 2100:
        if prev and prev[-1] in lex.year_words:
            return True
        before = text[max(0, toks[0].start - 16):toks[0].start].rstrip(" ")
        return before.endswith(",") and before[:-1].rstrip(" ")[-1:].isdigit()  # '13, 2023'
    return False


def _after_cue(lex: NumberLexicon, toks: Sequence[Tok], j: int) -> tuple[int, str] | None:
    """A trailing cue right after the number or after at most two words of its noun phrase."""
    heads = lex.after.heads
    for k in range(j, min(j + 3, len(toks))):
        tok = toks[k].text
        if tok in heads:  # Phrases.at's usual miss, without a call
            hit = lex.after.at(toks, k)
            if hit is not None:
                return hit
        if not tok.isalpha() or tok[0] == "و" or tok in lex.roles:
            return None
    return None


def _before_cue(lex: NumberLexicon, text: str, start: int, near: Sequence[Tok]) -> tuple[int, str] | None:
    """A leading cue ending just before start ("نحو", "بنحو", "اكثر من"): (cue start, kind).

    near: the last words before start, enough to reject most numbers without reading more.
    """
    last = near[-1].text if near else ""
    if last not in lex.before_lasts and last[1:] not in lex.before_lasts and last[2:] not in lex.before_lasts:
        return None
    prev = tokens_before(text, start, lex.before.max_words)
    for k in range(len(prev), 0, -1):
        words = [t.text for t in prev[-k:]]
        phrase = " ".join(words)
        if phrase in lex.before:
            return prev[-k].start, lex.before.table[phrase]
        head = words[0]
        for cut in (1, 2):
            if len(head) > cut + 1 and all(c in CLITIC_CHARS for c in head[:cut]):
                stripped = " ".join([head[cut:], *words[1:]])
                if stripped in lex.before:
                    return prev[-k].start + cut, lex.before.table[stripped]
    return None


def _quantity(text: str, start: int, end: int, kind: str, value: int | None,
              lo: int | None = None, hi: int | None = None) -> Quantity:
    """Build a Quantity and fill its bounds from its kind."""
    if kind == "exact":
        lo = hi = value
    elif kind == "at_least":
        lo = value
    elif kind == "more_than":
        lo = None if value is None else value + 1
    elif kind == "at_most":
        hi = value if hi is None else hi
    return Quantity(start=start, end=end, value=value, min=lo, max=hi, kind=kind, text=text[start:end])


def _read_core(lex: NumberLexicon, text: str, toks: list[Tok], prefix: str, before: Sequence[Tok]
               ) -> tuple[int, str, int, int | None] | None:
    """The number at toks[0] (before: the words before it): (index after, kind, value, upper value of a range)."""
    head = toks[0].text
    if head == "ال":
        if len(toks) > 1 and INT_RE.fullmatch(toks[1].text) and len(toks[1].text) <= 3:
            return 2, "ordinal", int(toks[1].text), None
        return None
    if head[0].isdigit():
        got = _read_digits(lex, toks, 0)
        if got is None or _is_date_part(lex, text, toks, got[1], before):
            return None
        return got[0], ("range" if got[2] is not None else "exact"), got[1], got[2]
    roles = lex.roles.get(head, {})
    if "ال" in prefix:
        if "ten" in roles:
            return 1, "ordinal", roles["ten"], None
        return None
    if "ordinal" in roles or "ordinal_one" in roles or "ordinal_ten" in roles:
        prev = before[-1:]
        ordinal = read_ordinal(toks, 0)
        if ordinal is None or (prev and prev[0].text in lex.month_heads):
            return None
        return ordinal[0], "ordinal", ordinal[1], None
    if "dual_noun" in roles:
        two = lex.roles.get(toks[1].text, {}).get("unit") if len(toks) > 1 else None
        return (2 if two == 2 else 1), "exact", 2, None
    if prefix and len(head) < 3:
        return None
    card = read_cardinal(toks, 0)
    return None if card is None else (card[0], "exact", card[1], None)


def _after_number(lex: NumberLexicon, text: str, start: int) -> bool:
    """The word just before start is a number in digits or words ('15 شخصا', 'سته وثلاثون شخصا')."""
    prev = tokens_before(text, start, 1)
    word = prev[0].text if prev else ""
    return word[:1].isdigit() or word in lex.roles or (word[:1] == "و" and word[1:] in lex.roles)


def _indefinite_noun(toks: Sequence[Tok], j: int) -> bool:
    """True when toks[j] can be the indefinite counted noun of 'عده' (not 'بعده قال', 'عده.')."""
    return (j < len(toks) and toks[j].text.isalpha() and not toks[j].text.startswith("ال")
            and toks[j].text not in NOT_COUNTED_NOUNS)


def _second_figure(lex: NumberLexicon, toks: Sequence[Tok], j: int, start: int, before: Sequence[Tok]
                   ) -> tuple[int, int, str, int] | None:
    """'او 7', 'الي 7', '- 7' or 'و7' after 'بين': (index after, second figure, kind, phrase start)."""
    if j >= len(toks):
        return None
    sep = toks[j].text
    prev = before[-1:]
    word = prev[0].text if prev else ""
    qstart = start
    if sep == "او":
        got, kind = _read_number(lex, toks, j + 1), "alternatives"
    elif sep in ("الي", "حتي", "-"):
        got, kind = _read_number(lex, toks, j + 1), "range"
        qstart = prev[0].start if word == "من" else start
    elif word in ("بين", "وبين") and (conj := _conj_word(toks, j)) is not None:
        got, kind = _read_number(lex, toks, conj[0], conj[1]), "range"
        qstart = prev[0].start + (1 if word == "وبين" else 0)
    else:
        return None
    return None if got is None else (got[0], got[1], kind, qstart)


def _conj_teen(lex: NumberLexicon, toks: Sequence[Tok], prefix: str) -> bool:
    """toks[0] is و glued to the first word of a teen ('واحد عشر', 'واحدي عشره'), which folding may make a number."""
    head = toks[0].text
    return (not prefix and len(toks) > 1 and head[:1] == "و" and "teen_unit" in lex.roles.get(head[1:], {})
            and "teen_ten" in lex.roles.get(toks[1].text, {}))


def _parse_at(lex: NumberLexicon, text: str, start: int, prefix: str) -> Quantity | None:
    """The quantity phrase whose number starts at start (prefix = the proclitic glued to it)."""
    toks = read_tokens(text, start, 12, lex.vocab, foreign=2)
    if not toks:
        return None
    if _conj_teen(lex, toks, prefix):  # 'وأحد عشر جريحا' folds to 'واحد عشر': و + 11, not 'one' then 10
        return _parse_at(lex, text, start + 1, "و")
    vague = lex.vague.at(toks, 0) if toks[0].text in lex.vague.heads else None  # the usual miss, without a call
    if vague is not None:
        j, (kind, figure) = vague
        if toks[j - 1].text in NEEDS_INDEFINITE_NOUN and not _indefinite_noun(toks, j):
            return None
        if kind == "exact" and _after_number(lex, text, start):
            return None  # '15 شخصا', 'عشرين مدنيا': the noun of the number before it, not a count of one
        return _quantity(text, start, toks[j - 1].end, kind, figure)
    before = tokens_before(text, start, 2)  # the two words before: read once for the helpers
    core = _read_core(lex, text, toks, prefix, before)
    if core is None:
        return None
    j, kind, value, hi = core
    if kind == "ordinal":
        return _quantity(text, start, toks[j - 1].end, kind, value)
    if hi is not None:
        return _quantity(text, start, toks[j - 1].end, kind, min(value, hi), min(value, hi), max(value, hi))
    pct = lex.percent.at(toks, j) if j < len(toks) and toks[j].text in lex.percent.heads else None
    if pct is not None:
        return _quantity(text, start, toks[pct[0] - 1].end, "percent", value)
    second = _second_figure(lex, toks, j, start, before)
    if second is not None:
        j, other, kind, qstart = second
        lo, hi = min(value, other), max(value, other)
        return _quantity(text, qstart, toks[j - 1].end, kind, lo, lo, hi)
    qstart, end, cue = start, toks[j - 1].end, ""
    if not prefix:
        lead = _before_cue(lex, text, start, before)
        if lead is not None:
            qstart, cue = lead
    trail = _after_cue(lex, toks, j)
    if trail is not None:
        end = toks[trail[0] - 1].end
        cue = cue or trail[1]
    if cue == "less_than":
        return _quantity(text, qstart, end, "at_most", value, None, value - 1)
    return _quantity(text, qstart, end, cue or "exact", value)


def find_quantities(text: str, found: Mapping[str, Sequence[Match[Any]]] | None = None) -> list[Quantity]:
    """Every quantity phrase in normalized text, non-overlapping, in text order.

    found: the matches of a MatcherGroup that also scans for the number words
    (``anchors.patterns``, named NUMBER_WORDS) and the digits (marks named
    DIGIT_MARKS), when one already scanned the text (saves the reader's own scan).
    """
    lex = number_lexicon()
    if found is None:
        hits, cands = lex.anchors.find(text)
    else:
        hits, cands = lex.anchors.from_matches(text, found[NUMBER_WORDS], found[DIGIT_MARKS])
    cands.extend((start, prefix) for start, _, prefix, _ in hits)
    cands.sort()
    out: list[Quantity] = []
    last_end = 0
    for start, prefix in cands:
        if start < last_end:
            continue
        q = _parse_at(lex, text, start, prefix)
        if q is None or q.start < last_end:
            continue
        out.append(q)
        last_end = q.end
    return out


def parse_quantity(phrase: str) -> Quantity | None:
    """The first quantity in one phrase (normalized here; offsets index the normalized phrase)."""
    found = find_quantities(normalize_text(phrase))
    return found[0] if found else None
