"""Server-rendered pages: the events table with map and timeline, one event, articles, the review log."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import RasdError
from ..recognize import recognize, spans
from ..records import Article, Event, Mention
from ..resources import load_resources
from ..review import EDITABLE_FIELDS
from .charts import SIDE_COLORS, TYPE_COLORS, by_side, by_type, timeline
from .context import filters_from, query_string, urlq, web
from .highlight import Mark, runs
from .overrides import SIDES, Reviewed, history_of
from .query import claims_by_source, facets, paginate

router = APIRouter(include_in_schema=False)

SPAN_LABELS = ("actor", "trigger", "weapon", "place", "time", "number", "source")
NEARBY_DAYS = 14  # events offered as merge targets: within this many days of the event


def _offset(request: Request) -> int:
    """The page offset from the query string (bad values are a 400)."""
    raw = request.query_params.get("offset", "0")
    if not raw.isdigit():
        raise HTTPException(400, f"offset: {raw!r} is not a whole number")
    return int(raw)


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """The events table, map and timeline, with filters."""
    ctx = web(request)
    flt = filters_from(request)
    show_hidden = request.query_params.get("hidden") == "1"
    with ctx.store() as store:
        everything = ctx.reviewed(store).events
        rows = ctx.filtered_events(store, flt, include_hidden=show_hidden)
    page = paginate(rows, limit=ctx.settings.page_size, offset=_offset(request))
    shown = [r.event for r in rows if not r.hidden]
    params = flt.params() | ({"hidden": "1"} if show_hidden else {})
    return ctx.render(request, "events.html", {
        "flt": flt, "page": page, "facets": facets(r.event for r in everything if not r.hidden),
        "by_type": timeline(shown, by_type, TYPE_COLORS), "by_side": timeline(shown, by_side, SIDE_COLORS),
        "geojson_url": "/api/geojson?" + query_string(flt.params()), "type_colors": TYPE_COLORS,
        "params": params, "query": query_string(params), "show_hidden": show_hidden,
        "n_hidden": sum(1 for r in everything if r.hidden)})


def _retaliation_chain(event: Event, by_id: dict[str, Reviewed]) -> tuple[list[Event], list[Event]]:
    """Events this one answers (transitively, oldest first) and events that answer it (transitively)."""
    causes: list[Event] = []
    seen = {event.id}
    todo = list(event.retaliation_for)
    while todo:
        eid = todo.pop(0)
        if eid in seen or eid not in by_id:
            continue
        seen.add(eid)
        causes.append(by_id[eid].event)
        todo.extend(by_id[eid].event.retaliation_for)
    responses: list[Event] = []
    frontier = {event.id}
    while frontier:
        nxt = {r.event.id for r in by_id.values()
               if r.event.id not in seen and frontier.intersection(r.event.retaliation_for)}
        seen |= nxt
        responses.extend(by_id[i].event for i in sorted(nxt))
        frontier = nxt
    return sorted(causes, key=_chrono), sorted(responses, key=_chrono)


def _chrono(e: Event) -> tuple[bool, str, str]:
    """Sort key: dated events by date, undated last, then id."""
    return (e.event_date is None, e.event_date.isoformat() if e.event_date else "", e.id)


def _evidence_marks(doc_id: str, event: Event, mentions: list[Mention]) -> list[Mark]:
    """What to highlight in one supporting article: evidence, claims, actors and places."""
    marks = [Mark(start=e.start, end=e.end, label="evidence") for e in event.evidence if e.doc_id == doc_id]
    for c in event.claims:
        if c.doc_id == doc_id and c.start is not None and c.end is not None:
            marks.append(Mark(start=c.start, end=c.end, label="claim",
                              note=f"{c.field} {c.value} ({c.source or 'unattributed'})"))
    for m in mentions:
        if m.doc_id != doc_id:
            continue
        marks.extend(Mark(start=e.start, end=e.end, label="evidence") for e in m.evidence if e.doc_id == doc_id)
        for c in m.claims:
            if c.start is not None and c.end is not None:
                marks.append(Mark(start=c.start, end=c.end, label="claim",
                                  note=f"{c.field} {c.value} ({c.source or 'unattributed'})"))
        for a in (m.actor1, m.actor2):
            if a is not None and a.start is not None and a.end is not None:
                marks.append(Mark(start=a.start, end=a.end, label="actor", note=f"{a.name_en} ({a.side})"))
        loc = m.location
        if loc is not None and loc.start is not None and loc.end is not None:
            marks.append(Mark(start=loc.start, end=loc.end, label="place", note=loc.name_en))
    return marks


def render_event_page(request: Request, event_id: str, *, error: str | None = None,
                      status_code: int = 200) -> Response:
    """The page of one event (also used by the review form to show an error)."""
    ctx = web(request)
    with ctx.store() as store:
        shown = ctx.reviewed(store)
        r = shown.find(event_id)
        if r is None:
            into = shown.absorbed_by(event_id)
            if into is None:
                raise HTTPException(404, f"no event {event_id!r}")
            return RedirectResponse(f"/events/{urlq(into)}", status_code=307)
        history = history_of(r, store.overrides())
        created_run, latest_run = store.event_created_runs().get(r.event.id), store.latest_run()
        mentions = [m for m in store.mentions() if m.id in r.event.mention_ids or m.event_id == event_id]
        articles: list[tuple[Article, list[Any]]] = []
        missing: list[str] = []
        for doc_id in dict.fromkeys((*r.event.documents, *(m.doc_id for m in mentions))):
            art = store.article(doc_id)
            if art is None:
                missing.append(doc_id)
            else:
                articles.append((art, runs(art.text, _evidence_marks(doc_id, r.event, mentions))))
    by_id = {o.event.id: o for o in shown.events}
    causes, responses = _retaliation_chain(r.event, by_id)
    day = r.event.event_date
    nearby = [o.event for o in shown.events if o.event.id != event_id and not o.hidden
              and (day is None or o.event.event_date is None
                   or abs((o.event.event_date - day).days) <= NEARBY_DAYS)]
    return ctx.render(request, "event.html", {
        "r": r, "e": r.event, "mentions": mentions, "articles": articles, "missing_docs": missing,
        "claims": claims_by_source(r.event), "causes": causes, "responses": responses, "history": history,
        "nearby": nearby, "editable": list(EDITABLE_FIELDS), "sides": SIDES, "error": error,
        "created_run": created_run, "latest_run": latest_run,
        "type_colors": TYPE_COLORS}, status_code=status_code)


@router.get("/events/{event_id}", response_class=HTMLResponse, response_model=None)
def event_page(request: Request, event_id: str) -> Response:
    """One event: fields, claims per source, retaliation chain, evidence in the articles."""
    return render_event_page(request, event_id)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> HTMLResponse:
    """The list of articles, searchable in Arabic."""
    ctx = web(request)
    flt = filters_from(request)
    doc_ids = ctx.search(flt.q)
    with ctx.store() as store:
        counts = Counter(m.doc_id for m in store.mentions())
        rows = [a for a in store.articles() if doc_ids is None or a.doc_id in doc_ids]
    page = paginate(rows, limit=ctx.settings.page_size, offset=_offset(request))
    return ctx.render(request, "articles.html", {"flt": flt, "page": page, "counts": counts,
                                                 "query": query_string(flt.params())})


def recognized_marks(article: Article) -> tuple[list[Mark], str | None]:
    """Every recognized span of the article as a mark, or no marks and the reason."""
    try:
        found = spans(recognize(article, load_resources()))
    except (ImportError, RasdError) as exc:  # a resource (gazetteer, module) missing: say so on the page
        return [], f"{type(exc).__name__}: {exc}"
    return [Mark(start=s.start, end=s.end, label=s.label, note=s.value) for s in found], None


@router.get("/articles/{doc_id:path}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: str) -> HTMLResponse:
    """One article with every recognized span highlighted by kind."""
    ctx = web(request)
    with ctx.store() as store:
        article = store.article(doc_id)
        if article is None:
            raise HTTPException(404, f"no article {doc_id!r}")
        mentions = [m for m in store.mentions() if m.doc_id == doc_id]
    marks, problem = recognized_marks(article)
    marks += [Mark(start=a, end=b, label="debris", note="page debris, ignored") for a, b in article.debris]
    counts = Counter(m.label for m in marks)
    return ctx.render(request, "article.html", {
        "a": article, "runs": runs(article.text, marks), "mentions": mentions, "problem": problem,
        "legend": [(label, counts[label]) for label in (*SPAN_LABELS, "debris") if counts[label]]})


@router.get("/review", response_class=HTMLResponse)
def review_log(request: Request) -> HTMLResponse:
    """Every reviewer decision, newest first (the audit trail)."""
    ctx = web(request)
    with ctx.store() as store:
        overrides = list(reversed(store.overrides()))
        problems = ctx.reviewed(store).problems
    return ctx.render(request, "review_log.html", {"overrides": overrides, "problems": problems})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API documentation, served without any CDN."""
    ctx = web(request)
    schema = request.app.openapi()
    endpoints = [(path, method.upper(), op.get("summary", ""))
                 for path, ops in schema.get("paths", {}).items() for method, op in ops.items()]
    return ctx.render(request, "docs.html", {"endpoints": endpoints, "swagger": ctx.swagger_dir is not None})
