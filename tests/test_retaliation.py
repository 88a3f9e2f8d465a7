"""Retaliation links: a retaliating event points at the earlier event with the reversed dyad."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rasd.records import Event, Evidence, Mention
from rasd.retaliation import link_retaliation
from tests import factories as f

DAY = date(2022, 8, 24)


def ev(eid: str, *, attacker: str, target: str, days: int = 0, doc: str = "d1", at: int = 0,
       retaliates: bool = False, **kw: Any) -> tuple[Event, Mention]:
    """An event (and its one mention) by `attacker` on `target`, `days` after DAY, at offset `at` of `doc`."""
    mid = f"{eid}-m"
    event = f.event(eid, actor1=f.actor(attacker), actor2=f.actor(target), event_date=DAY + timedelta(days=days),
                    mention_ids=(mid,), documents=(doc,),
                    evidence=(Evidence(doc_id=doc, start=at, end=at + 10, text="..."),), **kw)
    return event, f.mention(mid, doc, retaliation=retaliates)


def links(*pairs: tuple[Event, Mention]) -> dict[str, tuple[str, ...]]:
    """Event id -> retaliation_for after linking."""
    events = link_retaliation([e for e, _ in pairs], [m for _, m in pairs])
    return {e.id: e.retaliation_for for e in events}


def test_rockets_in_response_to_yesterdays_strike() -> None:
    got = links(ev("strike", attacker="US", target="IRAN_ALIGNED", days=-1),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", retaliates=True, doc="d2"))
    assert got == {"strike": (), "rockets": ("strike",)}


def test_nothing_beyond_three_days() -> None:
    got = links(ev("strike", attacker="US", target="IRAN_ALIGNED", days=-4),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", retaliates=True))
    assert got["rockets"] == ()


def test_only_flagged_events_link_and_only_to_the_reversed_dyad() -> None:
    got = links(ev("strike", attacker="US", target="IRAN_ALIGNED", days=-1),
                ev("other", attacker="SYRIA_GOV", target="US", days=-1),
                ev("rockets", attacker="IRAN_ALIGNED", target="US"))
    assert got == {"strike": (), "other": (), "rockets": ()}


def test_same_day_both_flagged_the_cause_is_earlier_in_the_text() -> None:
    """Seed 004: the strikes come first in the text; the rockets came 'عقب' them; no 2-cycle."""
    got = links(ev("strike", attacker="US", target="IRAN_ALIGNED", at=0, retaliates=True),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", at=300, retaliates=True))
    assert got == {"strike": (), "rockets": ("strike",)}


def test_same_day_cause_named_after_the_response() -> None:
    """Seed 002: 'the coalition struck ..., in response to 8 rockets on Green Village'."""
    got = links(ev("artillery", attacker="US", target="IRAN_ALIGNED", at=0, retaliates=True),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", at=200))
    assert got["artillery"] == ("rockets",)


def test_same_document_then_most_recent_then_nearest() -> None:
    omar = f.location("omar")
    got = links(ev("other-doc", attacker="US", target="IRAN_ALIGNED", days=-1, doc="d9"),
                ev("same-doc", attacker="US", target="IRAN_ALIGNED", days=-2, doc="d1"),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", at=50, retaliates=True))
    assert got["rockets"] == ("same-doc",)
    got = links(ev("older", attacker="US", target="IRAN_ALIGNED", days=-2, doc="d8"),
                ev("far", attacker="US", target="IRAN_ALIGNED", days=-1, doc="d9", location=omar),
                ev("near", attacker="US", target="IRAN_ALIGNED", days=-1, doc="d7"),
                ev("rockets", attacker="IRAN_ALIGNED", target="US", retaliates=True))
    assert got["rockets"] == ("near",)


def test_unknown_target_matches_on_the_attacker() -> None:
    got = links(ev("rockets", attacker="IRAN_ALIGNED", target="US", days=-1, doc="d2"),
                ev("strike", attacker="US", target="UNKNOWN", retaliates=True))
    assert got["strike"] == ("rockets",)


def test_no_link_back_to_one_response_reported_at_two_bases() -> None:
    """Seed 004: rockets on Conoco and al-Omar came after the strikes; the strikes answer neither."""
    omar = f.location("omar")
    got = links(ev("strike", attacker="US", target="IRAN_ALIGNED", at=0, retaliates=True),
                ev("omar", attacker="IRAN_ALIGNED", target="US", at=200, location=omar),
                ev("conoco", attacker="IRAN_ALIGNED", target="US", at=300, retaliates=True))
    assert got == {"strike": (), "omar": (), "conoco": ("strike",)}
