"""Claim joints: which figures of a sentence add up to one toll, and which tell another teller or incident.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 5, 9)  # a Thursday


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


at = f.mention_at


# (id, text, place, fatalities)
JOINTS = [
    # round 17a: a teller's bare 'مقاتل' beside its count of the other side's dead is one, exactly, so that its total
    # (3+1) competes with the other teller's count as a stated figure (bl_009, qa_008: 2 docs, 2 sets)
    ("one-fighter-beside-a-count-is-exact",
     "أعلنت فصائل المعارضة أن مقاتليها هاجموا نقطة لقوات النظام قرب بلدة كفرنبودة ليل أمس، ما أسفر عن مقتل ثلاثة "
     "عناصر من قوات النظام، مقابل استشهاد مقاتل من صفوفها. في المقابل، قالت وكالة سانا إن وحدات الجيش قتلت ستة "
     "من المهاجمين.", "Kafr Nabudah", 4),
    # round 17a: unnamed tellers ('مصادر محلية', 'وسائل الإعلام') after 'في حين' give a competing count, not the other
    # side's (ja_005; not_source cues)
    ("unnamed-teller-competes",
     "هاجم مسلحون مجهولون حاجزاً عسكرياً قرب مدينة الصنمين فجر اليوم، ما أسفر عن سقوط ستة قتلى، في حين رجّحت "
     "مصادر محلية سقوط ثلاثة قتلى فقط.", "Sanamayn", 3),
    # round 17a: 'فيما قتل N ... بقصف ...' names its own cause: another incident's toll (9 docs in 8 sets)
    ("own-cause-is-another-incident",
     "قصفت مدفعية الاحتلال منزلاً في بلدة بيت لاهيا صباح اليوم، ما أدى إلى استشهاد خمسة مواطنين، فيما استشهد شابان "
     "ظهراً بقصف من طائرة مسيرة استهدف تجمعاً للنازحين عند مفترق السنافور.", "Beit Lahia", 5),
    # ... while the definite 'خلال التصدي للهجوم' points back at the one clash
    ("definite-attack-is-the-same-clash",
     "قالت قيادة العمليات إن قواتها صدت هجوماً على نقطة عسكرية قرب مدينة الحويجة، ما أسفر عن مقتل خمسة من "
     "المهاجمين، فيما استشهد جنديان خلال التصدي للهجوم.", "Hawija", 7),
    # round 17a: 'الى جانب'/'اضافة الى' + a bare count adds another group to the toll before it (qb_007; pa_013's
    # 'إضافة إلى جارين' is the same construction)
    ("besides-adds-a-group",
     "قال المرصد السوري لحقوق الإنسان إن خمسة من عناصر قوات النظام قتلوا، إلى جانب اثنين من مسلحي التنظيم، في هجوم "
     "على حاجز قرب مدينة السخنة فجر اليوم.", "Sukhnah", 7),
    # round 40: a definite count of the enemy's dead in scare quotes of its own is the party's boast, never added to
    # its own dead told after 'فيما' (lc_022); a vague quoted "العشرات" still is, as the dev gold does (ka024-c)
    ("quoted-boast-is-not-summed",
     "قال الناطق باسم الجيش إن قواته صدت هجوماً على مواقعها قرب مدينة الحويجة، مؤكداً مقتل «نحو 15 إرهابياً»، "
     "فيما استشهد جنديان خلال التصدي للهجوم.", "Hawija", 2),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in JOINTS], ids=[c[0] for c in JOINTS])
def test_joined_and_separate_figures(text: str, place: str, killed: int) -> None:
    """One teller's tolls of both sides add up; another teller's or another incident's figure does not."""
    assert at(run(text), place).fatalities == killed


def test_tellers_of_each_side_sum_their_own_counts() -> None:
    """Round 17a: the sides are summed within one teller's account, never the army's count of the attackers plus
    the attackers' own claim of soldiers killed (qb_007, na_023): 2+4 = 6 here, not 4 + the agency's 12."""
    ms = run("وقالت وكالة سانا إن جنديين من الجيش استشهدا خلال صد هجوم على نقطة عسكرية قرب مدينة السخنة فجر اليوم، "
             "وإن أربعة من المهاجمين قتلوا. وفي رواية أخرى، زعمت وكالة أعماق أن مقاتلي التنظيم قتلوا 12 جندياً "
             "في الهجوم.")
    assert at(ms, "Sukhnah").fatalities == 6


def test_round_19a_an_added_count_where_in_the_house_is_no_place() -> None:
    """'إضافة إلى ثلاثة آخرين كانوا في الغرفة المجاورة' adds three to the toll: 'في' + a room, a floor or a car is no
    place the figure is given for (sa_014 'في الطابق الأرضي', ho_006 'كانا في المنزل': 2 docs, 2 sets); a town
    the gazetteer knows still is."""
    ms = run("قصفت مسيرة تركية منزلاً في قرية تل تمر اليوم، ما أدى إلى مقتل رجل وزوجته، إضافة إلى ثلاثة آخرين كانوا "
             "في الغرفة المجاورة.")
    assert at(ms, "Tamr").fatalities == 5
