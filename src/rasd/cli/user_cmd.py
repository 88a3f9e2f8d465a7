"""`rasd user`: reviewer accounts of the web app (argon2-hashed passwords in the database)."""

from __future__ import annotations

import sys

import click

from .options import DEFAULT_DB

db_opt = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                      type=click.Path(dir_okay=False), help="The rasd database holding the accounts.")


@click.group("user")
def user_group() -> None:
    """Manage reviewers who may accept, reject and correct events in `rasd serve`."""


@user_group.command("add")
@click.argument("name")
@db_opt
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--replace", is_flag=True, help="Set a new password for an existing reviewer.")
def add_command(name: str, db_path: str, password_stdin: bool, replace: bool) -> None:
    """Create reviewer NAME; prompts for the password unless --password-stdin."""
    from ..web.accounts import add_user, check_name
    from ..web.db import ensure_web_tables, web_connection

    check_name(name)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with web_connection(db_path) as conn:
        ensure_web_tables(conn)
        add_user(conn, name, password, replace=replace)
    click.echo(f"{'updated' if replace else 'added'} reviewer {name}", err=True)


@user_group.command("list")
@db_opt
def list_command(db_path: str) -> None:
    """List reviewers (name and creation time)."""
    from ..web.accounts import list_users
    from ..web.db import ensure_web_tables, web_connection

    with web_connection(db_path) as conn:
        ensure_web_tables(conn)
        for name, created in list_users(conn):
            click.echo(f"{name}\t{created}")


@user_group.command("remove")
@click.argument("name")
@db_opt
def remove_command(name: str, db_path: str) -> None:
    """Delete reviewer NAME (their sessions end at once; their past decisions stay)."""
    from ..web.accounts import remove_user
    from ..web.db import ensure_web_tables, web_connection

    with web_connection(db_path) as conn:
        ensure_web_tables(conn)
        remove_user(conn, name)
    click.echo(f"removed reviewer {name}", err=True)
