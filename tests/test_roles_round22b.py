"""Roles 22b (wb_ study): who struck unnamed victims, the Syrian government's 'terrorist groups', and the unnamed
party of a clash in a war of OTHER sides; sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # a strike whose only victims are unnamed people: the theatre's striker (nb016-b, pb013-e, wb016-d: 3 docs / 3 sets)
    ("وفي وقت سابق، أدت ضربة جوية على منزل عند أطراف بلدة كفركلا إلى استشهاد رجلين وجرح طفل.",
     ("Air/drone strike", "ISRAEL", "CIVILIANS")),
    # no one hurt and nobody named: the attacker stays unknown
    ("وسقطت قذيفة صباح اليوم في أرض خالية قرب بلدة كفركلا من دون إصابات.", None),
], ids=["victims-lebanon", "no-victims"])
def test_an_air_strike_on_unnamed_victims_takes_the_theatres_striker(
        text: str, expected: tuple[str, str, str] | None) -> None:
    """Unnamed dead or wounded are civilians before the attacker is looked for, so the theatre's foe of civilians
    (Israel in south Lebanon) strikes them."""
    got = sides(text)
    if expected is None:
        assert all(g[1] != "ISRAEL" for g in got), got
    else:
        assert expected in got, got


def test_the_syrian_governments_terrorist_groups_are_the_opposition() -> None:
    """'المجموعات الإرهابية' in a SANA sentence is the armed opposition (12 dev docs of 11 sets, wb_007)."""
    got = sides('ونقلت وكالة سانا عن مصدر عسكري أن "المجموعات الإرهابية" قصفت بالقذائف الصاروخية صباح اليوم أحياء '
                'في مدينة محردة بريف حماة، ما أدى إلى إصابة امرأتين.', published=date(2023, 10, 6))
    assert got and got[0][1] == "OPPOSITION", got


def test_terrorist_groups_name_nobody_outside_syria() -> None:
    """Elsewhere the phrase names no side."""
    got = sides("وقال بيان للجيش إن التنظيمات الإرهابية هاجمت أمس نقطة عسكرية قرب مدينة العريش.")
    assert all(g[1] != "OPPOSITION" for g in got), got


@pytest.mark.parametrize("text, expected", [
    # an unnamed clash in Libya (ot_019, sb_020, vb_023, wb_024) or Somalia (tb_023): 6 docs / 6 sets
    ("تجددت مساء أمس المواجهات المسلحة في مدينة غريان بالأسلحة المتوسطة واستمرت حتى الفجر.",
     [("Armed clash", "OTHER", "OTHER")]),
    # one party named, the other a local unit with no name
    ('وقعت اشتباكات عنيفة الليلة الماضية بين "اللواء 444 قتال" وكتيبة محلية في محيط مدينة ترهونة.',
     [("Armed clash", "OTHER", "OTHER")]),
], ids=["unnamed-libya", "one-named"])
def test_the_unnamed_party_of_a_clash_in_a_war_of_other_sides_is_other(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """A clash is fought by two armed parties: in Libya, Sudan or Somalia an unnamed one is an armed group (OTHER)."""
    assert sides(text) == expected


def test_an_unnamed_clash_in_syria_stays_unknown() -> None:
    """Outside those wars an unnamed party of a clash keeps no side."""
    got = sides("اندلعت اشتباكات مسلحة مساء أمس في محيط مدينة الصنمين بريف درعا الشمالي، أسفرت عن مقتل شخصين.")
    assert got and got[0][1] == "UNKNOWN", got
