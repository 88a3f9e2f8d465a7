"""Frame lists: 'X حيث ...، وY حيث ...' tells one incident per town (its place, its toll, the list's attack)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text
from tests.factories import rejection_reasons as reasons

DAY = date(2024, 3, 21)


def run(text: str) -> list[tuple[str, int | None, int | None]]:
    """(place, fatalities, injured) of each mention, by place."""
    return sorted((m.location.name_en, m.fatalities, m.injured) for m in extract_text(text, published=DAY))


@pytest.mark.parametrize("text, expected", [
    # a verb + head noun, then bare towns after 'و' (tb_011, va_011: the construction in 4 docs of 4 sets)
    ("جددت قوات النظام قصفها الصاروخي على ريف إدلب الجنوبي، واستهدفت مدينة كفرنبل حيث قتل طفلان، وحزارين حيث "
     "أصيب ثلاثة مدنيين بجروح، والبارة حيث سقطت قذيفتان على أرض زراعية دون وقوع إصابات.",
     [("Barah", 0, 0), ("Hazzarin", 0, 3), ("Kafr Nabl", 2, 0)]),
    # a colon list after a count of towns (vb_011's wording)
    ("وتوزعت الغارات الروسية على ثلاث بلدات في جبل الزاوية: كفرنبل حيث قتل مدني، وكنصفرة حيث أصيب طفلان، وبليون "
     "حيث دمر منزل من دون إصابات.", [("Balyun", 0, 0), ("Kafr Nabl", 1, 0), ("Kansafrah", 0, 2)]),
])
def test_each_town_of_a_where_list_is_its_own_incident(text: str, expected: list[tuple[str, int, int]]) -> None:
    """Each 'حيث' clause tells what befell the town named right before it: its own place and toll."""
    assert run(text) == expected, reasons(text, DAY)


def test_the_items_share_the_attack_the_sentence_tells() -> None:
    """A later item with no attack word, or only 'سقط', is the list's attack: its attacker and type."""
    ms = extract_text("وتوزعت الغارات الروسية على ثلاث بلدات في جبل الزاوية: كفرنبل حيث قتل مدني، وكنصفرة حيث أصيب "
                      "طفلان، وبليون حيث سقط صاروخان من دون إصابات.", published=DAY)
    assert {(m.actor1.side, m.sub_event_type) for m in ms} == {("RUSSIA", "Air/drone strike")}, ms


def test_a_far_namesake_is_no_item_and_keeps_its_toll() -> None:
    """'، والدردارة حيث' whose only namesake lies far from the article's towns: no place, and its toll is not the
    first town's."""
    assert run("قصفت المدفعية التركية بلدة تل تمر حيث قتل مدنيان، والدردارة حيث أصيب أربعة أشخاص بجروح.") == [
        ("Tall Tamr", 2, None)]
