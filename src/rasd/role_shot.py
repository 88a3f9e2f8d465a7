"""Shot victims: gunfire at people of no named side hit civilians: an Attack, not a clash.

'اقدم مسلحان على اطلاق النار على رجل امام منزله ما ادى الى مقتله', 'مقتل مزارع برصاص قناص اثناء عمله في
بستانه', 'مجهولون اطلقوا النار على معلم امام بيته': one side fired, the other is a person of no armed side
(the trigger lexicon's shooting needs a civilian target to be an Attack). A ground fight guessed from the
small arms alone is no fight when nobody fired back: the unnamed dead and wounded are civilians (victims_target,
which already refuses a toll of soldiers or fighters), the event an Attack, whoever the attacker's usual foe is.
"""

from __future__ import annotations

from collections.abc import Iterable

from .merge_compat import Unit
from .recognize import Recognized
from .records import Actor, Claim, Evidence
from .role_fallbacks import victims_target
from .role_units import tribal_feud
from .subevent import ground_post

CLASH = "Armed clash"
ATTACK = "Attack"
SHOT_CLASSES = frozenset({"shoot", "launch", "target"})  # 'اطلقوا النار على', 'اقدم على اطلاق النار', 'تستهدف'
FIRING = frozenset({"shoot", "launch"})  # a trigger that fires: a targeting alone tells no gunfire
GUNS = frozenset({"small_arms", "sniper"})  # a rifle or a sniper's: anything more is a fight or a strike


def shot_victims(rec: Recognized, u: Unit, claims: Iterable[Claim], evidence: Iterable[Evidence],
                 fatalities: int | None, injured: int | None) -> tuple[str, Actor] | None:
    """The Attack and its civilian victims when a unit typed a clash is only gunfire at people of no named side
    (no target named, every body frame a one-way shooting, guns only, no post stormed, no tribal feud, a toll of no
    fighters, read in the unit's `evidence` sentences); else None."""
    body = [f for f in u.frames if not f.heading]
    if u.sub_event != CLASH or u.target is not None or not body or not u.weapons \
            or not set(u.weapons) <= GUNS:
        return None
    classes = {f.trigger.payload.get("class") for f in body}
    if not classes & FIRING or not classes <= SHOT_CLASSES \
            or any(f.mutual or ground_post(rec, f.clause) for f in body):
        return None  # 'اشتباكات', 'تبادل لاطلاق النار', 'هجوم على حاجز': two armed sides, or a post fired back
    if tribal_feud(rec, {f.sent for f in u.frames}):
        return None  # 'نزاع عشايري': tribesmen fire at tribesmen
    victims = victims_target(rec, ATTACK, claims, (e.text for e in evidence), fatalities, injured)
    return (ATTACK, victims) if victims is not None else None
