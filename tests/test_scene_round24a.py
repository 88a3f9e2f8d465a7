"""Round 24a scene: a frame that opens a retelling ('وفي X، قال ...') and the positions fire came from.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene_clauses import fired_from
from tests import scene_text

PUB = date(2024, 5, 20)


rec_of = partial(scene_text.rec_of, published=PUB)


chosen = partial(scene_text.chosen, published=PUB)


# (id, text, a word of the expected place, a word no chosen place may carry)
CASES = [
    ("capital-retelling",
     "وفي دمشق، نقلت وكالة سانا عن مصدر عسكري أن قذائف سقطت على أطراف مدينة دير الزور.", "Deir", "Damascus"),
    ("province-seat-retelling",
     "وفي أربيل، قال مسؤول أمني إن طائرة مسيّرة استهدفت سيارة قرب بلدة سنجار.", "Sinjar", "Erbil"),
    ("frame-of-the-incident-itself",  # no reporting verb: the frame stays the scene's frame
     "وفي الحسكة، قصفت طائرة مسيّرة سيارة عسكرية صباح اليوم.", "Hasakah", None),
    ("fire-from-positions-in",
     "قصفت القوات بلدة سرمين بقذائف أطلقتها من مواقعها في مدينة سراقب.", "Sarmin", "Saraqib"),
    ("fire-from-positions-told-first",
     "أطلقت قوات النظام من مواقعها في مدينة سراقب عشر قذائف سقطت على منازل بلدة سرمين.", "Sarmin", "Saraqib"),
    ("fire-whose-source-is-positions",
     "قذائف هاون مصدرها مواقع الفصائل قرب مدينة الباب سقطت على حي سكني في بلدة قباسين.", "Qab", "Bab"),
    ("fire-from-bases-in-an-area",
     "تعرضت بلدة عين عيسى لقصف مدفعي عنيف من قواعد الجيش التركي في منطقة تل أبيض.", "Isa", "Abyad"),
    ("a-drone-nearing-a-post-is-not-fired-from-it",
     "أسقطت الدفاعات طائرة مسيّرة كانت تقترب من موقع للقوات قرب مطار القامشلي.", "Qamishli", None),
]


@pytest.mark.parametrize(("text", "want", "not_want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_choose_places(text: str, want: str, not_want: str | None) -> None:
    got = chosen(text)
    assert any(want in n for n in got), got
    if not_want is not None:
        assert not any(not_want in n for n in got), got


@pytest.mark.parametrize(("before", "want"), [
    ("قصف مدفعي مكثف من قواعد الاحتلال في", True),
    ("قذائف اطلقتها من مواقعها", True),
    ("قذائف مصدرها مواقع النظام علي", True),
    ("قذائف اطلقها الجيش من مواقعه علي", False),  # 'علي X' after a launch: X is aimed at
    ("مسيره كانت تقترب من موقع", False),
    ("غارات من الطيران في", False),
])
def test_fired_from(before: str, want: bool) -> None:
    assert fired_from(before.split()) is want
