"""Sources of round 20b (ub_ study): a party's short form, an unnamed voice described by an adjective, a hospital.

'قال الحزب' after 'حزب الله' named first: ex_012, pb_012, qa_011, ub_012 (4 docs / 4 sets); ub_012 named the party
'حزب الله اللبناني', an actor phrase that hid the source. 'مصدر أمني في قيادة ... X' (an unnamed voice inside a
command): ex_007, ey_006, ez_008, la_003, la_021, nb_003, ub_003 (7 docs / 6 sets). Al-Nau Hospital: ub_021 speaks
through its director; 8 dev docs (ja_, na_, nw_, ra_, rb_, sb_) only take the wounded there. Every sentence is
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 22)

CASES = [
    ("the-party-after-its-full-name",
     "أعلن حزب الله اللبناني مسؤوليته عن هجومين على مواقع إسرائيلية اليوم الأربعاء.\n\n"
     "وفي الهجوم الأول، قال الحزب إن مقاتليه قصفوا مستوطنة المطلة بالصواريخ، ما أدى إلى إصابة جنديين.",
     "Metula", {"Hezbollah"}),
    ("an-unnamed-security-voice-inside-the-police-command",
     "وقال مصدر أمني في قيادة شرطة ديالى إن عبوة ناسفة انفجرت بسيارة مدنية في قضاء المقدادية صباح اليوم، ما أدى "
     "إلى مقتل سائقها.",
     "Muqdadiya", set()),
    ("the-police-command-itself",
     "وأعلنت قيادة شرطة ديالى أن عبوة ناسفة انفجرت بسيارة مدنية في قضاء المقدادية صباح اليوم، ما أدى إلى مقتل "
     "سائقها.",
     "Muqdadiya", {"Diyala Police"}),
    ("a-hospital-director-speaks",
     "وقال مدير مستشفى النو في أم درمان إن المستشفى استقبل 15 جريحاً جراء قصف مدفعي على سوق صابرين صباح اليوم.",
     "Omdurman", {"Al-Nau Hospital"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round20b_sources(text: str, place: str, expected: set[str]) -> None:
    """'قال الحزب' is the party named before; an unnamed security source inside a police command is no police source,
    the command itself is; a hospital whose director speaks is a source."""
    assert f.sources_at(text, place, PUB) == expected
