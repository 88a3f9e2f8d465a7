"""Sources of round 19b (tb_ study): a verb that carries the dead or wounded is no attribution, and a name charged
right after an accusing verb is the accused.

Carrying: 'نقل(ت) ... الجثامين/الجرحى/المصابين/الشهيد' stands in 28 dev docs of 18 sets (tb_011, tb_016 showed it as
a source). The accused right after the verb, the accuser named before it: tb_015 ('المرصد السوري اتهم التحالف
الدولي ... بتنفيذهما'); the same construction in ka_024, mb_005, mb_023, mb_024 (general SVO word order). Every
sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 9)

CASES = [
    ("civil-defence-carrying-the-dead",
     "قتل ثلاثة مدنيين بقصف مدفعي على بلدة الشحيل، ونقلت فرق الدفاع المدني الجثامين إلى مشفى الميادين.",
     "Shahil", set()),
    ("red-crescent-carrying-the-wounded",
     "أصيب أربعة أشخاص بقصف مدفعي على حي سكني في مدينة الفاشر، ونقل الهلال الأحمر السوداني المصابين إلى مستشفى "
     "قريب.",
     "Fasher", set()),
    ("a-report-relayed-stays-a-source",
     "قتل مدني بقصف مدفعي على بلدة الشحيل، ونقلت وكالة الأناضول عن الدفاع المدني أن القذائف أطلقت من مواقع قريبة.",
     "Shahil", {"Anadolu", "Syrian Civil Defence"}),
    ("the-accused-after-a-fronted-accuser",
     "قتل خمسة مدنيين في قصف على سوق بلدة الشحيل، وقالت شبكة محلية إن سكان البلدة اتهموا قوات سوريا الديمقراطية "
     "بتنفيذه.",
     "Shahil", set()),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round19b_sources(text: str, place: str, expected: set[str]) -> None:
    """Who carried the bodies and who is accused of the attack are never its sources."""
    assert f.sources_at(text, place, PUB) == expected
