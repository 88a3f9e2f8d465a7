"""Which value of each field wins when several reports make one event."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from rasd.fuse_event import build_event, fused_event, single_event
from rasd.records import Claim, Mention
from tests import factories as f

DAY = date(2022, 8, 24)
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("default", {}),
    ("no place, no date", {"location": None, "event_date": None, "time_precision": None}),
    ("unknown actors", {"actor1": f.actor("UNKNOWN"), "actor2": None}),
    ("claims without doc", {"claims": (Claim(field="fatalities", value=3, min=3, max=3),)}),
    ("repeated weapons and sources", {"weapons": ("rocket", "rocket"), "sources": ("SANA", "SOHR", "SANA")}),
    ("fatalities without claims", {"fatalities": 4, "claims": ()}),
]


@pytest.mark.parametrize("fields", [v for _, v in VARIANTS], ids=[n for n, _ in VARIANTS])
def test_the_fast_single_path_agrees_with_the_general_one(fields: dict[str, Any]) -> None:
    m = f.mention(**fields)
    assert single_event("e", m, absorbed=(), outlets={}) == fused_event("e", [m], absorbed=(), outlets={})


def mention(doc: str, conf: float = 0.7, **kw: Any) -> Mention:
    """A report in `doc` with confidence `conf`."""
    return f.mention(f"{doc}#0", doc, confidence=conf, **kw)


def test_votes_are_weighted_by_confidence_and_ties_go_to_the_best_report() -> None:
    omar = f.location("omar")
    event = build_event("e", [mention("a", 0.9, location=omar, sub_event_type="Air/drone strike"),
                              mention("b", 0.5), mention("c", 0.5)])
    assert event.location == f.location("conoco") and event.sub_event_type == "Shelling/artillery/missile attack"
    event = build_event("e", [mention("a", 0.9, location=omar), mention("b", 0.9)])
    assert event.location == omar


def test_day_ties_go_to_the_earlier_day_and_precise_days_win() -> None:
    event = build_event("e", [mention("a", event_date=DAY + timedelta(days=1)), mention("b")])
    assert event.event_date == DAY
    event = build_event("e", [mention("a", 0.9, event_date=DAY + timedelta(days=2), time_precision=2),
                              mention("b", 0.3)])
    assert (event.event_date, event.time_precision) == (DAY, 1)


def test_known_sides_win_over_unknown_ones() -> None:
    event = build_event("e", [mention("a", 0.9, actor1=f.actor("UNKNOWN"), actor2=None), mention("b", 0.3)])
    assert event.actor1 == f.actor("IRAN_ALIGNED") and event.actor2 == f.actor("US")


def test_one_fight_told_with_each_sides_attacker_keeps_a_two_sided_dyad() -> None:
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 3}
    event = build_event("e", [mention("a", 0.8, actor1=f.actor("SDF"), actor2=None, **clash),
                              mention("b", 0.7, actor1=f.actor("ISIS"), actor2=f.actor("SDF"), **clash)])
    assert (event.actor1.side, event.actor2.side) == ("ISIS", "SDF")  # type: ignore[union-attr]
    army_rsf = {"actor1": f.actor("OTHER"), "actor2": f.actor("OTHER")}
    event = build_event("e", [mention("a", 0.8, **(clash | army_rsf)), mention("b", 0.7, **clash)])
    assert (event.actor1.side, event.actor2.side) == ("OTHER", "OTHER")  # type: ignore[union-attr]


def test_an_event_needs_a_mention() -> None:
    with pytest.raises(ValueError, match="no mentions"):
        build_event("e", [])
