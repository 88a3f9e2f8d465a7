"""Tolls of a retold incident: a mention of an article with no casualty figure of its own takes the figures of
the article's mention it retells (same kind of incident, same attacker, same place, same day), since the toll
sentence went to the other telling ('غارة على مقر في الميادين ... قتل أربعة' in the lead, 'وقال سكان إن الغارة
استهدفت مستودعا' further down). The next day at the same place is as often a second incident: left unread.
"""

from __future__ import annotations

from dataclasses import replace

from .fuse_keys import km
from .records import Mention

NEAR_KM = 6.0  # the same village or town, read from two sentences
NEAR_DAYS = 0  # the same day: the next day at the same place is as often a second incident
_FIELDS = ("fatalities", "injured")


def retold_tolls(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each one without a casualty claim given the figures of the one it retells, when exactly one
    figure pair is told for that incident in the article."""
    return [_retold(m, mentions) for m in mentions]


def _retold(m: Mention, mentions: list[Mention]) -> Mention:
    """The mention, with the figures of the telling it retells when it has none of its own."""
    if any(c.field in _FIELDS for c in m.claims) or m.fatalities is not None or m.injured is not None:
        return m
    tolls = {(o.fatalities, o.injured) for o in mentions if o is not m and _retells(m, o)}
    if len(tolls) != 1:
        return m
    fatalities, injured = tolls.pop()
    return replace(m, fatalities=fatalities, injured=injured)


def _retells(m: Mention, o: Mention) -> bool:
    """Whether the two mentions tell one incident and the other one carries a figure of its own."""
    if o.sub_event_type != m.sub_event_type or m.location is None or o.location is None:
        return False
    if None not in (_side(o), _side(m)) and _side(o) != _side(m):
        return False  # 'كمين لحماس في بيت لاهيا' beside the army's 'قتلت قواته عشرة في جباليا': two incidents
    if not any(c.field in _FIELDS for c in o.claims):
        return False
    if m.event_date is None or o.event_date is None or abs((m.event_date - o.event_date).days) > NEAR_DAYS:
        return False
    return km(m.location.lat, m.location.lon, o.location.lat, o.location.lon) <= NEAR_KM


def _side(m: Mention) -> str | None:
    """The attacker's side of a mention, if one is known."""
    return m.actor1.side if m.actor1 and m.actor1.side != "UNKNOWN" else None
