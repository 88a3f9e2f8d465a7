"""Hashtags whose words '_' joins ('#عرب_جبور', '#ريف_درعا_الغربي'): a page's tag names its place in several
words, which the place automaton reads as if spaced (the joint is one character, so offsets do not move)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..matcher import Match, Matcher
from .units import Payload

HASHTAG_RE = re.compile(r"#[^\W\d_]+(?:_[^\W\d_]+)+")


def spaced_hashtags(text: str, hits: Iterable[Match[Payload]] | None,
                    matcher_of: Callable[[], Matcher[Payload]]) -> tuple[str, Iterable[Match[Payload]] | None]:
    """The text with the '_' joints of its hashtags read as spaces (same length, same offsets), and the hits with
    the names that span a joint added ('#عرب_جبور', '#تل_نصري': a page's tag names its town in several words)."""
    tags = list(HASHTAG_RE.finditer(text)) if "_" in text else []
    if not tags:
        return text, hits
    spaced = HASHTAG_RE.sub(lambda m: m.group(0).replace("_", " "), text)
    matcher = matcher_of()
    extra = [Match(h.start + m.start(), h.end + m.start(), h.key, h.payload, h.prefix) for m in tags
             for h in matcher.find(spaced[m.start():m.end()]) if "_" in m.group(0)[h.start:h.end]]
    if not extra:
        return spaced, hits
    return spaced, sorted([*(matcher.find(text) if hits is None else hits), *extra], key=lambda h: (h.start, -h.end))
