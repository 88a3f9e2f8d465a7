"""normalize: every fold of the issue, the documented examples, and the offset map back to the original."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import LexiconError
from rasd.normalize import (
    SHORT_CHARS,
    NormText,
    _group_table,
    charmap_groups,
    fold_alef,
    fold_alef_maksura,
    fold_hamza_carriers,
    fold_teh_marbuta,
    normalize,
    normalize_text,
    strip_diacritics,
    strip_tatweel,
    to_western_digits,
    translate_table,
)

FOLDS = [
    # alef and hamza forms
    ("أمريكا", "امريكا"), ("إيران", "ايران"), ("آليات", "اليات"), ("ٱلقوات", "القوات"),
    ("مؤتمر", "موتمر"), ("رئيس", "رييس"),
    # letters
    ("على", "علي"), ("قاعدة", "قاعده"), ("صـواريـخ", "صواريخ"), ("کرکوک", "كركوك"),
    # diacritics: harakat, sukun, shadda, tanwin, superscript alef, Quranic and honorific marks
    ("قَصَفَ", "قصف"), ("ضُرِبَ", "ضرب"), ("قْ", "ق"), ("ردّاً", "ردا"), ("هجومٌ", "هجوم"), ("قصفٍ", "قصف"),
    ("هٰذا", "هذا"), ("محمد\u0610", "محمد"), ("قال\u06d6", "قال"),
    # digits
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"), ("۰۱۲۳۴۵۶۷۸۹", "0123456789"), ("٣٫٥", "3.5"), ("١٠٪", "10%"),
    # Arabic punctuation
    ("قصف، ثم", "قصف, ثم"), ("اولا؛ ثانيا", "اولا; ثانيا"), ("متي؟", "متي?"),
    # quote variants
    ("“نعم”", '"نعم"'), ("«نعم»", '"نعم"'), ("″نعم″", '"نعم"'), ("‘نعم’", "'نعم'"), ("„نعم‟", '"نعم"'),
    ("‹نعم›", "'نعم'"), ("قصف – رد", "قصف - رد"),
    # zero-width, bidi controls, soft hyphen, variation selectors
    ("قص\u200bف", "قصف"), ("قص\u200cف", "قصف"), ("قص\u200dف", "قصف"), ("\u200eقصف\u200f", "قصف"),
    ("\u202bقصف\u202c", "قصف"), ("\u2067قصف\u2069", "قصف"), ("\ufeffقصف", "قصف"), ("\u061cقصف", "قصف"),
    ("قص\u00adف", "قصف"), ("قصف\ufe0f", "قصف"),
    # spaces
    ("قصف\u00a0جوي", "قصف جوي"), ("قصف\u202fجوي", "قصف جوي"), ("قصف\u2003جوي", "قصف جوي"),
    ("قصف\tجوي", "قصف جوي"), ("قصف\u2028جوي", "قصف\nجوي"),
    # presentation forms (U+FB50-U+FEFF) to base letters
    ("\ufe8d\ufedf\ufed8\ufeee\ufe8d\ufe95", "القوات"), ("\ufefb", "لا"), ("\ufef7", "لا"), ("\ufdf2", "الله"),
    ("\ufe94", "ه"), ("\ufeef", "ي"), ("\ufe83", "ا"), ("\ufb8e", "ك"), ("\ufe70", ""), ("\ufc60", ""),
    ("\ufe50", ","), ("\ufe56", "?"),
    # Latin is lower-cased, everything else kept
    ("CENTCOM", "centcom"), ("قصف 12 مرة.", "قصف 12 مره."),
]


@pytest.mark.parametrize(("raw", "expected"), FOLDS, ids=[f"{i:02d}-{e or 'deleted'}" for i, (_, e) in enumerate(FOLDS)])
def test_each_fold(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected
    assert normalize(raw).text == expected


SMALL = [fold_alef, fold_alef_maksura, fold_teh_marbuta, fold_hamza_carriers, strip_tatweel,
         strip_diacritics, to_western_digits, normalize_text]


@pytest.mark.parametrize("fn", SMALL, ids=[f.__name__ for f in SMALL])
def test_docstring_examples(fn: Callable[[str], str]) -> None:
    examples = re.findall(r"'([^']*)' -> '([^']*)'", fn.__doc__ or "")
    assert examples, f"{fn.__name__} documents no example"
    for raw, expected in examples:
        assert fn(raw) == expected


@pytest.mark.parametrize(("fn", "raw", "expected"), [
    (fold_alef, "أمل على", "امل على"),
    (fold_alef_maksura, "أعلى", "أعلي"),
    (fold_teh_marbuta, "قاعدة أمريكية", "قاعده أمريكيه"),
    (strip_tatweel, "قـاعدة", "قاعدة"),
    (strip_diacritics, "القاعدةُ", "القاعدة"),
    (to_western_digits, "عام ١٤٤٥", "عام 1445"),
], ids=["alef-only", "maksura-only", "teh-only", "tatweel-only", "diacritics-only", "digits-only"])
def test_small_functions_fold_only_their_own_letters(fn: Callable[[str], str], raw: str, expected: str) -> None:
    assert fn(raw) == expected


def test_table_is_idempotent() -> None:
    table = translate_table()
    assert all(normalize_text(v) == v for v in table.values())
    assert not any(chr(k) == v for k, v in table.items())


@pytest.mark.parametrize(("raw", "span", "orig"), [
    ("ردّاً", (0, 2), "ردّ"),          # the shadda after the last letter comes along
    ("ردّاً", (2, 3), "اً"),
    ("قـصـف", (0, 3), "قـصـف"),
    ("قـصـف", (1, 2), "صـ"),          # tatweel after the letter is a trailing mark
    ("\u200fقصف", (0, 3), "قصف"),     # a leading control character is left out
    ("قصف\u200f جوي", (0, 3), "قصف"),  # a trailing control character too
    ("\ufefb\ufe8e", (0, 2), "\ufefb"),  # a ligature maps to its one original character
    ("\ufefb\ufe8e", (1, 3), "\ufefb\ufe8e"),
    ("القاعدة", (2, 2), ""),
], ids=["shadda-trailing", "tanwin-trailing", "tatweel-word", "tatweel-inner", "rlm-leading", "rlm-trailing",
        "ligature-whole", "ligature-split", "empty-span"])
def test_to_orig_examples(raw: str, span: tuple[int, int], orig: str) -> None:
    assert normalize(raw).orig_text(*span) == orig


def test_orig_pos_past_the_end() -> None:
    nt = normalize("قصفٌ")
    assert nt.orig_pos(len(nt.text)) == len(nt.original)
    assert nt.orig_pos(100) == len(nt.original)


@pytest.mark.parametrize(("spec", "message"), [
    ([], "must be an object"),
    ({"map": {"أ": "ا"}, "drop": []}, "must be an object"),
    ({"map": ["أ"]}, "'map' must be an object"),
    ({"map": {"U+06": "x"}}, "neither one character nor"),
    ({"map": {"ab": "x"}}, "neither one character nor"),
    ({"map": {"أ": 1}}, "must be a string"),
], ids=["not-object", "unknown-key", "map-not-object", "short-code-point", "two-characters", "non-string-value"])
def test_charmap_group_validation(spec: object, message: str) -> None:
    raw = '{\n  "groups": {\n    "fold_alef": {}\n  }\n}'
    with pytest.raises(LexiconError, match=message) as exc:
        _group_table("charmap.json", raw, "fold_alef", spec)
    assert str(exc.value).startswith("charmap.json:3: ")


# Random text over every kind of character the normalizer treats specially.
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),             # Arabic letters
    st.sampled_from("أإآٱىةؤئـ" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0610\u06d6"
                    "\u06dd\u06de\u06e9"),  # the last three look like marks but are kept
    st.sampled_from("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪0123456789"),
    st.sampled_from("abcXYZ"),
    st.sampled_from(" .,!?:;-()\n\t،؛؟«»“”″‘’\u00a0\u202f"),
    st.sampled_from("\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u061c\u00ad\ufe0f"),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),             # presentation forms A
    st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFE),             # presentation forms B
    st.sampled_from("\ufefb\ufdf2\ufdfa\ufc60\ufe70\ufe19"),                 # multi-character and empty folds
)


def _units(nt: NormText, ns: int, ne: int) -> tuple[int, int]:
    """Widen [ns, ne) to whole expansions of one original character (a ligature cut in the middle)."""
    bounds = [*nt.nstarts, len(nt.text)]
    for i, collapsed in enumerate(nt.collapsed):
        lo, hi = bounds[i], bounds[i + 1]
        if collapsed and lo < ns < hi:
            ns = lo
        if collapsed and lo < ne < hi:
            ne = hi
    return ns, ne


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_every_normalized_span_maps_back_to_its_original(original: str) -> None:
    """Property: for 0 <= ns < ne <= len(text), to_orig(ns, ne) = (a, b) is an original substring that

    - normalizes to exactly text[ns':ne'], where [ns', ne') is [ns, ne) widened to whole expansions of
      one original character (so characters that normalize to nothing may sit inside or at its end);
    - starts at a character that does not normalize to nothing, and ends at one that does not or at
      a diacritic or tatweel attached to it;
    and orig_pos is monotonic, stays inside the original, and is len(original) at the end.
    """
    _check_spans(original)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ـ با\u200b\u00a0\n-\u064e"), max_size=12))
def test_spans_map_back_around_dash_tatweels(original: str) -> None:
    """The same property where tatweels stand alone (dashes), stretch a letter, or follow a deleted character."""
    _check_spans(original)


@pytest.mark.parametrize("original, folded", [
    ("دمشق ـ سانا: قصف", "دمشق - سانا: قصف"),  # a dateline's dash
    ("ليل الجمعة ـ السبت", "ليل الجمعه - السبت"),  # a night span
    ("x ــ y", "x -- y"),  # character for character
    ("ـ بداية", "- بدايه"),  # at the text's start
    ("صـواريخ", "صواريخ"),  # a letter's stretch
    ("الـ26", "ال26"),
])
def test_a_tatweel_standing_alone_is_a_dash(original: str, folded: str) -> None:
    """'لندن ـ «القدس العربي»': a tatweel between spaces is a dash, and its span is the tatweel itself."""
    nt = normalize(original)
    assert nt.text == folded == normalize_text(original)
    for i, ch in enumerate(nt.text):
        if ch == "-":
            assert nt.orig_text(i, i + 1) == "ـ"


def _check_spans(original: str) -> None:
    """The checks of the span property for one original text."""
    nt = normalize(original)
    text = nt.text
    assert text == normalize_text(original)
    assert len(nt.nstarts) == len(nt.ostarts) == len(nt.collapsed)
    assert list(nt.nstarts) == sorted(set(nt.nstarts)) and nt.nstarts[0] == 0
    assert list(nt.ostarts) == sorted(nt.ostarts)
    positions = [nt.orig_pos(i) for i in range(len(text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] == len(original)
    assert all(p < len(original) for p in positions[:-1])
    marks = set(charmap_groups()["strip_diacritics"]) | {"ـ"}
    for ns in range(len(text) + 1):
        a, b = nt.to_orig(ns, ns)
        assert a == b
        for ne in range(ns + 1, len(text) + 1):
            a, b = nt.to_orig(ns, ne)
            assert 0 <= a < b <= len(original)
            wns, wne = _units(nt, ns, ne)
            assert normalize_text(original[a:b]) == text[wns:wne]
            assert normalize_text(original[a]) != ""
            assert normalize_text(original[b - 1]) != "" or original[b - 1] in marks


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_normalize_text_is_idempotent(original: str) -> None:
    once = normalize_text(original)
    assert normalize_text(once) == once
    assert normalize(once).text == once


def _reference(original: str) -> tuple[str, tuple[int, ...], tuple[int, ...], tuple[bool, ...]]:
    """normalize() the slow way, one character at a time: (text, nstarts, ostarts, collapsed)."""
    table = translate_table()
    reps = [table.get(ord(ch), ch) for ch in original]
    p = 0
    while p < len(original):  # a run of tatweels with a space or an end on each side is a run of dashes
        q = p
        while q < len(original) and original[q] == "ـ":
            q += 1
        if q > p and (p == 0 or original[p - 1].isspace()) and (q == len(original) or original[q].isspace()):
            reps[p:q] = ["-"] * (q - p)
        p = max(q, p + 1)
    nstarts, ostarts, collapsed = [0], [0], [False]
    delta = 0
    for p, rep in enumerate(reps):
        if len(rep) == 1:
            continue
        npos = p + delta
        if rep:
            if nstarts[-1] == npos:
                del nstarts[-1], ostarts[-1], collapsed[-1]
            nstarts.append(npos)
            ostarts.append(p)
            collapsed.append(True)
        if nstarts[-1] == npos + len(rep):
            del nstarts[-1], ostarts[-1], collapsed[-1]
        nstarts.append(npos + len(rep))
        ostarts.append(p + 1)
        collapsed.append(False)
        delta += len(rep) - 1
    return "".join(reps), tuple(nstarts), tuple(ostarts), tuple(collapsed)


PLAIN = "قصفت طايرات مسيره موقعا في ريف دير الزور " * 4  # nothing to fold: a sparse opening


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80), st.sampled_from(["", PLAIN]))
def test_every_folding_strategy_matches_the_reference(tail: str, opening: str) -> None:
    """ASCII text (str.translate), text dense in folds (translate) and sparse text (bulk replace + split) agree."""
    for original in (opening + tail, opening + tail.encode("ascii", "ignore").decode()):
        nt = normalize(original)
        assert (nt.text, nt.nstarts, nt.ostarts, nt.collapsed) == _reference(original)
        assert normalize_text(original) == nt.text


@pytest.mark.parametrize("extra", [-1, 0, 1, 40])
def test_short_and_long_strings_fold_alike(extra: int) -> None:
    """Around SHORT_CHARS (translated outright below it, replace passes and a split above) the fold is the same."""
    line = "أعلنت وزارة الدفاع إسقاط مسيّرة قرب الحدود، وقالت إنّ «الهجوم» فشل. "
    original = (line * 3)[:SHORT_CHARS + extra]
    assert normalize_text(original) == _reference(original)[0] == normalize(original).text


def test_honorifics_are_dropped_with_their_space() -> None:
    """'خاتم الأنبياء (ص) للدفاع' reads as one name; the map still points into the original (round 18a, ra_011)."""
    from rasd.normalize import normalize, normalize_text

    original = "قال مقر خاتم الأنبياء (ص) للدفاع الجوي وأهل البيت (ع) إن"
    nt = normalize(original)
    assert nt.text == normalize_text(original) == "قال مقر خاتم الانبياء للدفاع الجوي واهل البيت إن".replace("إ", "ا")
    start = nt.text.index("خاتم")
    assert nt.orig_text(start, nt.text.index("الجوي") + 5) == "خاتم الأنبياء (ص) للدفاع الجوي"
    assert normalize("(ص) 12").text == "(ص) 12"  # no name before it: a page or a section mark stays


def test_honorifics_are_found_only_at_their_brackets_as_finditer_finds_them() -> None:
    """_honorifics tries its pattern only at a bracket or one character before it (finditer_near): the same
    characters as the pattern's own finditer, glued, spaced, doubled or square-bracketed."""
    from rasd.normalize import HONORIFIC_RE, _honorifics

    s = "النبي(ص) والامام [ع] و (رض) عن الصحابي (قدس)x [عج] وقال((ص)) 5 (ص) علي (ع)"
    assert _honorifics(s) == frozenset(p for m in HONORIFIC_RE.finditer(s) for p in range(m.start(), m.end()))
    assert len(_honorifics(s)) > 20
