"""Ingest: read files, directories, HTML pages, JSON Lines and stdin into Articles.

Rules (each bad document is one IngestFailure; the batch always goes on):

- INPUT ``-`` is stdin: JSON Lines when its first non-blank line is an object
  with ``text`` or ``html``, else one HTML page (if it starts with markup) or
  one plain-text document (doc id ``stdin-<16 hex of sha256>``).
- A directory is walked recursively in name order. Hidden files and folders
  (name starting with '.') are not inputs. ``.txt/.text``, ``.html/.htm/.xhtml``
  and ``.jsonl/.ndjson`` are read; any other file is reported as kind
  "skipped". A ``.jsonl`` file whose first record has neither ``text`` nor
  ``html`` is a sidecar (metadata, gold, rasd output) and is "skipped"; named
  directly on the command line the same file is an error.
- A file named directly is read by its extension; an unknown extension is
  sniffed like stdin.
- doc_id: the file's base name; a JSONL record's ``id``, else its ``url``, else
  ``file.jsonl:LINE``. A second document with a used doc_id is an error, or
  "skipped" when its text is identical.
- Publication date precedence: --meta, JSONL ``published``, the HTML page (a
  date line in the main text, then its meta tags), the --published flag, a
  time-stamp line of page debris. ``Article.published_from`` says which.
- Outlet precedence: --meta, JSONL ``outlet`` / HTML site name or host, a
  byline line, an attribution line ('المصدر: ...'). Known names become the
  canonical names of ``lexicons/outlets.tsv``.
- Refused: empty or whitespace-only, binary, undecodable, over 5 MB, under 20%
  Arabic letters, HTML without main text, malformed JSONL lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import BinaryIO

from ..records import Article
from .assemble import finish
from .files import iter_sources, read_source
from .meta import DocMeta, find_meta, load_meta
from .types import FAILED, SKIPPED, IngestFailure, Rejected

__all__ = ["FAILED", "SKIPPED", "DocMeta", "IngestFailure", "load_meta", "read_inputs"]


def _generate(inputs: Sequence[str], index: dict[str, DocMeta], flag: date | None,
              stdin: BinaryIO | None) -> Iterator[Article | IngestFailure]:
    """The lazy body of read_inputs."""
    seen: dict[str, tuple[str, str]] = {}  # doc_id -> (content hash, where it came from)
    for src in iter_sources(list(inputs)):
        if isinstance(src, IngestFailure):
            yield src
            continue
        for item in read_source(src, stdin if stdin is not None else sys.stdin.buffer):
            if isinstance(item, IngestFailure):
                yield item
                continue
            try:
                article = finish(item, meta=find_meta(index, item.meta_keys), flag=flag)
            except Rejected as exc:
                yield IngestFailure(doc=item.where or item.doc_id, reason=exc.reason)
                continue
            where = article.path or article.doc_id
            if article.doc_id in seen:
                first_hash, first_where = seen[article.doc_id]
                if first_hash == article.content_hash:
                    yield IngestFailure(doc=article.doc_id, kind=SKIPPED,
                                        reason=f"same text as {first_where}, already read")
                else:
                    yield IngestFailure(doc=article.doc_id,
                                        reason=f"doc id already used by {first_where}; rename one of them")
                continue
            seen[article.doc_id] = (article.content_hash, where)
            yield article


def read_inputs(inputs: Sequence[str], *, meta: str | None = None, published: date | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Article | IngestFailure]:
    """Read every input into Articles, yielding an IngestFailure for each document that cannot be read.

    ``meta`` is a --meta JSON Lines file (loaded now: a bad file raises
    UsageError before anything is read); ``published`` is the --published
    flag; ``stdin`` replaces ``sys.stdin.buffer`` for '-' (tests).
    """
    index = load_meta(meta) if meta else {}
    return _generate(inputs, index, published, stdin)
