"""Sources told by a construction, session 51 (helper h3).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 2, 11)

# (id, text, place, expected sources)
CASES = [
    ("doer-of-an-arrest-says-who-was-held",  # 'اعتقلت X ..., قالت إنهم': the bare verb speaks for the doer
     "اعتقلت قوات سوريا الديمقراطية فجر اليوم ثلاثة شبان خلال حملة دهم في بلدة الشحيل بريف دير الزور، قالت إنهم "
     "ينتمون إلى خلايا تنظيم داعش.",
     "Shahil", {"SDF"}),
    ("doer-of-a-raid-then-an-arrest",  # 'نفذت X عملية ... واعتقلت شخصين قالت في بيانها إنهما'
     "نفذت قسد عملية دهم فجر اليوم في بلدة الشحيل بريف دير الزور، واعتقلت شخصين قالت في بيانها إنهما من قياديي "
     "التنظيم.",
     "Shahil", {"SDF"}),
    ("a-named-speaker-keeps-its-words",  # 'وقال المرصد السوري إنهم ...': the verb has its own subject
     "اعتقلت قوات سوريا الديمقراطية فجر اليوم ثلاثة شبان في بلدة الشحيل بريف دير الزور، وقال المرصد السوري لحقوق "
     "الإنسان إنهم من أبناء البلدة.",
     "Shahil", {"SOHR"}),
    ("no-verb-of-saying-no-source",  # the action alone names no teller
     "اعتقلت قوات سوريا الديمقراطية فجر اليوم ثلاثة شبان خلال حملة دهم في بلدة الشحيل بريف دير الزور.",
     "Shahil", set()),
    ("home-army-in-the-pluperfect",  # 'وكان الجيش قد أعلن': the bare army speaks past its particle 'قد'
     "قتل حارسان في هجوم بطائرة مسيرة شنته قوات الدعم السريع على مستودع للوقود في مدينة الأبيض فجر اليوم، بحسب "
     "شبكة أطباء السودان. وكان الجيش قد أعلن إسقاط ثلاث مسيرات فوق المدينة.",
     "Ubayyid", {"Sudan Doctors Network", "Sudanese army"}),
    ("home-army-that-only-acted-tells-nothing",  # 'وكان الجيش قد تصدى': no verb of saying
     "قتل حارسان في هجوم بطائرة مسيرة شنته قوات الدعم السريع على مستودع للوقود في مدينة الأبيض فجر اليوم، بحسب "
     "شبكة أطباء السودان. وكان الجيش قد تصدى لهجمات مماثلة.",
     "Ubayyid", {"Sudan Doctors Network"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """The mention at the place has exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected
