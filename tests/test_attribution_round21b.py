"""Round 21b sources (from the vb_ study): the Kurdish rights monitor Hengaw, and a force's operations command in a
province ('قيادة عمليات X للحشد الشعبي') speaking for the force, unless an unnamed voice inside it speaks.

Every sentence is written for these tests, in other places and wording than the articles that showed the causes.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday

# (id, text, place, expected sources)
CASES = [
    ("hengaw-monitor",
     "قتل عتّالان كرديان برصاص حرس الحدود الإيراني قرب مدينة بانه مساء أمس، بحسب ما أفادت منظمة هنغاو لحقوق الإنسان.",
     "Baneh", {"Hengaw"}),
    ("pmf-operations-command-of-a-province",
     "هاجم مسلحون من تنظيم داعش نقطة للحشد الشعبي قرب ناحية العلم فجر اليوم، ما أدى إلى مقتل مقاتل، بحسب بيان لقيادة "
     "عمليات صلاح الدين للحشد الشعبي.",
     "Alam", {"PMF"}),
    ("pmf-operations-command-says",
     "وقالت قيادة عمليات كركوك للحشد إن مقاتليها صدّوا هجوماً لعناصر داعش على نقطة مراقبة قرب ناحية الرياض مساء أمس "
     "وقتلوا اثنين منهم.",
     "Riyad", {"PMF"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """Each case's mention carries exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected


def test_unnamed_voice_inside_a_command() -> None:
    """'مصدر في قيادة عمليات X للحشد' is a voice no one names, not the command's statement."""
    text = ("انفجرت عبوة ناسفة بعجلة للحشد الشعبي قرب قضاء القائم مساء أمس، ما أدى إلى إصابة مقاتلين اثنين، وأفاد مصدر "
            "في قيادة عمليات الأنبار للحشد الشعبي بأن العبوة زرعت على جانب الطريق.")
    assert "PMF" not in f.sources_at(text, "Kaim", PUB)
