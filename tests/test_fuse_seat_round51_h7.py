"""A district's seat named by one report and a village of the district named by another: one incident (session 51)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from rasd import fuse_keys as fk
from rasd import fuse_pairs as fp
from rasd.geo.gazetteer import load_gazetteer
from rasd.records import Location, Mention
from tests import factories as f

TYRE = "wof:890455641"  # the seat of the Sour district (South Lebanon)
BAZOURIYE = "wof:1209537841"  # a village of the Sour district, 7.5 km from Tyre


def place(gid: str, **kw: Any) -> Location:
    """The gazetteer row `gid` as a mention's location."""
    p = load_gazetteer().get(gid)
    assert p is not None
    fields: dict[str, Any] = {"id": p.id, "name_en": p.name_en, "name_ar": p.name_ar, "country_iso3": p.iso3,
                              "admin1": p.admin1, "admin2": p.admin2, "lat": p.lat, "lon": p.lon,
                              "geo_precision": 1, "text": p.name_ar}
    return Location(**(fields | kw))


def strike(k: int, loc: Location, side: str = "ISRAEL", day: int = 5) -> Mention:
    """A drone strike on a house of mention k's own article."""
    return f.mention(f"m{k}", f"d{k}", location=loc, event_date=date(2024, 3, day), event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike", actor1=f.actor(side), actor2=f.actor("CIVILIANS"),
                     weapons=("drone",), fatalities=2)


CASES = [
    # (seat report, village report, one incident?)
    (strike(0, place(TYRE)), strike(1, place(BAZOURIYE)), True),
    (strike(0, place(TYRE)), strike(1, place(BAZOURIYE, geo_precision=2)), True),  # 'قرب البازورية'
    (strike(0, place(TYRE), side="UNKNOWN"), strike(1, place(BAZOURIYE)), False),  # no attacker to share
    (strike(0, place(TYRE)), strike(1, place(BAZOURIYE), day=6), False),  # a day apart
    (strike(0, place(TYRE)), strike(1, place(BAZOURIYE, admin2="Jezzine")), False),  # another district's village
    (strike(0, place(TYRE, geo_precision=2)), strike(1, place(BAZOURIYE)), True),  # 'قرب صور', 7.5 km
]


@pytest.mark.parametrize(("a", "b", "one"), CASES)
def test_a_seat_and_a_village_of_its_district_pair_only_for_one_attacker_and_day(a: Mention, b: Mention,
                                                                                  one: bool) -> None:
    feats = fk.features([a, b], {}, {}, frozenset(), fk.Interner())
    assert (fp._pair_scorer(feats)(0, 1) >= fk.THRESHOLD) is one


def test_two_villages_near_a_seat_stay_apart() -> None:
    feats = fk.features([strike(0, place(BAZOURIYE)), strike(1, place("wof:1259681387"))],  # Nabi Qassem, 4 km
                        {}, {}, frozenset(), fk.Interner())
    assert fk.place_score(feats.places, 0, 1) == -1
