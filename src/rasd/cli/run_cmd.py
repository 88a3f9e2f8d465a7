"""`rasd run`: ingest, extract, fuse and store."""

from __future__ import annotations

from datetime import date

import click

from ..ingest import FAILED, IngestFailure
from ..pipeline import run
from ..store import Store
from .options import db_option, inputs_argument, meta_option, published_option


@click.command("run")
@inputs_argument
@meta_option
@published_option
@db_option
def run_command(inputs: tuple[str, ...], meta: str | None, published: date | None, db: str) -> None:
    """Ingest INPUT... (files, directories, or - for stdin), extract incidents, fuse them and store.

    Re-running on the same inputs changes nothing; new articles join existing
    events, whose ids stay stable. Each unreadable document gets one line on
    stderr and a row in the ingest_errors table; the batch goes on, and the
    exit code is 1 when any document failed.
    """

    def report(f: IngestFailure) -> None:
        tag = "error" if f.kind == FAILED else "skipped"
        click.echo(f"{tag}: {f.doc}: {f.reason}", err=True)

    with Store.open(db) as store:
        r = run(inputs, store, meta=meta, published=published, on_failure=report)
    click.echo(f"run {r.run_id}: {r.articles} articles extracted, {r.unchanged} unchanged, "
               f"{r.failed} failed, {r.skipped} skipped; {r.mentions} new mentions; "
               f"{r.events} events in {db}", err=True)
    for problem in r.problems:
        click.echo(f"review: {problem}", err=True)
    if r.failed:
        raise click.exceptions.Exit(1)
