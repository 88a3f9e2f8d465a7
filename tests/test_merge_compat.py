"""merge_compat: a side read from an unnamed group's backer contradicts no other telling of the incident."""

from __future__ import annotations

from dataclasses import replace

from rasd.merge_compat import Unit, sides_ok
from rasd.records import Actor


def _actor(side: str) -> Actor:
    """An actor of one side."""
    return Actor(id=side.lower(), name_en=side, name_ar="", side=side)


def _clash(agent: Actor, target: Actor) -> Unit:
    """A placeless, undated clash unit between two actors."""
    return Unit(frames=[], place=None, day=None, precision=None, date_from="none", agent=agent, target=target,
                sub_event="Armed clash", sub_from="trigger")


def test_a_backers_side_does_not_split_two_tellings_of_a_clash() -> None:
    """'مسلحون موالون لإيران هاجموا نقطة لقسد' (the backer's side, read for the gunmen) and a tribe's own telling
    of the attack on the same point are one clash; the same three camps named outright are not."""
    proxy = replace(_actor("IRAN_ALIGNED"), backed=True)
    assert sides_ok(_clash(proxy, _actor("SDF")), _clash(_actor("OTHER"), _actor("SDF")))
    assert not sides_ok(_clash(_actor("IRAN_ALIGNED"), _actor("SDF")), _clash(_actor("OTHER"), _actor("SDF")))
