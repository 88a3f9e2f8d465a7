"""A bare verb of saying in a later clause speaks for the main clause's subject (attribution_subject).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 21)  # a Tuesday

# (id, text, place, expected sources)
CASES = [
    ("other-account",
     "أعلنت قوات سوريا الديمقراطية صد هجوم لمسلحين على حاجز في بلدة ذيبان فجر اليوم. في المقابل، قدّمت وزارة "
     "الدفاع التركية رواية أخرى، إذ قالت في بيان إن طائراتها المسيرة قصفت الحاجز في بلدة ذيبان.",
     "Dhiban", {"SDF", "Turkish Ministry of Defense"}),
    ("no-comment-but-earlier-statement",
     "قصفت طائرة مسيرة سيارة على طريق مدينة الضالع مساء أمس. ولم يعلق تحالف دعم الشرعية على الضربة حتى الآن، فيما أعلن "
     "في وقت سابق أن مقاتلاته دمرت سيارة مفخخة قرب مدينة الضالع.",
     "Dhali", {"Saudi-led coalition"}),
    ("acknowledged",
     "انفجرت عبوة ناسفة بدورية للجيش الإسرائيلي عند مدخل بلدة قباطية صباح اليوم، واعترف الجيش الإسرائيلي "
     "بإصابة جنديين بجروح طفيفة.",
     "Qabatiya", {"IDF"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_main_clauses_subject_speaks(text: str, place: str, expected: set[str]) -> None:
    """'قدم X روايه اخري, اذ قال في بيان ان', 'لم يعلق X ..., فيما اعلن في وقت سابق ان', 'اعترف X باصابه'."""
    assert expected <= f.sources_at(text, place, PUB)


def test_a_denial_in_its_own_words_tells_no_incident() -> None:
    """'نفت X اي دور, وقالت ان "قواتها لم تنفذ"': the denier is no source of the strike others tell."""
    text = ("قالت هيئة الحشد الشعبي إن طائرة مجهولة قصفت مقرا لها قرب مدينة القائم مساء أمس. في المقابل، نفت "
            "القيادة المركزية الأمريكية أي دور لقواتها، وقالت في بيان إن \"قواتنا لم تنفذ أي ضربات في المنطقة\".")
    assert "CENTCOM" not in f.sources_at(text, "Qa", PUB)


def test_a_verb_with_its_own_subject_is_not_the_first_names() -> None:
    """'اعلنت X ..., فيما قالت Y في بيان ان': Y speaks its own words; X is not made their speaker."""
    text = ("قصفت طائرات حربية بلدة سرمين في ريف إدلب صباح اليوم، فيما قال المرصد السوري لحقوق الإنسان في بيان إن "
            "الغارات أوقعت ثلاثة قتلى.")
    assert f.sources_at(text, "Sarmin", PUB) == {"SOHR"}


def test_saudi_civil_defence_speaks_for_its_region() -> None:
    """'المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة نجران' in Saudi Arabia: the Saudi Civil Defence."""
    text = ("صرح المتحدث الرسمي للمديرية العامة للدفاع المدني بمنطقة نجران بأن مقذوفا أطلق من الأراضي اليمنية سقط "
            "على حي سكني في مدينة نجران مساء أمس، ما أدى إلى إصابة مقيم بجروح طفيفة.")
    assert f.sources_at(text, "Najran", PUB) == {"Saudi Civil Defence"}
