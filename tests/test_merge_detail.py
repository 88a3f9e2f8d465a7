"""Capital detail: the lead's incident told again at a quarter or village within reach of the city that names its
province is one incident, unless the article tells another of its kind. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday
LEAD = ("أعلن الجيش الأمريكي، اليوم الخميس، أن طائرة مسيرة تابعة له نفذت مساء أمس ضربة في العاصمة العراقية بغداد "
        "أسفرت عن مقتل قيادي في فصيل مسلح. ")
DETAIL = ("وقالت مصادر أمنية إن الطائرة استهدفت سيارة كان يستقلها القيادي في حي أبو دشير جنوبي المدينة، ما أدى إلى "
          "مقتله مع مرافقيه الاثنين. ")
THIRD = "وفي محافظة الأنبار، نفذت طائرة مسيرة مساء أمس ضربة على سيارة قرب مدينة القائم."


def test_the_capital_s_quarter_tells_the_lead_s_strike_again() -> None:
    """The lead's strike in Baghdad and the detail's quarter are one incident, placed at the quarter."""
    assert f.place_names(LEAD + DETAIL, PUB) == ["Qaryat Abu Dashir al Ula"]


def test_a_round_up_keeps_its_incidents_apart() -> None:
    """A third strike of the day elsewhere makes the article a round-up: nothing is joined."""
    assert len(f.place_names(LEAD + DETAIL + THIRD, PUB)) == 3


def test_two_villages_stay_two_incidents() -> None:
    """Neither village names its province: a strike on each is an incident of its own."""
    text = ("استشهد مواطن صباح اليوم الخميس بغارة شنتها مسيرة إسرائيلية على دراجة نارية في بلدة الخيام جنوبي لبنان. "
            "كما أغارت مسيرة على منزل في بلدة كفركلا ما أدى إلى إصابة امرأة بجروح.")
    assert len(f.place_names(text, PUB)) == 2
