"""Body parts named where a wound is: 'برصاصه في الراس' is a head wound, not the village Ar Ras."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .stopwords import scoped

CLAUSE_END_RE = re.compile(r"[.!?;\n]")
WORD_RE = re.compile(r"[^\W\d_]+")
WINDOW = 6  # words before the preposition in which a wound word makes the noun a body part


class _Item(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def kind(self) -> str: ...


T = TypeVar("T", bound=_Item)


def _wounded(text: str, start: int) -> bool:
    """A wound word (اصيب، رصاصه، شظايا، رضوض) among the few words before start, within its clause."""
    lo = max(0, start - 80)
    ends = [m.end() for m in CLAUSE_END_RE.finditer(text, lo, start)]
    words = WORD_RE.findall(text, ends[-1] if ends else lo, start)[-WINDOW:]
    wound = scoped("wound")
    return any(w in wound or w[1:] in wound or w[2:] in wound for w in words)


def wound_site(text: str, it: _Item) -> bool:
    """A name that is a body part, after في or a ب proclitic, with a wound word just before it."""
    body = scoped("body")
    if it.kind != "name" or (it.key not in body and "ال" + it.key not in body):
        return False
    if it.prefix in ("ب", "بال", "وب", "وبال"):
        return _wounded(text, it.start)
    k = text.rfind(" ", 0, max(0, it.start - 1))
    return text[k + 1:it.start].strip() == "في" and _wounded(text, k + 1)


def drop_wound_sites(text: str, items: Sequence[T]) -> list[T]:
    """The items without the body parts of a wound ('اصيب برصاصه في الصدر')."""
    return [it for it in items if not wound_site(text, it)]
