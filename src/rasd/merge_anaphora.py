"""Anaphora: a bare definite attack noun right after an incident tells that incident again, wherever its clause's
place words point.

'وأوضح البيان أن المقاتلين X وY استشهدا خلال الاشتباك' (two fighters' noms de guerre that spell towns), 'وأوضح
المصدر أن الهجوم استمر ساعة قبل أن ينسحب المهاجمون باتجاه تلال X': the noun names no attacker, no target and no day
of its own (the story's day, or one off it: a night told across midnight), and is told in one of the two sentences
after an incident of the body with a known side; it details that incident, and the place words of its clause (a
name, the attackers' way out) are no second scene (a place right after the noun is its own: 'وطال القصف أطراف بلدة
X'). The incident's place and type stand.
"""

from __future__ import annotations

from .definite_noun import definite
from .merge_compat import Unit, dates_ok, side

REACH = 2  # sentences back from the noun to the incident it tells again
GOVERNED = 40  # characters after the noun within which a place is its own ('طال القصف اطراف بلده X'): new news
BROKEN_PLURALS = ("معارك", "المعارك")  # plurals without '-ات': battles in general, not the one told


def told_nearby(u: Unit, merged: list[Unit]) -> Unit | None:
    """The incident a bare definite attack noun of u tells again (see the module), or None."""
    f = u.frames[0]
    key = f.trigger.key
    if f.trigger.payload.get("pos") != "noun" or not (definite(key) or f.trigger.prefix.endswith("ال")) \
            or key.endswith("ات") or key in BROKEN_PLURALS or f.ordinal or f.item >= 0 or f.date_from == "text" \
            or f.heading or f.distinct or f.zone or f.retaliation or side(u.agent) or side(u.target) \
            or f.agent is not None or f.target is not None \
            or any(0 <= p.start - f.trigger.end <= GOVERNED for p in f.places):
        return None
    for m in reversed(merged):
        # the noun's own frame may have been joined to m by another of its places
        body = [g for g in m.frames if not g.heading and g is not f]
        if body and f.sent - REACH <= max(g.sent for g in body) < f.sent \
                and m.place is not None and (side(m.agent) or side(m.target)) \
                and (dates_ok(m, u) or _night_off(m, u)):
            return m
        if body:
            return None  # only the latest incident of the body
    return None


def _night_off(m: Unit, u: Unit) -> bool:
    """The noun's day is only the story's and lies one day from the incident's (a night told across midnight)."""
    return u.date_from == "narrative" and m.day is not None and u.day is not None and abs((u.day - m.day).days) <= 1
