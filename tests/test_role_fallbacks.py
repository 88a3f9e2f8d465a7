"""Fallback roles: the side attacked when the clause names none, one row per construction, sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.records import Actor
from rasd.role_fallbacks import sky_target, theatre_attacker, theatre_target
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


def test_a_weapon_downed_in_a_sky_hit_the_state_defending_it() -> None:
    """'اسقطت الدفاعات الجوية مسيرة فوق X': nobody named as hit, the side whose sky it is was attacked."""
    got = sides("أسقطت الدفاعات الجوية فجر اليوم طائرة مسيرة في أجواء مدينة أصفهان دون وقوع أضرار.")
    assert got == [("Disrupted weapons use", "UNKNOWN", "IRAN_ALIGNED")], got


@pytest.mark.issue(8)
def test_civilians_killed_by_a_later_attack_are_not_the_first_ones_target() -> None:
    """'غارة على X، في حين قصفت المدفعية Y، ما أدى إلى مقتل مواطن': the toll of the second attack."""
    got = sides("نفذت طائرات حربية روسية غارتين على أطراف بلدة كنصفرة، في حين قصفت قوات النظام بالمدفعية مدينة "
                "سرمين، ما أدى إلى مقتل مواطن.")
    assert got[0] == ("Air/drone strike", "RUSSIA", "OPPOSITION"), got  # Idlib's default foe, not the civilians


def _actor(aid: str, side: str) -> Actor:
    """An actor told in the text."""
    return Actor(id=aid, name_en=aid, name_ar=aid, side=side, text="x")


@pytest.mark.parametrize("agent, country, sub_event, expected", [
    (_actor("us_adj", "US"), "YEM", "Air/drone strike", "IRAN_ALIGNED"),  # US raids on Hodeidah: the Houthis
    (_actor("israel_adj", "ISRAEL"), "LBN", "Shelling/artillery/missile attack", "IRAN_ALIGNED"),
    (_actor("turkey_adj", "TURKEY"), "IRQ", "Air/drone strike", "OTHER"),  # the PKK in the Kurdistan Region
    (_actor("irgc", "IRAN_ALIGNED"), "IRQ", "Air/drone strike", "OTHER"),  # Iran's own strikes in Iraq: the
    (_actor("iran_adj", "IRAN_ALIGNED"), "IRQ", "Shelling/artillery/missile attack", "OTHER"),  # Kurdish parties
    (_actor("kataib_hezbollah", "IRAN_ALIGNED"), "IRQ", "Air/drone strike", "US"),  # the factions: still the US
    (_actor("israel", "ISRAEL"), "PSE", "Armed clash", "CIVILIANS"),  # a West Bank raid naming no armed group
    (_actor("turkey_adj", "TURKEY"), "SYR", "Air/drone strike", "SDF"),
    (_actor("rsf", "OTHER"), "SDN", "Air/drone strike", "OTHER"),  # by id: the army
    (None, "SYR", "Remote explosive/landmine/IED", "CIVILIANS"),  # an unclaimed mine: civilians
    (None, "SYR", "Air/drone strike", None),  # nobody known: nothing inferred
    (_actor("israel", "ISRAEL"), "ISR", "Air/drone strike", None),  # no foe at home
    (_actor("us_adj", "US"), "LBY", "Air/drone strike", None),  # a theatre the table does not know
    (_actor("israel_adj", "ISRAEL"), "SYR", "Disrupted weapons use", None),  # a downed weapon: sky_target's
])
def test_theatre_target(agent: Actor | None, country: str, sub_event: str, expected: str | None) -> None:
    """The attacker's usual foe in the incident's country, when the article names no target."""
    got = theatre_target(agent, country, sub_event)
    assert (got and got.side) == expected
    assert got is None or got.text == ""  # told by no words of the text


@pytest.mark.parametrize("agent, country, expected", [
    (None, "IRN", "IRAN_ALIGNED"),  # a drone downed over Iran: Iran's defences
    (_actor("israel_adj", "ISRAEL"), "SYR", "SYRIA_GOV"),  # not Israel's usual foe there
    (None, "IRQ", "IRAQ_GOV"),
    (_actor("hezbollah", "IRAN_ALIGNED"), "ISR", "ISRAEL"),
    (_actor("iran_adj", "IRAN_ALIGNED"), "IRN", None),  # never the attacker's own side
    (None, "LBY", None),  # a sky the table does not know
])
def test_sky_target(agent: Actor | None, country: str, expected: str | None) -> None:
    """The state whose sky a downed weapon entered, when the article names no target."""
    got = sky_target(agent, country, "Disrupted weapons use")
    assert (got and got.side) == expected
    assert got is None or got.text == ""


@pytest.mark.parametrize("target, country, expected", [
    (_actor("israel", "ISRAEL"), "ISR", "IRAN_ALIGNED"),  # rockets on a town in Israel's north
    (_actor("civilians", "CIVILIANS"), "PSE", "ISRAEL"),  # Gaza: only Israel strikes from the air there
    (_actor("civilians", "CIVILIANS"), "LBN", "ISRAEL"),  # south Lebanon, likewise
    (_actor("saf", "OTHER"), "SDN", "OTHER"),
    (_actor("us_bases", "US"), "SYR", None),  # an unclaimed rocket on a US base stays unidentified
    (_actor("israel", "ISRAEL"), "PSE", None),  # civilians are Israel's foe there, but never an attacker
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


@pytest.mark.parametrize("agent, country, region, expected", [
    (_actor("russia_adj", "RUSSIA"), "SYR", "Homs", "ISIS"),  # raids near Palmyra: the desert's ISIS cells
    (_actor("syria_adj", "SYRIA_GOV"), "SYR", "Raqqa", "ISIS"),
    (_actor("russia_adj", "RUSSIA"), "SYR", "Idlib", "OPPOSITION"),  # the opposition-held north-west
    (_actor("syria_army", "SYRIA_GOV"), "SYR", "Latakia", "OPPOSITION"),
    (_actor("russia_adj", "RUSSIA"), "SYR", "Deir ez-Zor", None),  # a governorate of two fronts: no guess
    (_actor("russia_adj", "RUSSIA"), "SYR", None, None),  # no governorate: the country alone says nothing
    (_actor("turkey_adj", "TURKEY"), "SYR", "Raqqa", "SDF"),  # no region row: the country's row still holds
])
def test_theatre_target_by_governorate(agent: Actor, country: str, region: str | None, expected: str | None) -> None:
    """A region row of theatre_foes wins over the country's: whom Russian raids hit depends on the governorate."""
    got = theatre_target(agent, country, "Air/drone strike", region)
    assert (got and got.side) == expected


@pytest.mark.parametrize("text, expected", [
    # a neutral body tells, with 'ان', what a known side's drone did: it is no target (role_fallbacks._reports)
    ("وقالت خلية الإعلام الأمني في بيان إن طائرة مسيرة تابعة للجيش التركي قصفت مساء أمس سيارة قرب ناحية "
     "سيدكان.", [("TURKEY", "OTHER")]),
    # the same without 'ان': a statement announcing a toll of a strike by a named drone
    ("أعلن جهاز مكافحة الإرهاب في إقليم كوردستان مقتل شخصين بضربة لطائرة مسيرة تركية استهدفت سيارة قرب قضاء "
     "زاخو أمس.", [("TURKEY", "OTHER")]),
])
def test_a_reporting_body_is_no_target(text: str, expected: list[tuple[str, str]]) -> None:
    """A speaker before the trigger that reports what the known attacker did is not the one it hit."""
    assert [s[1:] for s in sides(text)] == expected


def test_an_unknown_attackers_speaker_may_be_its_target() -> None:
    """'قالت هيئة الحشد ان مقرا لها تعرض لقصف من طائرة مجهولة': the speaker of an unknown attack stays a candidate."""
    got = sides("وقالت هيئة الحشد الشعبي في بيان إن مقر اللواء قرب قضاء بلد تعرض أمس لقصف من طائرة مجهولة الهوية.")
    assert [g[1:] for g in got] == [("UNKNOWN", "IRAN_ALIGNED")], got


def test_an_unowned_aircraft_is_the_article_single_attacker() -> None:
    """'غارة نفذتها مسيّرة' with nobody behind it: the one side the article names as striking (6 docs in 4 sets)."""
    from tests.factories import extract_text as run

    ms = run("شنت طائرات مسيّرة تابعة لقوات الدعم السريع هجمات على مدينة الأبيض أمس.\n"
             "وفي وقت لاحق، استهدفت غارة نفذتها مسيّرة محطة كهرباء في مدينة كوستي.")
    assert [(m.location.name_en, m.actor1.side, m.actor1.text) for m in ms if m.location] == [
        ("Al-Ubayyid", "OTHER", "قوات الدعم السريع"), ("Kosti", "OTHER", "")]


@pytest.mark.parametrize("text, expected", [
    # 'المنزل المستهدف': the home called the one targeted was hit (9 docs / 5 sets)
    ("انتشل الدفاع المدني جثامين ثلاثة شهداء من تحت أنقاض المنزل المستهدف بغارة في حي الزيتون صباح اليوم.",
     [("ISRAEL", "CIVILIANS")]),
    # settlers as 'مستعمرون' (WAFA's word, 7 docs / 7 sets) attacking farmers
    ("هاجم مستعمرون صباح اليوم مزارعين في أراضيهم قرب قرية بورين جنوب نابلس.", [("ISRAEL", "CIVILIANS")]),
    # a speaker telling who fired at a merchant ship is not its target ('سفينة الشحن': 9 docs / 7 sets)
    ("وأكدت القيادة المركزية الأمريكية أن الهجوم نفذ بصاروخ أطلقه الحوثيون على سفينة الشحن في البحر الأحمر مساء "
     "أمس.", [("IRAN_ALIGNED", "CIVILIANS")]),
    # a Merkava tank is Israel's (8 docs / 7 sets)
    ('وفي عملية أخرى، فجّر مقاتلو القسام عبوة ناسفة بدبابة "ميركافا" في حي الشجاعية صباح اليوم.',
     [("OTHER", "ISRAEL")]),
], ids=["targeted-home", "settlers-farmers", "merchant-ship", "merkava"])
def test_targeted_homes_settlers_ships_and_tanks(text: str, expected: list[tuple[str, str]]) -> None:
    """Lexicon and fallback readings of who was hit: a targeted home, farmers, a merchant ship, a Merkava tank."""
    assert [s[1:] for s in sides(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # dead and wounded of no named side: civilians (qa_015, qa_019, qa_021, ey_020, ey_021, pa_013, pb_013, na_013,
    # cx_023, bl_010: 10 docs in 8 sets had the target empty)
    ("قتل 5 وجرح 11 أمس في قصف بطائرة مسيرة على مدينة الأبيض.", [("Air/drone strike", "UNKNOWN", "CIVILIANS")]),
    # a toll that counts fighters names no civilians
    ("أسفرت غارة جوية أمس قرب مدينة الحضر عن مقتل ثلاثة عناصر.", [("Air/drone strike", "UNKNOWN", None)]),
], ids=["unnamed-victims", "fighters-counted"])
def test_unnamed_victims_are_civilians(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """Killed or wounded people the article gives no side are the civilians hit."""
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("خطف مسلحون مجهولون مساء أمس شخصين في بلدة الكسرة بريف دير الزور.",
     [("Abduction/forced disappearance", "UNKNOWN", "CIVILIANS")]),
    ("اعتقلت قوات سوريا الديمقراطية اليوم خمسة أشخاص خلال حملة دهم في بلدة الشحيل بريف دير الزور الشرقي.",
     [("Arrests", "SDF", "CIVILIANS")]),
    ("اعتقلت قوات الأمن العراقية فجر اليوم عنصرين من تنظيم داعش في قضاء الحويجة.",
     [("Arrests", "IRAQ_GOV", "ISIS")]),  # a side named for the people held keeps it
])
def test_people_held_of_no_side_named_are_civilians(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Round 40 (lead; 8 dev pairs of arrests and abductions with no target, all of whose gold accepts civilians):
    the people arrested or taken, with no side of theirs named, are civilians (role_fallbacks.detained_target)."""
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("دير الزور: استهدفت طائرة مسيّرة مجهولة مساء الثلاثاء سيارة قرب بلدة الصالحية شرقي دير الزور، ما أسفر عن "
     "مقتل ثلاثة من عناصر الحرس الثوري الإيراني.",
     [("Air/drone strike", "UNKNOWN", "IRAN_ALIGNED")]),  # the dead of the result clause are the side hit
    ("بغداد: انفجرت عبوة ناسفة مساء الثلاثاء بسيارة على طريق قضاء الطارمية، ما أسفر عن مقتل اثنين من عناصر الحشد "
     "الشعبي.", [("Remote explosive/landmine/IED", "UNKNOWN", "IRAN_ALIGNED")]),  # not civilians
    ("الموصل: هاجم مسلحو داعش نقطة للجيش قرب قرية بادوش مساء الثلاثاء، ما أسفر عن مقتل اثنين من عناصر التنظيم.",
     [("Armed clash", "ISIS", "IRAQ_GOV")]),  # the attacker's own dead are not the side hit
])
def test_the_dead_of_a_result_clause_are_the_side_hit(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'..., ما اسفر عن مقتل ثلاثه من عناصر X': X was hit, unless X is the attacker's own side."""
    assert sides(text) == expected


def test_a_report_beside_the_incident_names_no_side_hit() -> None:
    """'..., فيما قتل عنصر من X في هجوم منفصل': X's dead belong to the other report, not to this incident."""
    got = sides("قتل جنديان بانفجار عبوة ناسفة في قضاء الخالص صباح اليوم، فيما أسفر هجوم منفصل في قضاء مخمور عن "
                "مقتل عنصر من قوات البيشمركة.")
    assert all(s != ("Remote explosive/landmine/IED", "UNKNOWN", "OTHER") for s in got)


def test_iran_shelling_in_the_kurdistan_region_hits_the_kurdish_parties() -> None:
    """'قصفت المدفعية الايرانية قرى حدودية في اقليم كوردستان': Iran itself, not a faction it backs, strikes the
    Iranian Kurdish parties' camps there, not US bases (theatre_foes rows by actor id, round 42)."""
    got = sides("قصفت المدفعية الإيرانية صباح اليوم السفوح المحيطة بناحية سيدكان في محافظة أربيل.")
    assert got and got[0][1:] == ("IRAN_ALIGNED", "OTHER"), got


def test_a_west_bank_raid_naming_no_armed_group_hits_civilians() -> None:
    """'اندلعت مواجهات خلال اقتحام جيش الاحتلال بلدة X': the people of the town raided, as ACLED codes them (theatre_foes
    ISRAEL PSE, round 42)."""
    got = sides("اندلعت مواجهات عنيفة فجر اليوم خلال اقتحام جيش الاحتلال بلدة بيتا جنوب نابلس.")
    assert got and got[0][1:] == ("ISRAEL", "CIVILIANS"), got


def test_the_sahel_state_militia_and_its_foe_have_sides() -> None:
    """'متطوعي الدفاع عن الوطن' (Burkina Faso's VDP) and 'جماعة نصرة الإسلام والمسلمين' (JNIM), both OTHER, are
    lexicon actors and sworn foes in Burkina Faso (session 45, h7: 10 rA docs in 9 batches each)."""
    got = sides("قُتل سبعة من متطوعي الدفاع عن الوطن أمس في هجوم مسلح على نقطة لهم قرب بلدة جيبو شمالي بوركينا فاسو.")
    assert got and got[0][1:] == ("OTHER", "OTHER"), got


@pytest.mark.parametrize("text", [
    "قتل أربعة مقاتلين من فصيل عراقي مسلح حين أصابت طائرة مسيرة سيارتهم قرب مدينة الميادين في ريف دير الزور.",
    "قتل ثلاثة مقاتلين من فصائل موالية لطهران في غارات استهدفت موقعا لهم قرب مدينة الميادين في ريف دير الزور.",
])
def test_an_iraqi_faction_in_syria_is_iran_aligned(text: str) -> None:
    """'فصيل عراقي (مسلح)', 'فصائل موالية لطهران': the singular and the capital's name of the Iran-aligned factions'
    row (session 47, h7: rA nh_006, nh_010, pg_003)."""
    got = sides(text)
    assert got and got[0][2] == "IRAN_ALIGNED", got
