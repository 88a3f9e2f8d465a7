"""Helpers of the scene tests: one test article recognized, and the places chosen for all of it."""

from __future__ import annotations

from datetime import date

from rasd.recognize import Recognized, recognize
from rasd.records import Article
from rasd.resources import load_resources
from rasd.scene import choose_places

PUBLISHED = date(2024, 5, 8)


def rec_of(text: str, published: date = PUBLISHED) -> Recognized:
    """The recognized spans of one test article."""
    return recognize(Article(doc_id="t.txt", text=text, content_hash="h", published=published), load_resources())


def chosen(text: str, published: date = PUBLISHED) -> list[str]:
    """English names of the places chosen for the whole text."""
    rec = rec_of(text, published)
    return [p.location.name_en for p in choose_places(rec, 0, len(rec.nt.text))]
