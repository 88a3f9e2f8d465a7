"""Round 25a sources: a statement not made, a bracketed signature, a group's own name, a relay of a vague source.

Every sentence is written for these tests (other theatres and wordings than the articles that showed the causes).
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.attribution_unsaid import unsaid
from rasd.normalize import normalize_text
from tests import factories as f

PUB = date(2024, 3, 14)

# (id, text, place, expected sources)
CASES = [
    ("no-comment-from-a-ministry-is-no-source",
     "قصفت طائرات حربية أطراف مدينة سراقب صباح اليوم ما أدى إلى مقتل مدنيين اثنين، بحسب المرصد السوري لحقوق الإنسان. "
     "ولم يصدر تعليق رسمي من وزارة الدفاع الروسية حتى لحظة نشر الخبر.",
     "Saraqib", {"SOHR"}),
    ("no-rejoinder-from-a-ministry-that-spoke-before-is-no-source",
     "قصفت طائرات حربية أطراف مدينة سراقب صباح اليوم ما أدى إلى مقتل مدنيين اثنين، بحسب المرصد السوري لحقوق الإنسان. "
     "لم تعلق وزارة الدفاع الروسية، التي أعلنت أمس استهداف مواقع للفصائل، على الغارات.",
     "Saraqib", {"SOHR"}),
    ("a-signature-line-in-square-brackets-signs-the-statement",
     "بيان\n\"بسم الله الرحمن الرحيم\nاستهدف مجاهدونا صباح اليوم مستعمرة المطلة بصاروخ موجه وأصابوها إصابة مباشرة.\"\n"
     "[حزب الله]\n",
     "Metula", {"Hezbollah"}),
    ("the-group-that-claims-is-a-teller",
     "أعلنت ميليشيا الحوثي مساء أمس أنها استهدفت مدينة إيلات بعدد من الطائرات المسيّرة.",
     "Eilat", {"Houthis"}),
    ("media-affiliated-with-a-group-do-not-speak-for-it",
     "شنت طائرات أمريكية غارتين على مديرية باجل في محافظة الحديدة فجر اليوم، بحسب وسائل إعلام تابعة لجماعة الحوثي.",
     "Bajil", set()),
    ("a-relay-quoting-a-vague-source-tells-its-version",
     "في المقابل، قدّمت وكالة الأنباء العراقية (واع) رواية مغايرة، إذ نقلت عن مصدر أمني أن قذيفة هاون سقطت قرب "
     "قضاء طوز خورماتو مساء أمس من دون إصابات.",
     "Tooz", {"INA"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place` are exactly the expected ones."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("ولم يصدر تعليق فوري من قوات الدعم السريع على القصف", "قوات الدعم السريع", True),
    ("لم يتسن لرويترز التحقق من الرقم بشكل مستقل", "رويترز", True),
    ("ولم يعلق الجيش علي الغاره، فيما قال المرصد ان القصف استمر", "المرصد", False),  # a new clause after the comma
    ("قال الجيش انه لم يصدر اي تعليق", "الجيش", False),  # the negation follows the name
])
def test_unsaid(text: str, name: str, expected: bool) -> None:
    """A name after a negated verb of commenting in its clause said nothing."""
    nt = normalize_text(text)
    assert unsaid(nt, nt.index(normalize_text(name))) is expected
