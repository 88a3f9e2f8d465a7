"""Shared helpers for the geo tests: locate a phrase and measure distances."""

from __future__ import annotations

import math

import pytest

from rasd.geo import PlaceRef, load_gazetteer, locate
from rasd.normalize import normalize


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def refs_of(text: str) -> list[PlaceRef]:
    """Every place reference of a text."""
    return locate(normalize(text))


def names_of(text: str) -> list[str]:
    """The English names of every place read in the text."""
    return [r.location.name_en for r in refs_of(text)]


def main_refs(text: str) -> list[PlaceRef]:
    """The references that are not only the admin context of another place."""
    return [r for r in refs_of(text) if r.location.flagged != "context"]


def assert_read_at(text: str, en: str, lat: float, lon: float) -> None:
    """The text's places include the row named `en`, within 3 km of the given point."""
    refs = main_refs(text)
    hit = [r for r in refs if r.location.name_en == en]
    assert hit, [(r.location.name_en, r.location.text) for r in refs]
    assert km(hit[0].location.lat, hit[0].location.lon, lat, lon) < 3


@pytest.fixture(scope="session")
def gazetteer():  # type: ignore[no-untyped-def]
    """The bundled gazetteer, loaded once."""
    return load_gazetteer()
