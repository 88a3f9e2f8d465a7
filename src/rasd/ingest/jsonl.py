"""Article records in JSON Lines: id, text or html, and optional url, title, outlet, published."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .dates import parse_published
from .html import extract_html, with_title
from .outlets import outlets
from .types import FAILED, MAX_DOC_BYTES, SKIPPED, Draft, IngestFailure, Rejected, mb


def is_article_record(rec: object) -> bool:
    """True for a JSON object with a 'text' or 'html' field: the rule that tells articles from sidecars."""
    return isinstance(rec, dict) and ("text" in rec or "html" in rec)


def first_record(line: bytes) -> object | None:
    """The JSON value of a line, or None when it is not JSON."""
    try:
        return json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _field(rec: dict[str, Any], key: str) -> str | None:
    """An optional string field of an article record; raise Rejected on another type."""
    value = rec.get(key)
    if value is None:
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise Rejected(f"'{key}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def record_draft(rec: dict[str, Any], *, name: str, lineno: int, path: str | None) -> Draft:
    """One article record as a Draft; 'text' is the article when both text and html are given."""
    doc_id = _field(rec, "id") or _field(rec, "url") or f"{name}:{lineno}"
    text, markup = _field(rec, "text"), _field(rec, "html")
    if text is None and markup is None:
        raise Rejected("the record's 'text' and 'html' are empty")
    page = extract_html(markup) if markup is not None else None
    published = _field(rec, "published")
    try:
        day = parse_published(published) if published else None
    except ValueError as exc:
        raise Rejected(str(exc)) from exc
    outlet = _field(rec, "outlet")
    title = _field(rec, "title") or (page.title if page else None)
    body = rec["text"] if text is not None else with_title(title, page.text if page else "")
    return Draft(
        doc_id=doc_id, text=body, encoding="utf-8", path=path,
        url=_field(rec, "url") or (page.url if page else None),
        title=title,
        outlet=outlets().canonicalize(outlet) if outlet else (page.outlet if page else None),
        published=day,
        from_html=text is None,
        markup_date=page.markup_date if page else None,
        meta_keys=tuple(k for k in (_field(rec, "id"), _field(rec, "url"), doc_id) if k),
        where=_field(rec, "id") or f"{name}:{lineno}",
    )


def read_jsonl(lines: Iterable[bytes], *, name: str, path: str | None,
               in_dir: bool) -> Iterator[Draft | IngestFailure]:
    """Article records of a JSON Lines stream; each bad line is one failure and the rest goes on.

    The first non-blank line decides what the file is: if it is not an object
    with 'text' or 'html', the file is a sidecar (metadata, gold, rasd output)
    and is skipped when found in a directory, or one error when named directly.
    """
    checked = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        if not checked:
            checked = True
            if not is_article_record(first_record(raw)):
                reason = ("not article records: the first line has no 'text' or 'html' field "
                          "(a metadata or gold file? pass metadata with --meta)")
                yield IngestFailure(doc=path or name, reason=reason, kind=SKIPPED if in_dir else FAILED)
                return
        if len(raw) > MAX_DOC_BYTES:
            yield IngestFailure(doc=where, reason=f"record is {mb(len(raw))} MB; the limit is 5 MB, split it")
            continue
        try:
            rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield IngestFailure(doc=where, reason=f"not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield IngestFailure(doc=where, reason=f"invalid JSON ({exc.msg}, column {exc.colno}); fix or drop the line")
            continue
        if not is_article_record(rec):
            yield IngestFailure(doc=where, reason="not an article record: an object with 'text' or 'html' is expected")
            continue
        try:
            yield record_draft(rec, name=name, lineno=lineno, path=path)
        except Rejected as exc:
            doc = _field(rec, "id") if isinstance(rec.get("id"), str) else None
            yield IngestFailure(doc=doc or where, reason=exc.reason)
