"""Sources told by a construction, session 52 (helper h4).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 2, 11)
CELL = "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل جنديين بانفجار عبوة ناسفة في قضاء الحضر. "

# (id, text, place, expected sources)
CASES = [
    ("recipient-agency-with-its-short-form",  # 'بيان تلقته وكاله X (واع)': the bracketed short form received too
     CELL + 'وقالت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، إن "العبوة استهدفت دورية للجيش".',
     "Hatra", {"Security Media Cell"}),
    ("recipient-agency-without-its-short-form",  # the same without the brackets, as before
     CELL + 'وقالت الخلية في بيان تلقته وكالة الأنباء العراقية، إن "العبوة استهدفت دورية للجيش".',
     "Hatra", {"Security Media Cell"}),
    ("speaking-agency-with-its-short-form",  # an agency that tells in its own name still does, short form or not
     "قالت وكالة الأنباء العراقية (واع)، اليوم الثلاثاء، إن جنديين قتلا بانفجار عبوة ناسفة في قضاء الحضر.",
     "Hatra", {"INA"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """The mention at the place has exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected
