"""The rasd command line: one click group, one subcommand per file, registered explicitly here."""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import RasdError
from .eval_cmd import eval_command
from .export_cmd import export_command
from .extract_cmd import extract_command
from .lexicon_cmd import lexicon_group
from .review_cmd import review_group
from .run_cmd import run_command
from .serve_cmd import serve_command
from .show_cmd import show_command
from .user_cmd import user_group

COMMANDS: tuple[click.Command, ...] = (
    run_command, extract_command, export_command, eval_command, show_command, lexicon_group,
    serve_command, user_group, review_group,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def cli() -> None:
    """rasd (رصد): Arabic conflict news -> a de-duplicated, geolocated ACLED-style event dataset.

    \b
    Typical use:
      rasd run articles/ --meta meta.jsonl --db rasd.db   # ingest, extract, fuse, store
      rasd export --db rasd.db --what events --format acled -o events.csv
      rasd eval gold.jsonl --db rasd.db                   # score against gold annotations
      rasd extract article.txt --published 2023-11-13    # mentions as JSONL, no database

    INPUT is a file (.txt, .html/.htm, .jsonl), a directory (read recursively) or - for stdin.
    Every command exits non-zero with one line on stderr when something fails.
    """


for _cmd in COMMANDS:
    cli.add_command(_cmd)


def main() -> None:
    """Entry point: run the group, turning rasd errors into one line and exit code 2."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except RasdError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except SystemExit:
        raise
