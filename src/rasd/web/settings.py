"""The web app's settings: one frozen object, validated when it is built."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import UsageError


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    """Options of `rasd serve`; every field has a default and a help text in SETTINGS_HELP."""

    tiles: str | None = None
    page_size: int = 50
    max_page_size: int = 1000
    session_max_age: int = 8 * 3600
    secure_cookies: bool = False
    title: str = "rasd"

    def __post_init__(self) -> None:
        """Refuse contradictory or malformed values, naming the setting."""
        if self.tiles is not None:
            parts = urlsplit(self.tiles)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise UsageError(f"tiles: {self.tiles!r} is not an http(s) URL template")
            if not all(k in self.tiles for k in ("{z}", "{x}", "{y}")):
                raise UsageError(f"tiles: {self.tiles!r} needs {{z}}, {{x}} and {{y}} placeholders, "
                                 "e.g. https://tile.example.org/{z}/{x}/{y}.png")
        if self.page_size < 1:
            raise UsageError(f"page_size: must be at least 1, got {self.page_size}")
        if self.max_page_size < self.page_size:
            raise UsageError(f"max_page_size ({self.max_page_size}) must be >= page_size ({self.page_size})")
        if self.session_max_age < 60:
            raise UsageError(f"session_max_age: at least 60 seconds, got {self.session_max_age}")

    @property
    def tiles_origin(self) -> str | None:
        """The scheme://host of the tile server, for the Content-Security-Policy."""
        if self.tiles is None:
            return None
        parts = urlsplit(self.tiles)
        return f"{parts.scheme}://{parts.netloc}"


SETTINGS_HELP: dict[str, str] = {
    "tiles": "Tile URL template ({z}/{x}/{y}) drawn under the offline basemap; default none (offline).",
    "page_size": "Rows per page in tables and the API when no limit is given.",
    "max_page_size": "Largest limit the API accepts.",
    "session_max_age": "Seconds a reviewer stays signed in.",
    "secure_cookies": "Mark cookies Secure (set when serving over HTTPS behind a proxy).",
    "title": "Name shown in the page header.",
}

