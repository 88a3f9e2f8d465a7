"""`rasd review`: record reviewer decisions (accept, reject, edit, merge, split) and list them."""

from __future__ import annotations

from typing import Any

import click

from .. import RULESET
from ..errors import UsageError
from ..living import update_events
from ..review import EDITABLE_FIELDS, check_edit
from ..store import Store
from .options import db_option

who_option = click.option("--who", required=True, help="Your name, recorded with the decision.")
why_option = click.option("--why", required=True, help="Why: recorded with the decision and exported.")


@click.group("review")
def review_group() -> None:
    """Correct the dataset by hand; decisions survive every later run.

    \b
    Each decision is stored as an override (who, when, why) and applied after
    fusion on every run, by stable event ids. After recording it, the events
    are rebuilt at once, so `rasd export` shows the change.
      rasd review accept EVENT --who rima
      rasd review reject EVENT --who rima --why "an exercise, not an attack"
      rasd review edit EVENT fatalities 4 --who rima --why "CENTCOM figure"
      rasd review merge EVENT INTO_EVENT --who rima --why "same attack"
      rasd review split MENTION --who rima --why "a different day"
      rasd review list
    A rejected event stays in the database, flagged; exports leave it out.
    """


def _known_events(store: Store) -> set[str]:
    """Ids of stored events and of the events they absorbed."""
    ids: set[str] = set()
    for e in store.events():
        ids.add(e.id)
        ids.update(e.absorbed_ids)
    return ids


def _require_event(store: Store, *event_ids: str) -> None:
    """Refuse ids that name no stored event."""
    known = _known_events(store)
    for eid in event_ids:
        if eid not in known:
            raise UsageError(f"no event {eid!r} in {store.path}; see `rasd export --what events`")


def _record(db: str, **override: Any) -> None:
    """Store one override, then rebuild the events; report skipped overrides on stderr."""
    with Store.open(db, create=False) as store:
        if override.get("event_id"):
            _require_event(store, override["event_id"],
                           *([override["value"]] if override["action"] == "merge" else []))
        oid = store.add_override(**override)
        run = store.start_run(command="review", ruleset=RULESET, lexicon_versions={})
        result = update_events(store, run_id=run)
        store.finish_run(run, n_articles=0, n_failed=0, n_mentions=0, n_events=result.events)
    for problem in result.problems:
        click.echo(f"warning: {problem}", err=True)
    click.echo(f"override {oid} recorded; {result.events} events rebuilt in {db}", err=True)


@review_group.command("accept")
@click.argument("event_id")
@who_option
@click.option("--why", default="", help="Optional note recorded with the decision.")
@db_option
def accept_command(event_id: str, who: str, why: str, db: str) -> None:
    """Mark EVENT_ID as checked and right."""
    _record(db, action="accept", event_id=event_id, who=who, why=why)


@review_group.command("reject")
@click.argument("event_id")
@who_option
@why_option
@db_option
def reject_command(event_id: str, who: str, why: str, db: str) -> None:
    """Mark EVENT_ID as not an incident (kept, flagged, left out of exports)."""
    _record(db, action="reject", event_id=event_id, who=who, why=why)


def parse_value(field_name: str, raw: str) -> Any:
    """A command-line VALUE as the edit of `field_name` stores it."""
    if field_name in ("fatalities", "injured", "time_precision"):
        if raw.strip().lower() in ("", "null", "none") and field_name != "time_precision":
            return None
        try:
            return check_edit(field_name, int(raw))
        except ValueError as exc:
            raise UsageError(f"{field_name}: {raw!r} is not a whole number") from exc
    if field_name == "weapons":
        return check_edit(field_name, [w.strip() for w in raw.split(",") if w.strip()])
    return check_edit(field_name, raw)


@review_group.command("edit")
@click.argument("event_id")
@click.argument("field_name", metavar="FIELD", type=click.Choice(list(EDITABLE_FIELDS)))
@click.argument("value")
@who_option
@why_option
@db_option
def edit_command(event_id: str, field_name: str, value: str, who: str, why: str, db: str) -> None:
    """Set FIELD of EVENT_ID to VALUE (numbers as digits, 'null' for not reported, weapons comma-separated)."""
    _record(db, action="edit", event_id=event_id, field=field_name, value=parse_value(field_name, value),
            who=who, why=why)


@review_group.command("merge")
@click.argument("event_id")
@click.argument("into")
@who_option
@why_option
@db_option
def merge_command(event_id: str, into: str, who: str, why: str, db: str) -> None:
    """Merge EVENT_ID into event INTO (INTO keeps its id and lists EVENT_ID as absorbed)."""
    if event_id == into:
        raise UsageError("cannot merge an event into itself")
    _record(db, action="merge", event_id=event_id, value=into, who=who, why=why)


@review_group.command("split")
@click.argument("mention_id")
@who_option
@why_option
@db_option
def split_command(mention_id: str, who: str, why: str, db: str) -> None:
    """Take MENTION_ID out of its event into an event of its own."""
    with Store.open(db, create=False) as store:
        current = next((m.event_id for m in store.mentions() if m.id == mention_id), None)
    if current is None:
        raise UsageError(f"no fused mention {mention_id!r} in {db}; see `rasd export --what mentions`")
    _record(db, action="split", event_id=current, mention_id=mention_id, who=who, why=why)


@review_group.command("list")
@click.option("--event", "event_id", default=None, help="Only the overrides of this event.")
@db_option
def list_command(event_id: str | None, db: str) -> None:
    """List the recorded overrides, oldest first (tab-separated)."""
    with Store.open(db, create=False) as store:
        overrides = store.overrides(event_id=event_id)
    for ov in overrides:
        target = ov.event_id or ""
        if ov.mention_id:
            target += f" mention={ov.mention_id}"
        change = f"{ov.field}={ov.value!r}" if ov.action == "edit" else (
            f"into={ov.value}" if ov.action == "merge" else "")
        click.echo("\t".join([str(ov.id), ov.at.isoformat(), ov.who, ov.action, target.strip(), change,
                              ov.why]))
