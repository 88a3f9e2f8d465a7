"""Round 33a (merge, from the v31 (ha_) study): a party's own voice about the incident the article reports (a claim
of responsibility, a recap 'وكانت X قد تبنت', the attacker's own count of the enemy it hit) joins that report
instead of standing as a second mention; two real incidents of one day stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run

PUBLISHED = date(2024, 3, 6)

CLAIMS = [
    ("قالت مصادر أمنية إن الدفاعات الجوية للتحالف أسقطت، مساء أمس الثلاثاء، طائرة مسيّرة مفخخة كانت تحلق "
     "فوق مطار أربيل الدولي.\n\n"
     "وكانت المقاومة الإسلامية في العراق قد تبنت في منشور على تلغرام استهداف قاعدة للقوات الأمريكية في مطار أربيل "
     "بطائرة مسيّرة."),
    ("أعاد هجوم استهدف سفينة تجارية قبالة ميناء المخا، أمس الثلاثاء، المخاوف على الملاحة في البحر الأحمر.\n\n"
     "وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم، وقال المتحدث باسمها إن قواتها استهدفت السفينة بصواريخ بحرية."),
    ("قتل عنصران من حزب العمال الكردستاني، أمس الثلاثاء، بقصف طائرة مسيّرة تركية على سيارة في مجمع دوميز.\n\n"
     "وقالت وزارة الدفاع التركية في بيان إنها حيدت إرهابيين اثنين من حزب العمال الكردستاني في منطقة سنجار."),
]


def _summary(text: str) -> list[tuple[str | None, str, str | None, tuple[str, ...]]]:
    """Each mention's place, type, attacker side and sources."""
    return [(m.location.name_en if m.location else None, m.sub_event_type,
             m.actor1.side if m.actor1 else None, m.sources) for m in run(text, PUBLISHED)]


@pytest.mark.parametrize("text", CLAIMS, ids=["recap-adopted", "responsibility", "enemy-count"])
def test_a_partys_voice_joins_the_report(text: str) -> None:
    """The claim tells the reported incident again: one mention, the claimant's side as attacker."""
    ms = run(text, PUBLISHED)
    assert len(ms) == 1, _summary(text)
    assert ms[0].actor1 is not None and ms[0].actor1.side != "UNKNOWN", _summary(text)


def test_a_downed_drone_stays_downed_when_its_launcher_claims_a_hit() -> None:
    """The report says the drone was shot down: the claim's 'hit' does not turn it into a strike."""
    ms = run(CLAIMS[0], PUBLISHED)
    assert [m.sub_event_type for m in ms] == ["Disrupted weapons use"], _summary(CLAIMS[0])


TWO_INCIDENTS = ("قتل عنصران من حزب العمال الكردستاني، أمس الثلاثاء، بقصف طائرة مسيّرة تركية على سيارة في مجمع "
                 "دوميز.\n\n"
                 "وفي اليوم نفسه، قتل عنصر آخر بقصف طائرة مسيّرة تركية على دراجة نارية في قرية بورك.\n\n"
                 "وقالت وزارة الدفاع التركية في بيان إنها حيدت إرهابيين من حزب العمال الكردستاني في منطقة سنجار.")


def test_two_reports_of_the_day_stay_two_incidents_beside_the_claim() -> None:
    """The claim joins at most one report: the two strikes of the day keep their own places and tolls."""
    tolls = sorted((m.fatalities or 0) for m in run(TWO_INCIDENTS, PUBLISHED))
    assert tolls == [1, 2], _summary(TWO_INCIDENTS)
