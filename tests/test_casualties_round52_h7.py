"""Casualty figures, session 52 (h7): a teller's earlier word in the pluperfect is an earlier report.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import tolls_by_place

PUB = date(2024, 5, 9)  # a Thursday
STRIKE = "قالت مصادر محلية إن مسيرة قصفت سيارة في بلدة الحويجة أمس، ما أسفر عن مقتل أربعة أشخاص. "

# (id, tail, (killed, injured)) -- seen in rA po_010 ('وكانت مصادر أمنية قد تحدثت أمس عن قتيلين فقط') and mc_009
# ('وكانت خلية الإعلام الأمني قد أعلنت في بيانها الأول استشهاد جنديين')
PLUPERFECT = [
    ("earlier-word-of-two", "وكانت مصادر أمنية قد تحدثت صباحاً عن قتيلين فقط.", (4, None)),
    ("earlier-statement-with-wounded", "وكانت الشرطة قد أعلنت في بيانها الأول مقتل ثلاثة وإصابة اثنين.", (4, 2)),
    ("earlier-word-alone-counts", "", (4, None)),
    ("reported-event-keeps-its-toll", "وكانت الشرطة قد أعلنت أن مسلحين هاجموا حاجزاً في بلدة الحويجة أمس، فيما قتل "
                                      "ثلاثة من الحراس.", (3, None)),
    ("incident-retold-keeps-its-toll", "وكانت الشرطة قد أعلنت مقتل ثلاثة من ركاب السيارة في القصف ذاته.", (3, None)),
    ("plain-past-is-news", "وقالت مصادر أمنية إن القتلى ثلاثة.", (3, None)),
]


@pytest.mark.parametrize(("tail", "want"), [c[1:] for c in PLUPERFECT], ids=[c[0] for c in PLUPERFECT])
def test_pluperfect_telling_is_an_earlier_report(tail: str, want: tuple[int | None, int | None]) -> None:
    """'وكانت X قد تحدثت عن قتيلين' gives way to the figure told as news; 'قد اعلنت ان ...' retells an incident."""
    assert tolls_by_place(STRIKE + tail, PUB).get("Al Hawijah") == want


RISE = "قصفت مسيرة سيارة في بلدة الحويجة أمس. "
# (id, tail, (killed, injured)) -- seen in rA mc_009 ('إلى ثلاثة شهداء وجريحين، بعد وفاة جندي متأثراً بجروحه': the
# dual took the soldier who died as its count, and the figure was then dropped as a death from wounds)
DUAL_ALONE = [
    ("dual-before-died-of-wounds", "وارتفعت حصيلة القصف إلى أربعة قتلى وجريحين، بعد وفاة رجل متأثراً بجروحه.", (4, 2)),
    ("dual-before-later-person", "وأسفر القصف عن سقوط جريحين، ثم مقتل مسعف.", (1, 2)),
    ("dual-with-its-adjective", "وأسفر القصف عن مقتل شخصين اثنين وجريحين اثنين.", (2, 2)),
]


@pytest.mark.parametrize(("tail", "want"), [c[1:] for c in DUAL_ALONE], ids=[c[0] for c in DUAL_ALONE])
def test_dual_counts_itself(tail: str, want: tuple[int | None, int | None]) -> None:
    """A dual casualty noun ('جريحين') is a count of two; a person noun after it is no count of its victims."""
    assert tolls_by_place(RISE + tail, PUB).get("Al Hawijah") == want
