"""The head nouns (قريه, حقل, قاعدتي) and descriptors (ريف, شرقي, بالقرب من) of place phrases, loaded once."""

from __future__ import annotations

from functools import cache

from ..lexicon import load_table
from .units import Descriptor, Head


@cache
def heads() -> dict[str, Head]:
    """Head nouns and adjectives by normalized key."""
    return {r.get("head"): Head(key=r.get("head"), role=r.get("role"), number=r.get("number"),
                                feature=r.get("feature"), iso3=r.get("iso3")) for r in load_table("place_heads").rows}


@cache
def descriptors() -> dict[str, Descriptor]:
    """Descriptors by normalized key."""
    return {r.get("phrase"): Descriptor(
        key=r.get("phrase"), code=r.get("code"), position=r.get("position"),
        bearing=int(r.get("bearing")) if r.get("bearing") else None, offset_km=int(r.get("offset_km")),
        precision=int(r.get("precision"))) for r in load_table("place_descriptors").rows}


@cache
def head_words() -> frozenset[str]:
    """Head nouns and descriptors, bare and with the article: never place names on their own."""
    words = [*heads(), *(k for k, d in descriptors().items() if d.position == "before")]
    return frozenset([*words, *("ال" + w for w in words if not w.startswith("ال"))])
