"""Placeholder for the 'export' command; replaced by its real implementation."""

from __future__ import annotations

import click


@click.command("export")
def export_command() -> None:
    """Not implemented yet."""
    raise click.ClickException("'export' is not implemented yet")
