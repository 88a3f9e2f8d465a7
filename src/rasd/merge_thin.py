"""A thin twin: a telling that names neither side, at the place and on the day of an incident told with its sides.

'تعرض موقع عسكري في محيط بلده X لعدوان جوي اسراييلي فجر اليوم, في حين تمكنت وسايط الدفاع الجوي من التصدي لعدد من
الصواريخ', 'اقتحمت قوات الاحتلال البلده ... واندلعت مواجهات مع الشبان ..., قبل ان تستهدف المسيره تجمعا لهم': the
second trigger (the missiles met, the clashes of the raid) tells a part of the incident the sentence already told,
and read alone it has no attacker, no target and no casualties, only the weapon its words name. Beside a unit of the
article at the same place and day that names an attacker or a target, such a unit is too thin to code: the weapon
alone does not make it an incident of its own (merge.to_mentions drops it with its reason).
"""

from __future__ import annotations

from .merge_compat import Unit, side


def thin_twin(u: Unit, units: list[Unit]) -> bool:
    """Another unit of the article is placed at u's place on u's day and names an attacker or a target."""
    if u.place is None or u.day is None:
        return False
    here = u.place.location.id
    return any(v is not u and v.place is not None and v.place.location.id == here and v.day == u.day
               and (side(v.agent) is not None or v.target is not None) for v in units)
