"""Speed helpers that must not change any answer: guarded regexes (literal_guard), span overlap by bisection,
the memoized variant test of coref, the cached title line, the sentence of an offset and the rising-word
pre-test of claim_revision.

Every sentence is written for these tests.
"""

from __future__ import annotations

import re

import pytest

from rasd.claim_revision import RISING_ANY, _risen
from rasd.coref import variant_holds
from rasd.frame_clause import title_line
from rasd.geo.span_overlap import overlaps_any, spans_reach
from rasd.literal_guard import (
    Guarded,
    anchor_of,
    finditer_at,
    finditer_lines,
    finditer_near,
    guard,
    required_literals,
    searcher,
)
from rasd.normalize import normalize
from rasd.recognize import recognize
from rasd.resources import load_resources
from tests import factories as f

TEXT = normalize("قال مصدر طبي إن ثلاثة أشخاص قتلوا في قصف على بلدة الخيام، وتوفي الجريح الرابع متأثرا بجراحه. "
                 "والصحيح, بحسب بيان لاحق, أن القتلى أربعة. وفي بلدة كفركلا أصيب شخصان بقذيفة.").text

PATTERNS = [
    r"(?<!\S)[وف]?(?:توفي|توفيت)\s+(?:ال)?(\S+)",  # an optional proclitic, then the literal
    r"(?<![^\s\"'(«])(?:[وف]?[بل]?)(بلده|قريه|مدينه) \"?([\u0621-\u064a]+)",  # a branch of heads after proclitics
    r"(?<!\S)(?:والصحيح|الصحيح|والصواب|الصواب)[\s,،]+",  # a branch of whole words
    r"\S+ (?:الانذار|انذار)",  # an unbounded lead: no anchor, only the pre-test
    r"(?:[,،] )+وفي",  # a required repeat
    r"[\u0621-\u064a]{3,}ه",  # no literal of more than one letter
    r"(?i)قتلوا",  # ignores case: no guard
    r"(?<!\S)و?(?:الذي|التي)\s+(?:قد\s+)?(?:توفي|اصيب)",  # a short anchor ('ال'), longer required words
    r"(?<!\S)[وف]?[بل]?(?:بلده|بلد)",  # overlapping anchor words, offsets spread over 0-2
]


def test_required_literals() -> None:
    """The literals come from runs of literal characters, branches (united) and repeats taken at least once."""
    assert required_literals(r"(?<!\S)[وف]?(?:توفي|توفيت)\s+") == frozenset({"توفي"})
    assert required_literals(r"(?<!\S)(?:خلال|طوال) (?:\S+ )?الماضي") == frozenset({"الماضي"})
    assert required_literals(r"(?:قتل|اصيب)?\s+\d+") is None  # an optional branch requires nothing
    assert required_literals(r"(?:[,،] )+وفي") == frozenset({"وفي"})
    assert required_literals(r"(?=قتل)\S+") is None  # a lookahead consumes nothing
    assert required_literals(r"(?i)قتلوا") is None


def test_anchor_of() -> None:
    """An anchor's words start within lo..hi characters of any match's start; an unbounded lead gives none."""
    assert anchor_of(r"(?<!\S)[وف]?(?:توفي|توفيت)\s+") == (("توفي",), 0, 1)
    assert anchor_of(r"(?<![^\s\"'(«])(?:[وف]?[بل]?)(بلده|قريه|مدينه) ") == (("بلده", "قريه", "مدين"), 0, 2)
    assert anchor_of(r"\S+ (?:الانذار|انذار)") is None


@pytest.mark.parametrize("pattern", PATTERNS)
def test_guarded_answers_as_the_regex(pattern: str) -> None:
    """Every method answers as the compiled pattern does, over the whole text and over windows of it."""
    rx, g = re.compile(pattern), guard(pattern)
    assert isinstance(g, Guarded)
    n = len(TEXT)
    windows = [(0, n), (-5, n + 10), (10, 60), (40, 41), (60, 10), (n // 2, n), (0, n // 3)]
    for a, b in windows:
        assert [m.span() for m in g.finditer(TEXT, a, b)] == [m.span() for m in rx.finditer(TEXT, a, b)]
        s1, s2 = rx.search(TEXT, a, b), g.search(TEXT, a, b)
        assert (s1 and (s1.span(), s1.groups())) == (s2 and (s2.span(), s2.groups()))
        assert g.findall(TEXT, a, b) == rx.findall(TEXT, a, b)
    assert g.sub("#", TEXT) == rx.sub("#", TEXT)
    assert g.split(TEXT) == rx.split(TEXT)
    for at in range(0, n, 7):
        m1, m2 = rx.match(TEXT, at), g.match(TEXT, at)
        assert (m1 and m1.span()) == (m2 and m2.span())


def test_short_anchor_is_pretested_for_longer_words() -> None:
    """An anchor of short words ('ال') is not scanned in a span without the longer words every match needs; an
    anchor that is the literals' own words is not tested twice."""
    g = guard(r"(?<!\S)و?(?:الذي|التي)\s+(?:قد\s+)?(?:توفي|اصيب)")
    assert g.anchor() == (("ال",), 0, 1)
    assert g.search("قال المصدر الذي تحدث الي الوكاله ان القصف طال الحي") is None
    assert g.search("الجريح الذي توفي امس").span() == (7, 16)  # type: ignore[union-attr]
    assert not g._skip("الجريح الذي توفي", 0, 16, g.anchor())
    assert g._skip("قال المصدر الذي تحدث", 0, 20, g.anchor())
    own = guard(r"(?<!\S)[وف]?(?:توفي|توفيت)\s+")
    assert not own._skip("قال المصدر", 0, 10, own.anchor())  # its anchored scan finds no word: no pre-test


def test_search_stops_at_its_first_match() -> None:
    """search tries the anchored offsets in order and stops at the leftmost match, also where occurrences of the
    anchor words lie closer than the offsets' spread."""
    g, rx = guard(r"(?<!\S)[وف]?[بل]?(?:بلده|بلد)"), re.compile(r"(?<!\S)[وف]?[بل]?(?:بلده|بلد)")
    text = "مرت القافله ببلدبلده ثم وببلده الشمالية ثم بلد"
    for a in range(len(text)):
        m1, m2 = rx.search(text, a), g.search(text, a)
        assert (m1 and m1.span()) == (m2 and m2.span())


def test_guard_skips_text_without_the_literal() -> None:
    """A text without the required word is not searched at all, and nothing is found in it."""
    g = guard(r"(?<!\S)[وف]?(?:توفي|توفيت)\s+(\S+)")
    assert g.absent("قصفت طائرة مسيرة بلدة الخيام")
    assert not g.absent(TEXT)
    assert list(g.finditer("قصفت طائرة مسيرة بلدة الخيام")) == []


def test_overlaps_any() -> None:
    """Bisection over the spans' starts answers as a loop over them."""
    spans = [(30, 40), (0, 5), (12, 20), (18, 25)]
    reach = spans_reach(spans)
    for a in range(0, 45):
        for b in range(a, 46):
            assert overlaps_any(a, b, reach) == any(s < b and a < e for s, e in spans), (a, b)
    assert not overlaps_any(3, 9, spans_reach([]))


def test_variant_holds() -> None:
    """The memoized variant test answers as the loop over the variants."""
    variants = ("الجيش السوري", "قوات النظام", "الجيش العربي السوري")
    assert variant_holds(variants, "الجيش")
    assert variant_holds(variants, "النظام")
    assert not variant_holds(variants, "الحرس")


def test_sentence_at_and_title_line() -> None:
    """The sentence of an offset comes from the starts kept in the article's memo, and a title line is read once
    per sentence: asked again, the same answers."""
    art = f.article(text="هجوم على بلدة الخيام.. وانفجار عبوة في كفركلا\nقصفت طائرة مسيرة بلدة الخيام صباح اليوم. "
                         "وانفجرت عبوة ناسفة في كفركلا.")
    rec = recognize(art, load_resources())
    for s in rec.sentences:
        for pos in (s.start, (s.start + s.end) // 2, s.end - 1):
            assert rec.sentence_at(pos) == s
    assert "sentence_starts" in rec.memo
    first = [title_line(rec, s) for s in rec.sentences]
    assert first[0] is True and first[-1] is False
    assert [title_line(rec, s) for s in rec.sentences] == first
    assert len(rec.cache("title_line")) == len(rec.sentences)


def test_rising_pretest() -> None:
    """A head without any rising, updated or became word is -1 at once; one with such a word is still read."""
    head = "قصفت طائرة مسيرة سوقا في مدينة الحديدة ظهر اليوم وقتل"
    assert RISING_ANY.search(head) is None and _risen(head + " 3", head, len(head), len(head) + 2) == -1
    risen = "وارتفع عدد القتلي الي "  # normalized text
    assert RISING_ANY.search(risen) is not None
    assert _risen(risen + "6", risen, len(risen), len(risen) + 1) == 0
    assert RISING_ANY.search("x.ارتفع العدد") is not None  # a word right after a stop is a word of its clause


@pytest.mark.parametrize("text", [
    "قالت المصادر: وفي مساء يوم العيد، عشية عيد الفطر، قصفت الطائرات البلدة. بعيد الظهر سعيد",
    "x عيد", "ثاني ايام العيدين وثاني ايام العيد", "",
])
def test_finditer_near_is_finditer(text: str) -> None:
    """Trying a regex only before the occurrences of its key word finds what finditer finds over the whole text."""
    regex = re.compile(r"(?<!\S)[وف]?(?:في )?(يوم|عشية|ثاني ايام) (العيد|عيد الفطر)(?!\w)")
    assert [m.span() for m in finditer_near(regex, text, ("عيد",), 16)] == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS[:3])
def test_searcher_is_search_from_each_offset(pattern: str) -> None:
    """One searcher, asked again and again from later offsets, answers as search(text, pos) does each time (its
    anchor words are found once); with the starts given, as finditer_at finds them."""
    g = guard(pattern)
    search = searcher(g, TEXT)
    for pos in range(-1, len(TEXT) + 2):
        got, want = search(pos), g.regex.search(TEXT, pos)
        assert (got and got.span()) == (want and want.span())
    starts = sorted({m.start() for m in g.regex.finditer(TEXT)} | {0, 5, len(TEXT) // 2})
    assert [m.span() for m in finditer_at(g, TEXT, starts)] == [m.span() for m in g.regex.finditer(TEXT)]
    given = searcher(g, TEXT, starts)
    assert all((given(p) and given(p).span()) == (search(p) and search(p).span()) for p in range(len(TEXT)))


@pytest.mark.parametrize("text", [
    "🔴 10:55 م\nقصف على البلدة\n23:42 (الاحد)\n• 00:15 | غارة على المخيم\nنص 1:2:3\n", "12:30", "لا شيء\n\n",
])
def test_finditer_lines_is_finditer(text: str) -> None:
    """Trying a line-start regex only at the lines that hold its key finds what finditer finds over the whole text."""
    regex = re.compile(r"^[^\w\n]{0,4}[ \t]*(\d{1,2}):(\d{2})[ \t]*(?:م|ص)?[ \t]*(?:\([^)\n]{0,20}\))?"
                       r"[ \t]*(?:$|\|(?=[^\n]*\w))", re.MULTILINE)
    assert [m.span() for m in finditer_lines(regex, text, ":")] == [m.span() for m in regex.finditer(text)]

