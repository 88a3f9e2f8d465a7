"""Round 50 (h9, casualty figures): tolls the claim readers missed or took from the wrong telling.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday

# (id, text, place, fatalities, injured) -- 'الحصيله الاولي كانت ...' names the first toll, which the risen one replaced
# (oo_018; the phrase also in ib_012 and nh_008)
FIRST_TOLL = [
    ("first-toll-in-brackets",
     "ارتفاع حصيلة القصف على بلدة الخيام: أعلنت وزارة الصحة أن الغارة التي استهدفت منزلاً في البلدة ظهر أمس "
     "أدت إلى سقوط أربعة شهداء. (الحصيلة الأولى كانت ثلاثة شهداء)",
     "El Khiyam", 4, None),
]


@pytest.mark.parametrize(("text", "place", "killed", "hurt"), [c[1:] for c in FIRST_TOLL],
                         ids=[c[0] for c in FIRST_TOLL])
def test_first_toll_gives_way(text: str, place: str, killed: int | None, hurt: int | None) -> None:
    """A figure told as 'the first toll' is the earlier count: the later one stands."""
    assert f.tolls_by_place(text, PUB)[place] == (killed, hurt)


# (id, text, place, fatalities, injured) -- 'nobody was hurt' with the pronoun 'nobody' and a verb of being hurt after
# a negation, in either order (kd_019, pk_018); a fear ('خشيه ان يصاب احد') has no negation and sets nothing
NOBODY_HURT = [
    ("without-anyone-hurt",
     "أطلقت مسيرة صاروخاً على سيارة فارغة في بلدة الخيام صباح أمس، من دون أن يصاب أحد.", "El Khiyam", 0, 0),
    ("spoken-nobody-hurt",
     "نزلت قذيفتين عالأراضي الزراعية ببلدة الشحيل امبارح العصر، والحمد لله ما حدا تأذى.", "Shahil", 0, 0),
    ("sudanese-nobody-hurt",
     "المسيرات ضربت محطة المياه في مدينة سنار يوم الجمعة وما في زول اتأذى.", "Sinnar", 0, 0),
    ("fear-is-no-statement",
     "أطلقت مسيرة صاروخاً على سيارة في بلدة الخيام صباح أمس، وأغلق الأهالي الطريق خشية أن يصاب أحد.",
     "El Khiyam", None, None),
]


@pytest.mark.parametrize(("text", "place", "killed", "hurt"), [c[1:] for c in NOBODY_HURT],
                         ids=[c[0] for c in NOBODY_HURT])
def test_nobody_hurt_is_zero(text: str, place: str, killed: int | None, hurt: int | None) -> None:
    """A negated 'anyone was hurt' sets the dead and the wounded to 0."""
    assert f.tolls_by_place(text, PUB)[place] == (killed, hurt)


# (id, text, place, fatalities, injured) -- the active 'hit' with a count of people or a person noun as its object
# tells the wounded (pf_020, od_013); a count of things ('اصابت ثلاثه منازل') or a target hit counts no one
HIT_PEOPLE = [
    ("killed-and-hit-about",
     "هاجمت قوة مسلحة قرية قرب مدينة سنار أمس، فقتلت 7 مدنيين وأصابت نحو 15 آخرين.", "Sinnar", 7, 15),
    ("hit-a-man-after-a-time",
     "كان قناص قد أصاب، عصر أمس، رجلاً في الخمسين من عمره في حي الروضة بمدينة تعز.", "Ta'izz", 0, 1),
    ("hit-houses",
     "قصفت قوات الدعم السريع بالمدفعية قرية قرب مدينة سنار أمس، وأصابت ثلاثة منازل.", "Sinnar", None, None),
]


@pytest.mark.parametrize(("text", "place", "killed", "hurt"), [c[1:] for c in HIT_PEOPLE],
                         ids=[c[0] for c in HIT_PEOPLE])
def test_hit_people_are_wounded(text: str, place: str, killed: int | None, hurt: int | None) -> None:
    """'واصابت نحو 15 اخرين', 'اصاب, عصر امس, رجلا': the people the verb hit are the wounded."""
    assert f.tolls_by_place(text, PUB)[place] == (killed, hurt)


# (id, text, place, fatalities, injured) -- spoken nouns of the victims: 'حرمه' (a woman) and 'ولد' (a boy) count one
# each, 'مره' (a woman) right after a verb of being hurt counts one (nh_004, pk_005), but 'مره تانيه' is 'once more'
SPOKEN_VICTIMS = [
    ("woman-and-boy",
     "قصفت قوات النظام بيوت بلدة ذيبان امبارح بالهاون، ووقعت قذيفة جنب بيت وانصابت حرمة وولد.", "Dhiban", 0, 2),
    ("hurt-woman",
     "قصفت قوات النظام بيوت بلدة ذيبان امبارح بالهاون، وانصابت مرة كبيرة بالعمر بشظية.", "Dhiban", 0, 1),
    ("hit-once-more",
     "قصفت قوات النظام بيوت بلدة ذيبان امبارح بالهاون، وانصابت مرة تانية نفس البيوت.", "Dhiban", None, None),
]


@pytest.mark.parametrize(("text", "place", "killed", "hurt"), [c[1:] for c in SPOKEN_VICTIMS],
                         ids=[c[0] for c in SPOKEN_VICTIMS])
def test_spoken_victim_nouns(text: str, place: str, killed: int | None, hurt: int | None) -> None:
    """'وانصابت حرمه وولد' = 2 wounded, 'وانصابت مره كبيره' = 1; 'انصابت مره تانيه' is no victim."""
    assert f.tolls_by_place(text, PUB)[place] == (killed, hurt)
