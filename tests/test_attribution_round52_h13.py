"""Claims told ahead: a ticker's statement about a place, with no incident of its own, before the incident there.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import sources_at

# (id, text, place of the incident, expected sources)
CASES = [
    ("army-claim-line-before-the-strike-line",
     "الجيش الإسرائيلي يدعي في بيان أن الشخص المستهدف في بلدة كفرصير كان قياديا في حزب الله.\n\n"
     "وزارة الصحة اللبنانية: غارة العدو على دراجة نارية في بلدة كفرصير أدت إلى استشهاد مواطن.",
     "Kfar Sir", {"IDF", "Lebanese Health Ministry"}),
    ("army-claim-line-before-a-strike-elsewhere-then-there",  # only the first incident at its place
     "الجيش الإسرائيلي يدعي في بيان أن الشخص المستهدف في بلدة كفرصير كان قياديا في حزب الله.\n\n"
     "وزارة الصحة اللبنانية: غارة العدو على دراجة نارية في بلدة الخيام أدت إلى استشهاد مواطن.\n\n"
     "وزارة الصحة اللبنانية: غارة العدو على منزل في بلدة كفرصير أدت إلى استشهاد مواطنين.",
     "Kfar Sir", {"IDF", "Lebanese Health Ministry"}),
    ("statement-about-another-place",
     "الجيش الإسرائيلي يدعي في بيان أن الشخص المستهدف في بلدة الخيام كان قياديا في حزب الله.\n\n"
     "وزارة الصحة اللبنانية: غارة العدو على دراجة نارية في بلدة كفرصير أدت إلى استشهاد مواطن.",
     "Kfar Sir", {"Lebanese Health Ministry"}),
    ("a-mourner-tells-no-strike",
     "حزب الله ينعى أحد مقاتليه من بلدة كفرصير.\n\n"
     "وزارة الصحة اللبنانية: غارة العدو على دراجة نارية في بلدة كفرصير أدت إلى استشهاد مواطن.",
     "Kfar Sir", {"Lebanese Health Ministry"}),
    ("a-country-is-no-incidents-place",
     "قالت وزارة الدفاع الأمريكية إن قواتها تعرضت لعشرات الهجمات في العراق منذ أسابيع.\n\n"
     "استهدفت طائرة مسيرة قاعدة عين الأسد في العراق فجر اليوم، بحسب خلية الإعلام الأمني.",
     "Asad", {"Security Media Cell"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_claim_told_ahead_joins_the_incident_at_its_place(text: str, place: str, expected: set[str]) -> None:
    """A claimant's line naming a place, with no incident of its own, is a source of the next incident there."""
    assert sources_at(text, place) == expected
