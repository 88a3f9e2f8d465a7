"""scan: phrase lookup by token, token reading, and phrase-start words found alone or in a MatcherGroup."""

from __future__ import annotations

import pytest

from rasd.matcher import MatcherGroup
from rasd.normalize import normalize_text
from rasd.scan import DIGITS, AnchorIndex, Phrases, read_tokens

PHRASES = Phrases({"اول امس": 2, "امس": 1, "اول": 0, "يوم امس الاول": 3, "يوم": 9})


@pytest.mark.parametrize(("text", "expected"), [
    ("اول امس قصفت", (2, 2)),          # the longer phrase wins
    ("اول قصف", (1, 0)),
    ("يوم امس الاول", (3, 3)),
    ("يوم امس", (1, 9)),               # only word counts some phrase of "يوم" has are tried
    ("امس", (1, 1)),
    ("قصف امس", None),                 # not a phrase head
], ids=["longest", "one-word", "three-words", "fallback-to-one-word", "alone", "not-a-head"])
def test_phrases_at(text: str, expected: tuple[int, int] | None) -> None:
    assert PHRASES.at(read_tokens(text, 0, 8), 0) == expected
    assert PHRASES.at(read_tokens(text, 0, 8), 8) is None


@pytest.mark.parametrize(("text", "kwargs", "expected"), [
    ("قصف 12 موقعا, ثم", {}, ["قصف", "12", "موقعا", ",", "ثم"]),
    ("قصف 12 موقعا. ثم", {}, ["قصف", "12", "موقعا"]),                      # a full stop ends the reading
    ("قصف 12 موقعا\nثم", {"limit": 2}, ["قصف", "12"]),
    ("قصف 12 موقعا اخر", {"vocab": frozenset({"قصف"})}, ["قصف", "12"]),      # stops before a foreign word
    ("قصف 12 موقعا اخر", {"vocab": frozenset({"قصف"}), "foreign": 1}, ["قصف", "12", "موقعا"]),
    ("بتوقيت دمشق امس", {"vocab": frozenset({"بتوقيت", "امس"}), "opens": frozenset({"بتوقيت"})},
     ["بتوقيت", "دمشق", "امس"]),                                            # one word after an opener
], ids=["punctuation-token", "full-stop", "limit", "vocab", "foreign", "opens"])
def test_read_tokens(text: str, kwargs: dict[str, object], expected: list[str]) -> None:
    toks = read_tokens(text, 0, **kwargs)  # type: ignore[arg-type]
    assert [t.text for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)


TEXTS = [
    "قبل يومين، وفي الـ26 من الشهر, قصفت 3 طائرات و5 مسيرات الف موقع عام 2023.11.13 و f-16 امس",
    "واليوم الخميس ٢٠٢٣ ال 26 والاسبوع الماضي منذ5 ايام 12345 1.5",
    "",
]


@pytest.mark.parametrize("raw", TEXTS, ids=["mixed", "digits", "empty"])
def test_anchor_hits_from_a_group_equal_its_own_scan(raw: str) -> None:
    text = normalize_text(raw)
    index = AnchorIndex([("يومين", "a"), ("اليوم", "b"), ("الخميس", "c"), ("ايام", "d"), ("الاسبوع", "e"),
                         ("الاسبوع الماضي", "f"), ("الشهر", "g"), ("الف", "h"), ("يومين", "i")])
    _, found = MatcherGroup({}, words={"w": index.patterns}, marks={"d": DIGITS}).find_with_words(text)
    hits, digits = index.find(text)
    got_hits, got_digits = index.from_matches(text, found["w"], found["d"])
    assert sorted(got_hits) == sorted(hits)  # the same hits, by start instead of by end
    assert got_digits == digits
    assert ("يومين", ("a", "i")) in index.patterns  # payloads of a repeated word are merged
