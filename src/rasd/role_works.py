"""Civil works: an oil or gas facility, a refinery or a power plant hit by an unnamed hand hit civilians.

'تعرض حقل باي حسن النفطي لهجوم بطائرتين مسيرتين', 'استهدفت مسيره مجهوله محطه كهرباء', 'سقط صاروخان قرب مصفي
كوركوسك': the works serve the population, whoever runs them; with no attacker and no target named, the side
the strike hit is civilians (CIVIL_OBJECT, the works named), not no one. A named attacker's strike keeps the
theatre's reading (its foe may hold the works); a named holder (site_sides: a base at an oil field) comes first.
"""

from __future__ import annotations

from collections.abc import Iterable

from .frame import Frame
from .recognize import Recognized
from .records import Actor
from .role_fallbacks import CIVIL_OBJECT

REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use"})  # from afar
WORKS = "civil_works"  # the cue kind naming an oil or gas facility, a refinery or a power plant


def works_target(rec: Recognized, frames: Iterable[Frame], sub_event: str, agent: Actor | None) -> Actor | None:
    """Civilians, told by the works a body clause names, as the target of a strike or shell with no attacker and no
    target named ('تعرض حقل غازي لهجوم بمسيره مفخخه'); else None."""
    if sub_event not in REMOTE or (agent is not None and agent.side != "UNKNOWN"):
        return None
    for f in frames:
        if f.heading:
            continue
        for c in rec.cues_of(WORKS, *f.clause):
            a, b = rec.nt.to_orig(c.start, c.end)
            return Actor(id=CIVIL_OBJECT, name_en="Civilians", name_ar="مدنيون", side="CIVILIANS",
                         text=rec.nt.original[a:b], start=a, end=b)
    return None
