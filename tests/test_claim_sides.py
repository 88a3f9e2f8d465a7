"""Claim sides: the dead of the attackers and of the forces they attacked, told in two sentences, add up.

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


# (id, text, place, fatalities) -- cause seen in ob_010, ma_005, na_023 (3 docs, 3 sets; dev gold sums both sides
# in 9 events of 8 sets)
SIDES = [
    ("forces-then-attackers-as-them",
     "استشهد ثلاثة من أبطال قوات الأمن، فجر اليوم، خلال التصدي لهجوم شنته مجموعة مسلحة على حاجز قرب مدينة "
     "الحويجة. وقال مصدر أمني إن المسلحين اشتبكوا مع عناصر الحاجز لساعة، ما أسفر عن مقتل خمسة منهم.",
     "Hawija", 8),
    ("attackers-then-forces-martyrdom-idiom",
     "قالت قيادة العمليات إن قوة من الجيش اشتبكت فجر اليوم مع مجموعة إرهابية قرب مدينة الحويجة، ما أسفر عن "
     "مقتل أربعة إرهابيين. وأضافت أن جنديين من أبطال الجيش نالا الشهادة خلال الاشتباك.",
     "Hawija", 6),
    # two tellers of one side's dead compete; the other side's dead are added to the lower one
    ("competing-tellers-of-one-side",
     "قتل ثلاثة عسكريين فجر اليوم في هجوم لمسلحين على نقطة للجيش قرب مدينة الحويجة. وقال مصدر عسكري إن القوة "
     "ردت على الهجوم ما أسفر عن مقتل اثنين من المهاجمين. في المقابل، زعم التنظيم أن عناصره قتلوا عشرة جنود.",
     "Hawija", 5),
    # a Gaza-style toll of martyrs and an army's count of gunmen are not two sides
    # round 15a: a toll summing both sides, then another teller's count of one group's dead (ez_009, oa_008)
    ("one-group-is-part-of-both-sides",
     "قالت قيادة الشرطة إن عناصرها صدوا هجوماً لمسلحين على مخفر قرب بلدة الشحيل فجر اليوم، ما أسفر عن مقتل "
     "أربعة من المهاجمين، فيما قُتل شرطي. غير أن ناشطين أكدوا مقتل ثلاثة من عناصر المخفر على الأقل.", "Shahil", 5),
    # round 16a: 'احد المقاتلين' (definite) names the forces as 'مقاتلين' does (pa_009)
    ("definite-fighters-are-the-forces",
     "وقالت خلية الإعلام الأمني إن مجموعة إرهابية هاجمت نقطة للجيش في قضاء الطارمية، وتم التصدي لها ما أدى إلى "
     "مقتل أحد الإرهابيين، مبينة أن الهجوم أسفر عن استشهاد أحد المقاتلين.", "Tarimiyah", 2),
    ("civilians-and-gunmen-are-not-summed",
     "استشهد أربعة مواطنين في غارة على منزل في مدينة دير البلح فجر اليوم. وزعم جيش الاحتلال أنه قضى على "
     "أربعة مسلحين في الغارة.",
     "Deir", 4),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in SIDES], ids=[c[0] for c in SIDES])
def test_both_sides_told_apart_add_up(text: str, place: str, killed: int) -> None:
    """'استشهد ثلاثة من ابطال قوات الامن ... ما اسفر عن مقتل خمسة منهم' is 8 dead (ACLED: every death of the
    event); bare martyrs and gunmen of another teller are not sides of a clash."""
    assert at(run(text), place).fatalities == killed


# Round 46 (h9b): a figure that ends in its casualty verb names its victims before the verb ('ثلاثة من عناصر
# الشرطة قتلوا في هجوم إرهابي': the words after it tell the cause), and 'قوى الأمن' are the forces (rA pi_023, og_024)
VERB_LAST = [
    ("victims-before-the-verb-then-cause",
     "قال محافظ الإقليم إن ثلاثة من عناصر الشرطة قتلوا في هجوم إرهابي على مخفر في مدينة الحويجة مساء أمس. "
     "وأضاف أن المواجهة انتهت بمقتل أربعة من المسلحين.", "Hawija", 7),
    ("forces-named-as-quwa-al-amn",
     "قتل عنصران من قوى الأمن الداخلي فجر اليوم في هجوم على حاجز قرب مدينة الحويجة، فيما قتل ثلاثة من المهاجمين "
     "خلال الاشتباك.", "Hawija", 5),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in VERB_LAST], ids=[c[0] for c in VERB_LAST])
def test_victims_named_before_their_verb_are_a_side(text: str, place: str, killed: int) -> None:
    """'ثلاثة من عناصر الشرطة قتلوا في هجوم إرهابي' are the forces, not the terrorists; with the attackers' four
    dead the clash has seven."""
    assert at(run(text), place).fatalities == killed


# Round 46b (h9b): a figure the other side denies ('وهو ما نفته السلطات') is no credible toll (rA pc_021, og_024)
def test_denied_claim_is_no_toll() -> None:
    """'زعمت الجماعة ... مقتل خمسة جنود، وهو ما نفته السلطات' after the governor's 'no one hurt' leaves 0 dead."""
    text = ("أطلق مسلحون قذائف هاون على قاعدة عسكرية في مدينة الحويجة مساء أمس. وقال المحافظ إنه لم تقع أي إصابات. "
            "وزعمت الجماعة أن القصف أسفر عن مقتل خمسة جنود، وهو ما نفته السلطات.")
    assert at(run(text), "Hawija").fatalities == 0


# Round 22a: each party admits its own dead in its own statement; the toll is their sum, never a claim of the enemy's
# dead (dev gold: sb_005, sa_022, ta_004, ta_024, ub_025, vb_023, va_021, rb_010, ra_024 -- 9 docs in 8 sets)
OWN_LOSSES = [
    ("both-admitted-own-dead",
     "دارت اشتباكات عنيفة فجر اليوم بين فصيلين مسلحين قرب مدينة الزاوية. وقال الفصيل الأول في بيان إن عناصره "
     "صدوا الهجوم، معلناً مقتل خمسة من عناصره. في المقابل، قال الفصيل الثاني إنه فقد ثلاثة من مقاتليه، زاعماً أنه "
     "قتل أكثر من عشرين من خصومه.", "Zawiya", 8),
    ("admitted-own-then-the-other-partys-soldiers",
     "هاجم مسلحون فجر اليوم موقعاً للجيش قرب مدينة الحويجة. وأقر التنظيم في بيان بمقتل اثنين من مجاهديه. ومن جهة "
     "أخرى، قالت قيادة العمليات المشتركة إن قواتها تصدت للهجوم وقتلت ستة من المهاجمين، معلنة استشهاد ثلاثة جنود.",
     "Hawija", 5),
    # one side's dead told by its mourning group and again by an official: the same dead, no sum (oa_010)
    ("mourned-and-retold-is-one-group",
     "استهدفت طائرة مسيرة مساء أمس سيارة قرب مدينة رانية. وأعلنت حركة محلية في بيان مقتل اثنين من كوادرها. وقال "
     "مدير الشرطة المحلية إن الضربة أسفرت عن مقتل شخصين كانا في السيارة.", "Raniye", 2),
    # Round 23a: the enemy's dead claimed right after the place the figure's evidence is widened to ('في X، وأوقعت في
    # صفوفهم N قتلى') is still a claim, so the claiming party's own martyrs add up (sb_005, wa_007 wording)
    ("claim-after-a-place-then-own-martyrs",
     "اندلعت فجر اليوم اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة بابنوسة غربي كردفان.\n\n"
     "وقالت قوات الدعم السريع في بيان إنها فقدت اثنين من مقاتليها خلال المعارك.\n\nفي المقابل، قال الناطق الرسمي "
     "باسم القوات المسلحة السودانية إن \"قواتنا تصدت للهجوم على مواقعها في بابنوسة، وأوقعت في صفوفهم عشرة قتلى\"، "
     "مضيفاً أن \"ثلاثة جنود استشهدوا خلال التصدي للهجوم\".", "Babanusah", 5),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in OWN_LOSSES], ids=[c[0] for c in OWN_LOSSES])
def test_each_partys_own_dead_add_up(text: str, place: str, killed: int) -> None:
    """'معلنا مقتل خمسه من عناصره' and, in the other party's statement, 'فقد ثلاثه من مقاتليه' are 8 dead; the
    claim 'قتل اكثر من عشرين' is not counted; a group's mourned dead retold by an official are not summed."""
    assert at(run(text), place).fatalities == killed


# Round 22a: 'N ... من الطرفين' is the toll of the whole clash, not one side's dead to add to a claim of the other's
def test_a_toll_of_both_sides_is_no_side_to_add_to() -> None:
    """'قتل 9 مقاتلين علي الاقل من الطرفين' beside a party's 'قتلت اكثر من 30 من المرتزقه' stays 9, not 39."""
    text = ("قتل تسعة مقاتلين على الأقل من الطرفين في معارك اندلعت أمس قرب مدينة الفاشر. وقال متحدث باسم قوة "
            "محلية إن قواته قتلت أكثر من ثلاثين من المرتزقة.")
    assert at(run(text), "Fasher").fatalities == 9


def test_round_24a_a_party_mourning_its_men_tells_its_own_dead() -> None:
    """'ناعياً أربعة من عناصره' (the participle of 'نعى') and 'ثلاثة من عناصره قال إنهم قتلوا' (its men inside the
    figure's evidence) are a party's own dead, added to the other party's own (xb_023)."""
    ms = run("اندلعت اشتباكات عنيفة بين فصيلين مسلحين في مدينة الزاوية الليلة الماضية، وأعلن الفصيل الأول مقتل اثنين "
             "من عناصره. ومن جهة أخرى، أكد الفصيل الثاني أن مقاتليه صدوا الهجوم، ناعياً أربعة من عناصره.")
    assert at(ms, "Zawiya").fatalities == 6


# Session 42: the enemy's dead a party claims, which the text says cannot be checked, are no credible toll (dev gold:
# mc_024, of_024, ba_009, ne_021, xb_025 -- 5 docs in 5 sets leave them out)
UNCHECKED = [
    ("claimed-kills-without-proof",
     "قتل جنديان وأصيب ثلاثة آخرون فجر اليوم في هجوم لمسلحين على نقطة للجيش قرب مدينة الحويجة. وقال ضابط إن "
     "القوات \"ردت على الهجوم وقتلت تسعة إرهابيين\"، من دون أن يقدم أدلة.", "Hawija", 2),
    ("claimed-kills-unverified-next-sentence",
     "قالت قيادة العمليات إن قواتها صدت فجر اليوم هجوماً قرب مدينة الحويجة وقتلت سبعة من المهاجمين، معلنة استشهاد "
     "جندي. ولم يتسن التحقق من الرقم من مصدر مستقل.", "Hawija", 1),
]


@pytest.mark.parametrize(("text", "place", "killed"), [c[1:] for c in UNCHECKED], ids=[c[0] for c in UNCHECKED])
def test_session_42_unchecked_enemy_dead_are_no_toll(text: str, place: str, killed: int) -> None:
    """'وقتلت تسعة إرهابيين", من دون أن يقدم أدلة': a party's word of the enemy's dead, not added to the toll."""
    assert at(run(text), place).fatalities == killed
