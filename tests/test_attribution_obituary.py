"""Obituaries (attribution_obituary): a mourner is a source of the strike told before only when its words tell it.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 6, 12)  # a Wednesday
LEAD = "قصفت طائرة مسيرة أمريكية عجلة في منطقة جرف النصر مساء أمس، ما أدى إلى مقتل اثنين، بحسب مراسل الميادين. "

# (id, text, place, expected sources)
CASES = [
    ("an-obituary-that-tells-the-strike",  # 12 docs in 12 sets of dev (PMF, Kataib Hezbollah, YBS statements)
     LEAD + "وأصدرت هيئة الحشد الشعبي بيانا نعت فيه الشهيدين، معتبرة أن هذا العدوان خرق للسيادة.",
     "Jurf", {"Al Mayadeen", "PMF"}),
    ("a-bare-obituary",  # 'نعي حزب الله لاحقا سرور "شهيدا علي طريق القدس"': names the dead, tells nothing
     LEAD + "ونعت هيئة الحشد الشعبي الشهيد علي حسين في بيان.",
     "Jurf", {"Al Mayadeen"}),
    ("a-counting-obituary",  # session 40: the count it gives is the strike's toll (merge_sources)
     LEAD + "ونعت هيئة الحشد الشعبي الشهيدين في بيان.",
     "Jurf", {"Al Mayadeen", "PMF"}),
    ("the-claim-before-a-bare-obituary-stays",  # 2 docs in 2 sets (na, ka)
     "قتل شخصان بغارة مسيرة على سيارة في بلدة الناقورة ظهر اليوم، وفق الوكالة الوطنية للإعلام. وزعم الجيش "
     "الإسرائيلي في بيان أن طائرته قضت على عنصرين في المنطقة، في حين نعى حزب الله أحدهما \"شهيدا على طريق القدس\".",
     "Naqoura", {"NNA", "IDF"}),
    ("a-bare-obituary-beside-the-toll",  # session 43: od018-a, cb015-a
     "وكانت وزارة الصحة اللبنانية قد أعلنت مساء أمس سقوط شهيدين في الغارة التي استهدفت دراجة نارية في بلدة "
     "الناقورة، فيما نعى حزب الله لاحقاً أحد عناصره.",
     "Naqoura", {"Lebanese Health Ministry"}),
    ("a-bare-obituary-that-leaves-the-death-unsaid",  # session 43: fa014-a
     "قتل شخصان بغارة مسيرة على سيارة في بلدة الناقورة ظهر اليوم، وفق الوكالة الوطنية للإعلام. ونعى حزب الله "
     "أحد عناصره من البلدة، من دون أن يوضح ما إذا كان قد قتل في الغارة.",
     "Naqoura", {"NNA"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_obituaries(text: str, place: str, expected: set[str]) -> None:
    """The mourner of a bare obituary is no source; one whose statement tells the strike is."""
    assert f.sources_at(text, place, PUB) == expected
