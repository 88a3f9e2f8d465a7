"""Role classification of one actor in its clause, sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على عجلة تابعة لفوج من الحشد الشعبي قرب مدينة الرمادي.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "IRAN_ALIGNED")),  # a regiment of X: not the bomb's maker
    ("استهدفت طائرة مسيرة مقرا لأحد ألوية الحشد الشعبي قرب مدينة القائم.",
     ("Air/drone strike", "US", "IRAN_ALIGNED")),  # one of X's brigades: X was hit, its theatre foe struck
    ("قصفت طائرة مسيرة مخزنا تابعا لإحدى قطعات الجيش العراقي قرب مدينة القائم.",
     ("Air/drone strike", "ISIS", "IRAQ_GOV")),
], ids=["regiment_of", "one_of_brigades", "one_of_units"])
def test_a_unit_of_x_holding_what_was_hit_makes_x_the_target(text: str, expected: tuple[str, str, str]) -> None:
    """'عجلة تابعة لفوج من X', 'مقرا لأحد ألوية X': one of X's units holds what was hit, as 'لX' would say (round 42,
    `role_words.partitive`); X is no subject of the verb before."""
    assert sides(text) == [expected]
