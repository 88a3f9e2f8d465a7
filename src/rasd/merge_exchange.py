"""Merge exchange: an exchange of fire told with its own toll, day and town is an incident, mutual or not.

'شهدت البلده مساء الخميس تبادلا لاطلاق النار بين دوريه للشرطه ومسلحين, اسفر عن مقتل احد المسلحين': no side is
said to have hit the other, but the clash is dated, placed and has its casualty; ACLED codes it as an armed clash.
An undirected 'اشتباكات متبادله' headline, or an exchange with no toll of its own, stays dropped.
"""

from __future__ import annotations

from .frame import Frame
from .merge_compat import Unit
from .merge_tolls import has_casualties
from .recognize import Recognized

BETWEEN = "بين"  # 'تبادل لاطلاق النار بين X وY': the two parties of the exchange are named


def exchange_with_toll(rec: Recognized, u: Unit) -> bool:
    """u is a mutual exchange of the body with its own casualty, its own day and a town or site of its own."""
    if u.place is None or u.place.location.geo_precision != 1 or u.date_from != "text":
        return False
    return any(_own_exchange(rec, f) for f in u.frames)


def _own_exchange(rec: Recognized, f: Frame) -> bool:
    """A body frame read as mutual, its two parties named after the trigger, with a casualty in its own claims."""
    if not f.mutual or f.heading or not has_casualties(f.claims):
        return False
    return BETWEEN in rec.nt.text[f.trigger.end:f.clause[1]].split()
