"""Placeholder for the 'eval' command; replaced by its real implementation."""

from __future__ import annotations

import click


@click.command("eval")
def eval_command() -> None:
    """Not implemented yet."""
    raise click.ClickException("'eval' is not implemented yet")
