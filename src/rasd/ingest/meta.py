"""The --meta sidecar: per-document metadata (JSON Lines) keyed by id, path and base name.

Each line is an object with ``id`` and/or ``path`` and any of ``published``
(YYYY-MM-DD, ISO datetime or null), ``outlet``, ``url``, ``title``; other keys
(``language`` ...) are ignored. The file is user configuration, not data: a
malformed line raises UsageError with ``file:line`` instead of being skipped,
because half-applied metadata silently mis-dates documents.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import UsageError
from .dates import parse_published
from .outlets import outlets


@dataclass(frozen=True, slots=True, kw_only=True)
class DocMeta:
    """Metadata one --meta line gives for one document."""

    line: int
    id: str | None = None
    path: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


def _opt_str(where: str, rec: dict[str, Any], key: str) -> str | None:
    """An optional string field; anything else is a usage error."""
    value = rec.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise UsageError(f"{where}: '{key}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def parse_meta_line(where: str, lineno: int, raw: str) -> DocMeta:
    """One metadata record; raise UsageError naming file:line."""
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(rec, dict):
        raise UsageError(f"{where}: a JSON object is expected, not {type(rec).__name__}")
    doc_id, path = _opt_str(where, rec, "id"), _opt_str(where, rec, "path")
    if doc_id is None and path is None:
        raise UsageError(f"{where}: give 'id' or 'path' to say which document this line describes")
    published = _opt_str(where, rec, "published")
    try:
        day = parse_published(published) if published else None
    except ValueError as exc:
        raise UsageError(f"{where}: {exc}") from exc
    outlet = _opt_str(where, rec, "outlet")
    return DocMeta(line=lineno, id=doc_id, path=path, published=day,
                   outlet=outlets().canonicalize(outlet) if outlet else None,
                   url=_opt_str(where, rec, "url"), title=_opt_str(where, rec, "title"))


def _keys(m: DocMeta) -> list[str]:
    """The exact keys a record is found under: id, path, normalized path."""
    keys = [k for k in (m.id, m.path) if k]
    if m.path:
        keys.append(os.path.normpath(m.path))
    return list(dict.fromkeys(keys))


def load_meta(path: str) -> dict[str, DocMeta]:
    """Read a --meta file into key -> DocMeta (keys: id, path, and base name when unambiguous).

    Raises UsageError for an unreadable file, a malformed line, or two lines
    claiming the same id or path.
    """
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = fh.read().split("\n")
    except OSError as exc:
        raise UsageError(f"cannot read --meta file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"--meta file {path} is not UTF-8 (byte {exc.start}); re-save it as UTF-8") from exc
    index: dict[str, DocMeta] = {}
    by_base: dict[str, list[DocMeta]] = {}
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        m = parse_meta_line(f"{path}:{lineno}", lineno, raw)
        for key in _keys(m):
            if key in index and index[key] is not m:
                raise UsageError(f"{path}:{lineno}: {key!r} is already described on line {index[key].line}")
            index[key] = m
        if m.path:
            by_base.setdefault(os.path.basename(m.path), []).append(m)
    for base, records in by_base.items():
        if len(records) == 1 and base not in index:
            index[base] = records[0]
    return index


def find_meta(index: dict[str, DocMeta], keys: tuple[str, ...]) -> DocMeta | None:
    """The metadata for the first of a document's keys that the index knows."""
    for key in keys:
        found = index.get(key)
        if found is not None:
            return found
    return None
