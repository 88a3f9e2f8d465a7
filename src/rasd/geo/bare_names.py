"""Names the transliteration bridge looks up with no town head: after a bearing, «قرب» or a facility's head.

translit.py looks a name up among the Latin-only rows after a town's head noun. A Latin-only town the news name
often has no head: «على بعد 10 كيلومترات شمال X», «قرب X». The bearings and nearness words are the 'before'
phrases of place_descriptors.tsv that place a point off a town (a bearing or 'near'), and a plant or compound
takes the name of the town beside it («مفاعل خنداب»). The one word after one of them, when no place covers it, is
looked up as a name after an area's head is: spelled closely alike, velars agreeing (area_names.py), with at
least MIN_CONSONANTS and no article, so that a common word after «قرب» ("قرب منزله") does not reach a village.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from typing import Any

from ..lexicon import load_table
from ..literal_guard import Guarded, finditer_at, guard
from ..matcher import Match
from .places import head_words
from .stopwords import common_words, never_places, stopwords

PROCLITICS = "(?:[وف]?[بل]?)"
MIN_CONSONANTS = 3  # a bare name of fewer consonants is too short to tell from a common word
BARE_CODES = frozenset({"near"})  # besides the bearings (rows with a bearing): 'near X'
# a facility's head: a Latin-only town gives its name to the plant or compound beside it ("مفاعل خنداب")
FACILITY_HEADS = ("مفاعل", "مجمع", "منشاه")
Candidate = tuple[int, int, int, str, int]  # (phrase start, name start, end, name, head), as translit.candidates
Anchors = Sequence[Match[Any]]  # the words the name regexes start from, as the one automaton scan found them


def word_starts(hits: Anchors, words: Collection[str]) -> list[int]:
    """Where the scan's hits of these words start, their proclitics included, in order: every offset where a
    name regex of them (a proclitic run of [وف]?[بل]? after a space, a quote or a bracket, then the word) may
    match, as the scan reports a word at a word's start whatever proclitic of those it carries."""
    return sorted({m.start - len(m.prefix) for m in hits if m.key in words})


@cache
def bare_heads() -> tuple[str, ...]:
    """The bearings, nearness words and facility heads a town's name follows with no town head (longest first)."""
    rows = load_table("place_descriptors").rows
    return tuple(sorted({*FACILITY_HEADS, *(r.get("phrase") for r in rows if r.get("position") == "before"
                         and (r.get("bearing") or r.get("code") in BARE_CODES))}, key=len, reverse=True))


@cache
def _bare_re() -> Guarded:
    """A bearing or nearness word, then one word: the name to look up."""
    alts = "|".join(re.escape(h) for h in bare_heads())
    return guard(rf"(?<![^\s\"'(«]){PROCLITICS}({alts})[ \"«]+([\u0621-\u064a]+)(?![\u0621-\u064a])")


@cache
def _bare_set() -> frozenset[str]:
    """The bearings, nearness words and facility heads, as a set."""
    return frozenset(bare_heads())


@cache
def name_stops() -> frozenset[str]:
    """Words that never are a name, bare or after a head: stop words, common words, head nouns and place stop words
    (translit's own list adds back a name's first words that are places after a head)."""
    return frozenset({*stopwords(), *common_words(), *never_places(), *head_words(),
                      *(r.get("word") for r in load_table("place_stopwords").rows)})


def bare_head(text: str, at: int) -> bool:
    """Whether a bearing, nearness word or facility head stands at this offset (the head of a bare name)."""
    return text.startswith(bare_heads(), at)


def with_bare(found: Iterator[Candidate], text: str, covered: list[tuple[int, int]],
              taken: list[tuple[int, int]], anchors: Anchors | None = None) -> Iterator[Candidate]:
    """The candidates after a town's head (translit.candidates), then the bare names (read after them, so that
    the places those matched are taken)."""
    yield from found
    yield from bare_candidates(text, covered, taken, anchors)


def bare_candidates(text: str, covered: list[tuple[int, int]],
                    taken: list[tuple[int, int]], anchors: Anchors | None = None) -> Iterator[Candidate]:
    """(phrase start, name start, end, name, head) of each one word after a bearing or nearness word that no place
    phrase covers; the phrase is the name alone (the bearing stays a bearing), head: where the bearing stands.
    anchors: the scan's hits of anchor_words(), when the caller has them (the regex then runs only there)."""
    stop = name_stops()
    regex = _bare_re()
    found = regex.finditer(text) if anchors is None else finditer_at(regex, text, word_starts(anchors, _bare_set()))
    for m in found:
        a, b = m.span(2)
        name = m.group(2)
        if (name in stop or name.startswith("ال") or _consonants(name) < MIN_CONSONANTS
                or any(s < b and a < e for s, e in (*covered, *taken))):
            continue
        yield a, a, b, name, m.start(1)


def _consonants(name: str) -> int:
    """How many letters of the name are consonants: not long vowels, alif seats, hamzas, ع or a final ه."""
    return sum(1 for c in name.removesuffix("ه") if c not in "اويىءئؤأإآع")
