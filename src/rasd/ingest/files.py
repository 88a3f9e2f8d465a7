"""Walk the inputs (files, directories, stdin) and turn each document into a Draft or a failure."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO

from .html import decode_html, extract_html, with_title
from .jsonl import first_record, is_article_record, read_jsonl
from .text import decode_bytes
from .types import MAX_DOC_BYTES, SKIPPED, Draft, IngestFailure, Rejected, mb

TEXT_EXTS = frozenset({".txt", ".text"})
HTML_EXTS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTS = frozenset({".jsonl", ".ndjson"})
STDIN = "-"
SNIFF_BYTES = 2048
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<article", b"<div", b"<p>")


@dataclass(frozen=True, slots=True)
class Source:
    """One file to read (or stdin), with the reader its name calls for."""

    path: str
    kind: str  # txt | html | jsonl | sniff | stdin
    in_dir: bool


def kind_of(path: str) -> str | None:
    """The reader a file name calls for, or None for other extensions."""
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXTS:
        return "txt"
    if ext in HTML_EXTS:
        return "html"
    if ext in JSONL_EXTS:
        return "jsonl"
    return None


def _walk(root: str) -> Iterator[Source | IngestFailure]:
    """Files under a directory, recursively, in name order; hidden entries are not inputs."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield IngestFailure(doc=root, reason=f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            kind = kind_of(entry.name)
            if kind is None:
                yield IngestFailure(doc=entry.path, kind=SKIPPED,
                                    reason="not a .txt, .html, .htm or .jsonl file")
            else:
                yield Source(entry.path, kind, True)
        else:
            yield IngestFailure(doc=entry.path, kind=SKIPPED,
                                reason="not a regular file (a link to a directory, a socket ...)")


def iter_sources(inputs: list[str] | tuple[str, ...]) -> Iterator[Source | IngestFailure]:
    """Expand the inputs: '-' is stdin, a directory is walked, a file is read by its extension."""
    for given in inputs:
        if given == STDIN:
            yield Source(STDIN, "stdin", False)
        elif given.startswith(("http://", "https://")):
            yield IngestFailure(doc=given, reason="URLs are not fetched; save the page and pass the file")
        elif os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given):
            yield Source(given, kind_of(given) or "sniff", False)
        else:
            yield IngestFailure(doc=given, reason="no such file or directory")


def _text_draft(data: bytes, *, doc_id: str, path: str | None) -> Draft:
    """A plain-text document."""
    text, encoding = decode_bytes(data)
    return Draft(doc_id=doc_id, text=text, encoding=encoding, path=path, meta_keys=_keys(doc_id, path),
                 where=path or "stdin")


def _html_draft(data: bytes, *, doc_id: str, path: str | None) -> Draft:
    """An HTML page: its main text with the title first, and its metadata."""
    markup, encoding = decode_html(data)
    page = extract_html(markup)
    return Draft(doc_id=doc_id, text=with_title(page.title, page.text), encoding=encoding, path=path,
                 url=page.url, title=page.title, outlet=page.outlet, from_html=True,
                 markup_date=page.markup_date, meta_keys=_keys(doc_id, path), where=path or "stdin")


def _keys(doc_id: str, path: str | None) -> tuple[str, ...]:
    """The keys --meta may use for a file: id, path as given, normalized path, base name."""
    keys = [doc_id] + ([path, os.path.normpath(path), os.path.basename(path)] if path else [])
    return tuple(dict.fromkeys(keys))


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a document are HTML markup."""
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return low.startswith(b"<") and any(marker in low for marker in HTML_MARKERS)


def _read_limited(fh: BinaryIO, head: bytes = b"") -> bytes:
    """Read the rest of a document after its first bytes, refusing more than the size limit."""
    data = head + fh.read(MAX_DOC_BYTES + 1 - len(head))
    if len(data) > MAX_DOC_BYTES:
        raise Rejected("document is over 5 MB, the limit; split it")
    return data


def _single(data: bytes, *, kind: str, doc_id: str, path: str | None) -> Draft:
    """One text or HTML document from its bytes."""
    if kind == "html":
        return _html_draft(data, doc_id=doc_id, path=path)
    return _text_draft(data, doc_id=doc_id, path=path)


def _sniffed(fh: BinaryIO, *, name: str, path: str | None, stdin: bool) -> Iterator[Draft | IngestFailure]:
    """A stream of unknown kind: JSON Lines if its first line is an article record, else HTML or text."""
    consumed: list[bytes] = []
    first = b""
    for line in fh:
        consumed.append(line)
        if line.strip():
            first = line
            break
    if first and is_article_record(first_record(first)):
        yield from read_jsonl(chain(consumed, fh), name=name, path=path, in_dir=False)
        return
    try:
        data = _read_limited(fh, b"".join(consumed))
        kind = "html" if looks_like_html(data[:SNIFF_BYTES]) else "txt"
        doc_id = f"stdin-{hashlib.sha256(data).hexdigest()[:16]}" if stdin else name
        yield _single(data, kind=kind, doc_id=doc_id, path=path)
    except Rejected as exc:
        yield IngestFailure(doc=path or name, reason=exc.reason)


def read_source(src: Source, stdin: BinaryIO) -> Iterator[Draft | IngestFailure]:
    """Every document of one source, or failures; never raises for a bad document."""
    if src.kind == "stdin":
        yield from _sniffed(stdin, name="stdin", path=None, stdin=True)
        return
    doc_id = os.path.basename(src.path)
    try:
        size = os.path.getsize(src.path)
        if src.kind != "jsonl" and size > MAX_DOC_BYTES:
            raise Rejected(f"document is {mb(size)} MB; the limit is 5 MB, split it")
        with open(src.path, "rb") as fh:
            if src.kind == "jsonl":
                yield from read_jsonl(fh, name=doc_id, path=src.path, in_dir=src.in_dir)
            elif src.kind == "sniff":
                yield from _sniffed(fh, name=doc_id, path=src.path, stdin=False)
            else:
                yield _single(_read_limited(fh), kind=src.kind, doc_id=doc_id, path=src.path)
    except Rejected as exc:
        yield IngestFailure(doc=src.path, reason=exc.reason)
    except OSError as exc:
        yield IngestFailure(doc=src.path, reason=f"cannot read: {exc.strerror or exc}")
