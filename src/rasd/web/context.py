"""What every request handler needs: the database, settings, sessions and the page renderer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import UsageError
from ..store import Store
from .accounts import CSRF_COOKIE, SESSION_COOKIE, Sessions, new_csrf_cookie, user_exists
from .db import refresh_fts, search_doc_ids, web_connection
from .overrides import Reviewed, ReviewedSet, reviewed_events
from .query import Filters, record_matches
from .settings import WebSettings


@dataclass(frozen=True, slots=True)
class WebContext:
    """The app's fixed state, built once by create_app and kept on app.state.web."""

    db_path: str
    settings: WebSettings
    sessions: Sessions
    templates: Jinja2Templates
    swagger_dir: str | None

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The rasd store, opened for one request (sqlite connections stay in one thread)."""
        with Store.open(self.db_path, create=False) as store:
            yield store

    @contextmanager
    def conn(self) -> Iterator[sqlite3.Connection]:
        """A connection for the web-owned tables, for one request."""
        with web_connection(self.db_path) as conn:
            yield conn

    def search(self, q: str) -> set[str] | None:
        """Doc ids matching the full-text query `q` (None when there is no query)."""
        if not q.strip():
            return None
        with self.conn() as conn:
            refresh_fts(conn)
            return search_doc_ids(conn, q)

    def user(self, request: Request) -> str | None:
        """The signed-in reviewer of this request, if the session is valid and the account exists."""
        name = self.sessions.read(request.cookies.get(SESSION_COOKIE))
        if name is None:
            return None
        with self.conn() as conn:
            return name if user_exists(conn, name) else None

    def reviewed(self, store: Store) -> ReviewedSet:
        """Every stored event with the reviewers' overrides applied (rasd.review)."""
        return reviewed_events(store)

    def filtered_events(self, store: Store, flt: Filters, *, include_hidden: bool = False) -> list[Reviewed]:
        """The reviewed events that pass the filters (rejected ones only on request)."""
        doc_ids = self.search(flt.q)
        return [r for r in self.reviewed(store).events
                if (include_hidden or not r.hidden) and record_matches(r.event, flt, doc_ids)]

    def render(self, request: Request, name: str, context: dict[str, Any], *,
               status_code: int = 200) -> HTMLResponse:
        """Render a page template; sets the CSRF cookie when the browser has none."""
        cookie = request.cookies.get(CSRF_COOKIE)
        fresh = cookie is None
        if cookie is None:
            cookie = new_csrf_cookie()
        base = {"settings": self.settings, "user": self.user(request),
                "csrf_token": self.sessions.csrf_token(cookie), "path": request.url.path}
        response = self.templates.TemplateResponse(request, name, base | context, status_code=status_code)
        if fresh:
            response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict",
                                secure=self.settings.secure_cookies)
        return response

    def check_csrf(self, request: Request, token: str | None) -> None:
        """Refuse a form post whose CSRF token does not match the browser's cookie."""
        if not self.sessions.csrf_ok(request.cookies.get(CSRF_COOKIE), token):
            raise HTTPException(403, "the form has expired or did not come from this site; reload the page "
                                     "and try again")


def web(request: Request) -> WebContext:
    """The WebContext of the app serving `request`."""
    ctx: WebContext = request.app.state.web
    return ctx


def filters_from(request: Request) -> Filters:
    """The filters in the request's query string; a malformed one is a 400."""
    try:
        return Filters.from_params(dict(request.query_params))
    except UsageError as exc:
        raise HTTPException(400, str(exc)) from exc


def urlq(value: str) -> str:
    """A path segment with everything escaped (ids may hold '#', '/', '?')."""
    return quote(value, safe="")


def query_string(params: dict[str, Any]) -> str:
    """A query string from the non-empty params."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})
