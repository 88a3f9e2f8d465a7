"""Scene, round 34b (from the dev-wide place study, package P1): a site, a village or a bearing from a village named in
one clause with the province, countryside or city that holds it wins over that container. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت قذائف صباح اليوم في محيط بلدة الكناكر بريف دمشق.", "Kanakir"),
    ("سقطت قذائف صباح اليوم في محيط بلدة الديماس في ريف دمشق.", "Dimas"),
    ("سقطت قذائف صباح اليوم في ريف دمشق.", "Rif Dimashq"),
], ids=["village-then-countryside", "village-in-province", "province-alone"])
def test_a_village_beats_the_province_that_holds_it(text: str, expected: str) -> None:
    """'محيط بلده X ... ريف دمشق': the village is the scene; the province alone still stands."""
    got = scene_text.chosen(text)
    assert got and expected in got[0]
