"""Merge tolls: the conservative figure over the casualty claims of one mention."""

from __future__ import annotations

import pytest

from rasd.merge_tolls import conservative, death_toll, has_casualties
from rasd.records import Claim


@pytest.mark.parametrize(("values", "expected"), [
    ([(9, "مقتل 9 مسلحين"), (11, "مقتل 9 من المسلحين، فيما قتل جنديان")], 11),  # a headline's part of the total
    ([(9, "مقتل 9 مسلحين"), (11, "مقتل 11 شخصا")], 9),  # two figures for the same dead: the lower one
    ([(4, "مصرع ٤ من عناصر الشباب"), (6, "مصرع ٤ من عناصر الشباب وسقوط جنديين")], 6),  # Arabic-Indic digits
    ([(4, "مقتل ٤ مسلحين"), (14, "مقتل ١٤ شخصا")], 4),  # '٤' inside '١٤' is no addend
    ([(2, "استشهاد جنديَين"), (4, "مقتل أربعة"), (6, "استشهاد جنديَين ومقتل أربعة")], 6),  # addends in words
    ([(3, "مقتل ثلاثة"), (13, "مقتل ثلاثة عشر شخصا")], 3),  # 'ثلاثة' before 'عشر' is no addend of 13
])
def test_an_addend_of_a_total_is_not_a_lower_toll(values: list[tuple[int, str]], expected: int) -> None:
    """'مصرع 9 حوثيين' beside 'مصرع 9 ... فيما استشهد جنديان' (= 11): the 9 is a part of the 11."""
    claims = [Claim(field="fatalities", value=v, min=v, max=v, text=t) for v, t in values]
    assert conservative(claims, "fatalities") == expected


def test_a_part_of_a_bounded_total_by_its_count_is_no_lower_toll() -> None:
    """'مقتل جنديين' in a headline, 'جنديين قتلا ..., فيما قتل اكثر من 10' (12 at least) in the body: a part."""
    claims = [Claim(field="fatalities", value=2, min=2, max=2, text="مقتل جنديين"),
              Claim(field="fatalities", value=12, min=13, text="جنديين قتلا في المعارك، فيما قتل أكثر من 10")]
    assert conservative(claims, "fatalities") == 12
    other = [claims[0], Claim(field="fatalities", value=12, min=13, text="قتل أكثر من 12 شخصا")]
    assert conservative(other, "fatalities") == 2  # another count: the lower figure


@pytest.mark.parametrize(("one", "expected"), [("مقتل قائد", 3), ("مقتل جندي", 1)])
def test_one_victim_by_rank_is_no_count(one: str, expected: int) -> None:
    """A teller singling out one commander does not undercut another teller's count; one soldier told does."""
    claims = [Claim(field="fatalities", value=3, min=3, max=3, source="AFP", text="قتل ثلاثة"),
              Claim(field="fatalities", value=1, source="CENTCOM", text=one)]
    assert conservative(claims, "fatalities") == expected


@pytest.mark.parametrize(("claims", "injured", "expected"), [
    ([], None, None),  # nothing reported
    ([], 3, 0),  # injuries only: no deaths
    ([Claim(field="fatalities", value=2, min=2, max=2, text="مقتل شخصين")], 3, 2),
])
def test_death_toll(claims: list[Claim], injured: int | None, expected: int | None) -> None:
    """The conservative death toll, 0 when only injuries are told."""
    assert death_toll(claims, injured) == expected


@pytest.mark.parametrize(("sub_event", "claims", "expected"), [
    ("Disrupted weapons use", [], 0),  # 'أسقطت الدفاعات الجوية ثلاث مسيّرات': all intercepted, no figure told
    ("Air/drone strike", [], None),  # an attack that hit, no figure told: not reported
    ("Disrupted weapons use", [Claim(field="fatalities", value=2, min=2, max=2, text="مقتل شخصين")], 2),
])
def test_round_40_an_intercepted_attack_with_no_figure_killed_no_one(sub_event: str, claims: list[Claim],
                                                                      expected: int | None) -> None:
    """Round 40: a fully intercepted attack (ACLED's Disrupted weapons use) that tells no figure has 0 dead."""
    assert death_toll(claims, None, sub_event) == expected


@pytest.mark.parametrize(("claims", "expected"), [
    ([Claim(field="injured", value=2, text="اصابه اثنين")], True),
    ([Claim(field="fatalities", value=0, text="دون وقوع ضحايا")], False),
    ([], False),
])
def test_has_casualties(claims: list[Claim], expected: bool) -> None:
    """A positive figure of killed or injured."""
    assert has_casualties(claims) is expected
