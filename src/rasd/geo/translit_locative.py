"""Names the transliteration bridge looks up after a locative preposition (في، داخل، علي، عند، الي …), guarded
against ordinary words.

translit.py looks a name up among the Latin-only rows after a town's head, bare_names.py after a bearing or «قرب».
A Sahel or Sudanese town the news name with no head stands after a preposition («هجوم علي كورما»), but so does
every common noun («في حريق», «في شرطه المرور»), and a common noun's consonants often spell some hamlet of the
Latin-only file. A word after a locative is therefore looked up only when the gazetteer holds no Arabic row of it
and it is no ordinary Arabic word: not a stop word, not in the list of words common in news text
(lexicons/ordinary_words.tsv, built by tools/build_ordinary_words.py from text rasd owns), without the article (a
foreign name seldom takes it), without an Arabic noun's ending (feminine, sound plural, attached pronoun) or
shape (a maṣdar, a participle, a broken plural), and of at least MIN_CONSONANTS consonants. Two words are looked
up when the first opens names (ابو، جبل، عين …). A row it reaches must be spelled as closely alike as after an
area's head (AREA_CLOSENESS, velars agreeing) and lie in a country of the article's located places (its
countries named alone only when it names no other place), as homonym_context.py asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Protocol, TypeVar

from ..lexicon import load_table
from ..literal_guard import Guarded, finditer_at, guard
from .bare_names import Anchors, Candidate, bare_head, name_stops, word_starts
from .gazetteer import NEEDS_HEAD, load_gazetteer
from .refs import PlaceRef

LOCATIVES = ("في", "داخل", "علي", "عند", "حول", "الي", "باتجاه", "نحو")  # the prepositions a town's bare name follows (قرب and the bearings: bare_names.py)
MIN_CONSONANTS = 3
LONG_VOWELS = "اويىءئؤأإآع"
# the endings and openings of Arabic nouns, not of names borrowed from other languages: the feminine ه and its
# plural ات, the sound plurals ون/ين, an attached pronoun (ها هم هما كم هن); the prefixes of derived verbs' nouns
ARABIC_ENDINGS = ("ه", "ات", "ون", "ين", "ها", "هم", "هما", "كم", "هن")
ARABIC_OPENINGS = ("مست", "است", "انت", "افت", "اعت", "انق", "انف")  # of six letters or more (انفجار, not انفيس)
C = "[^اويىءئؤأإآه]"  # a consonant
# the five-letter shapes of Arabic nouns: the maṣdars of forms IV (اكمال) and II (تصعيد), the passive participle
# (مسلوب), the active participle and ordinal fāʿil (خامس), the
# maṣdar and plural fuʿūl (نشوب), the broken plurals mafāʿil (منازل, مخابي) and faʿāʾil (فصايل)
ARABIC_SHAPES = re.compile(rf"{C}ا{C}{C}|{C}{C}و{C}|ا{C}{C}ا{C}|ت{C}{C}ي{C}|م{C}{C}و{C}|م{C}ا{C}{C}|{C}{C}اي{C}")
GLUE = frozenset({"ابو", "ام", "عين", "تل", "راس", "بير", "كفر", "دير", "بني", "بيت", "جبل", "ود"})


class Spelled(Protocol):
    """A Latin-only row as the guard reads it (translit.LatinRow)."""

    @property
    def id(self) -> str: ...

    @property
    def iso3(self) -> str: ...

    @property
    def latins(self) -> tuple[str, ...]: ...


R = TypeVar("R", bound=Spelled)


@cache
def ordinary_words() -> frozenset[str]:
    """The words common in news text (lexicons/ordinary_words.tsv)."""
    return frozenset(r.get("word") for r in load_table("ordinary_words").rows)


@cache
def _locative_re() -> Guarded:
    """A locative preposition, then one word, and the next word (not consumed: «في هجوم علي كورما» holds two)."""
    alts = "|".join(LOCATIVES)
    return guard(rf"(?<![^\s\"'(«])[وف]?({alts})[ \"«]+([\u0621-\u064a]+)(?=(?: ([\u0621-\u064a]+))?)")


def ordinary(word: str) -> bool:
    """Whether a word is ordinary Arabic, not a transliterated foreign name (see the module); the list first, as
    most words after a preposition are in it."""
    return (word in _never_names() or word.startswith("ال") or word.endswith(ARABIC_ENDINGS)
            or (len(word) >= 6 and word.startswith(ARABIC_OPENINGS)) or ARABIC_SHAPES.fullmatch(word) is not None
            or _consonants(word) < MIN_CONSONANTS)


@cache
def _never_names() -> frozenset[str]:
    """The stop words and the words common in news text, in one set."""
    return name_stops() | ordinary_words()


def unknown(name: str) -> bool:
    """Whether no Arabic row of the gazetteer carries the name as a bare name (a known one is read, or refused, by
    the gazetteer; one it holds only after a head noun, a small Sahel town's «^كيدال», is not read bare there)."""
    return all(flag == NEEDS_HEAD for _, flag in load_gazetteer().names.get(name, ()))


def word_at(text: str, at: int) -> str:
    """The text from an offset to the next space (text[at:].split(" ", 1)[0], without copying the rest)."""
    end = text.find(" ", at)
    return text[at:] if end < 0 else text[at:end]


def locative_head(text: str, at: int) -> bool:
    """Whether a locative preposition stands at this offset (the head of a name looked up here)."""
    return word_at(text, at) in LOCATIVES and not bare_head(text, at)


def strict_head(text: str, at: int) -> bool:
    """Whether the head at this offset asks a name for a close spelling: a bearing, «قرب» or a locative."""
    return bare_head(text, at) or locative_head(text, at)


def locative_candidates(text: str, covered: list[tuple[int, int]],
                        taken: list[tuple[int, int]], anchors: Anchors | None = None) -> Iterator[Candidate]:
    """(phrase start, name start, end, name, head) of the word, or name pair, after a locative that no place phrase
    covers and that is no ordinary word; the phrase is the name alone, head: where the preposition stands. anchors:
    the scan's hits of translit.anchor_words(), when the caller has them (the regex then runs only there)."""
    regex = _locative_re()
    found = regex.finditer(text) if anchors is None else finditer_at(regex, text, word_starts(anchors, LOCATIVES))
    for m in found:
        first, second = m.group(2), m.group(3)
        a, b = m.span(2)
        if first in GLUE and second is not None and not ordinary(second):  # a name's shape: known elsewhere too
            pairs = [(a, m.end(3), f"{first} {second}")]
        elif not ordinary(first) and unknown(first):
            pairs = [(a, b, first)]
        else:
            continue
        for x, y, name in pairs:
            if not any(s < y and x < e for s, e in (*covered, *taken)):
                yield x, x, y, name, m.start(1)


def with_locatives(found: Iterator[Candidate], text: str, covered: list[tuple[int, int]],
                   taken: list[tuple[int, int]], anchors: Anchors | None = None) -> Iterator[Candidate]:
    """The candidates after heads, bearings and roads (section_country.with_roads), then those after locatives."""
    yield from found
    yield from locative_candidates(text, covered, taken, anchors)


def locative_rows(rows: list[R], text: str, head: int, refs: Sequence[PlaceRef]) -> list[R]:
    """The rows a name after a locative may take: in a country of the article's located places (not a country
    named alone); after any other head, the rows as they are. Their spelling is held to AREA_CLOSENESS, velars
    agreeing, by translit with every strict head (strict_head)."""
    if not locative_head(text, head):
        return rows
    named = {r.location.country_iso3: r.kind == "country" for r in refs if r.location.country_iso3}
    own = {iso for iso, alone in named.items() if not alone} or set(named)  # a country named alone: when no other
    return [r for r in rows if r.iso3 in own]


def _consonants(name: str) -> int:
    """How many letters of the name are consonants (not long vowels, seats, hamzas, ع or a final ه)."""
    return sum(1 for c in name.removesuffix("ه") if c not in LONG_VOWELS)
