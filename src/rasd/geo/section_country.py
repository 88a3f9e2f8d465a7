"""Sections of a round-up: the country a paragraph tells of, where an article goes from country to country.

A weekly or regional round-up opens each section with the country's name: a sub-head ("النيجر: هجوم علي موقع
عسكري", "- مالي:") or a paragraph's first words ("وفي الصومال, اعلنت ...", "وفي النيجر المجاوره, قتل ..."). A
name or a theatre-dependent actor in such a section belongs to that section's country, not to the country most of
the article's places lie in: "الجيش الوطني" under "الصومال:" is Somalia's army, not the Turkish-backed one of
Syria; "بلده ابالا" under "النيجر:" is Abala in Niger, not a Sudanese namesake of the next section. A sub-head's
section runs to the next sub-head; a paragraph's opener holds for its own paragraph only. An article counts as a
round-up when its openers name at least two countries; in any other article nothing changes. (Road names, used
here by translit too: «الطريق بين X وY», «الطريق المؤدي الي X» in the Sahel and the Horn of Africa.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..literal_guard import guard
from .bare_names import Anchors, Candidate, name_stops, with_bare
from .refs import PlaceRef

OPENER_BEFORE_RE = re.compile(r"[\s\-–•*\u200f]*(?:و?في )?")  # what may stand on the line before the country
# after the country: a sub-head's colon, or a paragraph opener's comma, with at most one word between
# ("وفي النيجر المجاوره,")
OPENER_AFTER_RE = re.compile(r"(?: [\u0621-\u064a]+)? ?([:,])")
MIN_COUNTRIES = 2  # openers of this many countries make a round-up
# the Latin-only rows a road's end is looked up among: countries whose rows are a list of towns and whose names
# reach the news only by transliteration (the Sahel, the Horn of Africa)
ROAD_COUNTRIES = frozenset({"BFA", "MLI", "NER", "SOM", "TCD", "ETH"})
ROAD_RE = guard(r"(?<![\u0621-\u064a])(?:[وفبل]{0,2})(الطريق (?:الرابط |الواصل )?بين|الطريق المودي (?:الي|ل))"
                     r" ([\u0621-\u064a]{3,})(?: و([\u0621-\u064a]{3,}))?(?![\u0621-\u064a])")
ROAD_HEAD = "الطريق"
ROAD_MIN_CONSONANTS = 3
LONG_VOWELS = "اويىءئؤأإآع"


class Named(Protocol):
    """A Latin-only row as the section filter reads it (translit.LatinRow)."""

    @property
    def iso3(self) -> str: ...


R = TypeVar("R", bound=Named)


@dataclass(frozen=True, slots=True)
class Sections:
    """The sections of a round-up: (start, end, country) spans, sorted by start; none when no round-up."""

    spans: tuple[tuple[int, int, str], ...]

    def at(self, pos: int) -> str | None:
        """The country of the innermost section holding this offset (a paragraph opener inside a sub-head's
        section), or None outside every section."""
        inside = [s for s in self.spans[:bisect_right([s[0] for s in self.spans], pos)] if s[0] <= pos < s[1]]
        return max(inside)[2] if inside else None


def sections(text: str, refs: Sequence[PlaceRef]) -> Sections:
    """The round-up's sections (see the module): openers are country references at a line's start."""
    heads: list[tuple[int, str]] = []
    inline: list[tuple[int, int, str]] = []
    for r in refs:
        iso = r.location.country_iso3
        if r.kind != "country" or not iso:
            continue
        line = text.rfind("\n", 0, r.start) + 1
        after = OPENER_AFTER_RE.match(text, r.end)
        if after is None or OPENER_BEFORE_RE.fullmatch(text, line, r.start) is None:
            continue
        if after.group(1) == ":":
            heads.append((line, iso))
        else:
            end = text.find("\n", r.end)
            inline.append((line, len(text) if end < 0 else end, iso))
    if len({iso for _, iso in heads} | {iso for _, _, iso in inline}) < MIN_COUNTRIES:
        return Sections(spans=())
    ends = [s for s, _ in heads[1:]] + [len(text)]
    spans = [(s, e, iso) for (s, iso), e in zip(heads, ends, strict=True)] + inline
    return Sections(spans=tuple(sorted(spans)))


def in_section(rows: list[R], text: str, secs: Sections, at: int, head: int) -> list[R]:
    """The Latin-only rows a name at this offset may take: in a round-up's section (secs, found once per article),
    those of its country; after a road's head (translit guards its spelling as after an area's head), those of
    ROAD_COUNTRIES only."""
    country = secs.at(at)
    road = text.startswith(ROAD_HEAD, head)
    return [r for r in rows if (country is None or r.iso3 == country) and (not road or r.iso3 in ROAD_COUNTRIES)]


def road_candidates(text: str, covered: list[tuple[int, int]],
                    taken: list[tuple[int, int]]) -> Iterator[Candidate]:
    """(phrase start, name start, end, name, head) of the one-word ends of a road («الطريق بين بورزنغا وكونغوسي»,
    «الطريق المودي الي X») that no place phrase covers; head: where «الطريق» stands."""
    stop = name_stops()
    for m in ROAD_RE.finditer(text):
        for g in (2, 3):
            name = m.group(g)
            if name is None:
                continue
            a, b = m.span(g)
            if (name in stop or name.startswith("ال") or _consonants(name) < ROAD_MIN_CONSONANTS
                    or any(s < b and a < e for s, e in (*covered, *taken))):
                continue
            yield a, a, b, name, m.start(1)


def with_roads(found: Iterator[Candidate], text: str, covered: list[tuple[int, int]],
               taken: list[tuple[int, int]], anchors: Anchors | None = None) -> Iterator[Candidate]:
    """The candidates after a town's head (translit.candidates), the bare names (bare_names.with_bare; anchors: see
    there), then the ends of roads."""
    yield from with_bare(found, text, covered, taken, anchors)
    yield from road_candidates(text, covered, taken)


def _consonants(name: str) -> int:
    """How many letters of the name are consonants (not long vowels, seats, hamzas, ع or a final ه)."""
    return sum(1 for c in name.removesuffix("ه") if c not in LONG_VOWELS)
