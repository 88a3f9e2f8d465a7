"""Round 26a (casualties, from the za_ study): per-place breakdowns keep each figure to its place, and the dual of
"جار" (a neighbour) counts two.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place


def _tolls(text: str) -> dict[str, tuple[int | None, int | None]]:
    return tolls_by_place(text, date(2024, 5, 9))


BULLETED = ("شنت طائرات حربية غارات على مديريتي الخوخة وحيس جنوبي الحديدة مساء أمس.\n"
            "وقال مكتب الصحة في المحافظة إن الغارات أسفرت عن مقتل أربعة وإصابة تسعة، وتوزعت الإصابات على النحو الآتي:\n"
            "- الخوخة: 4 قتلى و6 جرحى.\n"
            "- حيس: 3 جرحى.\n"
            "وفي الخوخة، استهدفت غارة مخزناً قرب الميناء، وفي حيس سقطت غارة قرب سوق المدينة.")
INLINE = ("أغار الطيران الإسرائيلي ليل أمس على البقاع والجنوب، ما أسفر عن سقوط ستة شهداء وثلاثة جرحى، وتوزعت "
          "الإصابات على النحو الآتي: 6 شهداء في بلدة عيتا الشعب، و3 جرحى في قضاء زحلة.\n"
          "وكانت غارة قد استهدفت أرضاً زراعية في محيط بلدة رياق.")
NEIGHBOURS = "استهدفت غارة إسرائيلية منزلاً في بلدة حولا جنوبي لبنان ظهر اليوم، ما أدى إلى استشهاد رجل وإصابة جارين له بجروح."


@pytest.mark.parametrize(("text", "place", "want"), [
    (BULLETED, "Hays", (0, 3)),  # the line 'حيس: 3 جرحى' is its toll: none of the four dead, nor the six wounded
    (BULLETED, "Al Khawkhah", (4, 6)),
    (INLINE, "Riyaq", (0, 3)),  # an item for the district it lies in; the total of the lead is shared out
    (NEIGHBOURS, "Houla", (1, 2)),  # 'جارين': two neighbours
], ids=["bulleted-other-line", "bulleted-own-line", "district-item", "dual-neighbours"])
def test_round_26a_breakdown_items_and_duals(text: str, place: str, want: tuple[int | None, int | None]) -> None:
    """Each place of a breakdown takes its own item, and a dual person noun counts two."""
    got = _tolls(text)
    assert got.get(place) == want, got


def test_round_26a_a_coordinated_pair_is_one_item() -> None:
    """'مقتل شخصين وإصابة أربعة في X' is one item for X, not a list: both figures stay X's."""
    got = _tolls("قصفت طائرات أمريكية جزيرة كمران قبالة الحديدة ليل أمس، وأعلنت وزارة الصحة التابعة للحوثيين مقتل "
                 "شخصين وإصابة أربعة في كمران.")
    assert got.get("Kamaran") == (2, 4), got  # the island's town: the Houthis put the article in Yemen (round 39)
