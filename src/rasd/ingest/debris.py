"""Find page debris lines (UI chrome, bylines, time stamps) and read the outlet and date they show.

The text is never changed: debris is reported as (start, end) ranges of whole
lines, leading and trailing spaces excluded. Only lines that are entirely
chrome are marked; a line with any sentence of the article is kept. Patterns
live in ``lexicons/debris.tsv``; outlet names in ``lexicons/outlets.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..errors import LexiconError
from ..lexicon import load_table
from ..normalize import normalize_text
from .dates import read_date
from .outlets import BYLINE, DATELINE, LINE, Outlets, outlet_key, outlets

DEBRIS_KINDS = frozenset({"ui", "share", "related", "tags", "timestamp"})
BYLINE_SPLIT_RE = re.compile(r"\s*[-/|,+]\s*")
MAX_BYLINE_PARTS = 3
MAX_BYLINE_PART_WORDS = 4  # a city, a reporter's name or an outlet; longer parts are sentences
MAX_PLACE_WORDS = 2  # the other part of an untagged 'outlet - city' dateline
TOP_LINES = 6  # bylines and datelines sit under the headline, within the first lines
MAX_DEBRIS_CHARS = 300  # chrome lines are short; longer lines are never tested
SENTENCE_PUNCT_RE = re.compile(r"[:!?]")
HEADER_WORDS = 3  # 'اقرا ايضا', 'المزيد من الاخبار': a related-links header with no link on its line
MAX_LINKS = 6  # link headlines listed under such a header
MAX_LINK_CHARS = 140  # a link headline is one short line without a final full stop


@dataclass(frozen=True, slots=True)
class DebrisRules:
    """The debris lexicon compiled: exact lines by kind, whole-line regexes, byline tags."""

    lines: dict[str, str]  # normalized line -> kind
    regexes: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, kind), in file order
    byline_tags: frozenset[str]

    def classify(self, key: str) -> tuple[str, re.Match[str] | None] | None:
        """The kind of a normalized line and the regex match that found it, or None."""
        kind = self.lines.get(key)
        if kind is not None:
            return kind, None
        for pattern, rkind in self.regexes:
            m = pattern.fullmatch(key)
            if m:
                return rkind, m
        return None


@dataclass(frozen=True, slots=True)
class DebrisReport:
    """What the debris of one text shows."""

    ranges: tuple[tuple[int, int], ...]
    published: date | None  # from the first time-stamp line that gives a date
    outlet: str | None  # from the first byline naming a known outlet
    cited_outlet: str | None  # from an attribution line ('المصدر: ...'), which stays text


@cache
def debris_rules() -> DebrisRules:
    """Load and compile debris.tsv once; every regex must be normalizer-invariant and compile."""
    table = load_table("debris")
    lines: dict[str, str] = {}
    regexes: list[tuple[re.Pattern[str], str]] = []
    tags: set[str] = set()
    for row in table.rows:
        kind, line, regex = row.get("kind"), row.get("line"), row.get("regex")
        if bool(line) == bool(regex):
            raise LexiconError(table.path, row.line, "give exactly one of 'line' and 'regex'")
        if kind == "byline_tag":
            if not line:
                raise LexiconError(table.path, row.line, "a byline_tag is a 'line', not a regex")
            tags.add(line)
        elif line:
            lines[line] = kind
        else:
            if normalize_text(regex) != regex:
                raise LexiconError(table.path, row.line,
                                   f"regex changes under rasd's normalizer; write it as {normalize_text(regex)!r}")
            try:
                compiled = re.compile(regex)
            except re.error as exc:
                raise LexiconError(table.path, row.line, f"bad regex: {exc}") from exc
            if kind == "attribution" and compiled.groups < 1:
                raise LexiconError(table.path, row.line, "an attribution regex needs a group for the outlet")
            regexes.append((compiled, kind))
    return DebrisRules(lines=lines, regexes=tuple(regexes), byline_tags=frozenset(tags))


def line_key(line: str) -> str:
    """A line as the lexicon compares it: normalized, spaces collapsed, stripped."""
    return " ".join(normalize_text(line).split())


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Every non-blank line as (start, end, content) with surrounding spaces excluded from the range."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            yield start, start + len(stripped), stripped
        pos += len(raw) + 1


def byline_outlet(key: str, rules: DebrisRules, table: Outlets, *, top: bool) -> tuple[bool, str | None]:
    """Whether a normalized line is a byline ('تلفزيون سوريا - وكالات', 'دمشق - سانا'), and its outlet.

    A part that is only sometimes an outlet name ('الحره', 'الميادين') makes a
    byline only with a tag ('الميادين - وكالات'); one that is also an ordinary
    word (not a place) does so near the top of the text beside a short place
    name ('الحره - دبي'), while 'الميادين - البوكمال' stays two towns.
    """
    parts = [outlet_key(p) for p in BYLINE_SPLIT_RE.split(key)]
    parts = [p for p in parts if p]
    if len(parts) == 1:
        only = table.lookup(parts[0], context=LINE)
        return (only is not None or parts[0] in rules.byline_tags), only
    if not parts or len(parts) > MAX_BYLINE_PARTS or SENTENCE_PUNCT_RE.search(key):
        return False, None
    tagged = any(p in rules.byline_tags for p in parts)
    outlet: str | None = None
    safe_name = dateline_name = False
    others: list[str] = []
    for part in parts:
        if part in rules.byline_tags:
            continue
        if len(part.split()) > MAX_BYLINE_PART_WORDS:
            return False, None
        named = table.lookup(part, context=LINE)
        safe_name = safe_name or named is not None
        if named is None and top:
            named = table.lookup(part, context=DATELINE)
            dateline_name = dateline_name or named is not None
        if named is None and tagged:
            named = table.lookup(part, context=BYLINE)
        if named is None:
            others.append(part)
        outlet = outlet or named
    dateline = dateline_name and len(parts) == 2 and all(len(p.split()) <= MAX_PLACE_WORDS for p in others)
    if tagged or safe_name or dateline:
        return True, outlet
    return False, None


def attribution_outlet(named: str, table: Outlets) -> str | None:
    """The outlet an attribution names: 'الميادين نت + وكالات' -> 'Al Mayadeen'."""
    found = table.lookup(named, context=BYLINE)
    if found is None:
        for part in BYLINE_SPLIT_RE.split(normalize_text(named)):
            found = found or table.lookup(part, context=BYLINE)
    return found


def find_debris(text: str) -> DebrisReport:
    """Mark debris lines of a text and read the date and outlet they show."""
    rules = debris_rules()
    table = outlets()
    ranges: list[tuple[int, int]] = []
    published: date | None = None
    outlet: str | None = None
    cited: str | None = None
    links_left = 0  # link headlines still expected under a bare 'اقرأ أيضاً:' header
    for index, (start, end, line) in enumerate(iter_lines(text)):
        if len(line) > MAX_DEBRIS_CHARS:
            links_left = 0
            continue
        key = line_key(line)
        if links_left and len(line) <= MAX_LINK_CHARS and not line.endswith((".", "。")):
            links_left -= 1
            ranges.append((start, end))
            continue
        links_left = 0
        found = rules.classify(key)
        if found is not None:
            kind, m = found
            if kind == "attribution":
                if cited is None and m is not None:
                    cited = attribution_outlet(m.group(1), table)
                continue
            ranges.append((start, end))
            if kind == "related" and len(key.rstrip(" :-").split()) <= HEADER_WORDS:
                links_left = MAX_LINKS  # 'اقرا ايضا:' alone on its line: the next lines are the links
            if kind == "timestamp" and published is None:
                published = read_date(line)
            continue
        is_byline, named = byline_outlet(key, rules, table, top=index < TOP_LINES)
        if is_byline:
            ranges.append((start, end))
            outlet = outlet or named
    return DebrisReport(ranges=tuple(ranges), published=published, outlet=outlet, cited_outlet=cited)
