"""Placeholder for the 'extract' command; replaced by its real implementation."""

from __future__ import annotations

import click


@click.command("extract")
def extract_command() -> None:
    """Not implemented yet."""
    raise click.ClickException("'extract' is not implemented yet")
