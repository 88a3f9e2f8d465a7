"""A thin twin: a telling with no side, target or toll beside an incident told at its place and day is no incident
of its own. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 4, 21)  # a Sunday


def test_missiles_met_in_the_strike_are_no_incident_of_their_own() -> None:
    """'في حين تصدت الدفاعات لعدد من الصواريخ': the strike's missiles met, one incident at the village."""
    text = ("تعرض موقع عسكري في محيط بلدة الضبعة في ريف حمص لعدوان جوي إسرائيلي فجر اليوم، في حين تمكنت وسائط "
            "الدفاع الجوي من التصدي لعدد من الصواريخ وإسقاط بعضها.")
    kept = f.extract_text(text, PUB)
    assert len(kept) == 1 and kept[0].sub_event_type == "Air/drone strike"


def test_a_thin_telling_alone_in_its_place_stays() -> None:
    """The same missiles met at a place no other telling names stay an incident (the weapon codes it)."""
    text = ("تعرض موقع عسكري في محيط بلدة الضبعة في ريف حمص لعدوان جوي إسرائيلي فجر اليوم. وفي مدينة تدمر، تمكنت "
            "وسائط الدفاع الجوي من التصدي لعدد من الصواريخ وإسقاط بعضها فجر اليوم.")
    assert len(f.extract_text(text, PUB)) == 2
