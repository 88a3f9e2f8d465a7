"""Undated retold: a telling dated only by its story joins the one telling of the same incident that states its day.

A report tells one incident twice: a lead dated by the announcement ('أعلنت الخلية، اليوم الأربعاء، ... استشهاد
أحد المنتسبين بانفجار عبوة في صحراء قضاء عنه') and a details paragraph with the incident's own day ('وكانت عبوة
قد انفجرت أمس الثلاثاء ...'); or a summary sentence dated by the publication day beside the body's dated account.
The telling with no day of its own (carried over from the story, or the publication day) reads the day of the
telling, one or two days off from the incident's, and the ordinary merge keeps the two apart as two incidents a day
apart. When exactly one incident of the article states its own day within two days of such a telling, with the
same death toll (one known toll, not zero), at a compatible place, with compatible sides and types, the telling
joins it; with two or more such incidents (a round-up of one town's days), or with no toll or another toll to
match, it stays as it is.

A bare retelling (no day of its own, no toll: a digest's contents line dated by the week it covers, an undated
headline left over) joins the one unit that states its own day at the same or a finer place, when its carried day
is not before that day (join_unstated).
"""

from __future__ import annotations

from collections.abc import Callable

from .merge_compat import Unit, places_ok, sides_ok, types_ok
from .merge_headline import unit_toll

CARRIED = frozenset({"narrative", "publication_day"})  # a day the telling does not state itself
REACH_DAYS = 2  # an announcement one or two days after the incident it tells


def join_undated(units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each telling dated only by its story folded into the one dated incident it retells."""
    return _fold(units, absorb, _story_dated, _retells)


def _story_dated(u: Unit) -> bool:
    """u's day is carried from its story or the publication day, and it is a placed telling of a body."""
    return u.date_from in CARRIED and u.day is not None and u.place is not None \
        and not any(f.distinct for f in u.frames) and not all(f.heading for f in u.frames)


def _fold(units: list[Unit], absorb: Callable[[Unit, Unit], None], eligible: Callable[[Unit], bool],
          tells: Callable[[Unit, Unit], bool]) -> list[Unit]:
    """The units with each eligible one folded into the one other unit that tells it, if exactly one does."""
    out = list(units)
    for u in list(out):
        if u not in out or not eligible(u):
            continue
        firm = [m for m in out if m is not u and tells(m, u)]
        if len(firm) != 1:
            continue
        absorb(firm[0], u)
        out.remove(u)
    return out


def _retells(m: Unit, u: Unit) -> bool:
    """u, dated by its story a day or two off, may tell m, which states its own day, again."""
    if m.date_from != "text" or m.day is None or u.day is None or m.place is None:
        return False
    if not 0 < abs((m.day - u.day).days) <= REACH_DAYS:
        return False
    toll = unit_toll(u)
    return bool(toll) and toll == unit_toll(m) and places_ok(m, u) and sides_ok(m, u) and types_ok(m, u)


UNSTATED = CARRIED | {"none"}  # no day of its own: the story's, the publication day's, or none at all
UNSTATED_REACH = 7  # a digest's week: the retelling's carried day and the account's own day


def join_unstated(units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each bare retelling (no day of its own, no toll) folded into the one account of the
    article that states its day at the same or a finer place of the same kind and sides."""
    return _fold(units, absorb, _bare, _accounts)


def _bare(u: Unit) -> bool:
    """u states no day of its own, is placed, and counts no dead or injured."""
    return u.date_from in UNSTATED and u.place is not None and not any(f.distinct for f in u.frames) \
        and not any(c.field in ("fatalities", "injured") for f in u.frames for c in f.claims)


def _accounts(m: Unit, u: Unit) -> bool:
    """m states its own day and tells u's incident at the same or a finer place."""
    if m.date_from != "text" or m.day is None or m.place is None or u.place is None:
        return False
    if u.day is not None and not 0 <= (u.day - m.day).days <= UNSTATED_REACH:  # carried from a later telling
        return False
    finer = m.place.location.id == u.place.location.id or (
        m.place.location.geo_precision < u.place.location.geo_precision)
    return finer and places_ok(m, u) and sides_ok(m, u) and types_ok(m, u)
