"""Recognize: every lexicon, number, time and place match of one article, on normalized text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from .actor_denied import drop_denied_civilians
from .coref import resolve_context
from .matcher import Match, longest_first
from .normalize import NormText, normalize
from .records import Article, Span
from .resources import Entry, Resources
from .segment import Sentence, segment
from .trigger_fire import split_fire
from .trigger_flown import flown_only


@dataclass(frozen=True, slots=True, eq=False)
class Recognized:
    """All candidate spans of one article; offsets are into the normalized text `nt.text`."""

    article: Article
    nt: NormText
    sentences: tuple[Sentence, ...]
    actors: tuple[Match[Entry], ...]
    triggers: tuple[Match[Entry], ...]
    weapons: tuple[Match[Entry], ...]
    sources: tuple[Match[Entry], ...]
    cues: tuple[Match[Entry], ...]
    site_sides: tuple[Match[Entry], ...]
    times: tuple[Any, ...]
    quantities: tuple[Any, ...]
    places: tuple[Any, ...]
    unmasked: str  # the normalized text before the page debris was blanked (same offsets as nt.text)
    index: dict[str, tuple[list[int], tuple[Any, ...]]]  # kind -> (the starts of its items, the items)
    cue_index: dict[str, tuple[list[int], tuple[Match[Entry], ...]]]  # the same for the cues of each kind
    memo: dict[str, Any] = field(default_factory=dict)  # facts later stages derive once per article (lazily)

    def near(self, name: str, lo: int, hi: int) -> tuple[Any, ...]:
        """Items of one kind ('cues', 'actors', ...) whose start lies in [lo, hi), by bisection."""
        st, items = self.index[name]
        return items[bisect_left(st, lo):bisect_left(st, hi)]  # starts are >= 0: a negative lo reads from 0

    def inside(self, name: str, start: int, end: int, reach: int = 40) -> bool:
        """True when a longer item of one kind, starting at most `reach` characters before, holds [start, end)
        ('السيده زينب' the place holds 'سيده', 'المقاومه الاسلاميه في العراق' holds 'المقاومه الاسلاميه')."""
        return any(o.start <= start and end <= o.end and o.end - o.start > end - start
                   for o in self.near(name, start - reach, end))

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence that holds pos (by bisection over the sentences' starts), or None."""
        starts = self.memo.get("sentence_starts")
        if starts is None:  # read once per article: no key function called at each step of each bisection
            starts = self.memo["sentence_starts"] = [s.start for s in self.sentences]
        i = bisect_right(starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def cache(self, name: str) -> dict[Any, Any]:
        """The article's cache of one derived fact (empty at first), for stages that ask for it again and again."""
        got = self.memo.get(name)
        if got is None:
            got = self.memo[name] = {}
        return got

    def cues_starting(self, kind: str, lo: int, hi: int) -> tuple[Match[Entry], ...]:
        """Cue matches of one kind whose start lies in [lo, hi), wherever they end."""
        got = self.cue_index.get(kind)
        if got is None:
            return ()
        st, items = got
        return items[bisect_left(st, lo if lo > 0 else 0):bisect_left(st, hi)]

    def cues_of(self, kind: str, start: int, end: int) -> list[Match[Entry]]:
        """Cue matches of one kind inside [start, end)."""
        got = self.cue_index.get(kind)
        if got is None:
            return []
        st, items = got
        i, j = bisect_left(st, start), bisect_left(st, end)  # starts are >= 0: a negative start reads from 0
        return [c for c in items[i:j] if c.end <= end] if i < j else []


_START = attrgetter("start")  # the start of any recognized item
_NOT_NEWLINE = re.compile(r"[^\n]")  # what debris masking blanks


def mask_debris(text: str, nt: NormText, debris: tuple[tuple[int, int], ...]) -> str:
    """Blank out page-debris ranges (given in original offsets) in the normalized text, keeping length."""
    if not debris:
        return text
    n = len(text)
    same = nt.nstarts == (0,) and nt.ostarts == (0,) and not nt.collapsed[0]  # normalized offsets are original ones
    for a, b in debris:
        if same:
            lo, hi = min(max(a, 0), n), min(max(b, 0), n)
        else:
            lo = bisect_left(range(n), a, key=nt.orig_pos)
            hi = bisect_left(range(n), b, key=nt.orig_pos)
        if lo < hi:
            text = text[:lo] + _NOT_NEWLINE.sub(" ", text[lo:hi]) + text[hi:]
    return text


def _bare_head(m: Match[Entry]) -> bool:
    """A province body's one-word head noun under the article ('الشرطه', 'للشرطه'): the police at large, no body's
    name (the construct 'شرطه البصره' is one)."""
    return " " not in m.key and ("ال" in m.prefix or m.prefix.endswith("لل")) and "{province}" in (m.payload.get("local") or "")


def _in_time(c: Match[Entry], times: tuple[Any, ...]) -> bool:
    """A target preposition inside a time phrase the time readers found ('ليله الجمعه علي السبت': the night's link
    to its second day) is no target preposition."""
    return c.payload.kind == "target_prep" and any(t.start <= c.start and c.end <= t.end for t in times)


def recognize(article: Article, res: Resources) -> Recognized:
    """Run every matcher over the article's normalized text (debris masked)."""
    from .geo import locate
    from .geo.actor_focus import actor_focus
    from .geo.translit import NAME_ANCHORS
    from .numbers import find_quantities
    from .timex import find_times

    nt = normalize(article.text)
    unmasked = nt.text
    text = mask_debris(nt.text, nt, article.debris)
    if text is not nt.text:
        nt = NormText(original=nt.original, text=text, nstarts=nt.nstarts, ostarts=nt.ostarts,
                      collapsed=nt.collapsed)
    published: date | None = article.published
    found, words = res.group.find_with_words(text)  # one scan: every lexicon, the place names, time and number words
    times = tuple(find_times(text, published, words or None, unmasked))  # None: no reader words in the group
    lists: dict[str, tuple[Any, ...]] = {
        "actors": drop_denied_civilians(text, resolve_context(tuple(longest_first(found["actors"])))),  # not hit
        "weapons": tuple(longest_first(found["weapons"])),
        "sources": tuple(m for m in longest_first(found["sources"]) if not _bare_head(m)),
        "cues": tuple(c for c in found["cues"] if not _in_time(c, times)),
        "site_sides": tuple(longest_first(found["site_sides"])),
        "times": times,
        "quantities": tuple(find_quantities(text, words or None)),
        # the place patterns and the transliteration's anchor words rode along in the same scan
        "places": tuple(locate(nt, found.get("places"), actor_focus(text), words.get(NAME_ANCHORS))),
    }
    lists["triggers"] = flown_only(text, split_fire(text, tuple(longest_first(found["triggers"]))),  # 'اطلق مسلحون
                                   lists["weapons"])  # النار علي X'; 'طايرات f-16 دمرت', not 'حيث دمر منزل'
    lists = {k: tuple(sorted(v, key=_START)) for k, v in lists.items()}
    by_kind: dict[str, list[Match[Entry]]] = {}
    for c in lists["cues"]:
        by_kind.setdefault(c.payload.kind, []).append(c)
    return Recognized(article=article, nt=nt, sentences=tuple(segment(text)), unmasked=unmasked,
                      index={k: (list(map(_START, v)), v) for k, v in lists.items()},
                      cue_index={k: (list(map(_START, v)), tuple(v)) for k, v in by_kind.items()},
                      actors=lists["actors"], triggers=lists["triggers"], weapons=lists["weapons"],
                      sources=lists["sources"], cues=lists["cues"], site_sides=lists["site_sides"],
                      times=lists["times"], quantities=lists["quantities"], places=lists["places"])


def spans(rec: Recognized) -> list[Span]:
    """Every recognized item as a Span into the original text, for the article page and debugging."""
    out: list[Span] = []
    groups: list[tuple[str, tuple[Any, ...]]] = [
        ("actor", rec.actors), ("trigger", rec.triggers), ("weapon", rec.weapons),
        ("source", rec.sources), ("time", rec.times), ("number", rec.quantities), ("place", rec.places),
    ]
    for label, items in groups:
        for it in items:
            a, b = rec.nt.to_orig(it.start, it.end)
            value = _value(label, it)
            out.append(Span(start=a, end=b, label=label, value=value, text=rec.nt.original[a:b]))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _value(label: str, it: Any) -> str:
    """A short canonical value for a recognized item."""
    if label in ("actor", "trigger", "weapon", "source"):
        return str(it.payload.id)
    if label == "time":
        return it.date.isoformat() if it.date else ""
    if label == "number":
        return "" if it.value is None else str(it.value)
    if label == "place":
        return str(it.location.id)
    return ""
