"""`rasd serve`: the analyst's web app (JSON API, map, timeline, review) over a rasd database."""

from __future__ import annotations

import sys
import warnings

import click

from .options import DEFAULT_DB


@click.command("serve")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="The rasd database to serve (it must exist: run `rasd run` first).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 127.0.0.1 keeps it on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--tiles", default=None, metavar="URL",
              help="Tile URL template ({z}/{x}/{y}) to draw under the offline basemap, for users online.")
@click.option("--page-size", default=50, show_default=True, type=click.IntRange(1, 1000),
              help="Rows per page in tables and API lists.")
@click.option("--secure-cookies", is_flag=True, help="Mark cookies Secure (when served over HTTPS).")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Print the response to one GET request (body on stdout, status on stderr) and exit, "
                   "without starting a server; exits 1 when the status is 400 or more.")
def serve_command(db_path: str, host: str, port: int, tiles: str | None, page_size: int,
                  secure_cookies: bool, get_path: str | None) -> None:
    """Serve the events: JSON API, map, timeline, article pages and review.

    \b
    Read-only for everybody; reviewers (`rasd user add NAME`) sign in to accept,
    reject, correct, merge or split events. The map and the API docs (/docs) work
    offline. Examples:
      rasd serve --db rasd.db                      # http://127.0.0.1:8000/
      rasd serve --db rasd.db --get '/api/events?side=US&limit=5'
    """
    from ..web import WebSettings, create_app

    settings = WebSettings(tiles=tiles, page_size=page_size, secure_cookies=secure_cookies)
    app = create_app(db_path, settings=settings)
    if get_path is not None:
        with warnings.catch_warnings():  # starlette's notice that it prefers httpx2 to httpx
            warnings.filterwarnings("ignore", message="Using `httpx` with")
            from fastapi.testclient import TestClient

        if not get_path.startswith("/"):
            raise click.BadParameter(f"{get_path!r} must start with /", param_hint="--get")
        with TestClient(app) as client:
            response = client.get(get_path, follow_redirects=False)
        click.echo(f"{response.status_code} {response.reason_phrase}", err=True)
        sys.stdout.flush()
        sys.stdout.buffer.write(response.content)
        sys.stdout.buffer.flush()
        if response.status_code >= 400:
            sys.exit(1)
        return
    import uvicorn

    click.echo(f"rasd: serving {db_path} on http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
