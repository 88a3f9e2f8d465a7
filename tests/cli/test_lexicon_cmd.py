"""`rasd lexicon check` and `rasd lexicon list` on the packaged lexicons and on a broken copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.lexicon import iter_lexicon_files, lexicon_dir


def test_check_passes_on_the_packaged_lexicons() -> None:
    result = CliRunner().invoke(cli, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    n = len(list(iter_lexicon_files()))
    assert result.stdout == f"{n} lexicon files OK\n"
    assert result.stderr == ""


@pytest.mark.parametrize(("edit", "line", "message"), [
    (lambda text: text.replace("# version: 1", "# version: one", 1), 2, "header version 'one' is not a positive integer"),
    (lambda text: text + "broken\tUS\tforce\tBroken\t\tالقاعدة\n", None, "write it as 'القاعده'"),
    (lambda text: text + "us_forces\tUS\tforce\tDuplicate\t\tقصف\n", None, "id: duplicate 'us_forces'"),
], ids=["bad-version", "unfolded-variant", "duplicate-id"])
def test_check_fails_on_a_broken_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, edit: object,
                                      line: int | None, message: str) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    actors = copy / "actors.tsv"
    text = actors.read_text(encoding="utf-8")
    assert callable(edit)
    actors.write_text(edit(text), encoding="utf-8")
    expected_line = line if line is not None else len(text.rstrip("\n").split("\n")) + 1
    monkeypatch.setattr("rasd.lexicon.lexicon_dir", lambda: copy)
    result = CliRunner().invoke(cli, ["lexicon", "check"])
    assert result.exit_code == 1
    assert result.stdout == ""
    err = result.stderr.strip().split("\n")
    assert len(err) == 1
    assert err[0].startswith(f"{actors}:{expected_line}: ") and message in err[0]


def test_list_shows_every_lexicon() -> None:
    result = CliRunner().invoke(cli, ["lexicon", "list"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert [line.split("\t")[0] for line in lines] == [p.stem for p in iter_lexicon_files()]
    actors = next(line.split("\t") for line in lines if line.startswith("actors\t"))
    assert actors[1] == "v1" and actors[2].endswith(" entries") and int(actors[2].split()[0]) > 50


def test_lexicon_help_names_both_commands() -> None:
    result = CliRunner().invoke(cli, ["lexicon", "--help"])
    assert result.exit_code == 0
    assert "check" in result.stdout and "list" in result.stdout
