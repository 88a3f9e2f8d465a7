"""Records private to ingest: a failure notice, a decoded document before metadata, limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import RasdError

MAX_DOC_BYTES = 5 * 1024 * 1024  # per document: a news article is ~10 kB; 5 MB is a dump, not an article
MIN_ARABIC_SHARE = 0.20  # below this share of Arabic letters among letters the text is not Arabic news
FAILED = "error"
SKIPPED = "skipped"


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestFailure:
    """A document that was not read (kind 'error') or deliberately passed over (kind 'skipped')."""

    doc: str  # doc id, path, or "file.jsonl:LINE" / "stdin:LINE" for a JSONL line
    reason: str  # one line: what is wrong and what to do
    kind: str = FAILED


class Rejected(RasdError):
    """One document cannot be read; carries only the reason (the caller knows the document)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """A decoded document with what its container says about it, before metadata is merged."""

    doc_id: str
    text: str
    encoding: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None  # from a JSONL record's 'published'
    from_html: bool = False  # the text is the main text of an HTML page
    markup_date: date | None = None  # the page's machine-readable publication date
    meta_keys: tuple[str, ...] = ()  # keys under which --meta may describe this document
    where: str = ""  # how failures name it: the path, the record id, or "file.jsonl:LINE"


def mb(n: int) -> str:
    """Bytes as megabytes with one decimal: 5242880 -> '5.0'."""
    return f"{n / (1024 * 1024):.1f}"
