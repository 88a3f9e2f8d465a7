"""End to end in headless Chromium: filter events, see the map, open an event, correct a field.

Needs Debian's chromium (apt-get install -y chromium) and the playwright package (pip install
playwright; never `playwright install`: the browser comes from apt). Skipped when either is absent.
Every request the pages make is recorded and must stay on the local server. Screenshots go to
artifacts/ (gitignored).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.web.fixtures import PASSWORD, REVIEWER, build_store

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # the skip below says how to install it
    sync_playwright = None  # type: ignore[assignment]

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sync_playwright is None,
                       reason="playwright is not installed: pip install playwright (the browser comes from "
                              "apt; do not run `playwright install`)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set RASD_CHROMIUM)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn serving the test database on a free localhost port, in a thread."""
    import uvicorn

    from rasd.web import WebSettings, create_app

    path = str(tmp_path_factory.mktemp("e2e") / "rasd.db")
    build_store(path).close()
    port = free_port()
    config = uvicorn.Config(create_app(path, settings=WebSettings()), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert sync_playwright is not None
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Recorder:
    """Every request and every JavaScript error of one browser context."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.errors: list[str] = []

    def outside(self, base: str) -> list[str]:
        """Requests that did not go to the test server."""
        host = urlsplit(base).netloc
        return [u for u in self.urls if urlsplit(u).scheme not in ("data", "blob", "about")
                and urlsplit(u).netloc != host]


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[tuple[Page, Recorder]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    rec = Recorder()
    context.on("request", lambda r: rec.urls.append(r.url))
    pg = context.new_page()
    pg.on("pageerror", lambda e: rec.errors.append(str(e)))
    yield pg, rec
    context.close()
    assert rec.outside(server) == [], "the page reached outside localhost"
    assert rec.errors == [], "JavaScript errors"


def shot(pg: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_map(pg: Page) -> dict[str, Any]:
    pg.wait_for_selector('#map[data-loaded="1"]', timeout=15000)
    return {"events": int(pg.get_attribute("#map", "data-events") or 0),
            "markers": pg.locator(".rasd-marker, .rasd-cluster").count(),
            "outlines": pg.locator(".leaflet-basemap-pane path").count()}


def test_events_page_map_timeline_and_filter(page: tuple[Page, Recorder], server: str) -> None:
    pg, rec = page
    pg.goto(server + "/")
    state = wait_map(pg)
    assert state["events"] == 3 and state["markers"] >= 1 and state["outlines"] > 10
    assert pg.locator("svg.timeline").count() == 2
    shot(pg, "events")
    for _ in range(3):  # zoom out until the three Deir ez-Zor events fall into one grid cell
        pg.click(".leaflet-control-zoom-out")
        pg.wait_for_timeout(400)
    clusters = pg.locator(".rasd-cluster")
    assert clusters.count() >= 1
    shown = sum(int(t) for t in clusters.all_inner_texts()) + pg.locator(".rasd-marker").count()
    assert shown == 3  # every event is on the map once, alone or inside a cluster
    pg.fill('input[name="place"]', "الميادين")
    pg.click("#apply-filters")
    expect(pg.locator("#event-count")).to_have_text("1")
    state = wait_map(pg)
    assert state["events"] == 1 and pg.locator(".rasd-marker").count() == 1
    pg.locator(".rasd-marker").first.click()
    expect(pg.locator(".leaflet-popup-content a")).to_contain_text("Air/drone strike")
    shot(pg, "events-filtered")
    assert any(u.endswith("/static/basemap.geojson") for u in rec.urls)
    assert any("/static/leaflet/leaflet.js" in u for u in rec.urls)


def test_event_page_shows_highlighted_evidence_and_no_injected_script(page: tuple[Page, Recorder],
                                                                      server: str) -> None:
    pg, _ = page
    pg.goto(server + "/?place=" + "الميادين")
    pg.click("a.event-link")
    expect(pg.locator("#event-id")).to_have_text("evt-3")
    expect(pg.locator("details.article mark.hl-evidence").first).to_be_visible()
    expect(pg.locator("details.article mark.hl-claim").first).to_have_text("4 عناصر قتلوا")
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("details.article img").count() == 0
    expect(pg.locator("details.article").first).to_contain_text("<script>window.__pwned")
    shot(pg, "event")


def test_article_page_highlights_spans(page: tuple[Page, Recorder], server: str) -> None:
    pg, _ = page
    pg.goto(server + "/articles/doc-evil")
    expect(pg.locator("#article-title")).to_contain_text('<script>alert("title")</script>')
    assert pg.locator("#article-text mark.hl-actor").count() >= 1
    assert pg.evaluate("window.__pwned") is None
    direction = pg.eval_on_selector("#article-text", "el => getComputedStyle(el).direction")
    assert direction == "rtl"
    shot(pg, "article")


def test_reviewer_corrects_a_field_and_it_persists(browser: Browser, page: tuple[Page, Recorder],
                                                   server: str) -> None:
    pg, _ = page
    pg.goto(server + "/events/evt-1")
    assert pg.locator("#edit-form").count() == 0
    pg.click("#sign-in")
    pg.fill("#login-name", REVIEWER)
    pg.fill("#login-password", PASSWORD)
    pg.click("#login-submit")
    expect(pg.locator("#reviewer-name")).to_have_text(REVIEWER)
    expect(pg.locator("#event-id")).to_have_text("evt-1")  # back where the reviewer was
    pg.select_option("#edit-field", "fatalities")
    pg.fill("#edit-value", "7")
    pg.fill("#edit-why", "SOHR raised the toll")
    pg.click("#edit-submit")
    expect(pg.locator("#f-fatalities")).to_contain_text("7")
    expect(pg.locator("#history")).to_contain_text("SOHR raised the toll")
    shot(pg, "event-corrected")
    pg.reload()
    expect(pg.locator("#f-fatalities")).to_contain_text("7")
    other = browser.new_context()  # a visitor who never signed in sees the correction too
    try:
        visitor = other.new_page()
        visitor.goto(server + "/events/evt-1")
        expect(visitor.locator("#f-fatalities")).to_contain_text("7")
        assert visitor.locator("#edit-form").count() == 0
    finally:
        other.close()


@pytest.mark.skipif(importlib.util.find_spec("swagger_ui_bundle") is None,
                    reason="Swagger UI assets come from the swagger-ui-bundle-v2 package: pip install it")
def test_api_docs_work_offline(page: tuple[Page, Recorder], server: str) -> None:
    pg, _ = page
    pg.goto(server + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert pg.locator(".swagger-ui .opblock").count() >= 10
    shot(pg, "docs")
