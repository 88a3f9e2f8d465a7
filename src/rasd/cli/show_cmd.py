"""`rasd show`: a readable table of the fused events in a database."""

from __future__ import annotations

import os

import click

from ..records import Event
from ..store import Store
from .options import db_option

SHORT_TYPE = {
    "Air/drone strike": "air/drone", "Shelling/artillery/missile attack": "shelling",
    "Remote explosive/landmine/IED": "IED", "Suicide bomb": "suicide", "Armed clash": "clash",
    "Attack": "attack (civ)", "Abduction/forced disappearance": "abduction",
    "Disrupted weapons use": "intercepted", "Grenade": "grenade",
}
HEAD = ["new", "id", "date", "place", "type", "attacker -> target", "killed", "sources", "docs", "review"]


def _row(e: Event, *, new: bool) -> list[str]:
    """Table cells of one event; `new` when the latest run created it."""
    place = e.location.name_en if e.location else "?"
    if e.location and e.location.geo_precision > 1:
        place += f" (p{e.location.geo_precision})"
    a1 = e.actor1.side if e.actor1 else "?"
    a2 = e.actor2.side if e.actor2 else "?"
    fat = "" if e.fatalities is None else str(e.fatalities)
    if e.disputed:
        fat += f" ({e.fatalities_min}-{e.fatalities_max})"
    return ["new" if new else "", e.id, e.event_date.isoformat() if e.event_date else "?", place[:30],
            SHORT_TYPE.get(e.sub_event_type, e.sub_event_type)[:14], f"{a1} -> {a2}", fat,
            ", ".join(e.sources)[:40], str(len(e.documents)), "" if e.status == "unreviewed" else e.status]


@click.command("show")
@db_option
@click.option("--limit", type=int, default=0, help="Show at most this many events (0 = all).")
@click.option("--new", "only_new", is_flag=True, help="Only the events that run --run created.")
@click.option("--run", "run_id", type=int, default=None,
              help="The run whose new events are marked 'new' (default: the latest run).")
def show_command(db: str, limit: int, only_new: bool, run_id: int | None) -> None:
    """Print the fused events as a table: new in the run, id, date, place, type, attacker -> target,
    fatalities (range when disputed), sources, articles and review status."""
    if not os.path.exists(db):
        raise click.ClickException(f"{db} does not exist; run: rasd run INPUT... --db {db}")
    with Store.open(db, create=False) as store:
        events = store.events()
        created = store.event_created_runs()
        latest = store.latest_run() if run_id is None else run_id
    fresh = {e.id for e in events if latest is not None and created.get(e.id) == latest}
    if only_new:
        events = [e for e in events if e.id in fresh]
    rows = [_row(e, new=e.id in fresh) for e in (events[:limit] if limit else events)]
    widths = [max(len(r[i]) for r in [HEAD, *rows]) for i in range(len(HEAD))]
    click.echo("  ".join(h.ljust(w) for h, w in zip(HEAD, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    click.echo(f"{len(events)} events ({len(fresh)} new in run {latest})" if latest is not None
               else f"{len(events)} events", err=True)
