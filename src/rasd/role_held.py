"""Held ground: an outside air power's raid on ground its theatre foe holds strikes that foe, whoever was hurt.

'شن طيران العدوان الامريكي غارتين على مديريه برع ما اسفر عن اصابه مواطن': in Houthi-held Yemen the US and UK
raid the Houthis' ground; the citizen hurt is the raid's toll, not the side it struck (coders give the Houthis).
"""

from __future__ import annotations

from .records import Actor
from .role_fallbacks import theatre_foe

HELD_GROUND = frozenset({("US", "YEM")})  # (raiding side, country): ground its theatre foe holds and rules
AIR_RAID = "Air/drone strike"


def held_ground_target(agent: Actor | None, target: Actor | None, country: str | None,
                       sub_event: str) -> Actor | None:
    """The theatre foe that holds the ground an outside power raided, in place of the civilians it hurt; else None.

    The raider must be named with the raid (`agent`, the unit's own): a raid whose maker is carried from another
    sentence of the article keeps its unnamed hurt as civilians (round 36a).
    """
    if agent is None or target is None or target.side != "CIVILIANS" or sub_event != AIR_RAID:
        return None
    if (agent.side, country or "") not in HELD_GROUND:
        return None
    return theatre_foe(agent, country)
