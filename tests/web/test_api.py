"""The JSON API: lists with filters and totals, single records, search, GeoJSON and export bytes."""

from __future__ import annotations

import importlib.util
import io
import re
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from rasd.cli.export_cmd import export_command
from rasd.export import write_export
from rasd.plover import write_plover
from rasd.store import Store
from tests.web.fixtures import URL_DOC


def ids(body: dict) -> list[str]:
    return [item["id"] for item in body["items"]]


def test_events_are_paged_with_totals(client: TestClient) -> None:
    first = client.get("/api/events").json()
    assert (first["total"], first["limit"], first["offset"]) == (3, 2, 0)
    assert ids(first) == ["evt-1", "evt-2"]
    second = client.get("/api/events", params={"offset": 2}).json()
    assert ids(second) == ["evt-3"]
    assert client.get("/api/events", params={"limit": 10}).json()["total"] == 3


@pytest.mark.parametrize(("params", "expected"), [
    ({"side": "US"}, ["evt-1", "evt-2", "evt-3"]),
    ({"sub_event_type": "Air/drone strike"}, ["evt-3"]),
    ({"event_type": "Explosions/Remote violence", "date_from": "2022-08-25"}, ["evt-3"]),
    ({"date_to": "2022-08-24"}, ["evt-1", "evt-2"]),
    ({"place": "الميادين"}, ["evt-3"]),
    ({"place": "MAYADIN"}, ["evt-3"]),
    ({"place": "العمر"}, ["evt-2"]),
    ({"admin1": "deir ez-zor"}, ["evt-1", "evt-2", "evt-3"]),
    ({"country": "irq"}, []),
    ({"actor": "<i>militias"}, ["evt-3"]),
    ({"actor": "الميليشيات الايرانيه"}, ["evt-1", "evt-2", "evt-3"]),
    ({"source": "sohr"}, ["evt-2", "evt-3"]),
], ids=["side", "sub-type", "type+from", "to", "place-ar", "place-en", "place-omar", "admin1", "country",
        "actor-en", "actor-ar-folded", "source"])
def test_event_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    body = client.get("/api/events", params=params | {"limit": 50}).json()
    assert ids(body) == expected
    assert body["total"] == len(expected)


@pytest.mark.parametrize("query", ["الأمريكية", "الامريكيه", "الأمريكيّة", "ٱلأمريكية الميادين"])
def test_full_text_search_folds_arabic_spelling(client: TestClient, query: str) -> None:
    # the article says "القوات الامريكيه"; hamza, ta marbuta and diacritics are folded both ways
    assert ids(client.get("/api/events", params={"q": query}).json()) == ["evt-3"]
    arts = client.get("/api/articles", params={"q": query}).json()
    assert [a["doc_id"] for a in arts["items"]] == ["doc-evil"]


def test_search_finds_words_behind_clitics_and_misses_absent_words(client: TestClient) -> None:
    assert ids(client.get("/api/events", params={"q": "ميليشيات"}).json()) == ["evt-3"]  # in الميليشيات
    assert client.get("/api/events", params={"q": "طهران"}).json()["total"] == 0


def test_one_event_with_review_state(client: TestClient) -> None:
    body = client.get("/api/events/evt-3").json()
    assert body["retaliation_for"] == ["evt-1"]
    assert body["review"] == {"status": "unreviewed", "edited": []} and body["absorbed_ids"] == []
    assert body["overrides"] == []
    assert client.get("/api/events/nope").status_code == 404


def test_mentions_filters_and_one_mention_with_hash_in_its_id(client: TestClient) -> None:
    body = client.get("/api/mentions", params={"limit": 50}).json()
    assert body["total"] == 4
    assert ids(client.get("/api/mentions", params={"event_id": "evt-3"}).json()) == ["doc-evil#0"]
    assert ids(client.get("/api/mentions", params={"doc_id": "doc-1", "side": "US"}).json()) == [
        "doc-1#0", "doc-1#1"]
    one = client.get("/api/mentions/" + quote("doc-1#1", safe="")).json()
    assert one["id"] == "doc-1#1" and one["doc"]["outlet"] == "SANA"


def test_articles_and_an_article_whose_id_is_a_url(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 50}).json()
    assert body["total"] == 4
    assert {a["doc_id"]: a["n_mentions"] for a in body["items"]}["doc-1"] == 2
    assert "text" not in body["items"][0]
    one = client.get("/api/articles/" + quote(URL_DOC, safe="")).json()
    assert one["doc_id"] == URL_DOC and one["text"] == "خبر من موقع"
    assert client.get("/api/articles/missing").status_code == 404


def test_claims_flat_with_event_ids(client: TestClient) -> None:
    body = client.get("/api/claims", params={"limit": 50}).json()
    assert [(c["event_id"], c["field"], c["source"]) for c in body["items"]] == [
        ("evt-1", "injured", "SANA"), ("evt-2", "injured", "SANA"), ("evt-3", "fatalities", "SOHR")]
    only = client.get("/api/claims", params={"field": "fatalities"}).json()["items"]
    assert only[0]["doc_id"] == "doc-evil" and only[0]["value"] == 4


def test_geojson_of_filtered_events(client: TestClient) -> None:
    gj = client.get("/api/geojson", params={"source": "SOHR"}).json()
    assert gj["type"] == "FeatureCollection" and gj["rasd:skipped"] == 0
    assert [f["id"] for f in gj["features"]] == ["evt-2", "evt-3"]
    assert gj["features"][1]["geometry"]["coordinates"] == [40.453, 35.021]


def test_facets_and_timeline(client: TestClient) -> None:
    facets = client.get("/api/facets").json()
    assert {"value": "SOHR", "count": 2} in facets["source"]
    assert facets["sub_event_type"][0] == {"value": "Shelling/artillery/missile attack", "count": 2}
    tl = client.get("/api/timeline").json()
    assert {"date": "2022-08-25", "event_type": "Explosions/Remote violence", "count": 1} in tl["by_type"]
    assert {"date": "2022-08-24", "side": "IRAN_ALIGNED", "count": 2} in tl["by_side"]


def test_bad_parameters(client: TestClient) -> None:
    r = client.get("/api/events", params={"date_from": "24/08/2022"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]
    assert client.get("/api/events", params={"limit": 5000}).status_code == 400
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/export/events/xml").status_code == 404


@pytest.mark.parametrize("what", ["events", "mentions"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled", "geojson"])
def test_export_download_is_byte_identical_to_the_cli(client: TestClient, db_path: str, what: str,
                                                      fmt: str) -> None:
    r = client.get(f"/api/export/{what}/{fmt}")
    assert r.status_code == 200
    cli = CliRunner().invoke(export_command, ["--db", db_path, "--what", what, "--format", fmt])
    assert cli.exit_code == 0, cli.output
    assert r.content == cli.stdout_bytes
    buf = io.StringIO(newline="")
    with Store.open(db_path, create=False) as store:
        write_export(store, what=what, fmt=fmt, out=buf)
    assert r.content == buf.getvalue().encode("utf-8")
    assert "attachment" in r.headers["content-disposition"]


@pytest.mark.parametrize("what", ["events", "mentions"])
def test_plover_download_matches_write_plover(client: TestClient, db_path: str, what: str) -> None:
    r = client.get(f"/api/export/{what}/plover")
    buf = io.StringIO(newline="")
    with Store.open(db_path, create=False) as store:
        n = write_plover(store, what=what, out=buf)
    assert r.content == buf.getvalue().encode("utf-8")
    assert r.content.count(b"\n") == n and r.headers["content-type"].startswith("application/x-ndjson")


def test_openapi_lists_every_endpoint_with_documented_filters(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/mentions", "/api/articles", "/api/claims",
            "/api/geojson", "/api/export/{what}/{fmt}"} <= paths
    params = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "place", "admin1", "actor", "side", "event_type", "sub_event_type",
            "source", "q", "limit", "offset"} <= set(params)
    assert "folded" in params["q"]["description"]
    assert not any(p.startswith(("/login", "/events", "/review")) for p in paths)  # pages stay out


HAS_SWAGGER = importlib.util.find_spec("swagger_ui_bundle") is not None


def test_api_docs_are_served_locally(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/openapi.json" in html and "<code>/api/events</code>" in html  # the endpoint list, always
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing from another host
    assert client.get("/redoc").status_code == 404
    if HAS_SWAGGER:
        assert "/static/swagger/swagger-ui-bundle.js" in html
        assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
        assert client.get("/static/swagger-init.js").status_code == 200
    else:
        assert "swagger-ui-bundle-v2" in html and "/static/swagger/" not in html


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/api/events").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "script-src 'self';" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
