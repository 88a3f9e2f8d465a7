"""Frame raid: a security operation told by its outcome, an arrest right after 'اسفرت عن', is an arrest.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.resources import load_resources
from tests.factories import article, extract_text

PUB = date(2024, 3, 14)  # a Thursday
TOLD_BY_OUTCOME = "a raid told by its outcome"


def _notes(text: str) -> tuple[str, ...]:
    """Why the extraction of one sentence left its other candidates out."""
    return extract(article(text=text, published=PUB), load_resources()).notes


@pytest.mark.parametrize("text", [
    "أعلن الجيش العراقي أن قوة من الجيش نفذت صباح اليوم عملية تفتيش في ناحية البغدادي أسفرت عن اعتقال ثلاثة مطلوبين.",
    "نفذت قوة من الجيش العراقي، فجر اليوم، عملية دهم في قضاء هيت، أسفرت عن إلقاء القبض على متهمين اثنين.",
], ids=["search-operation", "raid-after-comma"])
def test_a_raid_told_by_its_arrests_is_an_arrest(text: str) -> None:
    """The operation noun names the raid; the arrest after 'أسفرت عن' is the one incident, an arrest by the force."""
    found = extract_text(text, PUB)
    assert [m.sub_event_type for m in found] == ["Arrests"]
    assert found[0].actor1 is not None and found[0].actor1.side == "IRAQ_GOV"


@pytest.mark.parametrize("text", [
    "نفذت قوة من الجيش العراقي، فجر اليوم، عملية دهم في قضاء هيت، أسفرت عن مقتل مسلح واعتقال اثنين.",
    "هاجم مسلحون نقطة للجيش العراقي في قضاء هيت فجر اليوم، ما أسفر عن اعتقال اثنين منهم.",
], ids=["raid-with-a-death", "attack-not-a-raid"])
def test_other_outcomes_keep_the_operation(text: str) -> None:
    """A raid whose outcome names a death first, or an attack that is no raid, is not read as its arrest alone."""
    assert not any(n.startswith(TOLD_BY_OUTCOME) for n in _notes(text))


def test_an_attack_brought_about_an_arrest_stays_a_result() -> None:
    """An arrest after 'أسفر عن' whose cause is an attack is still that attack's outcome, not a new arrest."""
    text = "هاجم مسلحون نقطة للجيش العراقي في قضاء هيت فجر اليوم، ما أسفر عن اعتقال اثنين منهم."
    assert "Arrests" not in [m.sub_event_type for m in extract_text(text, PUB)]


@pytest.mark.parametrize("text", [
    "فجر اليوم: إنزال جوي نفذته مروحيات التحالف الدولي على منزل في قرية الحوايج بريف دير الزور الشرقي، واعتقلت شابين.",
    "نفذت مروحيات التحالف الدولي إنزالا جويا في قرية الحوايج بريف دير الزور الشرقي فجر اليوم.",
], ids=["landing-told-first", "landing-as-object"])
def test_a_bare_air_landing_is_a_raid(text: str) -> None:
    """A heliborne landing told with no operation noun ('إنزال جوي') is a raid of the force that flew it."""
    found = extract_text(text, PUB)
    assert [m.sub_event_type for m in found] == ["Arrests"]
    assert found[0].actor1 is not None and found[0].actor1.side == "US"


def test_an_operation_of_air_landing_is_told_by_the_operation() -> None:
    """'عملية إنزال جوي': the operation noun's frame tells the raid; the landing is no second trigger of it."""
    text = "نفذت قوات التحالف الدولي فجر اليوم عملية إنزال جوي بالمروحيات في قرية الحوايج بريف دير الزور الشرقي."
    assert any(n.startswith("an air landing named by the operation noun") for n in _notes(text))
    assert len(extract_text(text, PUB)) == 1
