"""Populated targets and the riders of a vehicle hit, sentences written for rasd."""

from __future__ import annotations

from tests.factories import sides


def test_a_car_hit_by_an_unattributed_drone_was_aimed_at_the_article_attackers_foe() -> None:
    """'استهدفت طائرة مسيرة سيارة ..., ما ادى الى مقتل شخصين': the strike's attacker is the one side the article names
    as striking (article_attacker), and its aircraft sought the car's riders, that side's foe in the theatre, not
    civilians (round 42, `riders_hit`)."""
    text = ("شنت طائرات أمريكية فجر اليوم غارة على مقر لكتائب حزب الله قرب مدينة القائم. وفي بغداد، استهدفت طائرة "
            "مسيرة مساء أمس سيارة مدنية في حي البلديات، ما أدى إلى مقتل شخصين كانا على متنها.")
    got = sides(text)
    assert ("Air/drone strike", "US", "IRAN_ALIGNED") in got and ("Air/drone strike", "US", "CIVILIANS") not in got, got


def test_unnamed_dead_of_an_unattributed_strike_on_a_quarter_stay_civilians() -> None:
    """With no vehicle named, the unnamed dead of the same unattributed strike are still civilians."""
    text = ("شنت طائرات أمريكية فجر اليوم غارة على مقر لكتائب حزب الله قرب مدينة القائم. وفي بغداد، استهدفت طائرة "
            "مسيرة مساء أمس منطقة زراعية في حي البلديات، ما أدى إلى مقتل شخصين.")
    got = sides(text)
    assert ("Air/drone strike", "US", "CIVILIANS") in got, got
