"""Web-owned tables: created when missing, the secret kept, the search index refreshed on change."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.errors import StoreError
from rasd.web.db import (
    ensure_web_tables,
    fts_query,
    refresh_fts,
    search_doc_ids,
    session_secret,
    web_connection,
)
from tests import factories as f
from tests.web.fixtures import URL_DOC, build_store


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = str(tmp_path / "rasd.db")
    build_store(path).close()
    with web_connection(path) as c:
        ensure_web_tables(c)
        yield c


def test_secret_is_made_once(conn: sqlite3.Connection) -> None:
    first = session_secret(conn)
    assert len(first) == 64 and session_secret(conn) == first


def test_index_is_rebuilt_only_when_articles_change(tmp_path: Path) -> None:
    path = str(tmp_path / "rasd.db")
    store = build_store(path)
    with web_connection(path) as conn:
        ensure_web_tables(conn)
        assert refresh_fts(conn) is True
        assert refresh_fts(conn) is False
        assert search_doc_ids(conn, "العمر") == {"doc-2"}
        run = store.start_run(command="test", ruleset="r", lexicon_versions={})
        store.save_article(f.article("doc-9", text="غارة على العمر"), [], run_id=run)
        assert refresh_fts(conn) is True
        assert search_doc_ids(conn, "العمر") == {"doc-2", "doc-9"}
    store.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("الأمريكية", {"doc-evil"}), ("الميادين المرصد", {"doc-evil"}), ("الميادين العمر", set()),
    ("كونيكو", {"doc-1", "doc-2", URL_DOC}), ("في", {"doc-evil"}), ("", set()), ("zz", set()),
])
def test_search(conn: sqlite3.Connection, query: str, expected: set[str]) -> None:
    refresh_fts(conn)
    assert search_doc_ids(conn, query) == expected


def test_query_quotes_words() -> None:
    assert fts_query('الأمريكية "x" OR') == '"الامريكيه" AND """x""" AND "or"'


def test_missing_or_foreign_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no rasd database"), web_connection(str(tmp_path / "none.db")):
        pass
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="not a rasd one"), web_connection(str(other)):
        pass
