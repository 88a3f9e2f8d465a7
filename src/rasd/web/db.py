"""Web-owned tables in the rasd database: reviewer accounts, the session secret, the search index.

These tables are created by the web app when missing (``CREATE ... IF NOT EXISTS``); they are not
part of ``rasd.migrations`` and nothing else in rasd reads them.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError
from ..normalize import normalize_text
from ..store import Store

WEB_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,        -- argon2id, from argon2-cffi
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS web_fts USING fts5(
    doc_id UNINDEXED, title, body, tokenize = 'trigram'
);
"""
SECRET_KEY = "session_secret"
FTS_SIGNATURE_KEY = "fts_signature"


@contextmanager
def web_connection(db_path: str) -> Iterator[sqlite3.Connection]:
    """A connection to an existing rasd database with the web tables present; closed afterwards."""
    Store.open(db_path, create=False).close()  # refuses missing, foreign or newer databases
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        yield conn
    except sqlite3.Error as exc:
        raise StoreError(f"{db_path}: web tables: {exc}") from exc
    finally:
        conn.close()


def ensure_web_tables(conn: sqlite3.Connection) -> None:
    """Create the web-owned tables if they are missing."""
    conn.executescript(WEB_SCHEMA)


def session_secret(conn: sqlite3.Connection) -> str:
    """The secret that signs cookies, generated once and kept in web_meta."""
    conn.execute("INSERT OR IGNORE INTO web_meta (key, value) VALUES (?, ?)",
                 (SECRET_KEY, secrets.token_hex(32)))
    row = conn.execute("SELECT value FROM web_meta WHERE key = ?", (SECRET_KEY,)).fetchone()
    return str(row["value"])


def fts_signature(conn: sqlite3.Connection) -> str:
    """What the search index must match: the article count and the latest ingest time."""
    row = conn.execute("SELECT count(*) AS n, coalesce(max(ingested_at), '') AS at FROM articles").fetchone()
    return f"{row['n']}|{row['at']}"


def refresh_fts(conn: sqlite3.Connection) -> bool:
    """Rebuild the search index when the articles changed since it was built; True if rebuilt."""
    wanted = fts_signature(conn)
    row = conn.execute("SELECT value FROM web_meta WHERE key = ?", (FTS_SIGNATURE_KEY,)).fetchone()
    if row is not None and row["value"] == wanted:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM web_fts")
        for r in conn.execute("SELECT doc_id, title, text FROM articles ORDER BY doc_id").fetchall():
            conn.execute("INSERT INTO web_fts (doc_id, title, body) VALUES (?, ?, ?)",
                         (r["doc_id"], normalize_text(r["title"] or ""), normalize_text(r["text"])))
        conn.execute("INSERT OR REPLACE INTO web_meta (key, value) VALUES (?, ?)",
                     (FTS_SIGNATURE_KEY, wanted))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def fts_query(text: str) -> str:
    """An FTS5 query for `text`: each normalized word a quoted phrase, all required."""
    words = [w for w in normalize_text(text).split() if w]
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_doc_ids(conn: sqlite3.Connection, text: str) -> set[str]:
    """Ids of the articles whose normalized title or text contains every word of `text`.

    The trigram index finds words inside longer tokens too, so a query matches after clitics
    (و ب ل ال ...); words shorter than three letters are matched by a scan instead.
    """
    words = [w for w in normalize_text(text).split() if w]
    if not words:
        return set()
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    if long_words:
        rows = conn.execute("SELECT doc_id, title, body FROM web_fts WHERE web_fts MATCH ?",
                            (fts_query(" ".join(long_words)),)).fetchall()
    else:
        rows = conn.execute("SELECT doc_id, title, body FROM web_fts").fetchall()
    return {r["doc_id"] for r in rows
            if all(w in r["title"] or w in r["body"] for w in short_words)}
