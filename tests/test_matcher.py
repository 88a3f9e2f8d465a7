"""matcher: proclitics, the article, word boundaries, suffix-free patterns, overlaps and longest_first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.matcher import ARTICLE_PROCLITICS, PROCLITICS, Match, Matcher, MatcherGroup, _greedy, longest_first
from rasd.normalize import normalize_text

PATTERNS = [
    ("قرب", "near"), ("القاعده", "base"), ("القوات", "forces"), ("ريف", "countryside"), ("قصف*", "shell"),
    ("ضرب", "strike"), ("العمر", "omar"), ("حقل العمر", "omar-field"), ("قوات", "forces-bare"),
    ("القوات الامريكيه", "us-forces"), ("الامريكيه", "us-adj"), ("دير الزور", "deir-ez-zor"),
]


def hits(text: str) -> list[tuple[str, str, str]]:
    """(matched text, payload, prefix) of every match in normalized text, in find() order."""
    norm = normalize_text(text)
    return [(norm[m.start:m.end], m.payload, m.prefix) for m in Matcher(PATTERNS).find(norm)]


@pytest.mark.parametrize(("text", "expected"), [
    ("بالقرب من القاعدة", [("قرب", "near", "بال"), ("القاعده", "base", "")]),
    ("وبالقرب منها", [("قرب", "near", "وبال")]),
    ("فالقاعدة بعيدة", [("القاعده", "base", "ف")]),
    ("وللقوات دور", [("قوات", "forces", "ولل"), ("قوات", "forces-bare", "ولل")]),
    ("للقوات", [("قوات", "forces", "لل"), ("قوات", "forces-bare", "لل")]),
    ("فللقوات", [("قوات", "forces", "فلل"), ("قوات", "forces-bare", "فلل")]),
    ("وبالقاعدة", [("القاعده", "base", "وب")]),
    ("كالقوات", [("القوات", "forces", "ك"), ("قوات", "forces-bare", "كال")]),
    ("وستضرب", []),
    ("سيضرب", []),
    ("وسضرب", [("ضرب", "strike", "وس")]),
], ids=["bal", "wa-bal", "fa-al", "wa-lil", "lil", "fa-lil", "wa-bi-al", "ka-al", "not-a-proclitic",
        "imperfect-prefix", "wa-sa"])
def test_proclitics(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قوات", [("قوات", "forces-bare", "")]),                      # a bare pattern matches without the article
    ("القوات", [("القوات", "forces", ""), ("قوات", "forces-bare", "ال")]),  # ... and with it
    ("قاعدة", []),                                               # a pattern with the article needs it
    ("بقاعدة", []),
    ("والقاعدة", [("القاعده", "base", "و")]),
], ids=["bare-no-article", "bare-with-article", "article-required", "article-required-bi", "wa-al"])
def test_definite_article(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تعريف المصطلح", []),                     # "ريف" inside "تعريف": flashtext's bug
    ("بريف دير الزور", [("ريف", "countryside", "ب"), ("دير الزور", "deir-ez-zor", "")]),
    ("الريفي", []),                            # no match before a suffix
    ("اضرب", []),                              # "ا" alone is no proclitic
    ("ريف2", []),                              # digits are word characters
    ("(ريف)", [("ريف", "countryside", "")]),
    ('"ريف",', [("ريف", "countryside", "")]),
    ("ريف\nريف", [("ريف", "countryside", ""), ("ريف", "countryside", "")]),
    ("قرب", [("قرب", "near", "")]),           # the whole text
    ("دير  الزور", []),                        # the space inside a pattern is one space
    ("تقرب", []),
], ids=["inside-word", "bi-prefix", "suffix", "alef-not-clitic", "digit-after", "parentheses", "quotes-comma",
        "line-break", "whole-text", "double-space", "verb-prefix"])
def test_word_boundaries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات", [("قصف", "shell", "")]),
    ("وقصفوا", [("قصف", "shell", "و")]),
    ("قصف", [("قصف", "shell", "")]),
    ("يقصف", []),                             # '*' frees the end, not the start
    ("ضربت", []),                             # no '*': the suffix blocks the match
], ids=["suffix-t", "wa-suffix-uu", "no-suffix", "prefix-still-checked", "bounded-pattern"])
def test_suffix_free_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert hits(text) == expected


def test_overlapping_matches_and_longest_first() -> None:
    text = normalize_text("انسحبت القوات الأمريكية من حقل العمر")
    found = Matcher(PATTERNS).find(text)
    assert [(text[m.start:m.end], m.payload) for m in found] == [
        ("القوات الامريكيه", "us-forces"), ("القوات", "forces"), ("قوات", "forces-bare"), ("الامريكيه", "us-adj"),
        ("حقل العمر", "omar-field"), ("العمر", "omar"),
    ]
    assert [m.payload for m in longest_first(found)] == ["us-forces", "omar-field"]


@pytest.mark.parametrize(("spans", "kept"), [
    ([(0, 5), (3, 8)], [(0, 5)]),                 # equal length: leftmost wins
    ([(0, 3), (2, 9), (8, 12)], [(2, 9)]),
    ([(0, 3), (3, 6)], [(0, 3), (3, 6)]),          # touching spans do not overlap
    ([(4, 6), (0, 2), (1, 5)], [(1, 5)]),
    ([(5, 9), (0, 4), (2, 7), (8, 10)], [(2, 7), (8, 10)]),
    ([], []),
], ids=["tie-leftmost", "longest-middle", "touching", "unsorted-input", "two-survivors", "empty"])
def test_longest_first(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> None:
    matches = [Match(start=a, end=b, key="k", payload=i, prefix="") for i, (a, b) in enumerate(spans)]
    assert [(m.start, m.end) for m in longest_first(matches)] == kept


def _reference_longest_first(matches: list[Match[int]]) -> list[Match[int]]:
    """The plain quadratic rule longest_first must agree with."""
    chosen: list[Match[int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=30))
def test_longest_first_agrees_with_the_plain_rule(spans: list[tuple[int, int]]) -> None:
    matches = [Match(start=a, end=a + n, key="k", payload=i, prefix="") for i, (a, n) in enumerate(spans)]
    assert longest_first(matches) == _reference_longest_first(matches)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=30))
def test_longest_first_equals_one_greedy_pass(spans: list[tuple[int, int]]) -> None:
    # the runs of overlapping matches are chosen apart; empty spans included, the result is one greedy pass's
    matches = [Match(start=a, end=a + n, key="k", payload=i, prefix="") for i, (a, n) in enumerate(spans)]
    assert longest_first(matches) == _greedy(matches)


def _reference_find(patterns: list[tuple[str, int]], text: str) -> list[tuple[int, int, str, int, str]]:
    """Matcher.find by its documented rules, one pattern at a time with str.find (slow and plain)."""
    def prefix_at(s: int) -> str | None:
        ws = s
        while ws > 0 and text[ws - 1].isalnum():
            ws -= 1
        return text[ws:s] if text[ws:s] in PROCLITICS else None

    def occurrences(key: str) -> list[tuple[int, int, str]]:
        out, i = [], text.find(key)
        while i >= 0:
            if (p := prefix_at(i)) is not None:
                out.append((i, i + len(key), p))
            i = text.find(key, i + 1)
        return out

    keys = {p.rstrip("*") for p, _ in patterns}
    found: list[tuple[int, int, int, tuple[int, int, str, int, str]]] = []
    for order, (pattern, payload) in enumerate(patterns):
        key, free = pattern.rstrip("*"), pattern.endswith("*")
        forms = [(key, 0, "")]
        if key.startswith("ال") and len(key) > 3:
            forms.append((key[2:], 0, "stem") if key[2:] in keys else ("ل" + key[1:], 2, "merged"))
        for form, lead, kind in forms:
            for s, e, prefix in occurrences(form):
                if not (free or e == len(text) or not text[e].isalnum()):
                    continue
                if kind == "stem" and prefix not in ARTICLE_PROCLITICS:
                    continue
                if kind == "merged":
                    if prefix + "لل" not in ARTICLE_PROCLITICS:
                        continue
                    prefix += "لل"
                found.append((s + lead, -e, order, (s + lead, e, key, payload, prefix)))
    return [m for *_, m in sorted(found)]


POOL = ["قرب", "القرب", "رب", "قوات", "القوات", "القاعده", "ب", "سلب", "قر*", "ال", "لقرب", "الق", "ر ب", "بقرب",
        "قرب*"]  # "قرب" and "قرب*": one key with a bounded and a suffix-free pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique=True),
       st.text(alphabet="ابلكوفسقرتاه ,1\n", max_size=40))
def test_find_agrees_with_the_plain_rules(chosen: list[str], text: str) -> None:
    patterns = [(p, i) for i, p in enumerate(chosen)]
    assert [tuple(m) for m in Matcher(patterns).find(text)] == _reference_find(patterns, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique=True),
       st.text(alphabet="ابلكوفسقرتاه ,1\n", max_size=40))
def test_marks_that_are_patterns_too(chosen: list[str], text: str) -> None:
    patterns = [(p, i) for i, p in enumerate(chosen)]
    found, words = MatcherGroup({"a": patterns}, marks={"m": "1ب"}).find_with_words(text)
    assert [tuple(m) for m in found["a"]] == _reference_find(patterns, text)
    assert [(m.start, m.key) for m in words["m"]] == [(i, c) for i, c in enumerate(text) if c in "1ب"]


def test_same_span_goes_to_the_pattern_given_first() -> None:
    text = "للمدنيين"
    first = Matcher([("مدنيين", "bare"), ("المدنيين", "article")]).find(text)
    second = Matcher([("المدنيين", "article"), ("مدنيين", "bare")]).find(text)
    assert [(m.start, m.end, m.payload, m.prefix) for m in first] == [(2, 8, "bare", "لل"), (2, 8, "article", "لل")]
    assert [m.payload for m in second] == ["article", "bare"]
    assert first[0].key == "مدنيين" and first[1].key == "المدنيين"


def test_match_is_an_immutable_record() -> None:
    m = Match(start=1, end=3, key="ريف", payload="countryside", prefix="ب")
    assert (m.start, m.end, m.key, m.payload, m.prefix) == (1, 3, "ريف", "countryside", "ب")
    with pytest.raises(AttributeError):
        setattr(m, "start", 2)  # noqa: B010


def test_empty_matcher_and_empty_pattern() -> None:
    assert Matcher([]).find("اي نص") == []
    assert Matcher([]).size == 0
    with pytest.raises(ValueError, match="empty matcher pattern"):
        Matcher([("*", "x")])


def test_group_equals_one_matcher_per_lexicon() -> None:
    lexicons = {"a": PATTERNS[:6], "b": PATTERNS[6:], "empty": []}
    text = normalize_text("قصفت القوات الأمريكية وللقوات الروسية مواقع بريف دير الزور قرب حقل العمر، والقاعدة")
    found = MatcherGroup(lexicons).find_all(text)
    assert list(found) == ["a", "b", "empty"]
    for name, patterns in lexicons.items():
        assert found[name] == Matcher(patterns).find(text)
    assert found["a"] and found["b"] and not found["empty"]


WORDS = {"w": [("القاعده", "base-word"), ("قوات", "forces-word"), ("قاعده", "base-bare"), ("12", "twelve")]}
MARKS = {"digits": "0123456789", "signs": "%"}


def test_words_and_marks_ride_along_without_changing_the_lexicons() -> None:
    lexicons = {"a": PATTERNS[:6], "b": PATTERNS[6:]}
    # "قاعده" as a word must not turn the lexicon's "القاعده" into a stem form ("للقاعده" still matches)
    text = normalize_text("قصفت القوات للقاعدة 12 موقعا و5% من القوات في 2023، وللقوات قاعدة")
    group = MatcherGroup(lexicons, words=WORDS, marks=MARKS)
    found, words = group.find_with_words(text)
    assert found == MatcherGroup(lexicons).find_all(text) == group.find_all(text)
    assert list(words) == ["w", "digits", "signs"]
    assert [text[m.start:m.end] for m in words["digits"]] == list("1252023")
    assert [m.payload for m in words["w"] if m.key == "12"] == ["twelve"]  # a word made of marks is a word too
    assert [m.start for m in words["signs"]] == [text.index("%")]
    assert all(m.payload is None and m.prefix == "" for m in words["digits"])


@pytest.mark.parametrize(("text", "expected"), [
    ("للقاعدة", [("قاعده", "base-bare", "لل")]),                  # no merged "لل" form for the word "القاعده"
    ("والقاعدة", [("القاعده", "base-word", "و"), ("قاعده", "base-bare", "وال")]),
    ("القوات", [("قوات", "forces-word", "ال")]),                    # the article is a proclitic like any other
    ("قواتنا", []),
], ids=["no-merged-form", "proclitics", "article-as-proclitic", "word-boundary"])
def test_words_match_as_written(text: str, expected: list[tuple[str, str, str]]) -> None:
    norm = normalize_text(text)
    _, words = MatcherGroup({}, words=WORDS).find_with_words(norm)
    assert [(norm[m.start:m.end], m.payload, m.prefix) for m in words["w"]] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(POOL), min_size=1, max_size=6, unique=True),
       st.text(alphabet="ابلكوفسقرتاه ,1\n", max_size=40))
def test_a_lexicon_apart_matches_as_its_own_matcher(shared: list[str], apart: list[str], text: str) -> None:
    # its article forms come from its own patterns: "القوات" apart is merged ("للقوات") even when "قوات" is shared
    lexicon = [(p, i) for i, p in enumerate(shared)]
    own = [(p, -1 - i) for i, p in enumerate(apart)]
    group = MatcherGroup({"a": lexicon}, words={"w": [("قوات", "w")]}, marks={"m": "1"}, apart={"p": own})
    found, words = group.find_with_words(text)
    assert list(found) == ["a", "p"] and list(words) == ["w", "m"]
    assert found["a"] == Matcher(lexicon).find(text)
    assert found["p"] == Matcher(own).find(text)


def test_a_lexicon_apart_leaves_the_others_forms_alone() -> None:
    text = normalize_text("وللقوات دور، والقوات هناك")
    shared = [("القوات", "forces")]
    found = MatcherGroup({"a": shared}, apart={"p": [("قوات", "bare")]}).find_all(text)
    assert found["a"] == Matcher(shared).find(text)  # still the merged form: the stem is a pattern of p only
    assert [(m.start, m.prefix) for m in found["p"]] == [(3, "ولل"), (16, "وال")]


def test_a_mark_belongs_to_one_set() -> None:
    with pytest.raises(ValueError, match="two mark sets"):
        MatcherGroup({}, marks={"a": "12", "b": "23"})


@pytest.mark.parametrize(("text", "expected"), [
    ("للواء", [("واء", "lu", "لل")]),          # ل + اللواء is written with two lams
    ("وللواء", [("واء", "lu", "ولل")]),
    ("اللواء", [("اللواء", "lu", "")]),
    ("لللواء", []),                             # three lams are no spelling of it
], ids=["lil-lam", "wa-lil-lam", "plain", "three-lams"])
def test_the_article_before_a_lam(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A name whose stem starts with ل after its article ('اللواء', 'اللطامنه') merges with ل into two lams: the hit
    excludes the two letters the prefix 'لل' stands for, as 'للقوات' does."""
    norm = normalize_text(text)
    assert [(norm[m.start:m.end], m.payload, m.prefix) for m in Matcher([("اللواء", "lu")]).find(norm)] == expected
