"""Records <-> plain dicts: the lossless storage form, the output contract form, and article rows.

Two dict shapes exist for mentions and events:

* the *contract* form, ``Mention.to_dict(doc)`` / ``Event.to_dict()`` (DESIGN.md "Output contract");
  it leaves out a few internal fields (span offsets of actors and places, ``retaliation``,
  ``absorbed_ids``, the ``doc_id`` of mention claims) and rounds coordinates and confidence;
* the *lossless* form, ``mention_to_dict`` / ``event_to_dict`` here: every dataclass field under
  its own name (dates as ISO strings, tuples as lists), so ``mention_from_dict(mention_to_dict(m))
  == m`` for every mention. The store keeps this form in its ``json`` columns.

``mention_from_dict`` and ``event_from_dict`` read both forms: keys the contract omits take the
field's default. Unknown keys and values of the wrong type raise ``RecordFormatError``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Hashable, Mapping
from datetime import date
from functools import cache
from typing import Any, TypeVar

from .errors import RasdError
from .records import Article, Event, Mention

T = TypeVar("T")


class RecordFormatError(RasdError):
    """A dict does not describe a valid record (unknown key, missing field, wrong type)."""


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """The lossless dict of a mention (every field, JSON-ready)."""
    return _encode_record(mention)


def event_to_dict(event: Event) -> dict[str, Any]:
    """The lossless dict of an event (every field, JSON-ready)."""
    return _encode_record(event)


def mention_from_dict(data: Mapping[str, Any]) -> Mention:
    """A Mention from its lossless or contract dict (the contract's `doc` object is ignored)."""
    fields = {k: v for k, v in data.items() if k != "doc"}
    return _build(Mention, fields, "mention")


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """An Event from its lossless or contract dict (`fatalities_range` -> fatalities_min/max)."""
    fields = dict(data)
    if "fatalities_range" in fields:
        low_high = fields.pop("fatalities_range")
        if not isinstance(low_high, list | tuple) or len(low_high) != 2:
            raise RecordFormatError(f"event.fatalities_range: expected [min, max], got {low_high!r}")
        fields.setdefault("fatalities_min", low_high[0])
        fields.setdefault("fatalities_max", low_high[1])
    return _build(Event, fields, "event")


def article_to_row(article: Article) -> dict[str, Any]:
    """The column values of an article row (published as ISO text, debris as JSON)."""
    return {
        "doc_id": article.doc_id, "content_hash": article.content_hash, "path": article.path,
        "url": article.url, "title": article.title, "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from, "encoding": article.encoding,
        "text": article.text, "debris": json.dumps([list(r) for r in article.debris]),
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    """An Article from a row of the articles table (extra columns such as run_id are ignored)."""
    debris = json.loads(row["debris"]) if row["debris"] else []
    fields = {name: row[name] for name in ("doc_id", "text", "content_hash", "path", "url", "title",
                                           "outlet", "published", "published_from", "encoding")}
    fields["debris"] = debris
    return _build(Article, fields, "article")


def _encode_record(obj: Any) -> dict[str, Any]:
    """Every field of a dataclass instance, recursively JSON-ready."""
    return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _encode(value: Any) -> Any:
    """A JSON-ready value: dataclasses to dicts, tuples to lists, dates to ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encode_record(value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _hints(cls: Hashable) -> dict[str, Any]:
    """The resolved field types of a record class."""
    return typing.get_type_hints(cls)


def _build(cls: type[T], data: Mapping[str, Any], path: str) -> T:
    """Instantiate record class `cls` from `data`, checking keys and value types."""
    if not isinstance(data, Mapping):
        raise RecordFormatError(f"{path}: expected an object, got {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise RecordFormatError(f"{path}: unknown key(s) {', '.join(unknown)}")
    hints = _hints(typing.cast(Hashable, cls))
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _decode(hints[name], data[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise RecordFormatError(f"{path}: missing required key {name!r}")
    return cls(**kwargs)


def _decode(tp: Any, value: Any, path: str) -> Any:
    """Convert a JSON value to the field type `tp` (records, unions, tuples, dates, scalars)."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(typing.get_args(tp), value, path)
    if origin is tuple:
        return _decode_tuple(typing.get_args(tp), value, path)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _build(tp, value, path)
    if tp is date:
        if not isinstance(value, str):
            raise RecordFormatError(f"{path}: expected an ISO date string, got {value!r}")
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise RecordFormatError(f"{path}: {exc}") from exc
    return _decode_scalar(tp, value, path)


def _decode_union(members: tuple[Any, ...], value: Any, path: str) -> Any:
    """The first union member that accepts `value` (None only for optional types)."""
    if value is None:
        if type(None) in members:
            return None
        raise RecordFormatError(f"{path}: may not be null")
    errors = []
    for member in members:
        if member is type(None):
            continue
        try:
            return _decode(member, value, path)
        except RecordFormatError as exc:
            errors.append(str(exc))
    raise RecordFormatError(errors[0] if len(errors) == 1 else f"{path}: no type accepts {value!r}")


def _decode_tuple(args: tuple[Any, ...], value: Any, path: str) -> tuple[Any, ...]:
    """A homogeneous tuple[X, ...] or a fixed tuple[X, Y] from a JSON list."""
    if not isinstance(value, list | tuple):
        raise RecordFormatError(f"{path}: expected a list, got {value!r}")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
    if len(args) != len(value):
        raise RecordFormatError(f"{path}: expected {len(args)} items, got {len(value)}")
    return tuple(_decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True)))


def _decode_scalar(tp: Any, value: Any, path: str) -> Any:
    """Check a str/int/float/bool value (ints are accepted for floats, bools never for numbers)."""
    if tp is bool:
        ok = isinstance(value, bool)
    elif tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif tp is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif tp is str:
        ok = isinstance(value, str)
    else:
        raise RecordFormatError(f"{path}: unsupported field type {tp!r}")
    if not ok:
        raise RecordFormatError(f"{path}: expected {tp.__name__}, got {value!r}")
    return value
