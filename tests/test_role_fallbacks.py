"""Fallback roles: the side attacked when the clause names none, one row per construction, sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources


def sides(text: str) -> list[tuple[str, str | None, str | None]]:
    """Sub-event type, attacker side and target side of each mention of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    return [(m.sub_event_type, m.actor1 and m.actor1.side, m.actor2 and m.actor2.side)
            for m in extract(art, load_resources()).mentions]


@pytest.mark.parametrize("text, expected", [
    ("سقطت قذائف صاروخية صباح اليوم في محيط مدينة صفد دون وقوع إصابات.",
     ("Shelling/artillery/missile attack", "UNKNOWN", "ISRAEL")),  # a town in Israel: Israel was attacked
    ("شنت طائرات حربية غارة على سوق للماشية في مدينة الضعين صباح أمس.",
     ("Air/drone strike", "UNKNOWN", "CIVILIANS")),  # a market hit
    ("قصفت طائرة مسيرة إسرائيلية صباح اليوم مبنى في مدينة صفد.",
     ("Air/drone strike", "ISRAEL", None)),  # never the attacker's own side
])
def test_fallback_targets(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """The home country of the place, or a civil object hit, names the target when the clause does not."""
    assert sides(text) == [expected]
