"""Round 52 (h9): a later sentence that names the hit site again ('المقر المستهدف قرب قرية X') places the incident
its lead told at a wide area. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 8, 9)


@pytest.mark.parametrize(("text", "places"), [
    ("استهدفت طائرة مسيرة فجر اليوم موقعا لفصيل مسلح في شمال العراق، ما أدى إلى إصابة عنصرين. "
     "وذكر مصدر أمني أن الموقع المستهدف قرب قرية البو كبير كان خاليا من المقاتلين.", ["Albu Kabir"]),
    ("قصفت طائرة مسيرة مقرا لفصيل مسلح في محافظة خوزستان ليل أمس، ما أدى إلى إصابة عنصرين. "
     "وقال مسؤول محلي إن المقر المستهدف في مدينة دزفول كان يضم مخزنا للذخيرة.", ["Dezful"]),
    ("استهدفت طائرة مسيرة فجر اليوم موقعا لفصيل مسلح في شمال العراق، ما أدى إلى إصابة عنصرين. "
     "وذكر مصدر أمني أن الموقع قرب قرية البو كبير كان خاليا من المقاتلين.", ["northern Iraq"]),
])
def test_the_targeted_site_named_again_places_the_incident(text: str, places: list[str]) -> None:
    """'X المستهدف' + a finer place inside the lead's area moves the incident there; without 'المستهدف' it stays."""
    assert f.place_names(text, PUB) == places
