"""Coref: theatre-dependent actor names read by the country the article's places lie in."""

from __future__ import annotations

import pytest

from rasd.coref import article_country
from tests.factories import extract_text as run


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, sides", [
    ("صدت قوات الجيش الوطني فجر اليوم هجوما شنته ميليشيا الحوثي على مواقعها في مديرية صرواح غربي مأرب.",
     ("IRAN_ALIGNED", "OTHER")),  # Yemen: the government army, attacked
    ("قصفت فصائل الجيش الوطني بالمدفعية صباح اليوم مواقع لقسد في قرية عون الدادات بريف منبج.", ("TURKEY", "SDF")),
    ("شنت مقاتلات التحالف صباح اليوم غارتين على مواقع للحوثيين في مديرية صرواح بمحافظة مأرب.",
     ("OTHER", "IRAN_ALIGNED")),  # Yemen: the Saudi-led coalition
    ("شنت مقاتلات التحالف صباح اليوم غارتين على مواقع لتنظيم داعش في صحراء الأنبار.", ("US", "ISIS")),
])
def test_a_name_of_two_theatres_is_read_by_the_article_country(text: str, sides: tuple[str, str | None]) -> None:
    """'الجيش الوطني', 'مقاتلات التحالف': another force in Yemen than in Syria or Iraq."""
    ms = run(text)
    assert [(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms] == [sides]


@pytest.mark.parametrize("countries, expected", [
    (["YEM", "SYR", "YEM"], "YEM"),
    (["SYR", "YEM"], "SYR"),
    ([None, ""], None),
])
def test_article_country_is_the_most_common(countries: list[str | None], expected: str | None) -> None:
    """The country most places lie in, the first named on a tie, None without any."""
    assert article_country(countries) == expected


def test_theatre_foes_name_actors_of_the_lexicon() -> None:
    """Every foe of theatre_foes.tsv is an actor id, every actor an id or a side, every row's key distinct."""
    from rasd.coref import actor_entries, theatre_foes
    from rasd.lexicon import load_table

    ids = set(actor_entries())
    sides = {e.get("side") for e in actor_entries().values()}
    rows = load_table("theatre_foes").rows
    assert len({(r.get("actor"), r.get("country"), r.get("region")) for r in rows}) == len(rows) == len(theatre_foes())
    for (actor, country, _), foe in theatre_foes().items():
        assert foe in ids and (actor in ids or actor in sides) and len(country) == 3


def test_sworn_foes_of_one_side() -> None:
    """The SAF and the RSF are both of side OTHER, yet each other's foes; the PKK and Hamas are not."""
    from rasd.coref import sworn_foes

    assert sworn_foes("saf", "rsf") and sworn_foes("rsf", "saf")
    assert not sworn_foes("pkk", "hamas")


def test_an_unresolved_anaphor_keeps_the_matches_in_place() -> None:
    """A bare 'القوات المسلحة' with no army named is dropped outside Sudan, and the actors after it still count."""
    ms = run("قصفت القوات المسلحة أمس مواقع لحزب الله في بلدة الخيام جنوبي لبنان، ما أدى إلى مقتل عنصرين من الحزب.")
    assert [(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms] == [("UNKNOWN", "IRAN_ALIGNED")]


def test_an_anaphor_qualified_by_an_adjective_is_that_force() -> None:
    """'الطيران الحربي السوري' told first names the Syrian air force, not the Turkish one named further on."""
    ms = run("نفذ الطيران الحربي السوري غارات على مقرات في بلدة كفرنبل بريف إدلب الجنوبي صباح أمس. "
             "وفي سياق آخر، قصفت القوات التركية قرية في ريف منبج.")
    assert [m.actor1.side for m in ms] == ["SYRIA_GOV", "TURKEY"]


@pytest.mark.parametrize("text, target", [
    # a barracks facing Israel is an Israeli site; one in Sudan is the barracks of whoever holds the town
    ("استهدف حزب الله أمس ثكنة زرعيت قرب الحدود اللبنانية بمسيرة انقضاضية، بحسب بيان للمقاومة الإسلامية في جنوب لبنان.",
     "israel_sites"),
    ("قصفت قوات الدعم السريع أمس ثكنة في مدينة الأبيض بولاية شمال كردفان بالمدفعية الثقيلة.", "saf"),
], ids=["lebanon", "sudan"])
def test_a_barracks_is_israeli_only_where_israel_is_fought(text: str, target: str) -> None:
    """'ثكنة' names an Israeli site in Lebanon, Israel and Palestine only (actors.tsv israel_barracks, by_country)."""
    ms = run(text)
    assert [m.actor2.id if m.actor2 else None for m in ms] == [target]


def test_same_party_keeps_sworn_foes_of_one_side_apart() -> None:
    """The SAF and the RSF share the side OTHER but are no one party; two US forces are."""
    from rasd.coref import same_party
    from rasd.records import Actor

    def actor(aid: str, side: str) -> Actor:
        return Actor(id=aid, name_en=aid, name_ar=aid, side=side, text="")

    assert not same_party(actor("saf", "OTHER"), actor("rsf", "OTHER"))
    assert same_party(actor("us_forces", "US"), actor("centcom", "US"))
    assert not same_party(actor("us_forces", "US"), None)


@pytest.mark.parametrize("text, expected", [
    ("قصفت مدفعية الجيش السوري صباح اليوم أطراف بلدة كنصفرة في جبل الزاوية، فيما قالت القوات الروسية إنها رصدت "
     "تحركات للمسلحين.", "SYRIA_GOV"),
    ("قصفت مدفعية الجيش التركي مساء أمس قرية في ريف تل تمر، وذلك بعد يوم من اجتماع للجيش الروسي مع قسد في "
     "المنطقة.", "TURKEY"),
])
def test_an_anaphor_with_its_own_adjective_is_that_force(text: str, expected: str) -> None:
    """'مدفعية الجيش السوري': the adjective names the army, not a force named close after (coref._named_force)."""
    ms = run(text)
    assert [m.actor1.side for m in ms] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("استشهد مزارع جراء قصف صاروخي للعدو الأمريكي استهدف مزرعته في مديرية باقم بمحافظة صعدة.", "US"),
    ("أكد مصدر عسكري أن العدو التركي قصف بالمدفعية قرى في ريف عين العرب.", "TURKEY"),
])
def test_the_enemy_with_a_nationality_is_that_side(text: str, expected: str) -> None:
    """'للعدو السعودي', 'العدو الأمريكي' (pa_022, cx_017, ey_017, ot_001): not Israel, whom bare 'العدو' names."""
    ms = run(text)
    assert [m.actor1.side for m in ms] == [expected]


def test_deterrence_of_aggression_is_the_opposition() -> None:
    """'فصائل «ردع العدوان»' (pa_008): the 2024 opposition offensive's operations room."""
    ms = run("قالت مصادر محلية إن فصائل «ردع العدوان» خاضت معارك عنيفة مع قوات النظام قرب مدينة سراقب.")
    assert [(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms] == [("OPPOSITION", "SYRIA_GOV")]


@pytest.mark.parametrize("text, attacker", [
    # round 19b: 'معادية' is Israel in a Lebanese report (38 dev docs of 26 sets use it), never in a Yemeni one
    ("استهدفت مسيّرة معادية سيارة في بلدة بنت جبيل ظهر اليوم، ما أدى إلى استشهاد شاب.", "ISRAEL"),
    ("أعلنت القوات المسلحة اليمنية أنها استهدفت سفينة معادية قبالة ميناء الحديدة بطائرة مسيّرة صباح اليوم.",
     "IRAN_ALIGNED"),
], ids=["lebanon", "yemen"])
def test_hostile_is_israel_only_where_israel_is_the_enemy(text: str, attacker: str) -> None:
    """'معادي/معادية' reads Israel in Lebanese, Syrian, Palestinian and Iranian reports only (israel_hostile)."""
    ms = run(text)
    assert ms and ms[0].actor1.side == attacker
    if attacker != "ISRAEL":  # the ship the Houthis call hostile is no Israeli target either
        assert all(m.actor2 is None or m.actor2.side != "ISRAEL" for m in ms)
