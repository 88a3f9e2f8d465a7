"""Round 50 (recall, h2, from the rA census of incidents never reported): fire opened on the residents, the homes or
the market ('واطلقت النار عشوائيا علي السكان') is an attack on them though no weapon word and no toll stand in its
clause; fire on passers-by or with no object still needs its weapon or its toll.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests import factories as f


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون قرية أم القرى شرقي ولاية الجزيرة فجر أمس، وأطلقوا النار عشوائياً على السكان.\n"
    "وقال أحد الأهالي إن القرية فقدت سبعة من أبنائها.\n",
    "دخلت قوة مسلحة بلدة الحصاحيصا صباح أمس وفتحت النار على البيوت والسوق قبل أن تنسحب.\n",
])
def test_fire_on_residents_or_homes_is_an_incident(text: str) -> None:
    assert "weak trigger without a weapon" not in f.rejection_reasons(text)
    assert f.extract_text(text)


@pytest.mark.parametrize("text", [
    "أطلق مسلحون النار في الهواء قرب سوق بلدة الحصاحيصا ثم لاذوا بالفرار.\n",
    "أطلق مسلحون النار على المارة في سوق بلدة الحصاحيصا ثم لاذوا بالفرار.\n",
])
def test_fire_on_passers_by_or_in_the_air_stays_weak(text: str) -> None:
    assert "weak trigger without a weapon" in f.rejection_reasons(text)
