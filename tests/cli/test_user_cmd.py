"""`rasd user add/list/remove`: reviewer accounts with argon2-hashed passwords."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli.user_cmd import user_group
from rasd.errors import StoreError, UsageError
from rasd.web.accounts import check_password
from rasd.web.db import web_connection
from tests import factories as f


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "rasd.db")
    f.populated_store(path).close()
    return path


def ok(db: str, name: str, password: str) -> bool:
    with web_connection(db) as conn:
        return check_password(conn, name, password)


def test_add_with_password_on_stdin(db: str) -> None:
    result = CliRunner().invoke(user_group, ["add", "alice", "--db", db, "--password-stdin"],
                                input="a long password\n")
    assert result.exit_code == 0, result.output
    assert "added reviewer alice" in result.stderr
    assert ok(db, "alice", "a long password") and not ok(db, "alice", "a long password\n")


def test_add_prompts_twice(db: str) -> None:
    result = CliRunner().invoke(user_group, ["add", "bob", "--db", db], input="pass-word-1\npass-word-1\n")
    assert result.exit_code == 0, result.output
    assert ok(db, "bob", "pass-word-1")


def test_duplicate_needs_replace_and_list_and_remove(db: str) -> None:
    run = CliRunner().invoke
    assert run(user_group, ["add", "alice", "--db", db, "--password-stdin"], input="first-pass\n").exit_code == 0
    again = run(user_group, ["add", "alice", "--db", db, "--password-stdin"], input="second-pass\n")
    assert isinstance(again.exception, UsageError) and "--replace" in str(again.exception)
    assert run(user_group, ["add", "alice", "--db", db, "--password-stdin", "--replace"],
               input="second-pass\n").exit_code == 0
    assert ok(db, "alice", "second-pass")
    listed = run(user_group, ["list", "--db", db])
    assert listed.stdout.startswith("alice\t")
    assert run(user_group, ["remove", "alice", "--db", db]).exit_code == 0
    assert run(user_group, ["list", "--db", db]).stdout == ""


def test_short_password_and_bad_name(db: str) -> None:
    short = CliRunner().invoke(user_group, ["add", "carol", "--db", db, "--password-stdin"], input="short\n")
    assert isinstance(short.exception, UsageError) and "at least 8" in str(short.exception)
    bad = CliRunner().invoke(user_group, ["add", "c d", "--db", db, "--password-stdin"], input="long-enough\n")
    assert isinstance(bad.exception, UsageError)


def test_no_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(user_group, ["add", "alice", "--db", str(tmp_path / "x.db"), "--password-stdin"],
                                input="long-enough\n")
    assert isinstance(result.exception, StoreError)
    assert not (tmp_path / "x.db").exists()


def test_password_is_not_stored_in_clear(db: str) -> None:
    CliRunner().invoke(user_group, ["add", "alice", "--db", db, "--password-stdin"], input="a long password\n")
    raw = sqlite3.connect(db).execute("SELECT password_hash FROM users").fetchone()[0]
    assert raw.startswith("$argon2id$")
