"""The analyst's web app: a read-only JSON API, server-rendered pages and reviewer actions.

Build it with ``create_app(db_path, settings=WebSettings(...))``; ``rasd serve`` runs it.
"""

from __future__ import annotations

from .app import create_app
from .settings import SETTINGS_HELP, WebSettings

__all__ = ["SETTINGS_HELP", "WebSettings", "create_app"]
