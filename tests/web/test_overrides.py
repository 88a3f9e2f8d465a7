"""Overrides applied for display: edits, accept/reject, merge and split, in order."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from rasd.errors import UsageError
from rasd.store import Override
from rasd.web.overrides import EDITABLE_FIELDS, apply_edit, apply_for_display, parse_edit
from tests import factories as f


def ov(action: str, event_id: str = "evt-1", **kw: Any) -> Override:
    fields: dict[str, Any] = {"id": 1, "action": action, "event_id": event_id, "mention_id": None,
                              "field": None, "value": None, "who": "alice",
                              "at": datetime(2024, 5, 1, tzinfo=UTC), "why": ""}
    return Override(**(fields | kw))


@pytest.mark.parametrize(("field", "raw", "value"), [
    ("fatalities", "7", 7), ("fatalities", "", None), ("injured", " 0 ", 0),
    ("event_date", "2022-08-23", "2022-08-23"), ("time_precision", "2", 2),
    ("actor2.side", "CIVILIANS", "CIVILIANS"), ("notes", "  corrected ", "corrected"),
])
def test_parse_edit(field: str, raw: str, value: Any) -> None:
    assert parse_edit(field, raw) == value


@pytest.mark.parametrize(("field", "raw"), [
    ("fatalities", "-1"), ("fatalities", "6 or 7"), ("event_date", "yesterday"), ("time_precision", "4"),
    ("event_type", " "), ("actor1.side", "us"), ("location", "x"),
])
def test_parse_edit_refuses(field: str, raw: str) -> None:
    with pytest.raises(UsageError):
        parse_edit(field, raw)


def test_every_editable_field_applies() -> None:
    e = f.event()
    for name, raw in [("event_date", "2022-08-01"), ("time_precision", "3"), ("event_type", "Battles"),
                      ("sub_event_type", "Armed clash"), ("fatalities", "1"), ("injured", "2"), ("notes", "n"),
                      ("summary_ar", "ملخص"), ("actor1.side", "ISIS"), ("actor2.side", "SDF")]:
        assert name in EDITABLE_FIELDS
        e = apply_edit(e, name, parse_edit(name, raw))
    assert (e.event_date, e.time_precision, e.event_type, e.fatalities, e.injured) == (
        date(2022, 8, 1), 3, "Battles", 1, 2)
    assert e.actor1 is not None and e.actor2 is not None
    assert (e.actor1.side, e.actor2.side, e.summary_ar) == ("ISIS", "SDF", "ملخص")


def test_side_edit_on_a_missing_actor_leaves_the_event() -> None:
    e = f.event(actor2=None)
    assert apply_edit(e, "actor2.side", "US") == e


def test_apply_in_order_and_statuses() -> None:
    events = [f.event("evt-1"), f.event("evt-2", mention_ids=("doc-2#0",), documents=("doc-2",),
                                        sources=("SOHR",))]
    shown = apply_for_display(events, [
        ov("accept"), ov("edit", field="fatalities", value=3), ov("edit", field="fatalities", value=4),
        ov("merge", event_id="evt-2", value="evt-1"), ov("reject", event_id="nope"),
    ])
    one, two = shown
    assert one.status == "edited" and one.event.fatalities == 4 and one.edited == {"fatalities": 4}
    assert one.event.mention_ids == ("doc-1#0", "doc-2#0") and one.event.sources == ("SANA", "SOHR")
    assert two.status == "merged" and two.merged_into == "evt-1" and two.hidden
    assert len(one.overrides) == 3 and len(two.overrides) == 1


def test_reject_after_edit_stays_rejected_and_split_drops_the_mention() -> None:
    [r] = apply_for_display([f.event(mention_ids=("a", "b"))], [
        ov("reject"), ov("edit", field="notes", value="x"), ov("split", mention_id="b")])
    assert r.status == "rejected" and r.hidden and r.event.notes == "x"
    assert r.event.mention_ids == ("a",) and r.split_mentions == ("b",)
