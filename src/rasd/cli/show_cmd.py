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


def _row(e: Event) -> list[str]:
    """Table cells of one event."""
    place = e.location.name_en if e.location else "?"
    if e.location and e.location.geo_precision > 1:
        place += f" (p{e.location.geo_precision})"
    a1 = e.actor1.side if e.actor1 else "?"
    a2 = e.actor2.side if e.actor2 else "?"
    fat = "" if e.fatalities is None else str(e.fatalities)
    if e.disputed:
        fat += f" ({e.fatalities_min}-{e.fatalities_max})"
    return [e.event_date.isoformat() if e.event_date else "?", place[:30],
            SHORT_TYPE.get(e.sub_event_type, e.sub_event_type)[:14], f"{a1} -> {a2}", fat,
            ", ".join(e.sources)[:40], str(len(e.documents))]


@click.command("show")
@db_option
@click.option("--limit", type=int, default=0, help="Show at most this many events (0 = all).")
def show_command(db: str, limit: int) -> None:
    """Print the fused events as a table: date, place, type, attacker -> target, fatalities, sources, articles."""
    if not os.path.exists(db):
        raise click.ClickException(f"{db} does not exist; run: rasd run INPUT... --db {db}")
    with Store.open(db, create=False) as store:
        events = store.events()
    rows = [_row(e) for e in (events[:limit] if limit else events)]
    head = ["date", "place", "type", "attacker -> target", "killed", "sources", "docs"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    click.echo("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    click.echo("  ".join("-" * w for w in widths))
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    click.echo(f"{len(events)} events", err=True)
