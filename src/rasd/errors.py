"""The small exception hierarchy of rasd; every message says what to do next."""

from __future__ import annotations


class RasdError(Exception):
    """Base class of every error rasd raises on purpose."""


class InputError(RasdError):
    """A document could not be read; the batch goes on without it."""

    def __init__(self, doc: str, reason: str) -> None:
        super().__init__(f"{doc}: {reason}")
        self.doc = doc
        self.reason = reason


class LexiconError(RasdError):
    """A lexicon file is malformed, reported as file:line: message."""

    def __init__(self, path: str, line: int, msg: str) -> None:
        super().__init__(f"{path}:{line}: {msg}")
        self.path = path
        self.line = line
        self.msg = msg


class GazetteerMissing(RasdError):
    """The bundled gazetteer file is absent or unreadable."""


class StoreError(RasdError):
    """The database is unusable (wrong schema version, locked, not a rasd database)."""


class UsageError(RasdError):
    """Contradictory or malformed options given by the user."""
