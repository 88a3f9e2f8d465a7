"""Fallback roles: the side attacked when the clause names none, one row per construction, sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.records import Actor
from rasd.role_fallbacks import theatre_attacker, theatre_target
from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    ("سقطت قذائف صاروخية صباح اليوم في محيط مدينة صفد دون وقوع إصابات.",
     ("Shelling/artillery/missile attack", "IRAN_ALIGNED", "ISRAEL")),  # a town in Israel: Israel was attacked,
    # and by its foe there (role_fallbacks.theatre_attacker)
    ("شنت طائرات حربية غارة على سوق للماشية في مدينة الضعين صباح أمس.",
     ("Air/drone strike", "UNKNOWN", "CIVILIANS")),  # a market hit
    ("قصفت طائرة مسيرة إسرائيلية صباح اليوم مبنى في مدينة صفد.",
     ("Air/drone strike", "ISRAEL", None)),  # never the attacker's own side
])
def test_fallback_targets(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """The home country of the place, or a civil object hit, names the target when the clause does not."""
    assert sides(text) == [expected]


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, expected", [
    ("سقطت قذيفة هاون أطلقتها الميليشيا مساء اليوم على حي سكني في مدينة تعز، ما أدى إلى جرح طفلين.",
     [("Shelling/artillery/missile attack", "IRAN_ALIGNED", "CIVILIANS")]),  # civilians counted after the clause
    ("وقال المتحدث العسكري للحوثيين إن القوات البحرية نفذت عملية استهدفت السفينة «ستار» في خليج عدن بعدد من "
     "الصواريخ.", [("Shelling/artillery/missile attack", "IRAN_ALIGNED", "CIVILIANS")]),  # a ship hit
])
def test_civilians_hit_after_the_clause_or_a_ship(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Civilians the sentence counts as hit, or a ship, are the target when the clause names none."""
    assert sides(text) == expected


@pytest.mark.issue(8)
def test_civilians_killed_by_a_later_attack_are_not_the_first_ones_target() -> None:
    """'غارة على X، في حين قصفت المدفعية Y، ما أدى إلى مقتل مواطن': the toll of the second attack."""
    got = sides("نفذت طائرات حربية روسية غارتين على أطراف بلدة كنصفرة، في حين قصفت قوات النظام بالمدفعية مدينة "
                "سرمين، ما أدى إلى مقتل مواطن.")
    assert got[0] == ("Air/drone strike", "RUSSIA", None), got


def _actor(aid: str, side: str) -> Actor:
    """An actor told in the text."""
    return Actor(id=aid, name_en=aid, name_ar=aid, side=side, text="x")


@pytest.mark.parametrize("agent, country, sub_event, expected", [
    (_actor("us_adj", "US"), "YEM", "Air/drone strike", "IRAN_ALIGNED"),  # US raids on Hodeidah: the Houthis
    (_actor("israel_adj", "ISRAEL"), "LBN", "Shelling/artillery/missile attack", "IRAN_ALIGNED"),
    (_actor("turkey_adj", "TURKEY"), "IRQ", "Air/drone strike", "OTHER"),  # the PKK in the Kurdistan Region
    (_actor("turkey_adj", "TURKEY"), "SYR", "Air/drone strike", "SDF"),
    (_actor("rsf", "OTHER"), "SDN", "Air/drone strike", "OTHER"),  # by id: the army
    (None, "SYR", "Remote explosive/landmine/IED", "CIVILIANS"),  # an unclaimed mine: civilians
    (None, "SYR", "Air/drone strike", None),  # nobody known: nothing inferred
    (_actor("israel", "ISRAEL"), "ISR", "Air/drone strike", None),  # no foe at home
    (_actor("us_adj", "US"), "LBY", "Air/drone strike", None),  # a theatre the table does not know
])
def test_theatre_target(agent: Actor | None, country: str, sub_event: str, expected: str | None) -> None:
    """The attacker's usual foe in the incident's country, when the article names no target."""
    got = theatre_target(agent, country, sub_event)
    assert (got and got.side) == expected
    assert got is None or got.text == ""  # told by no words of the text


@pytest.mark.parametrize("target, country, expected", [
    (_actor("israel", "ISRAEL"), "ISR", "IRAN_ALIGNED"),  # rockets on a town in Israel's north
    (_actor("civilians", "CIVILIANS"), "PSE", "ISRAEL"),  # Gaza: only Israel strikes from the air there
    (_actor("civilians", "CIVILIANS"), "LBN", "ISRAEL"),  # south Lebanon, likewise
    (_actor("saf", "OTHER"), "SDN", "OTHER"),
    (_actor("us_bases", "US"), "SYR", None),  # an unclaimed rocket on a US base stays unidentified
    (_actor("civilians", "CIVILIANS"), "SYR", None),
])
def test_theatre_attacker(target: Actor, country: str, expected: str | None) -> None:
    """The target's usual foe is the attacker when the article names none, except on US bases."""
    got = theatre_attacker(target, country, "Air/drone strike")
    assert (got and got.side) == expected


def test_civilians_have_a_foe_only_for_strikes_and_shells() -> None:
    """A shooting or a raid on civilians in the West Bank names its doer or stays unidentified: no guess."""
    assert theatre_attacker(_actor("civilians", "CIVILIANS"), "PSE", "Attack") is None
    assert theatre_attacker(_actor("civilians", "CIVILIANS"), "PSE", "Shelling/artillery/missile attack") is not None


def test_no_theatre_attacker_for_a_roadside_bomb() -> None:
    """'انفجرت عبوه ناسفه بعجله للحشد': the makers of an unclaimed bomb stay unidentified."""
    assert theatre_attacker(_actor("pmf", "IRAN_ALIGNED"), "IRQ", "Remote explosive/landmine/IED") is None


def test_victims_told_before_the_cause() -> None:
    """'قتل عنصران من الجيش العراقي ... اثر انفجار عبوة': the toll before 'اثر' names who was hit."""
    got = sides("قتل جنديان من الجيش العراقي وأصيب ثالث، مساء أمس، إثر انفجار عبوة ناسفة على طريق قرب مدينة "
                "بيجي.")
    assert got == [("Remote explosive/landmine/IED", "UNKNOWN", "IRAQ_GOV")], got


@pytest.mark.parametrize("text, expected", [
    ("أفادت مصادر كردية بمقتل جندي تركي إثر هجوم بقذائف الهاون شنه مسلحو حزب العمال الكردستاني على قاعدة في منطقة "
     "متينا شمالي العراق أمس.", ("Shelling/artillery/missile attack", "OTHER", "TURKEY")),
    ("قتل عسكري روسي إثر هجوم بعبوة ناسفة شنه مسلحون على دورية في ريف درعا الشرقي صباح اليوم.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "RUSSIA")),
], ids=["turkish-soldier", "russian-serviceman"])
def test_soldiers_named_by_their_nisba_were_hit(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'مقتل جندي تركي إثر هجوم': the side of the soldiers counted before the attack told as their cause."""
    assert sides(text) == [expected]
