"""The pipeline, in one place: ingest -> (normalize, recognize, frame, resolve, merge) -> store -> fuse + review (living.update_events).

The same functions run in the CLI, the server and a Spark job: load
`Resources` once (per process or partition), then call `extract_article`
per article and `fuse` over all mentions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from . import RULESET
from .extract import Extraction, extract
from .ingest import FAILED, IngestFailure, read_inputs
from .living import update_events
from .records import Article
from .resources import Resources, load_resources
from .store import Store

STAGES: tuple[Callable[[Article, Resources], Extraction], ...] = (extract,)


def extract_article(article: Article, res: Resources) -> Extraction:
    """Run every extraction stage on one article."""
    result = STAGES[0](article, res)
    for stage in STAGES[1:]:
        result = stage(result.article, res)
    return result


def extract_inputs(inputs: Sequence[str], *, meta: str | None, published: date | None,
                   res: Resources | None = None) -> Iterator[Extraction | IngestFailure]:
    """Ingest and extract lazily, yielding failures in place of unreadable documents."""
    resources = res or load_resources()
    for item in read_inputs(inputs, meta=meta, published=published):
        if isinstance(item, IngestFailure):
            yield item
        else:
            yield extract_article(item, resources)


@dataclass(slots=True)
class RunReport:
    """What a `rasd run` did."""

    run_id: int = 0
    articles: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    mentions: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # reviewer overrides that no longer apply


def run(inputs: Sequence[str], store: Store, *, meta: str | None, published: date | None,
        on_failure: Callable[[IngestFailure], None] | None = None) -> RunReport:
    """Ingest, extract, store and re-fuse; re-running on the same inputs changes nothing."""
    res = load_resources()
    report = RunReport()
    report.run_id = store.start_run(command="run", ruleset=RULESET, lexicon_versions=res.lexicon_versions)
    for item in read_inputs(inputs, meta=meta, published=published):
        if isinstance(item, IngestFailure):
            if item.kind == FAILED:
                report.failed += 1
                report.failures.append(item)
                store.record_error(run_id=report.run_id, doc=item.doc, reason=item.reason)
            else:
                report.skipped += 1
            if on_failure:
                on_failure(item)
            continue
        if store.has_article(item.doc_id, item.content_hash):
            report.unchanged += 1
            continue
        ex = extract_article(item, res)
        store.save_article(item, ex.mentions, run_id=report.run_id)
        report.articles += 1
        report.mentions += len(ex.mentions)
    update = update_events(store, run_id=report.run_id)
    report.events = update.events
    report.problems = list(update.problems)
    store.finish_run(report.run_id, n_articles=report.articles, n_failed=report.failed,
                     n_mentions=report.mentions, n_events=report.events)
    return report
