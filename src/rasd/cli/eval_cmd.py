"""`rasd eval`: score stored or exported mentions against gold annotations."""

from __future__ import annotations

import json

import click

from ..agreement import coder_mentions
from ..evaluate import evaluate, read_jsonl, render_text
from ..export import mention_records
from ..store import Store


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="Score the mentions stored in this rasd database.")
@click.option("--mentions", "mentions_path", type=click.Path(exists=True, dir_okay=False),
              help="Score the mentions of this JSONL file (e.g. from `rasd extract`).")
@click.option("--coder", "coder_path", type=click.Path(exists=True, dir_okay=False),
              help="Score a second coder's gold of the same articles (agreement between coders).")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def eval_command(gold: str, db_path: str | None, mentions_path: str | None, coder_path: str | None,
                 as_json: bool) -> None:
    """Score mentions against GOLD.jsonl (DESIGN.md "Evaluation").

    \b
    Pass exactly one of --db PATH, --mentions FILE.jsonl or --coder GOLD2.jsonl.
    The text report gives event precision/recall/F1, per-field agreement on
    matched events, sources Jaccard, fusion pairwise precision/recall, then per
    document the missed gold events (with their notes) and the spurious
    mentions. The numbers are those of shared/tools/score.py.

    \b
    --coder reads a second coder's annotation of the same articles as if it were
    the system's output: each required event becomes one mention (the first
    value of each list field, its first location, one per location when
    split_ok; its cluster is the event id), and only the documents it covers are
    scored. Scored both ways round, it says how far two careful coders agree,
    the ceiling an engine can be measured against.
    """
    if sum(p is not None for p in (db_path, mentions_path, coder_path)) != 1:
        raise click.UsageError("pass exactly one of --db PATH, --mentions FILE.jsonl or --coder GOLD2.jsonl")
    gold_lines = read_jsonl(gold)
    if coder_path is not None:
        coded = read_jsonl(coder_path)
        docs = {str(line.get("doc")) for line in coded}
        gold_lines = [line for line in gold_lines if str(line.get("doc")) in docs]
        if not gold_lines:
            raise click.UsageError(f"{coder_path} codes none of the documents of {gold}")
        mentions = coder_mentions(coded)
    elif mentions_path is not None:
        mentions = read_jsonl(mentions_path)
    else:
        with Store.open(str(db_path), create=False) as store:
            mentions = mention_records(store)
    report = evaluate(gold_lines, mentions)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(report), nl=False)
