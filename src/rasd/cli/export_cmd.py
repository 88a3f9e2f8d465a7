"""`rasd export`: write stored mentions or events as JSONL, CSV, ACLED-style CSV or GeoJSON."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import click

from ..export import FORMATS, WHATS, write_export
from ..store import Store


@click.command("export")
@click.option("--db", "db_path", default="rasd.db", show_default=True,
              type=click.Path(dir_okay=False), help="The rasd database to read.")
@click.option("--what", type=click.Choice(WHATS), required=True,
              help="mentions (one per article report) or events (fused incidents).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE instead of stdout (replaced atomically).")
def export_command(db_path: str, what: str, fmt: str, output: str | None) -> None:
    """Export mentions or events from the database.

    \b
    Formats:
      jsonl    one record per line, exactly the output contract of DESIGN.md
      csv      flat columns: ids, date, types, actor names and sides, place and
               coordinates, weapons/sources joined with ';', fatalities, injured
      acled    ACLED's 31 export columns in ACLED's order (docs/acled_mapping.md);
               rasd-only fields (injured, disputed, claims, confidence, ids) go
               into tags and notes
      geojson  a FeatureCollection of points with the full record as properties;
               records without coordinates are counted in "rasd:skipped"

    The same database always gives the same bytes (UTF-8, \\n line ends).
    """
    with Store.open(db_path, create=False) as store:
        if output is None:
            sys.stdout.flush()
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            try:
                write_export(store, what=what, fmt=fmt, out=stream)
                stream.flush()
            finally:
                stream.detach()  # leave sys.stdout usable
            return
        target = Path(output)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = write_export(store, what=what, fmt=fmt, out=fh)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    click.echo(f"wrote {n} {what} ({fmt}) to {output}", err=True)
