"""Gazetteer and geocoding: recognize place references in Arabic text and resolve them offline.

    from rasd.normalize import normalize
    from rasd.geo import locate
    refs = locate(normalize(article_text))   # [PlaceRef(start, end, location, kind, descriptor)]

A PlaceRef whose ``location.flagged == "context"`` names the admin area or country of the place
before it ("حقل كونيكو بريف دير الزور": the second ref); callers should prefer the most precise
place of a clause. See docs/gazetteer.md for how resolution decides.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, Place, load_gazetteer
from .geocode import PlaceRef, locate

__all__ = ["Gazetteer", "Place", "PlaceRef", "load_gazetteer", "locate"]
