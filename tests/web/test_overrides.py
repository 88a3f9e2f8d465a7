"""Form values of review edits, and the review state the pages show (rasd.review applied)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rasd.errors import UsageError
from rasd.store import Store
from rasd.web.overrides import history_of, parse_edit, record, reviewed_events
from tests.web.fixtures import build_store


@pytest.mark.parametrize(("field", "raw", "value"), [
    ("fatalities", "7", 7), ("fatalities", "", None), ("injured", " 0 ", 0),
    ("event_date", "2022-08-23", "2022-08-23"), ("time_precision", "2", 2),
    ("actor2.side", "CIVILIANS", "CIVILIANS"), ("notes", "  corrected ", "corrected"),
    ("weapons", "rocket, drone,", ["rocket", "drone"]),
])
def test_parse_edit(field: str, raw: str, value: Any) -> None:
    assert parse_edit(field, raw) == value


@pytest.mark.parametrize(("field", "raw"), [
    ("fatalities", "-1"), ("fatalities", "6 or 7"), ("event_date", "yesterday"), ("time_precision", "4"),
    ("time_precision", ""), ("event_type", " "), ("actor1.side", "us"), ("location", "x"),
])
def test_parse_edit_refuses(field: str, raw: str) -> None:
    with pytest.raises(UsageError):
        parse_edit(field, raw)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return build_store(str(tmp_path / "rasd.db"))


def test_unreviewed_events_read_as_stored(store: Store) -> None:
    shown = reviewed_events(store)
    assert [r.event for r in shown.events] == store.events()
    assert {r.status for r in shown.events} == {"unreviewed"} and shown.problems == []


def test_record_rebuilds_and_the_state_follows(store: Store) -> None:
    assert record(store, action="edit", who="alice", why="SOHR", event_id="evt-1", field="fatalities",
                  value=5) == []
    assert next(e for e in store.events() if e.id == "evt-1").fatalities == 5  # stored, so exported
    record(store, action="reject", who="alice", why="", event_id="evt-2")
    shown = reviewed_events(store)
    one, two = shown.find("evt-1"), shown.find("evt-2")
    assert one is not None and one.status == "edited" and one.review.edited == ("fatalities",)
    assert two is not None and two.status == "rejected" and two.hidden
    assert [o.action for o in history_of(one, store.overrides())] == ["edit"]


def test_merge_leaves_the_survivor(store: Store) -> None:
    record(store, action="merge", who="alice", why="same attack", event_id="evt-2", value="evt-1")
    shown = reviewed_events(store)
    assert shown.find("evt-2") is None and shown.absorbed_by("evt-2") == "evt-1"
    one = shown.find("evt-1")
    assert one is not None and {"doc-1#0", "doc-2#0"} <= set(one.event.mention_ids)
    assert [o.action for o in history_of(one, store.overrides())] == ["merge"]
