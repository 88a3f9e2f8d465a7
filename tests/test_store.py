"""The SQLite store: migrations, refusal of foreign files, transactions, events, runs, overrides."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rasd.errors import StoreError, UsageError
from rasd.migrations import MIGRATIONS
from rasd.records import Claim, Evidence
from rasd.store import Store
from tests import factories as f


def ticking_clock(start: datetime = datetime(2024, 1, 1, tzinfo=UTC)) -> Callable[[], datetime]:
    """A clock that advances one minute per call."""
    state = {"now": start}

    def now() -> datetime:
        state["now"] += timedelta(minutes=1)
        return state["now"]
    return now


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "rasd.db")


@pytest.fixture
def store(db_path: str) -> Iterator[Store]:
    with Store.open(db_path, now=ticking_clock()) as s:
        yield s


def count(db_path: str, sql: str) -> int:
    """Run a count query through an independent connection."""
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(sql).fetchone()[0])


# opening and migrations

def test_new_database_is_migrated_to_the_latest_schema_in_wal_mode(store: Store, db_path: str) -> None:
    assert store.schema_version == len(MIGRATIONS)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "mentions", "events", "claims", "evidence", "ingest_errors", "runs",
            "overrides"} <= tables


def test_reopening_keeps_data(db_path: str) -> None:
    with Store.open(db_path) as s:
        s.save_article(f.article(), [f.mention()], run_id=s.start_run(command="t", ruleset="r",
                                                                      lexicon_versions={}))
    with Store.open(db_path, create=False) as s:
        assert [m.id for m in s.mentions()] == ["doc-1#0"]


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(StoreError, match="rolled back"):
        store.save_article(f.article(), [], run_id=999)


def test_missing_database_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `rasd run` first"):
        Store.open(str(tmp_path / "nope.db"), create=False)


def test_database_from_a_newer_rasd_is_refused(db_path: str) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer rasd.*upgrade rasd"):
        Store.open(db_path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="not a SQLite database.*--db"):
        Store.open(str(path))


def test_somebody_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "other.db")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="not a rasd one"):
        Store.open(path)
    with sqlite3.connect(path) as conn:  # untouched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(str(tmp_path / "no" / "such" / "dir" / "rasd.db"))


def test_in_memory_database_works() -> None:
    with Store.open(":memory:") as s:
        assert s.mentions() == []


# articles and mentions

def test_has_article_depends_on_doc_and_hash(store: Store) -> None:
    a = f.article()
    assert not store.has_article(a.doc_id, a.content_hash)
    store.save_article(a, [], run_id=store.start_run(command="t", ruleset="r", lexicon_versions={}))
    assert store.has_article(a.doc_id, a.content_hash)
    assert not store.has_article(a.doc_id, "other-hash")
    assert not store.has_article("doc-2", a.content_hash)


def test_articles_and_mentions_round_trip_in_document_order(store: Store) -> None:
    run = store.start_run(command="t", ruleset="r", lexicon_versions={})
    a1, a2 = f.article("doc-1", debris=((0, 3),)), f.article("doc-2", url="https://x.org/2", path=None)
    m1 = [f.mention("doc-1#10"), f.mention("doc-1#2", location=None, retaliation=True)]
    m2 = [f.mention("doc-2#0", doc_id="doc-2", actor1=f.actor("UNKNOWN", start=1, end=4))]
    store.save_article(a2, m2, run_id=run)
    store.save_article(a1, m1, run_id=run)
    assert store.mentions() == [*m1, *m2]
    assert list(store.articles()) == [a1, a2]
    assert store.article("doc-2") == a2
    assert store.article("doc-3") is None
    assert store.doc_infos() == {"doc-1": a1.doc_info(), "doc-2": a2.doc_info()}


def test_saving_again_replaces_mentions_claims_and_evidence(store: Store, db_path: str) -> None:
    run = store.start_run(command="t", ruleset="r", lexicon_versions={})
    store.save_article(f.article(), [f.mention("doc-1#0"), f.mention("doc-1#1")], run_id=run)
    assert count(db_path, "SELECT count(*) FROM claims") == 2
    assert count(db_path, "SELECT count(*) FROM evidence") == 2
    changed = f.article(text="نص جديد")
    store.save_article(changed, [f.mention("doc-1#0", claims=(), evidence=())], run_id=run)
    assert [m.id for m in store.mentions()] == ["doc-1#0"]
    assert count(db_path, "SELECT count(*) FROM claims") == 0
    assert count(db_path, "SELECT count(*) FROM evidence") == 0
    assert store.has_article("doc-1", changed.content_hash)


def test_claim_rows_carry_the_mention_document(store: Store, db_path: str) -> None:
    claim = Claim(field="fatalities", value=None, min=6, max=7, source="Pentagon", start=1, end=2)
    store.save_article(f.article(), [f.mention(claims=(claim,))],
                       run_id=store.start_run(command="t", ruleset="r", lexicon_versions={}))
    with sqlite3.connect(db_path) as conn:
        row = conn.execute('SELECT field, value, "min", "max", source, doc_id, start, "end" FROM claims').fetchone()
    assert row == ("fatalities", None, 6, 7, "Pentagon", "doc-1", 1, 2)


def test_a_failed_save_rolls_back_everything_for_the_document(store: Store) -> None:
    run = store.start_run(command="t", ruleset="r", lexicon_versions={})
    before = f.mention("doc-1#0")
    store.save_article(f.article(), [before], run_id=run)
    duplicate_ids = [f.mention("doc-1#5"), f.mention("doc-1#5", evidence=(Evidence(doc_id="doc-1", start=0,
                                                                                   end=1, text="x"),))]
    with pytest.raises(StoreError, match="saving doc-1 failed and was rolled back"):
        store.save_article(f.article(text="changed"), duplicate_ids, run_id=run)
    assert store.mentions() == [before]
    assert store.has_article("doc-1", f.article().content_hash)


def test_mentions_of_another_document_are_a_caller_bug(store: Store) -> None:
    with pytest.raises(ValueError, match="do not belong"):
        store.save_article(f.article("doc-1"), [f.mention("x", doc_id="doc-2")], run_id=1)


def test_corrupt_mention_json_is_reported(store: Store, db_path: str) -> None:
    store.save_article(f.article(), [f.mention()],
                       run_id=store.start_run(command="t", ruleset="r", lexicon_versions={}))
    with sqlite3.connect(db_path) as conn:
        conn.execute("""UPDATE mentions SET json = '{"id": 1}'""")
    with pytest.raises(StoreError, match="'doc-1#0' cannot be read"):
        store.mentions()


# events

def _store_with_mentions(store: Store) -> int:
    run = store.start_run(command="run", ruleset="r", lexicon_versions={})
    store.save_article(f.article("doc-1"), [f.mention("doc-1#0"), f.mention("doc-1#1")], run_id=run)
    store.save_article(f.article("doc-2"), [f.mention("doc-2#0", doc_id="doc-2")], run_id=run)
    return run


def test_replace_events_links_mentions_and_orders_by_date(store: Store) -> None:
    run = _store_with_mentions(store)
    e_late = f.event("evt-b", event_date=date(2022, 8, 25), mention_ids=("doc-2#0",), documents=("doc-2",))
    e_early = f.event("evt-c", mention_ids=("doc-1#0",))
    e_undated = f.event("evt-a", event_date=None, time_precision=None, mention_ids=("doc-1#1",))
    store.replace_events([e_late, e_undated, e_early],
                         {"doc-1#0": "evt-c", "doc-1#1": "evt-a", "doc-2#0": "evt-b"}, run_id=run)
    assert store.events() == [e_early, e_late, e_undated]
    assert {m.id: m.event_id for m in store.mentions()} == {"doc-1#0": "evt-c", "doc-1#1": "evt-a",
                                                             "doc-2#0": "evt-b"}


def test_replace_events_deletes_stale_events_and_unlinks_their_mentions(store: Store, db_path: str) -> None:
    run = _store_with_mentions(store)
    store.replace_events([f.event("evt-1"), f.event("evt-2")], {"doc-1#0": "evt-1", "doc-2#0": "evt-2"},
                         run_id=run)
    assert count(db_path, "SELECT count(*) FROM claims WHERE event_id IS NOT NULL") == 2
    store.replace_events([f.event("evt-1")], {"doc-1#0": "evt-1"}, run_id=run)
    assert [e.id for e in store.events()] == ["evt-1"]
    assert {m.id: m.event_id for m in store.mentions()} == {"doc-1#0": "evt-1", "doc-1#1": None,
                                                             "doc-2#0": None}
    assert count(db_path, "SELECT count(*) FROM claims WHERE event_id IS NOT NULL") == 1


def test_updated_run_changes_only_when_the_event_changes(store: Store) -> None:
    run1 = _store_with_mentions(store)
    store.replace_events([f.event("evt-1"), f.event("evt-2")], {}, run_id=run1)
    first = store.event_updated_at()
    run2 = store.start_run(command="run", ruleset="r", lexicon_versions={})
    store.replace_events([f.event("evt-1"), f.event("evt-2", fatalities=3)], {}, run_id=run2)
    second = store.event_updated_at()
    assert second["evt-1"] == first["evt-1"]
    assert second["evt-2"] > first["evt-2"]
    assert second["evt-2"] == store.runs()[1].started_at


def test_each_event_remembers_the_run_that_created_it(store: Store) -> None:
    assert store.latest_run() is None and store.event_created_runs() == {}
    run1 = _store_with_mentions(store)
    store.replace_events([f.event("evt-1"), f.event("evt-2")], {}, run_id=run1)
    run2 = store.start_run(command="run", ruleset="r", lexicon_versions={})
    store.replace_events([f.event("evt-1", fatalities=3), f.event("evt-3")], {}, run_id=run2)
    assert store.latest_run() == run2
    assert store.event_created_runs() == {"evt-1": run1, "evt-3": run2}


@pytest.mark.parametrize(("events", "assignments", "error", "message"), [
    ([f.event("e1"), f.event("e1")], {}, ValueError, "duplicate event ids"),
    ([f.event("e1")], {"doc-1#0": "e9"}, ValueError, "unknown events"),
    ([f.event("e1")], {"nope": "e1"}, StoreError, "unknown mention 'nope'"),
], ids=["duplicate-ids", "unknown-event", "unknown-mention"])
def test_replace_events_rejects_inconsistent_input_and_changes_nothing(
        store: Store, events: list, assignments: dict, error: type, message: str) -> None:
    run = _store_with_mentions(store)
    store.replace_events([f.event("e0")], {"doc-1#0": "e0"}, run_id=run)
    with pytest.raises(error, match=message):
        store.replace_events(events, assignments, run_id=run)
    assert [e.id for e in store.events()] == ["e0"]
    assert store.mentions()[0].event_id == "e0"


def test_event_ids_in_mention_json_do_not_override_the_link(store: Store) -> None:
    run = store.start_run(command="t", ruleset="r", lexicon_versions={})
    store.replace_events([f.event("evt-1")], {}, run_id=run)
    store.save_article(f.article(), [f.mention(event_id="evt-1")], run_id=run)
    store.replace_events([f.event("evt-1")], {}, run_id=run)
    assert store.mentions()[0].event_id is None
    assert dataclasses.replace(store.mentions()[0], event_id="evt-1") == f.mention(event_id="evt-1")


# runs, errors, overrides

def test_runs_record_versions_times_and_counts(store: Store) -> None:
    run = store.start_run(command="run seeds/", ruleset="rasd_rules.v1",
                          lexicon_versions={"actors": "3", "places": "1"})
    store.finish_run(run, n_articles=5, n_failed=1, n_mentions=20, n_events=12)
    (r,) = store.runs()
    assert (r.id, r.command, r.ruleset, r.lexicon_versions) == (run, "run seeds/", "rasd_rules.v1",
                                                                {"actors": "3", "places": "1"})
    assert r.counts == {"n_articles": 5, "n_failed": 1, "n_mentions": 20, "n_events": 12}
    assert r.finished_at is not None and r.finished_at > r.started_at


def test_finish_run_rejects_unknown_counts_and_runs(store: Store) -> None:
    run = store.start_run(command="t", ruleset="r", lexicon_versions={})
    with pytest.raises(ValueError, match="n_docs"):
        store.finish_run(run, n_docs=3)
    with pytest.raises(StoreError, match="no run with id 42"):
        store.finish_run(42, n_articles=1)


def test_ingest_errors_are_listed_per_run(store: Store) -> None:
    r1 = store.start_run(command="t", ruleset="r", lexicon_versions={})
    r2 = store.start_run(command="t", ruleset="r", lexicon_versions={})
    store.record_error(run_id=r1, doc="a.html", reason="not UTF-8")
    store.record_error(run_id=r2, doc="b.txt", reason="empty")
    assert [(e.doc, e.reason) for e in store.recorded_errors(run_id=r2)] == [("b.txt", "empty")]
    assert [e.doc for e in store.recorded_errors()] == ["a.html", "b.txt"]


def test_overrides_are_stored_and_listed(store: Store) -> None:
    first = store.add_override(action="edit", event_id="evt-1", field="fatalities", value=4,
                               who="analyst", why="CENTCOM statement")
    store.add_override(action="reject", mention_id="doc-1#0", who="analyst")
    store.add_override(action="merge", event_id="evt-2", value=["evt-2", "evt-3"], who="lead")
    assert [o.action for o in store.overrides()] == ["edit", "reject", "merge"]
    (edit,) = store.overrides(event_id="evt-1")
    assert (edit.id, edit.field, edit.value, edit.who, edit.why) == (first, "fatalities", 4, "analyst",
                                                                     "CENTCOM statement")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"action": "delete", "event_id": "e", "who": "a"}, "unknown override action 'delete'"),
    ({"action": "accept", "who": "a"}, "needs an event id or a mention id"),
    ({"action": "edit", "event_id": "e", "who": "a"}, "needs the field"),
    ({"action": "accept", "event_id": "e", "who": ""}, "name of who"),
], ids=["action", "target", "edit-field", "who"])
def test_invalid_overrides_are_usage_errors(store: Store, kwargs: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        store.add_override(**kwargs)
