"""Filtering, paging and counting events, mentions, articles and claims for the API and the pages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Generic, TypeVar

from ..errors import UsageError
from ..normalize import normalize_text
from ..records import Actor, Article, Event, Location, Mention

T = TypeVar("T")

FILTER_HELP: dict[str, str] = {
    "date_from": "Event date on or after (YYYY-MM-DD).",
    "date_to": "Event date on or before (YYYY-MM-DD).",
    "place": "Place name, id or admin unit contains this (Arabic or English; letters folded).",
    "admin1": "First-level admin unit (governorate/province), exactly, e.g. Deir ez-Zor.",
    "country": "ISO 3166 alpha-3 country code, e.g. SYR.",
    "actor": "Actor 1 or 2 id, English or Arabic name contains this.",
    "side": "Actor 1 or 2 has this side (US, IRAN_ALIGNED, SYRIA_GOV, ...).",
    "event_type": "ACLED event type, exactly.",
    "sub_event_type": "ACLED sub-event type, exactly.",
    "source": "A source the record is attributed to (SOHR, CENTCOM, ...), case-insensitive.",
    "q": "Full-text search over the articles' Arabic text; spelling variants are folded "
         "(الأمريكية finds الامريكيه) and words match inside clitics (و ب ل ال).",
}


def fold(text: str | None) -> str:
    """Text folded for matching: Arabic normalization plus case folding."""
    return normalize_text(text or "").casefold()


def parse_day(name: str, raw: str | None) -> date | None:
    """A YYYY-MM-DD query parameter ('' and None mean no bound)."""
    if raw is None or raw.strip() == "":
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError as exc:
        raise UsageError(f"{name}: {raw!r} is not a date; write YYYY-MM-DD") from exc


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """What the user asked to see; empty fields do not filter."""

    date_from: date | None = None
    date_to: date | None = None
    place: str = ""
    admin1: str = ""
    country: str = ""
    actor: str = ""
    side: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    source: str = ""
    q: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str | None]) -> Filters:
        """Filters from query parameters (strings; blank ones ignored)."""
        text = {f.name: (params.get(f.name) or "").strip() for f in fields(cls)
                if f.name not in ("date_from", "date_to")}
        return cls(date_from=parse_day("date_from", params.get("date_from")),
                   date_to=parse_day("date_to", params.get("date_to")), **text)

    def params(self) -> dict[str, str]:
        """The non-empty filters as query parameters."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                out[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        return out


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results with the total before paging."""

    items: list[T]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or None on the last page."""
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        """The offset of the previous page, or None on the first page."""
        return max(self.offset - self.limit, 0) if self.offset > 0 else None


def paginate(items: Sequence[T], *, limit: int, offset: int) -> Page[T]:
    """The slice [offset, offset + limit) of `items` with the total."""
    if limit < 1 or offset < 0:
        raise UsageError(f"limit must be >= 1 and offset >= 0 (got limit={limit}, offset={offset})")
    return Page(list(items[offset:offset + limit]), len(items), limit, offset)


def _actor_matches(actor: Actor | None, needle: str) -> bool:
    """True when the folded actor id, names or text contain `needle`."""
    if actor is None:
        return False
    return any(needle in fold(v) for v in (actor.id, actor.name_en, actor.name_ar, actor.text))


def _place_matches(loc: Location | None, needle: str) -> bool:
    """True when the folded place id, names or admin units contain `needle`."""
    if loc is None:
        return False
    return any(needle in fold(v) for v in (loc.id, loc.name_en, loc.name_ar, loc.admin1, loc.admin2, loc.text))


def record_matches(rec: Event | Mention, flt: Filters, doc_ids: set[str] | None) -> bool:
    """True when an event or mention passes every filter (`doc_ids`: full-text hits, None = no search)."""
    d = rec.event_date
    if flt.date_from and (d is None or d < flt.date_from):
        return False
    if flt.date_to and (d is None or d > flt.date_to):
        return False
    loc = rec.location
    if flt.place and not _place_matches(loc, fold(flt.place)):
        return False
    if flt.admin1 and (loc is None or fold(loc.admin1) != fold(flt.admin1)):
        return False
    if flt.country and (loc is None or (loc.country_iso3 or "").upper() != flt.country.upper()):
        return False
    if flt.actor and not (_actor_matches(rec.actor1, fold(flt.actor))
                          or _actor_matches(rec.actor2, fold(flt.actor))):
        return False
    if flt.side and flt.side not in {a.side for a in (rec.actor1, rec.actor2) if a}:
        return False
    if flt.event_type and rec.event_type != flt.event_type:
        return False
    if flt.sub_event_type and rec.sub_event_type != flt.sub_event_type:
        return False
    if flt.source and fold(flt.source) not in {fold(s) for s in rec.sources}:
        return False
    if doc_ids is not None:
        docs = rec.documents if isinstance(rec, Event) else (rec.doc_id,)
        if not doc_ids.intersection(docs):
            return False
    return True


def article_matches(article: Article, flt: Filters, doc_ids: set[str] | None) -> bool:
    """True when an article passes the date (published), source (outlet) and search filters."""
    p = article.published
    if flt.date_from and (p is None or p < flt.date_from):
        return False
    if flt.date_to and (p is None or p > flt.date_to):
        return False
    if flt.source and fold(article.outlet) != fold(flt.source):
        return False
    return doc_ids is None or article.doc_id in doc_ids


def facets(events: Iterable[Event]) -> dict[str, list[tuple[str, int]]]:
    """Distinct values with counts, most frequent first, for the filter menus."""
    counters: dict[str, Counter[str]] = {k: Counter() for k in
                                         ("event_type", "sub_event_type", "side", "admin1", "country",
                                          "source")}
    for e in events:
        counters["event_type"][e.event_type] += 1
        counters["sub_event_type"][e.sub_event_type] += 1
        for side in {a.side for a in (e.actor1, e.actor2) if a}:
            counters["side"][side] += 1
        if e.location:
            if e.location.admin1:
                counters["admin1"][e.location.admin1] += 1
            if e.location.country_iso3:
                counters["country"][e.location.country_iso3] += 1
        for s in e.sources:
            counters["source"][s] += 1
    return {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for k, c in counters.items()}


def claim_rows(events: Iterable[Event], *, event_id: str = "", field: str = "",
               source: str = "") -> list[dict[str, Any]]:
    """Every claim of the given events as a flat dict with its event id, optionally filtered."""
    rows = []
    for e in events:
        if event_id and e.id != event_id:
            continue
        for c in e.claims:
            if field and c.field != field:
                continue
            if source and fold(c.source) != fold(source):
                continue
            rows.append({"event_id": e.id, **c.to_dict(), "doc_id": c.doc_id})
    return rows


def claims_by_source(event: Event) -> list[tuple[str, list[dict[str, Any]]]]:
    """The claims of an event grouped by source (unattributed last), for the claims table."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in event.claims:
        groups.setdefault(c.source or "", []).append({**c.to_dict(), "doc_id": c.doc_id})
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))
