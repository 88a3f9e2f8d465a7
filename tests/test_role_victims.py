"""Victims: whom a casualty word counts as hit, sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.role_victims import mutual_fight
from tests.factories import sides
from tests.scene_text import rec_of


def test_the_cause_of_a_wound_is_no_victim() -> None:
    """'أصيب بها جراء العدوان X': the actor after a cause word did the harm (ob_006 had it reversed)."""
    got = sides("استشهد اليوم طفل متأثرا بجراحه التي أصيب بها جراء العدوان السعودي الذي استهدف منزل أسرته في مديرية "
                "رازح مساء الجمعة.")
    assert [g[1:] for g in got] == [("OTHER", "CIVILIANS")], got


def test_victims_of_a_unit_affiliated_to_a_force() -> None:
    """'من مجموعة محلية تتبع لفرع X' (pa_007; na_008, ka_002 tell members the same way): the force whose unit lost men
    was hit, it did not attack."""
    got = sides("أصيب ثلاثة عناصر من دورية تابعة لفرقة الحشد الشعبي، ليل أمس، في هجوم مسلح على طريق قرب قضاء "
                "الطارمية.")
    assert [g[2] for g in got] == ["IRAN_ALIGNED"], got
    assert all(g[1] != "IRAN_ALIGNED" for g in got), got


def test_civilians_counted_before_their_number_after_a_casualty_noun_are_hit() -> None:
    """'ما ادي الي مقتل مدنيين اثنين': the noun of the killing, then the victims, then their count."""
    got = sides("الخرطوم: قصفت قوات الدعم السريع بالمدفعية أحياء سكنية في مدينة سنجة صباح اليوم، ما أدى إلى مقتل "
                "مدنيين اثنين.")
    assert [s[2] for s in got] == ["CIVILIANS"]


def test_a_dual_passive_killed_verb_counts_its_subject_as_hit() -> None:
    """'جنديان من X قُتلا': the dual of 'قتلوا' after the force names its dead, not the attacker."""
    got = sides("أكد مصدر أمني أن جنديين من الجيش العراقي قُتلا مساء الأحد بانفجار عبوة ناسفة على طريق ترابي قرب "
                "قضاء القائم.")
    assert [g[1:] for g in got] == [("UNKNOWN", "IRAQ_GOV")], got


@pytest.mark.parametrize("text, expected", [
    # people hurt in a fight of two armed sides are among its casualties, not the side fought (ne_019, of_022,
    # pg_018; xb_023, ok_024)
    ("تجددت الاشتباكات صباح اليوم قرب السوق المركزي في مدينة الزاوية، وأصيب خلالها شاب بجروح طفيفة.",
     [("Armed clash", "OTHER", "OTHER")]),
    # the same with a named attacker: the other party is its foe in that war, not the people it names
    ("اندلعت معارك عنيفة بين قوات الدعم السريع والجيش في مدينة الأبيض، وقتل فيها ثلاثة من المواطنين.",
     [("Armed clash", "OTHER", "OTHER")]),
    # confrontations with troops ('مواجهات') are no fight of two armed sides: the youth shot was hit
    ("استشهد شاب برصاص قوات الاحتلال خلال مواجهات في بلدة بيتا جنوب نابلس.", [("Attack", "ISRAEL", "CIVILIANS")]),
], ids=["renewed-clashes", "battles-named-foe", "confrontations-keep-civilians"])
def test_the_people_a_mutual_fight_hit_are_no_party(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'اشتباكات ... وأصيب خلالها شاب': a clash told by a noun of mutual fighting has no civilian party."""
    assert sides(text) == expected


def test_mutual_fight_reads_the_trigger_noun() -> None:
    """Only nouns of fighting between two armed sides count, not confrontations or an ambush."""
    rec = rec_of("اندلعت اشتباكات في المدينة. وقعت مواجهات في البلدة. نصب مسلحون كمينا للدورية.")
    got = {t.key: mutual_fight(t) for t in rec.near("triggers", 0, len(rec.nt.text))}
    assert got["اشتباك"] is True and got["مواجهات"] is False and got["كمينا"] is False, got
