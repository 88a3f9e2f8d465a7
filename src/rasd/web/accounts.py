"""Reviewer accounts (argon2 hashes in the `users` table), signed session cookies and CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..errors import UsageError

SESSION_COOKIE = "rasd_session"
CSRF_COOKIE = "rasd_csrf"
PASSWORD_MIN = 8
NAME_RE = re.compile(r"[A-Za-z0-9_.@-]{1,64}")


def _hasher() -> PasswordHasher:
    """argon2-cffi's default (argon2id) hasher."""
    return PasswordHasher()


def check_name(name: str) -> str:
    """A valid user name (letters, digits, _ . @ -, at most 64), or UsageError."""
    if not NAME_RE.fullmatch(name):
        raise UsageError(f"{name!r} is not a valid user name; use 1-64 letters, digits, _ . @ or -")
    return name


def add_user(conn: sqlite3.Connection, name: str, password: str, *, replace: bool = False) -> None:
    """Create reviewer `name` (or change the password when `replace`); the password is argon2-hashed."""
    check_name(name)
    if len(password) < PASSWORD_MIN:
        raise UsageError(f"the password must have at least {PASSWORD_MIN} characters")
    exists = conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is not None
    if exists and not replace:
        raise UsageError(f"user {name!r} exists; pass --replace to set a new password")
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    conn.execute("INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?) "
                 "ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash",
                 (name, _hasher().hash(password), stamp))


def remove_user(conn: sqlite3.Connection, name: str) -> None:
    """Delete reviewer `name`; their open sessions stop working at once."""
    if conn.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount == 0:
        raise UsageError(f"no user {name!r}")


def list_users(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, created_at) of every reviewer, by name."""
    return [(r[0], r[1]) for r in conn.execute("SELECT name, created_at FROM users ORDER BY name")]


def user_exists(conn: sqlite3.Connection, name: str) -> bool:
    """True when reviewer `name` exists."""
    return conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is not None


def check_password(conn: sqlite3.Connection, name: str, password: str) -> bool:
    """True when `password` is reviewer `name`'s; unknown names cost a hash too (no timing hint)."""
    row = conn.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
    hasher = _hasher()
    if row is None:
        hasher.hash(password)
        return False
    try:
        return hasher.verify(row[0], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class Sessions:
    """Signs and reads session cookies and derives CSRF tokens, all from the database's secret."""

    secret: str
    max_age: int

    def _serializer(self) -> URLSafeTimedSerializer:
        """The itsdangerous serializer of session cookies."""
        return URLSafeTimedSerializer(self.secret, salt="rasd.session")

    def issue(self, name: str) -> str:
        """A signed, timestamped session cookie value for reviewer `name`."""
        return self._serializer().dumps({"u": name})

    def read(self, cookie: str | None) -> str | None:
        """The reviewer named by a valid, unexpired session cookie, else None."""
        if not cookie:
            return None
        try:
            data = self._serializer().loads(cookie, max_age=self.max_age)
        except (BadSignature, SignatureExpired):
            return None
        name = data.get("u") if isinstance(data, dict) else None
        return name if isinstance(name, str) else None

    def csrf_token(self, cookie: str) -> str:
        """The form token that goes with a CSRF cookie value (an HMAC of it)."""
        return hmac.new(self.secret.encode(), f"csrf:{cookie}".encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, cookie: str | None, token: str | None) -> bool:
        """True when a submitted form token matches the browser's CSRF cookie."""
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.csrf_token(cookie), token)


def new_csrf_cookie() -> str:
    """A fresh random CSRF cookie value."""
    return secrets.token_urlsafe(32)


def safe_next(target: str | None) -> str:
    """A local path to go to after signing in; anything else becomes '/'."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
