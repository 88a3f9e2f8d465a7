"""`rasd show`: the events as a table, marking those the latest (or a given) run created."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli.show_cmd import show_command
from rasd.store import Store
from tests import factories as f


@pytest.fixture
def db(tmp_path: Path) -> str:
    """evt-1 stored by run 1; run 2 keeps it and adds evt-2."""
    path = str(tmp_path / "rasd.db")
    with Store.open(path, now=f.fixed_clock) as s:
        run1 = s.start_run(command="run", ruleset="r", lexicon_versions={})
        s.replace_events([f.event("evt-1")], {}, run_id=run1)
        run2 = s.start_run(command="run", ruleset="r", lexicon_versions={})
        s.replace_events([f.event("evt-1"), f.event("evt-2", status="accepted")], {}, run_id=run2)
    return path


def rows(output: str) -> dict[str, list[str]]:
    """Event id -> the cells of its row (the first cell, 'new', may be blank)."""
    table = {}
    for line in output.splitlines()[2:]:
        cells = line.split()
        table[next(c for c in cells if c.startswith("evt-"))] = cells
    return table


@pytest.mark.parametrize(("args", "new", "old"), [
    ((), ["evt-2"], ["evt-1"]),
    (("--run", "1"), ["evt-1"], ["evt-2"]),
    (("--new",), ["evt-2"], []),
], ids=["latest run", "given run", "only new"])
def test_events_new_in_a_run_are_marked(db: str, args: tuple[str, ...], new: list[str], old: list[str]) -> None:
    result = CliRunner().invoke(show_command, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    assert sorted(table) == sorted(new + old)
    assert all(table[e][0] == "new" for e in new) and all(table[e][0] != "new" for e in old)


def test_review_status_is_shown(db: str) -> None:
    result = CliRunner().invoke(show_command, ["--db", db])
    assert rows(result.stdout)["evt-2"][-1] == "accepted"
    assert "2 events (1 new in run 2)" in result.stderr
