"""`rasd export`: formats to stdout or a file, help text, and a clear error without a database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import cli, main
from rasd.errors import StoreError
from tests import factories as f


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "rasd.db")
    f.populated_store(path).close()
    return path


def test_jsonl_to_stdout(db: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--what", "events", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["evt-1", "evt-2"]


@pytest.mark.parametrize(("fmt", "first_line"), [
    ("csv", "id,event_id,doc_id,event_date,"),
    ("acled", "event_id_cnty,event_date,year,time_precision,disorder_type,"),
    ("geojson", '{"type": "FeatureCollection", "rasd:what": "mentions", "rasd:skipped": 1,'),
])
def test_formats_to_a_file(db: str, tmp_path: Path, fmt: str, first_line: str) -> None:
    out = tmp_path / f"mentions.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--what", "mentions", "--format", fmt,
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(first_line)
    assert f"wrote {2 if fmt == 'geojson' else 3} mentions ({fmt}) to {out}" in result.stderr
    assert not list(tmp_path.glob(".*.tmp"))


def test_file_and_stdout_give_the_same_bytes(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    args = ["export", "--db", db, "--what", "events", "--format", "acled"]
    to_stdout = CliRunner().invoke(cli, args)
    CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert to_stdout.stdout_bytes == out.read_bytes()


def test_missing_database_is_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--what", "events",
                                      "--format", "jsonl"])
    assert isinstance(result.exception, StoreError)
    assert not (tmp_path / "none.db").exists()


def test_missing_database_is_one_line_on_stderr_via_main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.argv", ["rasd", "export", "--db", str(tmp_path / "none.db"), "--what",
                                     "events", "--format", "jsonl"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "run `rasd run` first" in err


@pytest.mark.parametrize("args", [
    ["--what", "events"], ["--format", "csv"], ["--what", "claims", "--format", "csv"],
    ["--what", "events", "--format", "xlsx"],
])
def test_bad_options_are_usage_errors(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, *args])
    assert result.exit_code == 2


def test_help_explains_the_formats() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0
    for word in ("jsonl", "csv", "acled", "geojson", "rasd:skipped", "31"):
        assert word in result.output
