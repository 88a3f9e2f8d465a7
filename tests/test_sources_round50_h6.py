"""Sources named by a kind of body, session 50 (helper h6).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 3, 4)

# (id, text, place, expected sources)
CASES = [
    ("libya-general-command-speaks",  # a bare 'القيادة العامة' in a Libyan story is Haftar's command
     "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة سبها مساء أمس أسفرت عن مقتل شخصين، وقالت القيادة العامة في "
     "بيان إنها أرسلت قوة لفض الاشتباك.",
     "Sabha", {"LNA"}),
    ("libya-battalion-of-the-armed-forces",  # the LNA's official name after a battalion's
     "أعلنت الكتيبة 116 التابعة للقيادة العامة للقوات المسلحة العربية الليبية مقتل جندي في اشتباك مع مهربين قرب "
     "مدينة سبها فجر اليوم.",
     "Sabha", {"LNA"}),
    ("general-command-of-another-body-elsewhere",  # 'القيادة العامة لـX' in Syria is X's, not a Libyan command
     "قصفت مسيرة تركية سيارة قرب مدينة عامودا ظهر اليوم، وقالت القيادة العامة لقوى الأمن الداخلي في بيان إن "
     "عنصرين قتلا.",
     "Amude", {"Asayish"}),
    ("a-monitor-counts-the-dead-after-its-name",  # 'X أحصى N قتلى': a monitor's count is its claim
     "هاجم مسلحون حاجزاً لقوات سوريا الديمقراطية في بلدة الكسرة بريف دير الزور مساء أمس، والمرصد السوري لحقوق "
     "الإنسان أحصى ثلاثة قتلى من عناصر الحاجز.",
     "Kasrah", {"SOHR"}),
    ("a-monitor-counts-the-dead-before-its-name",
     "أحصى المرصد السوري لحقوق الإنسان أربعة قتلى في غارة جوية مجهولة استهدفت شاحنات قرب مدينة الميادين فجر اليوم.",
     "Mayadin", {"SOHR"}),
    ("sudan-armed-forces-spokesman",  # a bare 'الناطق الرسمي باسم القوات المسلحة' in a Sudanese story is the SAF
     "هاجمت قوات الدعم السريع مدينة بابنوسة من محورين فجر اليوم، وقال الناطق الرسمي باسم القوات المسلحة في بيان إن "
     "القوات صدت الهجوم وكبدت المليشيا خسائر كبيرة.",
     "Babanusa", {"Sudanese army"}),
    ("yemen-armed-forces-spokesman",  # ... and in a Yemeni one the Houthis' spokesman
     "قال المتحدث الرسمي باسم القوات المسلحة في بيان إن القوة الصاروخية استهدفت تجمعات للمرتزقة في مديرية صرواح "
     "بمحافظة مأرب فجر اليوم.",
     "Sirwah", {"Houthis"}),
    ("a-threat-before-the-name-tells-nothing",  # 'وهددت X ...': the party that threatens is no source
     "قصفت طائرة مسيرة أمريكية مقراً لكتائب حزب الله في منطقة جرف الصخر فجر اليوم، ما أدى إلى مقتل ثلاثة عناصر، "
     "بحسب خلية الإعلام الأمني. وهددت كتائب حزب الله في بيان بأن الغارة لن تمر دون عقاب.",
     "Jurf", {"Security Media Cell"}),
    ("a-threat-after-the-name-tells-nothing",  # 'وكان X قد توعد ...'
     "استهدفت غارتان أمريكيتان منطقة قريبة من ميناء الصليف صباح اليوم، بحسب وكالة سبأ. وكان المتحدث باسم القوات "
     "المسلحة اليمنية قد توعد في بيان سابق بأن أي اعتداء لن يمر دون رد.",
     "Salif", {"Saba"}),
]

# a voice's repelled attack beside drones a garrison downed later that day: the fight is not folded into the drones
REPELLED = ("أعلن الجيش السوداني أن قواته تصدت، صباح أمس الخميس، لهجوم واسع شنته قوات الدعم السريع على مدينة أبو "
            "جبيهة بولاية جنوب كردفان. وقال الناطق الرسمي باسم القوات المسلحة، في بيان، إن \"المليشيا حاولت دخول "
            "المدينة من محورين وتم دحرها\". وأقر البيان بمقتل جنديين. في المقابل، قالت وزارة الصحة بولاية جنوب "
            "كردفان إن قذائف أطلقتها قوات الدعم السريع على سوق المدينة أدت إلى مقتل ثلاثة مدنيين. وفي مساء اليوم "
            "نفسه، قالت قيادة الحامية في أبو جبيهة إن دفاعاتها الجوية أسقطت مسيرتين انتحاريتين أطلقتهما قوات الدعم "
            "السريع باتجاه مقر الحامية.")


def test_voiced_fight_stays_apart_from_downed_drones() -> None:
    """The army spokesman's repelled attack keeps its own mention (merge_claims._another_act)."""
    assert "Armed clash" in {t for t, _, _ in f.sides(REPELLED, PUB)}


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """The mention at the place has exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected
