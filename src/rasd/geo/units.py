"""The records of place recognition (places.py): a head noun, a descriptor, a selected lexicon hit and a candidate
place phrase, with a fast copy-with-changes for the phrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from .gazetteer import NameRef

_new = tuple.__new__  # builds an Item or a Unit without the NamedTuple's Python-level __new__ (hot path)


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun or a trailing adjective and the kind of place it implies."""

    key: str
    role: str  # head | adj
    number: str  # sg | du | pl | -
    feature: str
    iso3: str = ""  # a nationality adjective: the country it names (العراقيه -> IRQ)


@dataclass(frozen=True, slots=True)
class Descriptor:
    """A phrase that turns a place into an area relative to it (ريف X, شرقي X, X الشرقي)."""

    key: str
    code: str
    position: str  # before | after
    bearing: int | None
    offset_km: int
    precision: int


Payload = tuple[str, object]  # ("name", tuple[NameRef, ...]) | ("head", Head) | ("desc", Descriptor)


class Item(NamedTuple):
    """One selected lexicon hit: [start, end) excludes the proclitic prefix (a NamedTuple: made by the hundred)."""

    start: int
    end: int
    kind: str  # name | head | adj | desc | dir | stop | skip
    key: str
    prefix: str
    payload: Any  # a name's tuple[NameRef, ...], a Head (head, adj, skip), a Descriptor (desc, dir), a stop key


class Unit(NamedTuple):
    """One candidate place phrase with everything the resolver needs to decide (a NamedTuple for speed)."""

    start: int  # normalized offsets of the whole phrase (descriptor/head/adjectives included)
    end: int
    name_start: int
    name_end: int
    key: str
    refs: tuple[NameRef, ...]
    head: Head | None
    outer: Head | None  # an earlier head right before the head: "قاعدتي حقل العمر"
    inherited: bool  # head/descriptor taken from the first member of a list
    feature: str | None  # place kind implied by the head or a trailing adjective
    desc: Descriptor | None
    direction: Descriptor | None
    sentence: int
    paragraph: int  # line of the text (datelines are read per line)
    locative: int  # 0, PREP_CLITIC or PREP_WORD (true when a preposition introduces the phrase)
    list_first: int | None  # index of the first unit of the list this one belongs to
    context_of: int | None  # index of the unit this one may be the context of
    country: str | None  # the country a nationality adjective names ("بلده القايم العراقيه")


_FIELD = {name: i for i, name in enumerate(Unit._fields)}


def _replace(unit: Unit, **changes: Any) -> Unit:
    """A copy of a unit with some fields changed (NamedTuple._replace, without its overhead)."""
    values = list(unit)
    for name, value in changes.items():
        values[_FIELD[name]] = value
    return _new(Unit, values)
