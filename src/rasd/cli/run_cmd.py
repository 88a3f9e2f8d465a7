"""Placeholder for the 'run' command; replaced by its real implementation."""

from __future__ import annotations

import click


@click.command("run")
def run_command() -> None:
    """Not implemented yet."""
    raise click.ClickException("'run' is not implemented yet")
