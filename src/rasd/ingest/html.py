"""Main text and metadata of an HTML page, extracted by trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document

from .dates import parse_published
from .outlets import BYLINE, outlets
from .text import decode_bytes, html_declared_charset
from .types import Rejected

# Only machine-readable dates (meta tags, JSON-LD, <time>, URL): trafilatura's extensive search
# turns a visible '13 تشرين الثاني 2023' into 2023-01-01; rasd reads visible dates itself.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlDoc:
    """What an HTML page yields: main text (without the title) and its metadata."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    markup_date: date | None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes, honouring the page's declared charset; return (markup, encoding)."""
    return decode_bytes(data, declared=html_declared_charset(data))


def _markup_date(value: str | None, markup: str) -> date | None:
    """trafilatura's date, distrusting a 1 January the page does not literally carry."""
    if not value:
        return None
    try:
        found = parse_published(value)
    except ValueError:
        return None
    if (found.month, found.day) == (1, 1) and found.isoformat() not in markup:
        return None
    return found


def _outlet(sitename: str | None, hostname: str | None) -> str | None:
    """The outlet: the site name (canonical when known), else a known host, else the name or host as given.

    trafilatura fills a missing site name with the host name ('example.org'),
    which is kept: a domain still tells the reader where the page came from.
    """
    table = outlets()
    name = (sitename or "").strip() or None
    for candidate in (name, hostname):
        if candidate:
            found = table.lookup(candidate, context=BYLINE) or table.from_host(candidate)
            if found:
                return found
    return name or hostname


def with_title(title: str | None, body: str) -> str:
    """The main text with the title as its first line unless the text already contains it."""
    if not title or not title.strip():
        return body
    if " ".join(title.split()) in " ".join(body.split()):
        return body
    return f"{title.strip()}\n{body}"


def extract_html(markup: str) -> HtmlDoc:
    """Extract main text, title, outlet, canonical URL and markup date; raise Rejected if no text."""
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True,
        deduplicate=False, date_extraction_params=DATE_PARAMS,
    )
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise Rejected("no main text found in HTML; is the page empty, truncated or built by JavaScript?")
    title = (doc.title or "").strip() or None
    url = (doc.url or "").strip() or None
    host = doc.hostname or (urlsplit(url).hostname if url else None)
    return HtmlDoc(
        text=doc.text or "",
        title=title,
        outlet=_outlet(doc.sitename, host),
        url=url,
        markup_date=_markup_date(doc.date, markup),
    )
