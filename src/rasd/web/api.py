"""The JSON API: events, mentions, articles, claims, GeoJSON, facets, timeline and export downloads."""

from __future__ import annotations

import io
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from ..errors import UsageError
from ..export import FORMATS, WHATS, write_export
from ..plover import write_plover
from ..records import Event
from ..store import Override
from .context import WebContext, filters_from, web
from .overrides import Reviewed, history_of
from .query import FILTER_HELP, Filters, article_matches, claim_rows, facets, paginate, record_matches

router = APIRouter(prefix="/api", tags=["data"])

EXPORT_FORMATS: tuple[str, ...] = tuple(dict.fromkeys((*FORMATS, "plover")))
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv", "acled": "text/csv",
               "geojson": "application/geo+json", "plover": "application/x-ndjson"}
FILE_NAMES = {"jsonl": "{what}.jsonl", "csv": "{what}.csv", "acled": "{what}-acled.csv",
              "geojson": "{what}.geojson", "plover": "{what}-plover.jsonl"}


def _filters(request: Request,
             date_from: Annotated[str | None, Query(description=FILTER_HELP["date_from"])] = None,
             date_to: Annotated[str | None, Query(description=FILTER_HELP["date_to"])] = None,
             place: Annotated[str | None, Query(description=FILTER_HELP["place"])] = None,
             admin1: Annotated[str | None, Query(description=FILTER_HELP["admin1"])] = None,
             country: Annotated[str | None, Query(description=FILTER_HELP["country"])] = None,
             actor: Annotated[str | None, Query(description=FILTER_HELP["actor"])] = None,
             side: Annotated[str | None, Query(description=FILTER_HELP["side"])] = None,
             event_type: Annotated[str | None, Query(description=FILTER_HELP["event_type"])] = None,
             sub_event_type: Annotated[str | None, Query(description=FILTER_HELP["sub_event_type"])] = None,
             source: Annotated[str | None, Query(description=FILTER_HELP["source"])] = None,
             q: Annotated[str | None, Query(description=FILTER_HELP["q"])] = None) -> Filters:
    """The filters of a request (declared one by one so that the OpenAPI docs list them)."""
    return filters_from(request)


FiltersDep = Annotated[Filters, Depends(_filters)]
Limit = Annotated[int | None, Query(ge=1, description="Page size (default: the server's page size).")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]


def _limit(ctx: WebContext, limit: int | None) -> int:
    """The page size: the default, or the requested one if within the maximum."""
    if limit is None:
        return ctx.settings.page_size
    if limit > ctx.settings.max_page_size:
        raise HTTPException(400, f"limit may be at most {ctx.settings.max_page_size}")
    return limit


def event_json(r: Reviewed) -> dict[str, Any]:
    """The output-contract event with its review state (status and the fields reviewers set)."""
    return r.event.to_dict() | {"absorbed_ids": list(r.event.absorbed_ids),
                                "review": {"status": r.status, "edited": list(r.review.edited)}}


def override_json(o: Override) -> dict[str, Any]:
    """One stored override (an audit-trail entry)."""
    return {"id": o.id, "action": o.action, "event_id": o.event_id, "mention_id": o.mention_id,
            "field": o.field, "value": o.value, "who": o.who, "at": o.at.isoformat(), "why": o.why}


def page_json(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The envelope of every list endpoint."""
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/events", summary="Events (fused incidents), filtered and paged")
def list_events(request: Request, flt: FiltersDep, limit: Limit = None, offset: Offset = 0,
                include_hidden: Annotated[bool, Query(description="Include events reviewers rejected.")]
                = False) -> dict[str, Any]:
    """Events with reviewers' overrides applied, oldest first."""
    ctx = web(request)
    with ctx.store() as store:
        rows = ctx.filtered_events(store, flt, include_hidden=include_hidden)
    page = paginate(rows, limit=_limit(ctx, limit), offset=offset)
    return page_json([event_json(r) for r in page.items], page.total, page.limit, page.offset)


@router.get("/events/{event_id}", summary="One event with its overrides")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event, with the audit trail of reviewers' overrides (its own and its absorbed events')."""
    ctx = web(request)
    with ctx.store() as store:
        shown = ctx.reviewed(store)
        overrides = store.overrides()
    r = shown.find(event_id)
    if r is None:
        into = shown.absorbed_by(event_id)
        raise HTTPException(404, f"event {event_id!r} was merged into {into!r}" if into
                            else f"no event {event_id!r}")
    return event_json(r) | {"overrides": [override_json(o) for o in history_of(r, overrides)]}


@router.get("/overrides", summary="Every reviewer decision (the audit trail)")
def list_overrides(request: Request, limit: Limit = None, offset: Offset = 0) -> dict[str, Any]:
    """Stored overrides, oldest first, and those that can no longer be applied (`problems`)."""
    ctx = web(request)
    with ctx.store() as store:
        overrides = store.overrides()
        problems = ctx.reviewed(store).problems
    page = paginate(overrides, limit=_limit(ctx, limit), offset=offset)
    return page_json([override_json(o) for o in page.items], page.total, page.limit, page.offset) | {
        "problems": problems}


@router.get("/mentions", summary="Mentions (one incident as one article reports it)")
def list_mentions(request: Request, flt: FiltersDep, limit: Limit = None, offset: Offset = 0,
                  event_id: Annotated[str | None, Query(description="Only mentions of this event.")] = None,
                  doc_id: Annotated[str | None, Query(description="Only mentions from this document.")] = None
                  ) -> dict[str, Any]:
    """Mentions in document order, as the output contract (with the `doc` object)."""
    ctx = web(request)
    doc_ids = ctx.search(flt.q)
    with ctx.store() as store:
        docs = store.doc_infos()
        rows = [m for m in store.mentions()
                if (event_id is None or m.event_id == event_id) and (doc_id is None or m.doc_id == doc_id)
                and record_matches(m, flt, doc_ids)]
    page = paginate(rows, limit=_limit(ctx, limit), offset=offset)
    return page_json([m.to_dict(docs.get(m.doc_id)) for m in page.items], page.total, page.limit, page.offset)


@router.get("/mentions/{mention_id}", summary="One mention")
def get_mention(request: Request, mention_id: str) -> dict[str, Any]:
    """One mention as the output contract."""
    ctx = web(request)
    with ctx.store() as store:
        docs = store.doc_infos()
        found = [m for m in store.mentions() if m.id == mention_id]
    if not found:
        raise HTTPException(404, f"no mention {mention_id!r}")
    return found[0].to_dict(docs.get(found[0].doc_id))


def article_summary(a: Any, n_mentions: int) -> dict[str, Any]:
    """An article's metadata without its text."""
    return {"doc_id": a.doc_id, **a.doc_info(), "chars": len(a.text), "n_mentions": n_mentions}


@router.get("/articles", summary="Articles (metadata), searchable")
def list_articles(request: Request, limit: Limit = None, offset: Offset = 0,
                  q: Annotated[str | None, Query(description=FILTER_HELP["q"])] = None,
                  source: Annotated[str | None, Query(description="Outlet, exactly (case-insensitive).")]
                  = None,
                  date_from: Annotated[str | None, Query(description="Published on or after.")] = None,
                  date_to: Annotated[str | None, Query(description="Published on or before.")] = None
                  ) -> dict[str, Any]:
    """Articles by doc_id, without their text (see /api/articles/{doc_id})."""
    ctx = web(request)
    flt = filters_from(request)
    doc_ids = ctx.search(flt.q)
    with ctx.store() as store:
        counts = Counter(m.doc_id for m in store.mentions())
        rows = [a for a in store.articles() if article_matches(a, flt, doc_ids)]
    page = paginate(rows, limit=_limit(ctx, limit), offset=offset)
    return page_json([article_summary(a, counts[a.doc_id]) for a in page.items],
                     page.total, page.limit, page.offset)


@router.get("/articles/{doc_id:path}", summary="One article with its text")
def get_article(request: Request, doc_id: str) -> dict[str, Any]:
    """One article: metadata, original text and page-debris ranges."""
    ctx = web(request)
    with ctx.store() as store:
        a = store.article(doc_id)
        n = sum(1 for m in store.mentions() if m.doc_id == doc_id) if a else 0
    if a is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    return article_summary(a, n) | {"text": a.text, "debris": [list(r) for r in a.debris]}


@router.get("/claims", summary="Claims (one value as one source states it)")
def list_claims(request: Request, flt: FiltersDep, limit: Limit = None, offset: Offset = 0,
                event_id: Annotated[str | None, Query(description="Only this event's claims.")] = None,
                field: Annotated[str | None, Query(description="fatalities, injured, ...")] = None,
                claim_source: Annotated[str | None, Query(description="Who made the claim.")] = None
                ) -> dict[str, Any]:
    """The claims of the filtered events, each with its event id and evidence offsets."""
    ctx = web(request)
    with ctx.store() as store:
        events = [r.event for r in ctx.filtered_events(store, flt)]
    rows = claim_rows(events, event_id=event_id or "", field=field or "", source=claim_source or "")
    page = paginate(rows, limit=_limit(ctx, limit), offset=offset)
    return page_json(page.items, page.total, page.limit, page.offset)


def feature(e: Event, status: str) -> dict[str, Any] | None:
    """A map feature for an event with coordinates (light properties), else None."""
    loc = e.location
    if loc is None:
        return None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
            "properties": {"id": e.id, "event_date": e.event_date.isoformat() if e.event_date else None,
                           "event_type": e.event_type, "sub_event_type": e.sub_event_type,
                           "location": loc.name_en, "location_ar": loc.name_ar, "admin1": loc.admin1,
                           "actor1": e.actor1.name_en if e.actor1 else None,
                           "actor1_side": e.actor1.side if e.actor1 else None,
                           "actor2": e.actor2.name_en if e.actor2 else None,
                           "fatalities": e.fatalities, "review": status}}


@router.get("/geojson", summary="Filtered events as a GeoJSON FeatureCollection (for the map)")
def events_geojson(request: Request, flt: FiltersDep) -> dict[str, Any]:
    """Points of the filtered events; events without a place are counted in `rasd:skipped`."""
    ctx = web(request)
    with ctx.store() as store:
        rows = ctx.filtered_events(store, flt)
    feats = [f for f in (feature(r.event, r.status) for r in rows) if f is not None]
    return {"type": "FeatureCollection", "rasd:skipped": len(rows) - len(feats), "features": feats}


@router.get("/facets", summary="Distinct filter values with counts")
def list_facets(request: Request, flt: FiltersDep) -> dict[str, Any]:
    """Event types, sub-event types, sides, admin1, countries and sources of the filtered events."""
    ctx = web(request)
    with ctx.store() as store:
        events = [r.event for r in ctx.filtered_events(store, flt)]
    return {k: [{"value": v, "count": n} for v, n in pairs] for k, pairs in facets(events).items()}


@router.get("/timeline", summary="Events per day by event type and by side")
def timeline_counts(request: Request, flt: FiltersDep) -> dict[str, Any]:
    """Counts of dated filtered events per day, by event type and by actor 1's side."""
    ctx = web(request)
    with ctx.store() as store:
        events = [r.event for r in ctx.filtered_events(store, flt)]
    by_type: Counter[tuple[str, str]] = Counter()
    by_side: Counter[tuple[str, str]] = Counter()
    for e in events:
        if e.event_date is None:
            continue
        day = e.event_date.isoformat()
        by_type[(day, e.event_type)] += 1
        by_side[(day, e.actor1.side if e.actor1 else "UNKNOWN")] += 1
    return {"by_type": [{"date": d, "event_type": k, "count": n} for (d, k), n in sorted(by_type.items())],
            "by_side": [{"date": d, "side": k, "count": n} for (d, k), n in sorted(by_side.items())],
            "undated": sum(1 for e in events if e.event_date is None)}


def export_bytes(ctx: WebContext, what: str, fmt: str) -> bytes:
    """The export file exactly as `rasd export` writes it (UTF-8, '\\n' line ends)."""
    buf = io.StringIO(newline="")
    with ctx.store() as store:
        if fmt == "plover":
            write_plover(store, what=what, out=buf)
        else:
            write_export(store, what=what, fmt=fmt, out=buf)
    return buf.getvalue().encode("utf-8")


@router.get("/export/{what}/{fmt}", summary="Download an export (same bytes as `rasd export`)",
            response_class=Response)
def download_export(request: Request, what: str, fmt: str) -> Response:
    """The stored mentions or events in one export format, as a file download."""
    if what not in WHATS or fmt not in EXPORT_FORMATS:
        raise HTTPException(404, f"no export {what}/{fmt}; what: {', '.join(WHATS)}; "
                                 f"format: {', '.join(EXPORT_FORMATS)}")
    try:
        body = export_bytes(web(request), what, fmt)
    except UsageError as exc:
        raise HTTPException(400, str(exc)) from exc
    name = "rasd-" + FILE_NAMES[fmt].format(what=what)
    return Response(body, media_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
