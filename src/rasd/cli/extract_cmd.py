"""`rasd extract`: mentions as JSON Lines on stdout, no database."""

from __future__ import annotations

import json
from datetime import date

import click

from ..ingest import FAILED, IngestFailure
from ..pipeline import extract_inputs
from .options import inputs_argument, meta_option, published_option


@click.command("extract")
@inputs_argument
@meta_option
@published_option
@click.option("--explain", is_flag=True, help="Also print, on stderr, why candidate triggers were rejected.")
def extract_command(inputs: tuple[str, ...], meta: str | None, published: date | None, explain: bool) -> None:
    """Extract incident mentions from INPUT... and print them as JSON Lines (the mention contract).

    Nothing is stored and nothing is fused (event_id is null). Unreadable
    documents get one line on stderr; the exit code is 1 when any failed.
    """
    failed = 0
    for item in extract_inputs(inputs, meta=meta, published=published):
        if isinstance(item, IngestFailure):
            if item.kind == FAILED:
                failed += 1
            click.echo(f"{'error' if item.kind == FAILED else 'skipped'}: {item.doc}: {item.reason}", err=True)
            continue
        doc = item.article.doc_info()
        for m in item.mentions:
            click.echo(json.dumps(m.to_dict(doc), ensure_ascii=False))
        if explain or not item.mentions:
            for note in item.notes if explain else item.notes[:1]:
                click.echo(f"note: {item.article.doc_id}: {note}", err=True)
    if failed:
        raise click.exceptions.Exit(1)
