"""frame_year: an attack its clause dates only by a past year ('العام الماضي', 'مطلع 2020') is background, not an
incident of the publication day; a year after 'منذ' and a clause with its own day stay. Every sentence is written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 6, 20)


@pytest.mark.parametrize("text", [
    "وكانت طائرات الجيش قد قصفت العام الماضي مواقع لجماعة مسلحة في قضاء سنجار، ما أثار انتقادات واسعة.",
    "وأقام أنصار الحزب مهرجاناً في ساحة قرب مطار بغداد الدولي، حيث وقعت الضربة الأمريكية مطلع 2020.",
    "وفي عام 2019 استهدفت غارة جوية مخزناً للذخيرة قرب مدينة البوكمال.",
], ids=["last-year", "early-2020", "in-2019-before"])
def test_an_attack_of_a_past_year_is_background(text: str) -> None:
    """The attack dated only by a year before the publication's makes no mention."""
    assert run(text, PUB) == [], [(m.event_date, m.location and m.location.name_en) for m in run(text, PUB)]
    assert any(r.startswith("background: an incident its clause dates only by a past year")
               for r in reasons(text, PUB)), reasons(text, PUB)


@pytest.mark.parametrize(("text", "day"), [
    ("قتل جنديان في هجوم لداعش على نقطة عسكرية قرب قضاء سنجار مساء أمس، في الهجوم الأعنف منذ العام الماضي.",
     date(2024, 6, 19)),
    ("وقصفت المدفعية التركية قرى في قضاء سنجار في 14 آب من العام الماضي.", date(2023, 8, 14)),
], ids=["worst-since-last-year", "a-day-of-last-year"])
def test_a_since_or_a_dated_day_stays(text: str, day: date) -> None:
    """A year that measures a span, or a past day told in full, leaves the incident with its own day."""
    assert [m.event_date for m in run(text, PUB)] == [day]
