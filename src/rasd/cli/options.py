"""Options shared by several commands."""

from __future__ import annotations

from datetime import date

import click

DEFAULT_DB = "rasd.db"


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Parse --published YYYY-MM-DD into a date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD, e.g. 2023-11-13") from exc


inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
meta_option = click.option("--meta", type=click.Path(dir_okay=False), default=None,
                           help="JSON Lines of per-document metadata keyed by id or path "
                                "(published, outlet, url, title).")
published_option = click.option("--published", callback=parse_date_option, default=None, metavar="YYYY-MM-DD",
                                 help="Publication date for documents whose metadata gives none; "
                                      "relative dates ('أمس الأربعاء') are resolved against it.")
db_option = click.option("--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file.")
