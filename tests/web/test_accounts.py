"""Reviewer accounts, session cookies and CSRF tokens."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import pytest

from rasd.errors import UsageError
from rasd.web.accounts import (
    Sessions,
    add_user,
    check_password,
    list_users,
    remove_user,
    safe_next,
)
from rasd.web.db import WEB_SCHEMA


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(":memory:", isolation_level=None)
    c.executescript(WEB_SCHEMA)
    yield c
    c.close()


def test_passwords_are_argon2_hashes(conn: sqlite3.Connection) -> None:
    add_user(conn, "bob", "s3cret-pass")
    [(stored,)] = conn.execute("SELECT password_hash FROM users").fetchall()
    assert stored.startswith("$argon2id$") and "s3cret-pass" not in stored
    assert check_password(conn, "bob", "s3cret-pass")
    assert not check_password(conn, "bob", "S3cret-pass")
    assert not check_password(conn, "eve", "s3cret-pass")


def test_add_replace_list_remove(conn: sqlite3.Connection) -> None:
    add_user(conn, "bob", "first-pass")
    with pytest.raises(UsageError, match="--replace"):
        add_user(conn, "bob", "second-pass")
    add_user(conn, "bob", "second-pass", replace=True)
    assert check_password(conn, "bob", "second-pass")
    assert [n for n, _ in list_users(conn)] == ["bob"]
    remove_user(conn, "bob")
    with pytest.raises(UsageError, match="no user"):
        remove_user(conn, "bob")


@pytest.mark.parametrize(("name", "password"), [("bob", "short"), ("bo b", "long-enough"), ("", "long-enough"),
                                                ("<x>", "long-enough")])
def test_bad_names_and_short_passwords(conn: sqlite3.Connection, name: str, password: str) -> None:
    with pytest.raises(UsageError):
        add_user(conn, name, password)


def test_sessions_are_signed_and_expire() -> None:
    s = Sessions(secret="k" * 64, max_age=60)
    cookie = s.issue("bob")
    assert s.read(cookie) == "bob"
    assert s.read(cookie + "x") is None and s.read(None) is None
    assert Sessions(secret="other", max_age=60).read(cookie) is None
    expired = Sessions(secret="k" * 64, max_age=-1)
    time.sleep(0.01)
    assert expired.read(cookie) is None


def test_csrf_tokens_belong_to_their_cookie() -> None:
    s = Sessions(secret="k" * 64, max_age=60)
    token = s.csrf_token("cookie-a")
    assert s.csrf_ok("cookie-a", token)
    assert not s.csrf_ok("cookie-b", token) and not s.csrf_ok(None, token) and not s.csrf_ok("cookie-a", "")


@pytest.mark.parametrize(("target", "expected"), [
    ("/events/x", "/events/x"), ("//evil.example", "/"), ("https://evil.example", "/"), ("/\\evil", "/"),
    (None, "/"), ("", "/")])
def test_safe_next(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected
