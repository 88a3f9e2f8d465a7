"""Frame gate, round 39b (from the census of the recent half-A misses): an accusation whose 'ب' names an attack with
a day of its own tells the incident ('واتهمت X الجيش باستهداف سوق في مدينة Y فجر الأربعاء'); an accusation with no
day of its own still speaks of an incident told elsewhere. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 2, 15)  # a Thursday


def test_an_accusation_with_its_own_day_tells_the_incident() -> None:
    """'اتهمت X الجيش باستهداف ... فجر الأربعاء': the attack of that dawn is an incident."""
    text = ("قصف متبادل\n\nواتهمت قوات الدعم السريع في بيان الجيش باستهداف سوق مدينة الحصاحيصا بطائرة مسيّرة "
            "فجر الأربعاء، ما أدى إلى مقتل ستة مواطنين.")
    ms = f.extract_text(text, PUB)
    m = f.mention_at(ms, "Hasaheisa")
    assert m.sub_event_type == "Air/drone strike"
    assert m.event_date is not None and m.event_date.isoformat() == "2024-02-14"


def test_an_accusation_without_a_day_speaks_of_one_told_elsewhere() -> None:
    """'واتهم البيان X باستهداف المدنيين' with no day of its own stays a statement."""
    text = "بيان\n\nواتهم البيان قوات الدعم السريع باستهداف المدنيين في مدينة الحصاحيصا."
    assert any("statement" in r for r in f.rejection_reasons(text, PUB))
    assert not f.extract_text(text, PUB)


def test_the_present_and_plural_of_the_verb_of_aggression_are_attacks() -> None:
    """'يعتدي', 'يعتدون', 'اعتدوا' (triggers.tsv attack_v) tell an attack like 'اعتدى'."""
    for verb in ("يعتدون", "اعتدوا"):
        text = f"اعتداء\n\nمستوطنون {verb} على مزارعين في بلدة ترمسعيا شمال رام الله مساء أمس، ما أدى إلى إصابة اثنين."
        ms = f.extract_text(text, PUB)
        assert [m.sub_event_type for m in ms] == ["Attack"], verb
