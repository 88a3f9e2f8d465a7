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


def _tolls(ms: list[Mention]) -> dict[str, tuple[int | None, int | None]]:
    """(fatalities, injured) by place name."""
    return {m.location.name_en: (m.fatalities, m.injured) for m in ms if m.location}


def test_round_23a_items_told_place_first_give_each_place_its_toll_not_the_total() -> None:
    """'وتوزعت الحصيلة: في X قتل ... وأصيب ...، وفي Y أصيب ...': each item's figure is given for the place that opens
    its clause, and the total before the items is no one place's toll (wa_016, sa_011: 2 docs, 2 sets); the same
    whether or not an item has an attack word (and so a frame) of its own."""
    lead = "قصفت قوات النظام بالمدفعية الثقيلة صباح اليوم بلدتي سرمين وبنش في ريف إدلب الجنوبي.\n\n"
    bare = run(lead + "وقال الدفاع المدني إن القصف أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين، وتوزعت الحصيلة "
                      "كالتالي: في سرمين قتل مدنيان وأصيب ثلاثة، وفي بنش أصيب شخصان بجروح طفيفة.")
    assert _tolls(bare) == {"Sarmin": (2, 3), "Binnish": (0, 2)}
    framed = run(lead + "وقال الدفاع المدني إن القصف أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين، وتوزعت الحصيلة "
                        "كالتالي: في سرمين سقطت قذيفة على منزل فقتل مدنيان وأصيب ثلاثة، وفي بنش سقطت قذيفة ثانية "
                        "وأصيب شخصان بجروح طفيفة.")
    assert _tolls(framed) == {"Sarmin": (2, 3), "Binnish": (0, 2)}
