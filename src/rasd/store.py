"""The SQLite store: one file holding articles, mentions, events, runs, errors and review overrides.

Each write method is one transaction: it either happens completely or not at all. Mentions and
events are kept as lossless JSON (``rasd.serialize``) plus a few indexed columns for queries;
the ``mentions.event_id`` column, not the JSON, says which event a mention belongs to.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from . import __version__
from .errors import StoreError, UsageError
from .migrations import APPLICATION_ID, MIGRATIONS
from .records import Article, Claim, Event, Mention
from .serialize import (
    RecordFormatError,
    article_from_row,
    article_to_row,
    event_from_dict,
    event_to_dict,
    mention_from_dict,
    mention_to_dict,
)

RUN_COUNTS = ("n_articles", "n_failed", "n_mentions", "n_events")
OVERRIDE_ACTIONS = ("accept", "reject", "edit", "merge", "split")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """One invocation of a command that wrote to the store."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    command: str
    rasd_version: str
    ruleset: str
    lexicon_versions: dict[str, str]
    counts: dict[str, int | None]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class RecordedError:
    """A document that a run could not process, with the reason."""

    run_id: int
    doc: str
    reason: str
    at: datetime


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Override:
    """A reviewer's decision about an event or mention that later runs must respect."""

    id: int
    action: str
    event_id: str | None
    mention_id: str | None
    field: str | None
    value: Any
    who: str
    at: datetime
    why: str


def _utcnow() -> datetime:
    """The current UTC time, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class Store:
    """A rasd database file; open with ``Store.open(path)`` and close (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: str, now: Callable[[], datetime]) -> None:
        self._conn = conn
        self.path = path
        self._now = now

    @classmethod
    def open(cls, path: str, *, create: bool = True, now: Callable[[], datetime] = _utcnow) -> Store:
        """Open (and if needed create and migrate) the database at `path`; ':memory:' works too."""
        if not create and path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"no rasd database at {path}; run `rasd run` first or pass --db PATH")
        try:
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}; check that its directory exists and is "
                             "writable") from exc
        conn.row_factory = sqlite3.Row
        try:
            _check_and_migrate(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, now)

    def close(self) -> None:
        """Close the connection; the Store is unusable afterwards."""
        self._conn.close()

    def __enter__(self) -> Store:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Close the store."""
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version (number of applied migrations)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # runs and errors

    def start_run(self, *, command: str, ruleset: str, lexicon_versions: Mapping[str, str]) -> int:
        """Record the start of a run and return its id."""
        with self._transaction("start_run") as db:
            cur = db.execute(
                "INSERT INTO runs (started_at, command, rasd_version, ruleset, lexicon_versions) "
                "VALUES (?, ?, ?, ?, ?)",
                (self._stamp(), command, __version__, ruleset,
                 json.dumps(dict(lexicon_versions), sort_keys=True)))
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, **counts: int) -> None:
        """Record the end of a run with its counts (n_articles, n_failed, n_mentions, n_events)."""
        unknown = sorted(set(counts) - set(RUN_COUNTS))
        if unknown:
            raise ValueError(f"finish_run: unknown count(s) {', '.join(unknown)}; known: {RUN_COUNTS}")
        sets = ", ".join(f"{k} = ?" for k in counts)
        with self._transaction("finish_run") as db:
            cur = db.execute(f"UPDATE runs SET finished_at = ?{', ' if sets else ''}{sets} WHERE id = ?",
                             (self._stamp(), *counts.values(), run_id))
            if cur.rowcount == 0:
                raise StoreError(f"{self.path}: no run with id {run_id}")

    def runs(self) -> list[Run]:
        """All runs, oldest first."""
        rows = self._conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [Run(id=r["id"], started_at=datetime.fromisoformat(r["started_at"]),
                    finished_at=datetime.fromisoformat(r["finished_at"]) if r["finished_at"] else None,
                    command=r["command"], rasd_version=r["rasd_version"], ruleset=r["ruleset"],
                    lexicon_versions=json.loads(r["lexicon_versions"]),
                    counts={k: r[k] for k in RUN_COUNTS}) for r in rows]

    def record_error(self, *, run_id: int, doc: str, reason: str) -> None:
        """Remember that `doc` failed during run `run_id`, and why."""
        with self._transaction("record_error") as db:
            db.execute("INSERT INTO ingest_errors (run_id, doc, reason, at) VALUES (?, ?, ?, ?)",
                       (run_id, doc, reason, self._stamp()))

    def recorded_errors(self, *, run_id: int | None = None) -> list[RecordedError]:
        """The recorded failures, of one run or of all runs, in the order they happened."""
        sql = "SELECT * FROM ingest_errors" + (" WHERE run_id = ?" if run_id is not None else "")
        rows = self._conn.execute(sql + " ORDER BY rowid", () if run_id is None else (run_id,))
        return [RecordedError(run_id=r["run_id"], doc=r["doc"], reason=r["reason"],
                              at=datetime.fromisoformat(r["at"])) for r in rows]

    # articles and mentions

    def has_article(self, doc_id: str, content_hash: str) -> bool:
        """True when this document with this exact content is already stored."""
        row = self._conn.execute("SELECT 1 FROM articles WHERE doc_id = ? AND content_hash = ?",
                                 (doc_id, content_hash)).fetchone()
        return row is not None

    def save_article(self, article: Article, mentions: Sequence[Mention], *, run_id: int) -> None:
        """Store an article and its mentions in one transaction, replacing what the doc had before."""
        strays = [m.id for m in mentions if m.doc_id != article.doc_id]
        if strays:
            raise ValueError(f"mentions {strays} do not belong to document {article.doc_id}")
        row = article_to_row(article) | {"ingested_at": self._stamp(), "run_id": run_id}
        cols = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "doc_id")
        with self._transaction(f"saving {article.doc_id}") as db:
            db.execute(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))}) "
                       f"ON CONFLICT(doc_id) DO UPDATE SET {updates}", tuple(row.values()))
            db.execute("DELETE FROM mentions WHERE doc_id = ?", (article.doc_id,))
            for seq, mention in enumerate(mentions):
                self._insert_mention(db, mention, seq)

    def article(self, doc_id: str) -> Article | None:
        """The stored article with this id, or None."""
        row = self._conn.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return article_from_row(row) if row else None

    def articles(self) -> Iterator[Article]:
        """All stored articles, by doc_id (read lazily)."""
        for row in self._conn.execute("SELECT * FROM articles ORDER BY doc_id"):
            yield article_from_row(row)

    def doc_infos(self) -> dict[str, dict[str, Any]]:
        """The contract `doc` object of every stored article, by doc_id, without loading texts."""
        rows = self._conn.execute("SELECT doc_id, content_hash, path, url, title, outlet, published, "
                                  "published_from, encoding, '' AS text, debris FROM articles")
        return {r["doc_id"]: article_from_row(r).doc_info() for r in rows}

    def ingested_at(self) -> dict[str, datetime]:
        """When each stored article was last saved, by doc_id."""
        rows = self._conn.execute("SELECT doc_id, ingested_at FROM articles")
        return {r["doc_id"]: datetime.fromisoformat(r["ingested_at"]) for r in rows}

    def mentions(self) -> list[Mention]:
        """All mentions, ordered by doc_id then their order in the document."""
        rows = self._conn.execute("SELECT id, event_id, json FROM mentions ORDER BY doc_id, seq")
        return [dataclasses.replace(self._decode(mention_from_dict, r), event_id=r["event_id"])
                for r in rows]

    # events

    def replace_events(self, events: Sequence[Event], assignments: Mapping[str, str], *,
                       run_id: int) -> None:
        """Make `events` the complete set of events and `assignments` (mention -> event) the links."""
        ids = [e.id for e in events]
        if len(set(ids)) != len(ids):
            raise ValueError("replace_events: duplicate event ids")
        unknown = sorted(set(assignments.values()) - set(ids))
        if unknown:
            raise ValueError(f"replace_events: assignments name unknown events {unknown}")
        with self._transaction("replacing events") as db:
            for event in events:
                self._upsert_event(db, event, run_id)
            db.execute("DELETE FROM claims WHERE event_id IS NOT NULL")
            for event in events:
                for claim in event.claims:
                    _insert_claim(db, claim, mention_id=None, event_id=event.id, doc_id=claim.doc_id)
            db.execute("UPDATE mentions SET event_id = NULL WHERE event_id IS NOT NULL")
            for mention_id, event_id in sorted(assignments.items()):
                cur = db.execute("UPDATE mentions SET event_id = ? WHERE id = ?", (event_id, mention_id))
                if cur.rowcount == 0:
                    raise StoreError(f"{self.path}: cannot assign unknown mention {mention_id!r}")
            db.execute("DELETE FROM events WHERE id NOT IN (SELECT value FROM json_each(?))",
                       (json.dumps(ids),))

    def events(self) -> list[Event]:
        """All events, by date (undated last) then id."""
        rows = self._conn.execute("SELECT id, json FROM events "
                                  "ORDER BY event_date IS NULL, event_date, id")
        return [self._decode(event_from_dict, r) for r in rows]

    def event_created_runs(self) -> dict[str, int]:
        """The run that first stored each event, by event id; an event keeps it as long as it keeps its id.

        Compare with ``latest_run()`` to tell which events are new in the latest run.
        """
        rows = self._conn.execute("SELECT id, created_run FROM events WHERE created_run IS NOT NULL")
        return {r["id"]: int(r["created_run"]) for r in rows}

    def latest_run(self) -> int | None:
        """The id of the most recent run, or None before the first."""
        row = self._conn.execute("SELECT max(id) FROM runs").fetchone()
        return None if row[0] is None else int(row[0])

    def event_updated_at(self) -> dict[str, datetime]:
        """The start time of the run that last changed each event, by event id."""
        rows = self._conn.execute("SELECT e.id, r.started_at FROM events e "
                                  "JOIN runs r ON r.id = e.updated_run")
        return {r["id"]: datetime.fromisoformat(r["started_at"]) for r in rows}

    # review overrides

    def add_override(self, *, action: str, who: str, why: str = "", event_id: str | None = None,
                     mention_id: str | None = None, field: str | None = None,
                     value: Any = None) -> int:
        """Record a reviewer's decision (accept/reject/edit/merge/split) and return its id."""
        if action not in OVERRIDE_ACTIONS:
            raise UsageError(f"unknown override action {action!r}; use one of {', '.join(OVERRIDE_ACTIONS)}")
        if event_id is None and mention_id is None:
            raise UsageError("an override needs an event id or a mention id")
        if action == "edit" and not field:
            raise UsageError("an 'edit' override needs the field it changes")
        if not who:
            raise UsageError("an override needs the name of who made it")
        with self._transaction("add_override") as db:
            cur = db.execute(
                "INSERT INTO overrides (event_id, mention_id, action, field, value, who, at, why) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, mention_id, action, field, json.dumps(value, ensure_ascii=False), who,
                 self._stamp(), why))
            return int(cur.lastrowid or 0)

    def overrides(self, *, event_id: str | None = None) -> list[Override]:
        """All overrides (or those of one event), oldest first."""
        sql = "SELECT * FROM overrides" + (" WHERE event_id = ?" if event_id is not None else "")
        rows = self._conn.execute(sql + " ORDER BY id", () if event_id is None else (event_id,))
        return [Override(id=r["id"], action=r["action"], event_id=r["event_id"],
                         mention_id=r["mention_id"], field=r["field"], value=json.loads(r["value"]),
                         who=r["who"], at=datetime.fromisoformat(r["at"]), why=r["why"]) for r in rows]

    # internals

    def _stamp(self) -> str:
        """The current time as stored (ISO 8601, seconds, with offset)."""
        return self._now().isoformat(timespec="seconds")

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """Run the block in one immediate transaction; sqlite errors become StoreError."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write ({what}): {exc}; is another rasd "
                             "process using it?") from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"{self.path}: {what} failed and was rolled back: {exc}") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _decode(self, decode: Callable[[dict[str, Any]], Any], row: sqlite3.Row) -> Any:
        """Decode a stored JSON record, reporting corruption as StoreError."""
        try:
            return decode(json.loads(row["json"]))
        except (RecordFormatError, ValueError) as exc:
            raise StoreError(f"{self.path}: record {row['id']!r} cannot be read ({exc}); the database "
                             "is damaged or from an incompatible rasd") from exc

    def _insert_mention(self, db: sqlite3.Connection, mention: Mention, seq: int) -> None:
        """Insert one mention with its claims and evidence."""
        row = {"id": mention.id, "doc_id": mention.doc_id, "seq": seq, "event_id": mention.event_id,
               **_index_values(mention), "rule": mention.rule,
               "json": json.dumps(mention_to_dict(mention), ensure_ascii=False)}
        db.execute(f"INSERT INTO mentions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                   tuple(row.values()))
        for claim in mention.claims:
            _insert_claim(db, claim, mention_id=mention.id, event_id=None,
                          doc_id=claim.doc_id or mention.doc_id)
        for ev in mention.evidence:
            db.execute('INSERT INTO evidence (mention_id, doc_id, start, "end", text) '
                       "VALUES (?, ?, ?, ?, ?)", (mention.id, ev.doc_id, ev.start, ev.end, ev.text))

    def _upsert_event(self, db: sqlite3.Connection, event: Event, run_id: int) -> None:
        """Insert or update one event; updated_run changes only when its content changes."""
        row = {"id": event.id, **_index_values(event),
               "json": json.dumps(event_to_dict(event), ensure_ascii=False),
               "created_run": run_id, "updated_run": run_id}
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("id", "created_run"))
        db.execute(f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
                   f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE events.json IS NOT excluded.json",
                   tuple(row.values()))


def _index_values(record: Mention | Event) -> dict[str, Any]:
    """The indexed columns shared by the mentions and events tables."""
    loc = record.location
    return {
        "event_date": record.event_date.isoformat() if record.event_date else None,
        "time_precision": record.time_precision, "event_type": record.event_type,
        "sub_event_type": record.sub_event_type,
        "actor1_side": record.actor1.side if record.actor1 else None,
        "actor2_side": record.actor2.side if record.actor2 else None,
        "admin1": loc.admin1 if loc else None, "country_iso3": loc.country_iso3 if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "fatalities": record.fatalities, "injured": record.injured, "confidence": record.confidence,
    }


def _insert_claim(db: sqlite3.Connection, claim: Claim, *, mention_id: str | None,
                  event_id: str | None, doc_id: str | None) -> None:
    """Insert one claim row belonging to a mention or to an event."""
    db.execute('INSERT INTO claims (mention_id, event_id, field, value, "min", "max", source, doc_id, '
               'start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
               (mention_id, event_id, claim.field, claim.value, claim.min, claim.max, claim.source,
                doc_id, claim.start, claim.end, claim.text))


def _check_and_migrate(conn: sqlite3.Connection, path: str) -> None:
    """Refuse foreign or newer databases, set the connection pragmas, apply pending migrations."""
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        n_tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database ({exc}); pass --db with a rasd database "
                         "or a new file name") from exc
    if app_id != APPLICATION_ID and (app_id != 0 or n_tables > 0):
        raise StoreError(f"{path} is a SQLite database but not a rasd one; pass --db with a rasd "
                         "database or a new file name")
    if version > len(MIGRATIONS):
        raise StoreError(f"{path} was written by a newer rasd (schema {version}, this rasd knows "
                         f"{len(MIGRATIONS)}); upgrade rasd")
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        for number in range(version + 1, len(MIGRATIONS) + 1):
            _apply_migration(conn, number)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot prepare the database: {exc}") from exc


def _apply_migration(conn: sqlite3.Connection, number: int) -> None:
    """Apply migration `number` (1-based) atomically, bumping user_version."""
    script = (f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\n"
              f"PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {number};\nCOMMIT;")
    try:
        conn.executescript(script)
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
