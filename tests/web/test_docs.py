"""docs/web.md names every endpoint, setting, option, user command and PLOVER type mapping."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from fastapi.testclient import TestClient

from rasd.cli.serve_cmd import serve_command
from rasd.cli.user_cmd import user_group
from rasd.plover import SUB_EVENT_TYPES
from rasd.web.settings import WebSettings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


def test_every_endpoint_is_documented(client: TestClient) -> None:
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"`GET {path}`" in DOC, path


def test_every_setting_and_option_is_documented() -> None:
    for f in fields(WebSettings):
        assert f"`{f.name}`" in DOC, f.name
    for param in serve_command.params:
        assert f"`{param.opts[0]}" in DOC, param.opts
    for name in user_group.commands:
        assert f"rasd user {name}" in DOC, name


def test_every_sub_event_type_is_in_the_plover_table() -> None:
    for subs in SUB_EVENT_TYPES.values():
        for sub in subs:
            assert f"| {sub} |" in DOC, sub
