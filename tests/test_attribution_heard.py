"""Attribution: the outlet that heard a claimant's words (attribution_heard).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 2, 8)  # a Thursday
LEAD = ("غارات في دير الزور\n\nقتل ثلاثة مسلحين في غارة جوية على موقع قرب بلدة الصالحية شرق دير الزور مساء أمس، "
        "بحسب المرصد السوري لحقوق الإنسان.\n\n")


@pytest.mark.parametrize(("later", "outlet", "expected"), [
    # a claimant referred back by its title and his own name told the agency: the agency carried the account
    ("وذكر مدير المرصد رامي عبد الرحمن لوكالة رويترز أن الغارة أصابت مخزنا للذخيرة.", "Hawler Times",
     {"SOHR", "Reuters"}),
    # the same words told to the article's own publisher: the publisher is its reporter, not a source
    ("وذكر مدير المرصد رامي عبد الرحمن لوكالة رويترز أن الغارة أصابت مخزنا للذخيرة.", "Reuters", {"SOHR"}),
    # no outlet heard him
    ("وذكر مدير المرصد رامي عبد الرحمن أن الغارة أصابت مخزنا للذخيرة.", "Hawler Times", {"SOHR"}),
])
def test_an_outlet_after_a_claimant_referred_back_heard_him(later: str, outlet: str, expected: set[str]) -> None:
    """'وقال مدير المرصد فلان لوكاله Y': Y, glued to ل within three words of the anaphor, stays beside the claimant."""
    assert f.sources_at(LEAD + later, "Deir", PUB, outlet) == expected
