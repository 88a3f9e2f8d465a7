"""Server-rendered pages: events with map and timeline, an event, articles, and hostile text as text."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from rasd.web.pages import recognized_marks
from tests import factories as f
from tests.web.fixtures import EVIDENCE, HOSTILE_TEXT, URL_DOC


def main_of(page: str) -> str:
    """The <main> part of a page."""
    return page[page.index("<main>"):page.index("</main>")]


def test_events_page_has_table_map_timeline_and_filters(client: TestClient) -> None:
    page = client.get("/", params={"side": "US"}).text
    assert '<strong id="event-count">3</strong>' in page
    assert page.count('class="event-link"') == 2  # page size 2
    assert 'rel="next" href="/?side=US&amp;offset=2"' in page
    assert 'data-geojson="/api/geojson?side=US"' in page and 'data-basemap="/static/basemap.geojson"' in page
    assert page.count('<svg class="timeline"') == 2
    assert '<option value="Air/drone strike">Air/drone strike (1)</option>' in page
    assert 'href="/api/export/events/acled"' in page and 'href="/api/export/mentions/plover"' in page
    assert '<script src="/static/leaflet/leaflet.js"></script>' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing loads from another host


def test_events_page_filters_narrow_the_table(client: TestClient) -> None:
    page = client.get("/", params={"place": "الميادين"}).text
    assert '<strong id="event-count">1</strong>' in page and 'href="/events/evt-3"' in page
    empty = client.get("/", params={"q": "طهران"}).text
    assert "No event matches these filters." in empty


def test_event_page_fields_claims_chain_and_evidence(client: TestClient) -> None:
    page = client.get("/events/evt-3").text
    assert '<code id="event-id">evt-3</code>' in page
    assert '<th rowspan="1" scope="rowgroup">SOHR</th>' in page  # claims grouped by source
    assert '<ol class="chain" id="chain">' in page and 'href="/events/evt-1"' in page
    assert f'<mark class="hl hl-evidence" title="evidence">{EVIDENCE}</mark>' in page
    assert '<mark class="hl hl-claim" title="claim: fatalities 4 (SOHR)">4 عناصر قتلوا</mark>' in page
    assert 'dir="rtl" lang="ar"' in page
    assert "Sign in</a> as a reviewer" in page and 'id="edit-form"' not in page  # read-only visitor
    assert f"Document {URL_DOC} is not" not in page


def test_event_page_says_which_run_created_it_and_shows_the_claims_summary(client: TestClient) -> None:
    page = client.get("/events/evt-3").text
    assert '<p id="created-run"><strong class="new">New in this run</strong> (run 1).</p>' in page
    assert '<dd id="f-claims_summary">' in page


def test_retaliation_chain_seen_from_the_cause(client: TestClient) -> None:
    page = client.get("/events/evt-1").text
    assert 'href="/events/evt-3"' in page and "(answers it)" in page


def test_unknown_event_is_a_404_page(client: TestClient) -> None:
    r = client.get("/events/nope")
    assert r.status_code == 404 and "no event &#39;nope&#39;" in r.text
    assert client.get("/no/such/page").status_code == 404


def test_article_page_highlights_every_recognized_kind(client: TestClient) -> None:
    page = client.get("/articles/doc-evil").text
    assert 'id="spans-problem"' not in page, page
    assert '<mark class="hl hl-actor"' in page
    legend = page[page.index('id="span-legend"'):]
    assert "hl-actor" in legend[:legend.index("</p>")]


def test_article_with_a_url_id(client: TestClient) -> None:
    r = client.get("/articles/" + quote(URL_DOC, safe=""))
    assert r.status_code == 200 and "خبر من موقع" in r.text


def test_recognized_marks_point_into_the_original_text() -> None:
    article = f.article("x", text=HOSTILE_TEXT)
    marks, problem = recognized_marks(article)
    assert problem is None
    actors = [HOSTILE_TEXT[m.start:m.end] for m in marks if m.label == "actor"]
    assert "القوات الامريكيه" in actors


@pytest.mark.issue("hostile-text")
@pytest.mark.parametrize("path", ["/?offset=2", "/events/evt-3", "/articles?offset=2", "/articles/doc-evil",
                                  "/review"])
def test_hostile_text_is_shown_as_text_never_markup(client: TestClient, path: str) -> None:
    page = client.get(path).text
    body = main_of(page)
    assert "<script>" not in body and "<img" not in body and "<b>" not in body and "<i>" not in body
    assert 'onerror="' not in body
    if path in ("/events/evt-3", "/articles/doc-evil"):
        assert html.escape("<script>window.__pwned = ", quote=False) in body
    if path == "/events/evt-3":
        assert "&lt;script&gt;alert(&#34;notes&#34;)&lt;/script&gt;" in body
        assert "&lt;i&gt;militias&lt;/i&gt;" in body
    if path == "/articles/doc-evil":
        assert "<title>&lt;script&gt;" in page or "<title>Article doc-evil" in page
        assert "&lt;b&gt;عاجل&lt;/b&gt;" in body


def test_hostile_title_in_the_page_title_is_escaped(client: TestClient) -> None:
    page = client.get("/articles", params={"offset": 2}).text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;&lt;b&gt;عاجل&lt;/b&gt;" in page
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in page


def test_review_log_and_login_pages(client: TestClient) -> None:
    assert "No decisions yet." in client.get("/review").text
    login = client.get("/login", params={"next": "//evil.example/"}).text
    assert '<input type="hidden" name="next" value="/">' in login
    assert 'name="csrf_token" value="' in login
    assert "rasd_csrf" in client.cookies
