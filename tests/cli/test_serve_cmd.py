"""`rasd serve --get`: one response without a server; clear errors without a database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli.serve_cmd import serve_command
from rasd.errors import StoreError, UsageError
from tests import factories as f


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "rasd.db")
    f.populated_store(path).close()
    return path


def test_get_prints_the_body_and_the_status(db: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", db, "--get", "/api/events?side=US&limit=1"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "200 OK"
    body = json.loads(result.stdout)
    assert body["total"] == 2 and [e["id"] for e in body["items"]] == ["evt-1"]


def test_get_a_page_and_an_export(db: str) -> None:
    page = CliRunner().invoke(serve_command, ["--db", db, "--get", "/events/evt-2"])
    assert page.exit_code == 0 and "<!doctype html>" in page.stdout
    export = CliRunner().invoke(serve_command, ["--db", db, "--get", "/api/export/events/jsonl"])
    assert [json.loads(line)["id"] for line in export.stdout.splitlines()] == ["evt-1", "evt-2"]


def test_get_missing_page_exits_1(db: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", db, "--get", "/api/events/nope"])
    assert result.exit_code == 1 and result.stderr.strip() == "404 Not Found"
    assert json.loads(result.stdout) == {"detail": "no event 'nope'"}


def test_get_needs_a_path(db: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", db, "--get", "api/events"])
    assert result.exit_code == 2 and "must start with /" in result.output


def test_missing_database_and_bad_tiles(tmp_path: Path, db: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "none.db"), "--get", "/"])
    assert isinstance(result.exception, StoreError) and "rasd run" in str(result.exception)
    result = CliRunner().invoke(serve_command, ["--db", db, "--tiles", "ftp://x/{z}", "--get", "/"])
    assert isinstance(result.exception, UsageError)


def test_help_mentions_get_and_tiles() -> None:
    result = CliRunner().invoke(serve_command, ["--help"])
    assert "--get PATH" in result.output and "--tiles URL" in result.output
