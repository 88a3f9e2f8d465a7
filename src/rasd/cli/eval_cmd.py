"""`rasd eval`: score stored or exported mentions against gold annotations."""

from __future__ import annotations

import json

import click

from ..evaluate import evaluate, read_jsonl, render_text
from ..export import mention_records
from ..store import Store


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="Score the mentions stored in this rasd database.")
@click.option("--mentions", "mentions_path", type=click.Path(exists=True, dir_okay=False),
              help="Score the mentions of this JSONL file (e.g. from `rasd extract`).")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_command(gold: str, db_path: str | None, mentions_path: str | None, as_json: bool) -> None:
    """Score mentions against GOLD.jsonl (DESIGN.md "Evaluation").

    \b
    Pass exactly one of --db PATH or --mentions FILE.jsonl. The text report gives
    event precision/recall/F1, per-field agreement on matched events, sources
    Jaccard, fusion pairwise precision/recall, then per document the missed gold
    events (with their notes) and the spurious mentions. The numbers are those of
    shared/tools/score.py.
    """
    if (db_path is None) == (mentions_path is None):
        raise click.UsageError("pass exactly one of --db PATH or --mentions FILE.jsonl")
    gold_lines = read_jsonl(gold)
    if mentions_path is not None:
        mentions = read_jsonl(mentions_path)
    else:
        with Store.open(str(db_path), create=False) as store:
            mentions = mention_records(store)
    report = evaluate(gold_lines, mentions)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(report), nl=False)
