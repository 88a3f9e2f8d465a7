"""Reviewer overrides: applied after fusion, in order, by stable ids, and surviving re-runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from rasd.errors import UsageError
from rasd.fuse import fuse, split_event_id
from rasd.living import update_events
from rasd.records import Event
from rasd.review import apart, apply_edit, apply_overrides, check_edit
from rasd.store import Override, Store
from tests import factories as f

OMAR = f.location("omar")


def override(n: int, action: str, event_id: str | None = None, **kw: Any) -> Override:
    """An override as the store returns it."""
    fields: dict[str, Any] = {"id": n, "action": action, "event_id": event_id, "mention_id": None,
                              "field": None, "value": None, "who": "rima",
                              "at": datetime(2024, 5, n, tzinfo=UTC), "why": "checked"}
    return Override(**(fields | kw))


@pytest.fixture
def store() -> Iterator[Store]:
    """Three reports of the Conoco attack (d1, d2, d3) and one of an al-Omar attack (d4), fused once."""
    with Store.open(":memory:", now=f.fixed_clock) as s:
        run = s.start_run(command="test", ruleset="r", lexicon_versions={})
        for doc in ("d1", "d2", "d3"):
            s.save_article(f.article(doc, text=f"نص {doc}"), [f.mention(f"{doc}#0", doc)], run_id=run)
        s.save_article(f.article("d4", text="نص d4"), [f.mention("d4#0", "d4", location=OMAR)], run_id=run)
        update_events(s, run_id=run)
        yield s


def rerun(store: Store) -> dict[str, Event]:
    """Re-fuse the store as a new run would; return its events by id."""
    update_events(store, run_id=store.start_run(command="test", ruleset="r", lexicon_versions={}))
    return {e.id: e for e in store.events()}


def ids(store: Store) -> tuple[str, str]:
    """The ids of the Conoco event and the al-Omar event."""
    by_doc = {m.doc_id: m.event_id for m in store.mentions()}
    return str(by_doc["d1"]), str(by_doc["d4"])


def test_rerun_changes_nothing(store: Store) -> None:
    before = store.events()
    assert list(rerun(store).values()) == before and len(before) == 2
    assert all(e.notes and e.summary_ar for e in before)


def test_an_edit_survives_re_fusion_and_a_new_report(store: Store) -> None:
    conoco, _ = ids(store)
    store.add_override(action="edit", event_id=conoco, field="fatalities", value=4, who="rima", why="CENTCOM")
    assert rerun(store)[conoco].fatalities == 4
    run = store.start_run(command="test", ruleset="r", lexicon_versions={})
    store.save_article(f.article("d5", text="نص d5"), [f.mention("d5#0", "d5")], run_id=run)
    events = rerun(store)
    assert events[conoco].fatalities == 4 and "d5" in events[conoco].documents
    assert "4 people were killed" in events[conoco].notes


def test_merge_keeps_the_target_id_and_survives(store: Store) -> None:
    conoco, omar = ids(store)
    store.add_override(action="merge", event_id=omar, value=conoco, who="rima", why="same attack")
    events = rerun(store)
    assert list(events) == [conoco] and events[conoco].absorbed_ids == (omar,)
    assert set(events[conoco].documents) == {"d1", "d2", "d3", "d4"}
    assert rerun(store) == events


def test_split_makes_a_stable_event_that_never_rejoins(store: Store) -> None:
    conoco, _ = ids(store)
    store.add_override(action="split", event_id=conoco, mention_id="d2#0", who="rima", why="other attack")
    events = rerun(store)
    split = split_event_id("d2#0")
    assert events[split].mention_ids == ("d2#0",)
    assert events[conoco].mention_ids == ("d1#0", "d3#0") and events[conoco].absorbed_ids == ()
    assert rerun(store) == events


def test_reject_keeps_the_event_and_marks_it() -> None:
    events, assign = fuse([f.mention("d1#0", "d1"), f.mention("d4#0", "d4", location=OMAR)])
    target = events[0].id
    out = apply_overrides(events, assign, [], [override(1, "reject", target), override(2, "accept", "nope")])
    assert {e.id for e in out.events} == {e.id for e in events}
    assert out.reviews[target].status == "rejected"
    assert out.problems == ["override 2 (accept by rima): event nope no longer exists"]


STATUS_CASES = [
    ("accept", [("accept", {})], "accepted"),
    ("edit then accept", [("edit", {"field": "injured", "value": 1}), ("accept", {})], "accepted"),
    ("accept then edit", [("accept", {}), ("edit", {"field": "injured", "value": 1})], "edited"),
    ("reject then edit", [("reject", {}), ("edit", {"field": "injured", "value": 1})], "rejected"),
    ("reject then accept", [("reject", {}), ("accept", {})], "accepted"),
]


@pytest.mark.parametrize(("actions", "status"), [(a, s) for _, a, s in STATUS_CASES],
                         ids=[c[0] for c in STATUS_CASES])
def test_status_follows_the_last_decision(actions: list[tuple[str, dict[str, Any]]], status: str) -> None:
    events, assign = fuse([f.mention("d1#0", "d1")])
    eid = events[0].id
    ovs = [override(n, action, eid, **kw) for n, (action, kw) in enumerate(actions, 1)]
    out = apply_overrides(events, assign, [f.mention("d1#0", "d1")], ovs)
    assert out.reviews[eid].status == status
    assert [r.action for r in out.reviews[eid].reviews] == [a for a, _ in actions]


def test_decisions_about_an_absorbed_event_apply_to_the_survivor() -> None:
    mentions = [f.mention("d1#0", "d1"), f.mention("d4#0", "d4", location=OMAR)]
    events, assign = fuse(mentions)
    a, b = (e.id for e in events)
    ovs = [override(1, "merge", b, value=a), override(2, "edit", b, field="injured", value=7)]
    out = apply_overrides(events, assign, mentions, ovs)
    (merged,) = out.events
    assert merged.id == a and merged.injured == 7 and out.assignments == {"d1#0": a, "d4#0": a}


EDITS = [
    ("event_date", "2022-08-25", "event_date"), ("injured", None, "injured"),
    ("actor1.side", "ISIS", "actor1"), ("weapons", ["drone"], "weapons"), ("notes", " Fixed. ", "notes"),
]


@pytest.mark.parametrize(("name", "value", "attr"), EDITS, ids=[e[0] for e in EDITS])
def test_edits(name: str, value: Any, attr: str) -> None:
    edited = apply_edit(f.event(), name, check_edit(name, value))
    assert getattr(edited, attr) != getattr(f.event(), attr)


BAD_EDITS = [("id", "x"), ("fatalities", -1), ("fatalities", "3"), ("time_precision", 4),
             ("actor2.side", "MARS"), ("event_date", "yesterday"), ("weapons", "drone")]


@pytest.mark.parametrize(("name", "value"), BAD_EDITS, ids=[f"{n}={v!r}" for n, v in BAD_EDITS])
def test_bad_edits_are_refused(name: str, value: Any) -> None:
    with pytest.raises(UsageError):
        check_edit(name, value)


def test_apart_follows_absorptions() -> None:
    survivor = f.event("ev-b", absorbed_ids=("ev-a",))
    ovs = [override(1, "split", "ev-a", mention_id="m1"), override(2, "accept", "ev-b")]
    assert apart(ovs, [survivor]) == {"m1": frozenset({"ev-a", "ev-b"})}


def reextract(store: Store, doc: str, mention_id: str, **fields: Any) -> None:
    """Store a corrected text of `doc` whose re-extraction gives one mention with a new id."""
    run = store.start_run(command="test", ruleset="r", lexicon_versions={})
    store.save_article(f.article(doc, text=f"نص {doc} بعد التصحيح"), [f.mention(mention_id, doc, **fields)],
                       run_id=run)


def test_every_kind_of_override_survives_re_extraction(store: Store) -> None:  # issue 5
    conoco, omar = ids(store)
    store.add_override(action="edit", event_id=conoco, field="fatalities", value=4, who="rima", why="CENTCOM")
    store.add_override(action="reject", event_id=omar, who="rima", why="an exercise")
    store.add_override(action="split", event_id=conoco, mention_id="d2#0", who="rima", why="other attack")
    before = rerun(store)
    for doc in ("d1", "d2", "d3"):  # new texts: new mention ids, and d1 now names the attacker's side wrongly
        reextract(store, doc, f"{doc}#v2", **({"actor1": f.actor("UNKNOWN")} if doc == "d1" else {}))
    reextract(store, "d4", "d4#v2", location=OMAR, fatalities=1)
    after = rerun(store)
    assert set(after) == set(before)
    assert after[conoco].mention_ids == ("d1#v2", "d3#v2") and after[conoco].fatalities == 4
    assert after[omar].mention_ids == ("d4#v2",) and after[omar].status == "rejected"
    assert after[split_event_id("d2#0")].mention_ids == ("d2#v2",)
    assert [r.action for r in after[conoco].reviews] == ["edit", "split"]
    assert rerun(store) == after


def test_a_merge_survives_re_extraction_of_the_absorbed_report(store: Store) -> None:  # issue 5
    conoco, omar = ids(store)
    store.add_override(action="merge", event_id=omar, value=conoco, who="rima", why="same attack")
    rerun(store)
    reextract(store, "d4", "d4#v2", location=OMAR)
    events = rerun(store)
    assert list(events) == [conoco] and events[conoco].absorbed_ids == (omar,)
    assert "d4#v2" in events[conoco].mention_ids
    (review,) = events[conoco].reviews
    assert (review.action, review.who, review.why, review.value) == ("merge", "rima", "same attack", conoco)


def test_reviews_record_who_when_why_and_what() -> None:
    events, assign = fuse([f.mention("d1#0", "d1"), f.mention("d4#0", "d4", location=OMAR)])
    target = events[0].id
    out = apply_overrides(events, assign, [], [
        override(1, "edit", target, field="weapons", value=["drone", "rocket"]),
        override(2, "accept", target, why="")])
    (event,) = [e for e in out.events if e.id == target]
    assert event.status == "accepted"
    assert [r.to_dict() for r in event.reviews] == [
        {"override": 1, "action": "edit", "who": "rima", "at": "2024-05-01T00:00:00+00:00", "why": "checked",
         "event_id": target, "mention_id": None, "field": "weapons", "value": ["drone", "rocket"]},
        {"override": 2, "action": "accept", "who": "rima", "at": "2024-05-02T00:00:00+00:00", "why": "",
         "event_id": target, "mention_id": None, "field": None, "value": None}]
