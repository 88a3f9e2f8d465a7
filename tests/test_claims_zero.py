"""No-casualty statements: a negated loss noun of the wounded only sets the wounded to 0, not the dead.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # 'من دون تسجيل جرحى' beside one martyr: one dead, no wounded (na_013); 'بسقوط شهيد' is one dead as 'سقوط شهيد' is
    ("أفاد مصدر طبي بسقوط شهيد في قصف مدفعي على بلدة كفرنبل جنوبي إدلب مساء اليوم، من دون تسجيل جرحى.",
     "Kafr Nabl", 1, 0),
    # no wounded and no figure of the dead: the dead are not said to be none
    ("سقطت قذيفة هاون على حي سكني في مدينة تعز صباح اليوم، ولم يسجل جرحى بحسب مصادر محلية.", "Ta'izz", None, 0),
])
def test_no_wounded_only(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """A negated 'wounded' (جرحى) is a zero of the injured field only."""
    m = f.mention_at(f.extract_text(text, date(2024, 3, 14)), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # round 15a: the reporting noun 'الإبلاغ' is no known subject (ma_018, na_015; 'لم يُبلغ عن' in ja_002, ot_011)
    ("استهدفت ثلاث قذائف هاون قاعدة حرير شمالي أربيل مساء أمس، من دون الإبلاغ عن إصابات.", "Harir", 0, 0),
    # wounded told without a count in a sentence telling no death: 0 dead, wounded unknown (bl_002, na_008; DESIGN)
    ("استهدفت طائرة مسيرة قاعدة عين الأسد الجوية غربي الأنبار مساء أمس، وقال مسؤول أمريكي إن الهجوم أسفر عن "
     "إصابات طفيفة في صفوف الجنود.", "Ain al-Asad", 0, None),
    # an attacker's 'confirmed casualties' (hits, maybe dead) is no such report
    ("قصف مقاتلو المقاومة تجمعاً لجنود الاحتلال قرب موقع المالكية بقذائف المدفعية ظهر اليوم، ما أسفر عن إصابات "
     "مؤكدة.", "Malikiyah", None, None),
    # none of the bystanders hurt says nothing of the people the strike hit (oa_010)
    ("قصفت طائرة مسيرة سيارة على طريق مدينة القامشلي مساء أمس، ما أسفر عن مقتل شخصين كانا بداخلها، ولم يُصب "
     "أي من المارة.", "Qamishli", 2, None),
])
def test_reported_and_uncounted(text: str, place: str, killed: int | None, injured: int | None) -> None:
    """'من دون الإبلاغ عن إصابات' is none hurt; 'أسفر عن إصابات' is wounded and 0 dead; bystanders are not the toll."""
    m = f.mention_at(f.extract_text(text, date(2024, 3, 14)), place)
    assert (m.fatalities, m.injured) == (killed, injured)


def test_round_17a_spoken_there_were_no_casualties() -> None:
    """Dialect 'ما صارت إصابات' ('there were no casualties', qa_025) is a no-casualty statement as 'ما في' is."""
    m = f.mention_at(f.extract_text("قال مختار القرية إن قذيفة سقطت على أطراف بلدة الشرقاط صباح اليوم، \"بس الحمد "
                                    "لله ما صارت إصابات بين الأهالي\".", date(2024, 3, 14)), "Sharqat")
    assert (m.fatalities, m.injured) == (0, 0)


def test_round_18a_no_casualties_of_the_weapons_told_before_go_to_their_attack() -> None:
    """'مضيفة أن الصواريخ الأربعة لم توقع أي إصابات' in a statement on the reply strike: the rockets are those of
    the attack on the base told before, whose toll is none (ra_001, ra_002: 'القذائف الثلاث')."""
    ms = f.extract_text("تعرضت قاعدة حرير شمالي أربيل ليل الأحد لهجوم بأربعة صواريخ.\n\nوقالت القيادة المركزية "
                        "الأمريكية في بيان إن قواتها نفذت ضربة على مقاتلين في العراق، مضيفة أن الصواريخ الأربعة لم "
                        "توقع أي إصابات.", date(2024, 3, 18))
    m = f.mention_at(ms, "Harir")
    assert (m.fatalities, m.injured) == (0, 0)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # session 42: the damage limited to any thing, not only 'الماديات' (od_024, jc_013, nc_006 in rA)
    ("سقطت قذيفتان مدفعيتان صباح اليوم على أطراف بلدة الخيام، واقتصرت الأضرار على بستان زيتون.", "Khiyam", 0, 0),
    ("انفجرت عبوة ناسفة ليل أمس قرب منزل في مدينة تعز، واقتصرت أضرارها على واجهة المنزل.", "Ta'izz", 0, 0),
    # the human losses limited to the wounded are no statement that no one was hurt
    ("سقطت قذيفة هاون صباح اليوم على حي سكني في مدينة تعز، واقتصرت الخسائر على جرحى.", "Ta'izz", None, None),
])
def test_session_42_damage_limited_to_a_thing_hurt_no_one(text: str, place: str, killed: int | None,
                                                           injured: int | None) -> None:
    """'واقتصرت الأضرار على X': the damage, whatever it was, was all there was; 0 killed and 0 injured."""
    m = f.mention_at(f.extract_text(text, date(2024, 3, 14)), place)
    assert (m.fatalities, m.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    # session 43: 'دون قتلى' after a count of the wounded: the negated noun is no dead (lc_025, hb_002 in rA)
    ("قصفت حركة الشباب مساء أمس قاعدة للجيش في مدينة تعز بقذائف الهاون، ما أدى إلى إصابة جنديين، دون قتلى، بحسب قائد "
     "عسكري.", "Ta'izz", 0, 2),
    # the negation closing a clause of damage: no wounded of unknown number
    ("سقطت قذيفتان صباح اليوم على أطراف بلدة الخيام، وألحقتا أضراراً بعدد من المنازل من دون تسجيل إصابات.",
     "Khiyam", 0, 0),
])
def test_session_43_negated_loss_noun_is_no_count(text: str, place: str, killed: int | None,
                                                   injured: int | None) -> None:
    """The bare loss noun of a no-casualty statement ('دون قتلى') is not read again as victims of unknown number."""
    m = f.mention_at(f.extract_text(text, date(2024, 3, 14)), place)
    assert (m.fatalities, m.injured) == (killed, injured)
