"""Round 50 (h1, places): a local official's town, a numbered item's label and the head noun after it."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from tests.scene_text import rec_of


def _names(text: str) -> list[str]:
    """English names of the places chosen for the first sentence."""
    rec = rec_of(text)
    sent = rec.sentences[0]
    return [p.location.name_en for p in choose_places(rec, sent.start, sent.end)]


# the town a local official or a district office speaks for is not the village the clause names (oi_011, oq_009)
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("وذكر مسؤول محلي في العمادية أن قذائف تركية سقطت على أطراف قرية ورميل ليلة السبت.", "Warmayl", "Amadiyah"),
    ("قصفت مسيرة تركية موقعا قرب قرية تربكة، بحسب مصدر في قائممقامية سنجار.", "Tarbikah", "Sinjar"),
    ("وقال مسؤولون محليون في العمادية إن المدفعية قصفت أطراف قرية ورميل.", "Warmayl", "Amadiyah"),
], ids=["local-official", "district-office", "local-officials"])
def test_a_local_officials_town_is_no_scene(text: str, want: str, not_want: str) -> None:
    """'مسوول محلي في X', 'قايممقاميه X': X names who speaks; the village of the clause is the scene."""
    got = _names(text)
    assert any(want in n for n in got) and not any(not_want in n for n in got), got
