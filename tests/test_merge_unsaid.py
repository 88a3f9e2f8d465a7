"""Unplaced tellers: a body whose words leave out where its act was is no source of an incident others tell."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday
STRIKE = ("استشهد ثلاثة مواطنين صباح اليوم الخميس في غارة إسرائيلية على منزل في بلدة بنت جبيل، "
          "بحسب ما أعلنت وزارة الصحة اللبنانية.\n")


@pytest.mark.parametrize("said", [
    "من جهته، قال الجيش الإسرائيلي إن طائراته أغارت على بنى تحتية في المنطقة، من دون أن يذكر البلدة بالاسم.",
    "من جهته، قال الجيش الإسرائيلي إن طائراته أغارت على بنى تحتية في المنطقة، دون أن يحدد مكانها.",
    "من جهته، قال الجيش الإسرائيلي إن طائراته أغارت على بنى تحتية في المنطقة، دون تفاصيل.",
], ids=["town-unnamed", "place-unsaid", "no-details"])
def test_a_teller_that_leaves_the_place_out_is_no_source_beside_another(said: str) -> None:
    """The army's unplaced words join the strike, but only the ministry attests it."""
    assert f.sources_at(STRIKE + said + "\n", "Jbail", PUB) == {"Lebanese Health Ministry"}


def test_leaving_out_only_the_exact_spot_keeps_the_teller() -> None:
    """'من دون أن يحدد الموقع بدقة': the army told the place, not the spot; it stays a source."""
    said = "من جهته، قال الجيش الإسرائيلي إن طائراته أغارت على بنى تحتية في المنطقة، من دون أن يحدد الموقع بدقة."
    assert f.sources_at(STRIKE + said + "\n", "Jbail", PUB) == {"Lebanese Health Ministry", "IDF"}


def test_the_only_teller_stays_even_when_it_leaves_the_place_out() -> None:
    """No one else tells the strike: the unplaced teller is still its source."""
    text = ("قال الجيش الإسرائيلي إن طائراته أغارت صباح اليوم الخميس على بنى تحتية في بلدة بنت جبيل، "
            "من دون أن يحدد مكانها.\n")
    assert f.sources_at(text, "Jbail", PUB) == {"IDF"}
