"""`rasd review`: decisions are recorded with who and why, applied at once, and listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli.review_cmd import parse_value, review_group
from rasd.errors import UsageError
from rasd.store import Store
from tests import factories as f


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "rasd.db")
    f.populated_store(path).close()
    return path


def invoke(*args: str) -> tuple[int, str, BaseException | None]:
    """Run `rasd review ARGS`; return exit code, stderr and any exception."""
    result = CliRunner().invoke(review_group, list(args))
    return result.exit_code, result.stderr, result.exception


def test_edit_is_applied_at_once_and_listed(db: str) -> None:
    code, err, exc = invoke("edit", "evt-2", "fatalities", "4", "--who", "rima", "--why", "CENTCOM", "--db", db)
    assert code == 0, (err, exc)
    assert "override 1 recorded" in err
    with Store.open(db, create=False) as store:
        assert next(e for e in store.events() if e.id == "evt-2").fatalities == 4
    result = CliRunner().invoke(review_group, ["list", "--db", db])
    assert result.stdout.split("\t")[2:6] == ["rima", "edit", "evt-2", "fatalities=4"]


def test_merge_and_split(db: str) -> None:
    assert invoke("merge", "evt-2", "evt-1", "--who", "rima", "--why", "same", "--db", db)[0] == 0
    with Store.open(db, create=False) as store:
        merged = next(e for e in store.events() if e.id == "evt-1")
    assert merged.absorbed_ids == ("evt-2",) and "doc-2#0" in merged.mention_ids
    assert invoke("split", "doc-2#0", "--who", "rima", "--why", "no", "--db", db)[0] == 0
    with Store.open(db, create=False) as store:
        assert "doc-2#0" not in next(e for e in store.events() if e.id == "evt-1").mention_ids


@pytest.mark.parametrize("args", [
    ("reject", "nope", "--who", "rima", "--why", "x"),
    ("merge", "evt-1", "evt-1", "--who", "rima", "--why", "x"),
    ("split", "no-such-mention", "--who", "rima", "--why", "x"),
    ("edit", "evt-1", "fatalities", "many", "--who", "rima", "--why", "x"),
], ids=["unknown event", "merge into itself", "unknown mention", "not a number"])
def test_mistakes_are_refused_before_anything_is_stored(db: str, args: tuple[str, ...]) -> None:
    code, _, exc = invoke(*args, "--db", db)
    assert isinstance(exc, UsageError)
    with Store.open(db, create=False) as store:
        assert store.overrides() == []


def test_why_is_required_for_a_rejection(db: str) -> None:
    assert invoke("reject", "evt-1", "--who", "rima", "--db", db)[0] == 2


@pytest.mark.parametrize(("name", "raw", "value"), [
    ("fatalities", "null", None), ("injured", "3", 3), ("weapons", "drone, rocket", ["drone", "rocket"]),
    ("event_date", "2022-08-25", "2022-08-25"), ("actor1.side", "US", "US"),
])
def test_parse_value(name: str, raw: str, value: object) -> None:
    assert parse_value(name, raw) == value
