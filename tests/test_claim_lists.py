"""Claim lists: a figure of a per-place list is the toll of the incident the article tells at its place.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


def test_a_listed_figure_goes_to_the_incident_told_at_its_place_only_that_day() -> None:
    """An incident told after the list with no count of its own takes its place's figure (nb_016, pa_013: 2 docs,
    2 sets); the figure is not the toll of an earlier strike on the town told in the background (pb_013)."""
    ms = run("وأوضحت مديرية الصحة أن الشهداء سقطوا كما يلي: 6 شهداء في قصف استهدف شقة سكنية قرب دوار الساعة وسط "
             "مدينة دير البلح، و4 شهداء في مخيم المغازي. وفي المغازي، دمرت غارة منزلاً لعائلة نازحة. وكانت غارة "
             "على مخيم المغازي في الخامس من الشهر الماضي قد أصابت خمسة مواطنين.")
    got = {(m.location.name_en, m.event_date.isoformat()): m.fatalities for m in ms if m.location}
    assert got[("Al Maghazi Camp", "2024-03-14")] == 4 and got[("Deir el-Balah", "2024-03-14")] == 6, got
    assert got[("Al Maghazi Camp", "2024-02-05")] != 4, got
