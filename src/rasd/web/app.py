"""The FastAPI application factory: routers, offline static assets, security headers, error pages."""

from __future__ import annotations

import importlib.util
from collections.abc import Awaitable, Callable
from importlib.resources import files
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import api, auth, pages, review
from .accounts import Sessions
from .charts import SIDE_COLORS, TYPE_COLORS
from .context import WebContext, urlq
from .db import ensure_web_tables, refresh_fts, session_secret, web_connection
from .settings import WebSettings

DESCRIPTION = """Read-only JSON API over a rasd database: events (fused incidents), mentions (one
incident as one article reports it), articles, claims, GeoJSON and export downloads. Lists take
`limit`/`offset` and return `total`. Review actions are in the web pages, for signed-in reviewers."""


def _leaflet_dir() -> str:
    """The Leaflet assets shipped in the xstatic-leaflet wheel."""
    import xstatic.pkg.leaflet as xl

    return str(xl.BASE_DIR)


def _swagger_dir() -> str | None:
    """Swagger UI's assets from the swagger-ui-bundle wheel, or None when it is not installed."""
    if importlib.util.find_spec("swagger_ui_bundle") is None:
        return None
    import swagger_ui_bundle

    return str(swagger_ui_bundle.swagger_ui_path)


def _templates() -> Jinja2Templates:
    """The page templates (package data rasd/templates), autoescaped."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("rasd", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["urlq"] = urlq
    env.globals.update(version=__version__, type_colors=TYPE_COLORS, side_colors=SIDE_COLORS)
    return Jinja2Templates(env=env)


def _csp(settings: WebSettings) -> str:
    """The Content-Security-Policy: everything from this server; tiles from their host if set."""
    img = "'self' data:" + (f" {settings.tiles_origin}" if settings.tiles_origin else "")
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db_path: str, *, settings: WebSettings) -> FastAPI:
    """The web app over the rasd database at `db_path` (which must exist)."""
    with web_connection(db_path) as conn:
        ensure_web_tables(conn)
        secret = session_secret(conn)
        refresh_fts(conn)
    swagger = _swagger_dir()
    ctx = WebContext(db_path=db_path, settings=settings,
                     sessions=Sessions(secret=secret, max_age=settings.session_max_age),
                     templates=_templates(), swagger_dir=swagger)
    app = FastAPI(title=f"{settings.title} API", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.web = ctx
    app.mount("/static/leaflet", StaticFiles(directory=_leaflet_dir()), name="leaflet")
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")
    app.mount("/static", StaticFiles(directory=str(Path(str(files("rasd") / "static")))), name="static")
    for router in (api.router, pages.router, auth.router, review.router):
        app.include_router(router)
    csp = _csp(settings)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                               ) -> Response:
        """Add CSP and related headers to every response."""
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """JSON errors under /api, an HTML page elsewhere."""
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        """Malformed parameters: 422 with what was wrong."""
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, problems)

    return app


def _error(request: Request, status: int, detail: str) -> Response:
    """An error response in the request's world: JSON for the API, a page for browsers."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": detail}, status_code=status)
    ctx: WebContext = request.app.state.web
    return ctx.render(request, "error.html", {"status": status, "detail": detail}, status_code=status)
