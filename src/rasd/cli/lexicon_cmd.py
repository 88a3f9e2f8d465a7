"""`rasd lexicon ...`: inspect and validate the packaged lexicons."""

from __future__ import annotations

import click

from ..lexicon import check_all, iter_lexicon_files, load_table


@click.group("lexicon")
def lexicon_group() -> None:
    """Validate and list the lexicon data files (actors, places, weapons, triggers, ...)."""


@lexicon_group.command("check")
def check_command() -> None:
    """Validate every lexicon file; print errors as file:line: message and exit 1 if any."""
    errors = check_all()
    for err in errors:
        click.echo(err, err=True)
    if errors:
        raise click.exceptions.Exit(1)
    n = sum(1 for _ in iter_lexicon_files())
    click.echo(f"{n} lexicon files OK")


@lexicon_group.command("list")
def list_command() -> None:
    """List lexicon files with their version and entry count."""
    for path in iter_lexicon_files():
        t = load_table(path.stem)
        click.echo(f"{t.name}\tv{t.version}\t{len(t.rows)} entries\t{t.source}")
