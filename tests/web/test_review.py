"""Sign-in, CSRF and review actions: audited overrides, shown at once, exports untouched."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from rasd.cli.export_cmd import export_command
from rasd.store import Override, Store
from rasd.web.accounts import SESSION_COOKIE, remove_user
from rasd.web.db import web_connection
from tests.web.conftest import csrf_of
from tests.web.fixtures import PASSWORD, REVIEWER


def review(client: TestClient, event_id: str, **form: str) -> httpx.Response:
    """POST a review form for an event with a valid CSRF token."""
    token = csrf_of(client)
    return client.post(f"/events/{event_id}/review", data={"csrf_token": token, **form}, follow_redirects=False)


def overrides(db_path: str) -> list[Override]:
    with Store.open(db_path, create=False) as store:
        return store.overrides()


def test_visitors_cannot_review(client: TestClient, db_path: str) -> None:
    r = review(client, "evt-1", action="reject")
    assert r.status_code == 401 and "sign in" in r.text.lower()
    assert overrides(db_path) == []


def test_login_needs_the_right_password_and_a_csrf_token(client: TestClient) -> None:
    token = csrf_of(client)
    bad = client.post("/login", data={"name": REVIEWER, "password": "wrong", "csrf_token": token})
    assert bad.status_code == 401 and "Wrong name or password." in bad.text
    nobody = client.post("/login", data={"name": "mallory", "password": PASSWORD, "csrf_token": token})
    assert nobody.status_code == 401
    forged = client.post("/login", data={"name": REVIEWER, "password": PASSWORD, "csrf_token": "x" * 64})
    assert forged.status_code == 403
    assert SESSION_COOKIE not in client.cookies


def test_login_redirects_to_a_local_page_only(client: TestClient) -> None:
    token = csrf_of(client)
    r = client.post("/login", data={"name": REVIEWER, "password": PASSWORD, "csrf_token": token,
                                    "next": "https://evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert 'id="reviewer-name">alice<' in client.get("/").text


def test_edit_is_audited_and_shown_at_once(reviewer: TestClient, db_path: str) -> None:
    r = review(reviewer, "evt-1", action="edit", field="fatalities", value="5", why="SOHR update")
    assert r.status_code == 303 and r.headers["location"] == "/events/evt-1#review"
    [ov] = overrides(db_path)
    assert (ov.action, ov.who, ov.event_id, ov.field, ov.value, ov.why) == (
        "edit", REVIEWER, "evt-1", "fatalities", 5, "SOHR update")
    page = reviewer.get("/events/evt-1").text
    assert '<dd id="f-fatalities">5' in page and "status-edited" in page and "SOHR update" in page
    body = reviewer.get("/api/events/evt-1").json()
    assert body["fatalities"] == 5 and body["review"]["status"] == "edited"
    assert body["overrides"][0]["who"] == REVIEWER


def test_edits_of_sides_and_dates(reviewer: TestClient) -> None:
    assert review(reviewer, "evt-2", action="edit", field="actor1.side", value="ISIS").status_code == 303
    assert review(reviewer, "evt-2", action="edit", field="event_date", value="2022-08-20").status_code == 303
    body = reviewer.get("/api/events/evt-2").json()
    assert body["actor1"]["side"] == "ISIS" and body["event_date"] == "2022-08-20"
    assert [e["id"] for e in reviewer.get("/api/events", params={"side": "ISIS"}).json()["items"]] == ["evt-2"]


@pytest.mark.parametrize(("form", "message"), [
    ({"action": "edit", "field": "fatalities", "value": "many"}, "is not a whole number"),
    ({"action": "edit", "field": "id", "value": "x"}, "cannot be edited"),
    ({"action": "edit", "field": "actor1.side", "value": "MARTIANS"}, "is not a side"),
    ({"action": "merge", "target": "evt-1"}, "is not another event"),
    ({"action": "split", "mention_id": "doc-2#0"}, "is not a mention of this event"),
    ({"action": "delete"}, "unknown action"),
], ids=["not-a-number", "not-editable", "bad-side", "merge-self", "split-foreign", "bad-action"])
def test_invalid_actions_are_refused_with_a_reason(reviewer: TestClient, db_path: str, form: dict[str, str],
                                                   message: str) -> None:
    r = review(reviewer, "evt-1", **form)
    assert r.status_code == 400 and message in r.text and 'id="review-error"' in r.text
    assert overrides(db_path) == []


def test_review_without_csrf_token_is_refused(reviewer: TestClient, db_path: str) -> None:
    r = reviewer.post("/events/evt-1/review", data={"action": "reject"})
    assert r.status_code == 403
    assert overrides(db_path) == []


def test_reject_hides_the_event_from_lists(reviewer: TestClient) -> None:
    assert review(reviewer, "evt-2", action="reject", why="duplicate report").status_code == 303
    listed = [e["id"] for e in reviewer.get("/api/events", params={"limit": 9}).json()["items"]]
    assert "evt-2" not in listed and "evt-1" in listed
    hidden = reviewer.get("/api/events", params={"include_hidden": "true", "limit": 9}).json()["items"]
    assert {e["id"]: e["review"]["status"] for e in hidden}["evt-2"] == "rejected"
    assert "Rejected by a reviewer" in reviewer.get("/events/evt-2").text


def test_merge_then_split(reviewer: TestClient) -> None:
    r = review(reviewer, "evt-2", action="merge", target="evt-1", why="same attack")
    assert r.status_code == 303 and r.headers["location"] == "/events/evt-1#review"
    evt1 = reviewer.get("/api/events/evt-1").json()
    assert set(evt1["mention_ids"]) == {"doc-1#0", "doc-2#0"} and evt1["absorbed_ids"] == ["evt-2"]
    assert [o["action"] for o in evt1["overrides"]] == ["merge"]
    gone = reviewer.get("/api/events/evt-2")
    assert gone.status_code == 404 and "merged into 'evt-1'" in gone.json()["detail"]
    moved = reviewer.get("/events/evt-2", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == "/events/evt-1"
    assert "Split off" in reviewer.get("/events/evt-1").text
    assert review(reviewer, "evt-1", action="split", mention_id="doc-2#0").status_code == 303
    assert reviewer.get("/api/events/evt-1").json()["mention_ids"] == ["doc-1#0"]
    alone = reviewer.get("/api/mentions/" + quote("doc-2#0", safe="")).json()
    assert alone["event_id"] not in (None, "evt-1")


def test_accept(reviewer: TestClient) -> None:
    assert review(reviewer, "evt-3", action="accept").status_code == 303
    assert reviewer.get("/api/events/evt-3").json()["review"]["status"] == "accepted"
    assert "accept" in reviewer.get("/review").text


def test_exports_follow_the_review_as_the_cli_writes_them(reviewer: TestClient, db_path: str) -> None:
    before = reviewer.get("/api/export/events/jsonl").content
    review(reviewer, "evt-1", action="edit", field="fatalities", value="9")
    after = reviewer.get("/api/export/events/jsonl").content
    assert after != before
    assert {e["id"]: e["fatalities"] for e in map(json.loads, after.splitlines())}["evt-1"] == 9
    cli = CliRunner().invoke(export_command, ["--db", db_path, "--what", "events", "--format", "jsonl"])
    assert cli.stdout_bytes == after


def test_sign_out(reviewer: TestClient) -> None:
    token = csrf_of(reviewer)
    r = reviewer.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and SESSION_COOKIE not in reviewer.cookies
    assert 'id="sign-in"' in reviewer.get("/").text


def test_forged_and_removed_sessions(reviewer: TestClient, db_path: str) -> None:
    cookie = reviewer.cookies[SESSION_COOKIE]
    forged = cookie[:-2] + ("AA" if not cookie.endswith("AA") else "BB")
    reviewer.cookies.set(SESSION_COOKIE, forged, domain="testserver.local")
    assert review(reviewer, "evt-1", action="accept").status_code == 401  # tampered signature
    reviewer.cookies.set(SESSION_COOKIE, cookie, domain="testserver.local")
    assert review(reviewer, "evt-1", action="accept").status_code == 303
    with web_connection(db_path) as conn:
        remove_user(conn, REVIEWER)
    assert review(reviewer, "evt-1", action="accept").status_code == 401  # account gone
