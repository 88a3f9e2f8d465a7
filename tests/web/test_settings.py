"""WebSettings: validated at construction, every field documented."""

from __future__ import annotations

from dataclasses import fields

import pytest

from rasd.errors import UsageError
from rasd.web.settings import SETTINGS_HELP, WebSettings


def test_every_setting_has_help() -> None:
    assert {f.name for f in fields(WebSettings)} == set(SETTINGS_HELP)


def test_tiles_origin() -> None:
    s = WebSettings(tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    assert s.tiles_origin == "https://tiles.example.org"
    assert WebSettings().tiles_origin is None


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"tiles": "tiles.example.org/{z}/{x}/{y}"}, "tiles"),
    ({"tiles": "https://tiles.example.org/a.png"}, "tiles"),
    ({"page_size": 0}, "page_size"),
    ({"page_size": 100, "max_page_size": 10}, "max_page_size"),
    ({"session_max_age": 5}, "session_max_age"),
])
def test_bad_settings_name_the_key(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(UsageError, match=name):
        WebSettings(**kwargs)  # type: ignore[arg-type,unused-ignore]
