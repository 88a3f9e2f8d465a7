"""Sources, round 35a (from a dev-wide source study): the outlet that heard a claimant's words is a source beside it
('قال مصدر في X لوكالة Y', 'مصادر محلية لوكالة Y ..., في حين قال المرصد', 'صرح مدير X لـ(Y)').

Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f

PUB = dt.date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "place", "outlet", "expected"), [
    # a vague speaker inside a named body, and the outlet it spoke to
    ("قتل عنصران من قوات سوريا الديمقراطية بقصف مسيرة تركية على سيارتهما قرب عامودا أمس الخميس، وقال مصدر في "
     "قوات سوريا الديمقراطية لوكالة رويترز إن المسيرة أطلقت صاروخين.", "Amude", None, {"SDF", "Reuters"}),
    # a vague speaker's outlet, and a claimant named later in the same sentence
    ("ذكرت مصادر محلية لوكالة الأناضول أن غارة جوية قتلت ستة مسلحين قرب مدينة الميادين فجر اليوم، في حين قال "
     "المرصد السوري لحقوق الإنسان إن القتلى ثمانية.", "Mayadin", None, {"Anadolu", "SOHR"}),
    # the outlet glued to ل (or in brackets) right after a named speaker
    ("قصفت قوات الدعم السريع أحياء مدينة الدلنج بالمدفعية أمس، ما أدى إلى مقتل أربعة مدنيين، وفق ما صرح به مدير "
     "عام وزارة الصحة بالولاية لـ(سونا).", "Dalang", None, {"South Kordofan Health Ministry", "SUNA"}),
    ("قتل ثلاثة مسلحين في غارة جوية على مخزن قرب مدينة القائم، وقال مسؤول في البنتاغون، في تصريح لوكالة رويترز، "
     "إن الضربة دمرت المخزن.", "Qa'im", None, {"Pentagon", "Reuters"}),
    # the article's own outlet heard the claimant's man: it is kept as well
    ("قتل عنصران من قوات سوريا الديمقراطية بقصف مسيرة تركية على سيارتهما قرب عامودا أمس الخميس، وقال مصدر في "
     "قوات سوريا الديمقراطية لوكالة رويترز إن المسيرة أطلقت صاروخين.", "Amude", "Reuters", {"SDF", "Reuters"}),
])
def test_round35a_outlet_beside_claimant(text: str, place: str, outlet: str | None, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB, outlet) == expected


@pytest.mark.parametrize(("text", "place", "outlet", "expected"), [
    # the vague speaker alone: the outlet is the teller (unchanged)
    ("وقال مصدر أمني لوكالة رويترز إن طائرة مسيرة قصفت سيارة قرب مدينة القائم فجر اليوم وقتلت راكبيها.", "Qa'im",
     None, {"Reuters"}),
    # a commentator's outlet claims nothing, beside a claimant or not
    ("قال المرصد السوري لحقوق الإنسان إن غارة جوية قتلت ستة مسلحين قرب مدينة الميادين فجر اليوم، وقال محلل عسكري "
     "لقناة الجزيرة إن الغارة رسالة.", "Mayadin", None, {"SOHR"}),
])
def test_round35a_relays_unchanged(text: str, place: str, outlet: str | None, expected: set[str]) -> None:
    assert f.sources_at(text, place, PUB, outlet) == expected
