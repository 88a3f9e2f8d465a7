"""Fusion: which reports are one incident, which values win, and event ids that stay stable."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from rasd.fuse import History, continued, fuse, new_event_id, split_event_id
from rasd.fuse_keys import km
from rasd.records import Claim, Location, Mention
from tests import factories as f

DAY = date(2022, 8, 24)
PROVINCE = f.location("conoco", id="dez_province", name_en="Deir ez-Zor", name_ar="دير الزور",
                      lat=35.33, lon=40.14, geo_precision=3)
HASAKAH = f.location("conoco", id="hasakah_province", name_en="Al-Hasakah", admin1="Al-Hasakah",
                     lat=36.5, lon=40.75, geo_precision=3)
EAST_SYRIA = f.location("conoco", id="east_syria", name_en="eastern Syria", admin1=None, admin2=None,
                        lat=35.0, lon=40.0, geo_precision=3, flagged="region")
VILLAGE_A = f.location("conoco", id="village_a", name_en="Village A", lat=35.30, lon=40.30)
VILLAGE_B = f.location("conoco", id="village_b", name_en="Village B", lat=35.30, lon=40.355)  # 5 km east
CONOCO_DUP = f.location("conoco", id="conoco_plant", name_en="Conoco gas plant", lat=35.315, lon=40.30)
NEAR_CONOCO = f.location("conoco", id="conoco_area", name_en="Conoco area", lat=35.40, lon=40.35,
                         geo_precision=2, feature="area")
NEAR_TOWN = f.location("conoco", id="town_c", name_en="near Town C", lat=35.40, lon=40.35, geo_precision=2)
VILLAGE_D = f.location("conoco", id="village_d", name_en="Village D", lat=35.30, lon=40.344)  # 4 km from A
NEAR_D = f.location("conoco", id="village_d", name_en="Village D", lat=35.30, lon=40.344, geo_precision=2)
AIR_BASE = f.location("conoco", id="site:air_base", name_en="an air base", lat=35.30, lon=40.30, feature="airbase")
TOWN_E = f.location("conoco", id="town_e", name_en="Town E", lat=35.30, lon=40.432)  # 12 km east of the base
NEAR_FAR = f.location("conoco", id="far_area", name_en="far area", lat=35.80, lon=40.60, geo_precision=2)
IRAQ_SITE = f.location("conoco", id="ain_asad", name_en="Ain al-Asad", country_iso3="IRQ",
                       admin1="Al Anbar", lat=33.80, lon=42.44)
RED_SEA = f.location("conoco", id="region:red_sea", name_en="Red Sea", country_iso3="YEM", admin1="Al Hudaydah",
                     admin2=None, lat=15.0, lon=41.8, geo_precision=3, flagged="region", feature="area")
GULF_OF_ADEN = f.location("conoco", id="region:gulf_of_aden", name_en="Gulf of Aden", country_iso3="YEM",
                          admin1="Aden", admin2=None, lat=12.6, lon=47.0, geo_precision=3, flagged="region",
                          feature="area")
PORT_TOWN = f.location("conoco", id="port_town", name_en="a port town", country_iso3="YEM", admin1="Al Hudaydah",
                       lat=14.8, lon=42.95)
WEST_YEMEN = f.location("conoco", id="west_yemen", name_en="western Yemen", country_iso3="YEM", admin1=None,
                        admin2=None, lat=15.0, lon=43.3, geo_precision=3, flagged="region")
SETTLERS: dict[str, Any] = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                           "actor1": f.actor("ISRAEL"), "actor2": f.actor("CIVILIANS"), "weapons": ("stones",),
                           "fatalities": 0}
DRONE: dict[str, Any] = {"sub_event_type": "Air/drone strike", "actor1": f.actor("TURKEY"), "actor2": f.actor("SDF"),
                        "weapons": ("drone",)}
BACKWARDS: dict[str, Any] = {"actor1": f.actor("SDF"), "actor2": f.actor("TURKEY")}
FIGHT: dict[str, Any] = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": f.actor("SYRIA_GOV"),
                        "actor2": f.actor("SDF"), "weapons": ("small_arms",), "fatalities": 6}
AIR_RAID: dict[str, Any] = {"sub_event_type": "Air/drone strike", "actor2": f.actor("ISIS"), "weapons": ("aircraft",)}
MILITIA_RAID = AIR_RAID | {"actor2": f.actor("IRAN_ALIGNED")}
RAID_ARRESTS: dict[str, Any] = {"event_type": "Strategic developments", "sub_event_type": "Arrests",
                               "actor1": f.actor("US"), "actor2": f.actor("CIVILIANS"), "weapons": ("helicopter",)}
RAID_SHOTS: dict[str, Any] = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                             "actor1": f.actor("US"), "actor2": f.actor("CIVILIANS"), "weapons": ("small_arms",)}


def m(doc: str, n: int = 0, **kw: Any) -> Mention:
    """A mention in document `doc` (defaults: militia rockets on US forces at Conoco, 24 Aug 2022)."""
    return f.mention(f"{doc}#{n}", doc, **kw)


def n_events(mentions: list[Mention]) -> int:
    """How many events fusion makes of these mentions."""
    return len(fuse(mentions)[0])


def test_places_used_here_are_as_far_apart_as_the_cases_say() -> None:
    assert 4.5 < km(VILLAGE_A.lat, VILLAGE_A.lon, VILLAGE_B.lat, VILLAGE_B.lon) < 5.5
    assert km(f.location("conoco").lat, f.location("conoco").lon, CONOCO_DUP.lat, CONOCO_DUP.lon) < 2


PAIRS: list[tuple[str, dict[str, Any], dict[str, Any], bool]] = [
    ("same day place actors type", {}, {}, True),
    ("province joins precise", {}, {"location": PROVINCE}, True),
    ("province of another admin1", {}, {"location": HASAKAH}, False),
    ("regional mention joins its country", {}, {"location": EAST_SYRIA}, True),
    ("other country", {}, {"location": IRAQ_SITE}, False),
    ("villages 5 km apart", {"location": VILLAGE_A}, {"location": VILLAGE_B}, False),
    ("an air base and the town 5 km away it is named after", {"location": AIR_BASE}, {"location": VILLAGE_B}, True),
    ("an air base and a town 12 km away", {"location": AIR_BASE}, {"location": TOWN_E}, False),
    ("gazetteer duplicate within 2 km", {}, {"location": CONOCO_DUP}, True),
    ("precision-2 area within 25 km", {}, {"location": NEAR_CONOCO}, True),
    ("'near town C', 11 km away", {}, {"location": NEAR_TOWN}, False),
    ("'near village D' and D itself", {"location": VILLAGE_D}, {"location": NEAR_D}, True),
    # one side shells a village and the surroundings of its neighbour on one day: two places, two events
    ("'near village D' and village A 4 km away", {"location": VILLAGE_A}, {"location": NEAR_D}, False),
    ("'near village D' and 'near village A' a day apart",
     {"location": f.location("conoco", id="village_a", name_en="Village A", lat=35.30, lon=40.30, geo_precision=2)},
     {"location": NEAR_D, "event_date": DAY + timedelta(days=1)}, False),
    ("precision 2 too far", {}, {"location": NEAR_FAR}, False),
    ("unknown attacker joins named", {}, {"actor1": f.actor("UNKNOWN")}, True),
    ("two named attackers differ", {}, {"actor1": f.actor("SYRIA_GOV")}, False),
    ("only a region in common, one attacker unknown", {"actor1": f.actor("UNKNOWN")}, {"location": EAST_SYRIA},
     False),
    ("reversed dyad", {}, {"actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED")}, False),
    ("fighting within one side (SAF vs RSF are both OTHER)",
     {"actor1": f.actor("OTHER"), "actor2": f.actor("OTHER"), "event_type": "Battles", "sub_event_type": "Armed clash"},
     {"actor1": f.actor("OTHER"), "actor2": f.actor("OTHER"), "event_type": "Battles", "sub_event_type": "Armed clash"},
     True),
    ("reversed, attacker unknown", {}, {"actor1": f.actor("UNKNOWN"), "actor2": f.actor("IRAN_ALIGNED")},
     False),
    ("targets disagree, attackers agree",
     {"actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED"), "sub_event_type": "Air/drone strike"},
     {"actor1": f.actor("US"), "actor2": f.actor("SYRIA_GOV"), "sub_event_type": "Air/drone strike"}, True),
    ("targets disagree, attacker unknown", {"actor1": f.actor("UNKNOWN")},
     {"actor1": f.actor("UNKNOWN"), "actor2": f.actor("SYRIA_GOV")}, False),
    # the victims' report says civilians, the other names the force hit, and neither (or one) names the attacker
    ("civilians against a force, attacker unknown", {"actor1": f.actor("UNKNOWN"), "actor2": f.actor("CIVILIANS")},
     {"actor1": f.actor("UNKNOWN")}, True),
    ("civilians against a force, one attacker named", {"actor2": f.actor("CIVILIANS")}, {"actor1": f.actor("UNKNOWN")},
     True),
    ("intercepted vs hit (sources disagree)", {"sub_event_type": "Air/drone strike", "weapons": ("drone",)},
     {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
      "weapons": ("drone",)}, True),
    ("aircraft vs artillery: two attacks", {"sub_event_type": "Air/drone strike", "weapons": ("aircraft",)},
     {"weapons": ("artillery",)}, False),
    ("drone vs mortar and drone: may be one", {"sub_event_type": "Air/drone strike", "weapons": ("drone",)},
     {"weapons": ("mortar", "drone")}, True),
    # the victims' outlet says "artillery shelling" of the strike that killed them, the army's says "warplanes"
    ("aircraft vs artillery, both counting the dead of one place",
     {"sub_event_type": "Air/drone strike", "weapons": ("aircraft",), "fatalities": 4},
     {"weapons": ("artillery",), "fatalities": 5}, True),
    ("aircraft vs artillery, one toll unknown", {"sub_event_type": "Air/drone strike", "weapons": ("aircraft",),
                                                 "fatalities": 4}, {"weapons": ("artillery",)}, False),
    ("aircraft vs artillery, the dead of a town and of a place 1.7 km away",
     {"sub_event_type": "Air/drone strike", "weapons": ("aircraft",), "fatalities": 4, "location": VILLAGE_A},
     {"weapons": ("artillery",), "fatalities": 5, "location": CONOCO_DUP}, False),
    ("battle vs shelling", {}, {"event_type": "Battles", "sub_event_type": "Armed clash"}, False),
    ("one attacker's deadly clash or shelling at one place that day", {"fatalities": 3},
     {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 2}, True),
    # the army's communiqué counts the attackers' dead of its shelling, the fighters' channel tells the fight, no toll
    ("one attacker's deadly shelling and its clash told without a toll", {"fatalities": 3},
     {"event_type": "Battles", "sub_event_type": "Armed clash"}, True),
    ("one attacker's deadly shelling and its clash told with no dead", {"fatalities": 3},
     {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 0}, False),
    # settlers storm a village: one outlet tells an attack with stones, another a clash with the villagers
    ("one attacker's attack on civilians and its clash with them, no one killed", SETTLERS,
     SETTLERS | {"event_type": "Battles", "sub_event_type": "Armed clash"}, True),
    ("one attacker's attack on civilians and its clash with a militia, no one killed", SETTLERS,
     SETTLERS | {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": f.actor("OTHER")}, False),
    ("an attack on civilians and a clash with them, attacker unknown", SETTLERS | {"actor1": f.actor("UNKNOWN")},
     SETTLERS | {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": f.actor("UNKNOWN")}, False),
    ("a deadly clash and shelling, one attacker unknown", {"fatalities": 3},
     {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 2, "actor1": f.actor("UNKNOWN")}, False),
    ("a deadly clash and shelling in villages 5 km apart", {"fatalities": 3, "location": VILLAGE_A},
     {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 2, "location": VILLAGE_B}, False),
    ("a deadly shelling and an attack on civilians the next day", {"fatalities": 3},
     {"event_type": "Violence against civilians", "sub_event_type": "Attack", "fatalities": 2,
      "event_date": DAY + timedelta(days=1)}, False),
    # a dawn raid on a village: one outlet tells the men taken away, another the shots fired at the houses
    ("a raid's arrests and its shots", RAID_ARRESTS, RAID_SHOTS, True),
    ("a raid's arrests and its dead, told as a clash", RAID_ARRESTS,
     RAID_SHOTS | {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": f.actor("ISIS"), "fatalities": 2},
     True),
    ("arrests and shots a day apart", RAID_ARRESTS, RAID_SHOTS | {"event_date": DAY + timedelta(days=1)}, False),
    ("arrests and shots, one attacker unknown", RAID_ARRESTS, RAID_SHOTS | {"actor1": f.actor("UNKNOWN")}, False),
    ("arrests and shots in villages 5 km apart", RAID_ARRESTS | {"location": VILLAGE_A},
     RAID_SHOTS | {"location": VILLAGE_B}, False),
    ("arrests and a protest", RAID_ARRESTS,
     RAID_SHOTS | {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": f.actor("CIVILIANS")}, False),
    ("drones or rockets (sources disagree)", {}, {"sub_event_type": "Air/drone strike"}, True),
    ("an IED is not an air strike", {"sub_event_type": "Air/drone strike", "actor1": f.actor("UNKNOWN")},
     {"sub_event_type": "Remote explosive/landmine/IED", "actor1": f.actor("UNKNOWN")}, False),
    ("vague report of another type family", {"location": PROVINCE},
     {"event_type": "Battles", "sub_event_type": "Armed clash"}, True),
    ("vague report of another family, attacker unknown", {"location": PROVINCE, "actor1": f.actor("UNKNOWN")},
     {"event_type": "Battles", "sub_event_type": "Armed clash"}, False),
    ("vague report of another family, a day apart", {"location": PROVINCE},
     {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": DAY + timedelta(days=1)}, False),
    ("one day apart (yesterday/today)", {}, {"event_date": DAY + timedelta(days=1)}, True),
    ("two days apart", {}, {"event_date": DAY + timedelta(days=2)}, False),
    ("a day apart, only the country in common", {}, {"event_date": DAY + timedelta(days=1),
                                                      "location": EAST_SYRIA}, False),
    ("week precision, 3 days", {}, {"event_date": DAY + timedelta(days=3), "time_precision": 2}, True),
    ("week precision, 4 days", {}, {"event_date": DAY + timedelta(days=4), "time_precision": 2}, False),
    ("month precision, 15 days", {}, {"event_date": DAY + timedelta(days=15), "time_precision": 3}, True),
    ("undated", {}, {"event_date": None}, False),
    ("unplaced", {}, {"location": None}, False),
    # a day apart, one report's dead and the other's none: a missile on the town one day, another the next
    ("a day apart, deaths against none", {"fatalities": 2}, {"event_date": DAY + timedelta(days=1), "fatalities": 0},
     False),
    ("a day apart, two tolls", {"fatalities": 2}, {"event_date": DAY + timedelta(days=1), "fatalities": 3}, True),
    ("a day apart, one toll unknown", {"fatalities": 2}, {"event_date": DAY + timedelta(days=1)}, True),
    ("same day, deaths against none", {"fatalities": 2}, {"fatalities": 0}, True),
    # Syrian and Russian warplanes fly the same raids: reports credit either, on the same day
    ("Syrian or Russian air raid", AIR_RAID | {"actor1": f.actor("RUSSIA")}, AIR_RAID | {"actor1": f.actor("SYRIA_GOV")},
     True),
    ("Syrian and Russian air raids a day apart", AIR_RAID | {"actor1": f.actor("RUSSIA")},
     AIR_RAID | {"actor1": f.actor("SYRIA_GOV"), "event_date": DAY + timedelta(days=1)}, False),
    ("Syrian air raids a day apart", AIR_RAID | {"actor1": f.actor("SYRIA_GOV")},
     AIR_RAID | {"actor1": f.actor("SYRIA_GOV"), "event_date": DAY + timedelta(days=1)}, True),
    ("Russian air raid, Syrian shelling", AIR_RAID | {"actor1": f.actor("RUSSIA")},
     {"actor1": f.actor("SYRIA_GOV"), "actor2": f.actor("ISIS"), "weapons": ()}, False),
    ("Syrian air raid and an unclaimed one a day apart", AIR_RAID | {"actor1": f.actor("SYRIA_GOV")},
     AIR_RAID | {"actor1": f.actor("UNKNOWN"), "event_date": DAY + timedelta(days=1)}, True),
    # one raid on a militia post: the militia's channel blames "the American-Zionist enemy", a wire service Israel
    ("Israeli or American raid", MILITIA_RAID | {"actor1": f.actor("ISRAEL")}, MILITIA_RAID | {"actor1": f.actor("US")},
     True),
    ("Israeli and American raids a day apart", MILITIA_RAID | {"actor1": f.actor("ISRAEL")},
     MILITIA_RAID | {"actor1": f.actor("US"), "event_date": DAY + timedelta(days=1)}, False),
    ("Israeli raid and an unclaimed one a day apart", MILITIA_RAID | {"actor1": f.actor("ISRAEL")},
     MILITIA_RAID | {"actor1": f.actor("UNKNOWN"), "event_date": DAY + timedelta(days=1)}, True),
    ("Israeli raid and an unclaimed one on US forces (reversed)", MILITIA_RAID | {"actor1": f.actor("ISRAEL")},
     MILITIA_RAID | {"actor1": f.actor("UNKNOWN"), "actor2": f.actor("US")}, False),
    ("Israeli clash report and American air raid", MILITIA_RAID | {"actor1": f.actor("ISRAEL"), "fatalities": 3},
     MILITIA_RAID | {"actor1": f.actor("US"), "event_type": "Battles", "sub_event_type": "Armed clash",
                     "weapons": (), "fatalities": 2}, True),
    # one drone strike on a village: one outlet names the drone's side as the attacker, another reads the dyad backwards
    ("an air strike told both ways round at one spot", DRONE, DRONE | BACKWARDS, True),
    ("an air strike told both ways round, a day apart", DRONE, DRONE | BACKWARDS | {"event_date": DAY + timedelta(days=1)},
     False),
    ("an air strike told both ways round in villages 5 km apart", DRONE | {"location": VILLAGE_A},
     DRONE | BACKWARDS | {"location": VILLAGE_B}, False),
    ("shelling told both ways round at one spot", {"actor1": f.actor("TURKEY"), "actor2": f.actor("SDF")},
     BACKWARDS, False),
    # one deadly fight at a village: the army's outlet names the army as the attacker, the tribe's its own fighters
    ("one deadly fight told with each side's attacker", FIGHT, FIGHT | {"actor1": f.actor("OTHER"), "fatalities": 1},
     True),
    ("one fight told with each side's attacker, one toll unknown", FIGHT,
     FIGHT | {"actor1": f.actor("OTHER"), "fatalities": None}, False),
    ("deadly fights with each side's attacker a day apart", FIGHT,
     FIGHT | {"actor1": f.actor("OTHER"), "fatalities": 1, "event_date": DAY + timedelta(days=1)}, False),
    ("deadly fights sharing no side", FIGHT,
     FIGHT | {"actor1": f.actor("OTHER"), "actor2": f.actor("ISIS"), "fatalities": 1}, False),
    ("deadly fights with each side's attacker in villages 5 km apart", FIGHT | {"location": VILLAGE_A},
     FIGHT | {"actor1": f.actor("OTHER"), "fatalities": 1, "location": VILLAGE_B}, False),
    # the seas of the ship attacks: one sea is not the other, and a ship at sea is not a town on land
    ("the same sea", {"location": RED_SEA}, {"location": RED_SEA}, True),
    ("one sea and another", {"location": RED_SEA}, {"location": GULF_OF_ADEN}, False),
    ("a sea and a town on its coast", {"location": RED_SEA}, {"location": PORT_TOWN}, False),
    ("a sea and a region of the country", {"location": RED_SEA}, {"location": WEST_YEMEN}, True),
]


@pytest.mark.parametrize(("a", "b", "same"), [(a, b, s) for _, a, b, s in PAIRS],
                         ids=[case[0] for case in PAIRS])
def test_pairs_of_reports_from_two_documents(a: dict[str, Any], b: dict[str, Any], same: bool) -> None:
    mentions = [m("d1", **a), m("d2", **b)]
    assert n_events(mentions) == (1 if same else 2)
    assert n_events(list(reversed(mentions))) == (1 if same else 2)


def test_an_air_and_an_artillery_report_joined_by_their_dead_admit_no_toll_free_shelling() -> None:
    air = m("d1", sub_event_type="Air/drone strike", weapons=("aircraft",), fatalities=4)
    tubes = m("d2", weapons=("artillery",), fatalities=5)
    other = m("d3", weapons=("mortar",), fatalities=None)
    for order in ([air, tubes, other], [other, tubes, air]):
        assert n_events(order) == 2


def test_mentions_of_one_article_are_never_fused() -> None:
    assert n_events([m("d1", 0), m("d1", 1)]) == 2


def test_a_province_report_does_not_chain_two_precise_places() -> None:
    omar = f.location("omar")
    events, assign = fuse([m("d1"), m("d2", location=omar), m("d3", location=PROVINCE)])
    assert len(events) == 2
    assert assign["d1#0"] != assign["d2#0"]


def test_best_pairs_first_province_report_joins_its_exact_twin() -> None:
    """Seeds 000/004: a precise US strike in al-Mayadin must not take the province-level report."""
    strike = {"actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED"), "sub_event_type": "Air/drone strike",
              "weapons": ("aircraft",)}
    mayadin = m("d4", 1, **(strike | {"actor2": f.actor("UNKNOWN"), "location": f.location("mayadin")}))
    dez_4 = m("d4", 0, **(strike | {"location": PROVINCE}))
    dez_0 = m("d0", 0, **(strike | {"location": PROVINCE}))
    _, assign = fuse([mayadin, dez_0, dez_4])
    assert assign["d0#0"] == assign["d4#0"] != assign["d4#1"]


def test_a_named_place_pairs_with_its_own_report_before_a_neighbour() -> None:
    """Two villages 4 km apart struck by one side: 'near D' joins D, not A (whose targets disagree)."""
    strike = {"actor1": f.actor("US"), "sub_event_type": "Air/drone strike", "weapons": ("aircraft",)}
    a1 = m("d1", 0, **(strike | {"actor2": f.actor("CIVILIANS"), "location": VILLAGE_A}))
    d1 = m("d1", 1, **(strike | {"actor2": None, "location": NEAR_D}))
    a2 = m("d2", 0, **(strike | {"actor2": f.actor("IRAN_ALIGNED"), "location": VILLAGE_A}))
    d2 = m("d2", 1, **(strike | {"actor2": f.actor("IRAN_ALIGNED"), "location": VILLAGE_D}))
    _, assign = fuse([a1, d1, a2, d2])
    assert assign["d1#0"] == assign["d2#0"] != assign["d1#1"] == assign["d2#1"]


def test_near_two_villages_pairs_each_with_its_own_village_over_a_better_target() -> None:
    """'near A and near D' (one statement) and A / 'around D' (another): each joins its own village even
    though the statement's militias agree with D's report and A's says civilians (bl_004/005, ma_001)."""
    strike = {"actor1": f.actor("US"), "sub_event_type": "Air/drone strike", "weapons": ("aircraft",)}
    near_a = f.location("conoco", id="village_a", name_en="Village A", lat=35.30, lon=40.30, geo_precision=2)
    a1 = m("d1", 0, **(strike | {"actor2": f.actor("CIVILIANS"), "location": VILLAGE_A}))
    d1 = m("d1", 1, **(strike | {"actor2": f.actor("IRAN_ALIGNED"), "location": NEAR_D}))
    a2 = m("d2", 0, **(strike | {"actor2": f.actor("IRAN_ALIGNED"), "location": near_a}))
    d2 = m("d2", 1, **(strike | {"actor2": f.actor("IRAN_ALIGNED"), "location": NEAR_D}))
    _, assign = fuse([a1, d1, a2, d2])
    assert assign["d1#0"] == assign["d2#0"] != assign["d1#1"] == assign["d2#1"]


def test_a_fight_between_two_forces_of_one_side_is_no_reversed_dyad() -> None:
    """The army against a militia, both OTHER, in one report; the militia against civilians in another
    (ot_017/018): the same clash, not A hit B / B hit A."""
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": f.actor("OTHER"),
             "weapons": ("small_arms",), "fatalities": 10}
    both = m("d1", **(clash | {"actor2": f.actor("OTHER")}))
    victims = m("d2", **(clash | {"actor2": f.actor("CIVILIANS"), "fatalities": 30}))
    assert n_events([both, victims]) == 1
    reversed_dyad = m("d3", **(clash | {"actor1": f.actor("CIVILIANS"), "actor2": f.actor("OTHER")}))
    assert n_events([victims, reversed_dyad]) == 2


def test_civilians_against_a_force_is_no_real_disagreement_when_the_attacker_agrees() -> None:
    """The victims' side says civilians, the attacker's names militias: one shelling, not the unknown one."""
    shelling = {"weapons": ("artillery",)}
    sana = m("d1", 0, **(shelling | {"actor1": f.actor("US"), "actor2": f.actor("CIVILIANS")}))
    other = m("d2", 0, **(shelling | {"actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED"),
                                     "location": f.location("conoco", geo_precision=2)}))
    vague = m("d2", 1, actor1=f.actor("UNKNOWN"), actor2=f.actor("CIVILIANS"), weapons=())
    _, assign = fuse([sana, other, vague])
    assert assign["d1#0"] == assign["d2#0"] != assign["d2#1"]


def test_civilians_and_two_forces_without_an_attacker_are_not_one_incident() -> None:
    """A roadside bomb: the hospital counts civilians, the army its soldiers, nobody says who planted it; a third
    report of a bomb on another force that day is another incident (civilians excuse one force, not two)."""
    bomb = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": f.actor("UNKNOWN"), "weapons": ("ied",)}
    victims = m("d1", **(bomb | {"actor2": f.actor("CIVILIANS")}))
    army = m("d2", **(bomb | {"actor2": f.actor("IRAQ_GOV")}))
    other = m("d3", **(bomb | {"actor2": f.actor("SDF")}))
    _, assign = fuse([victims, army, other])
    assert len(set(assign.values())) == 2
    assert n_events([victims, army]) == 1


def test_each_report_joins_the_same_day_incident_over_the_next_days() -> None:
    day1 = m("d1", 0)
    day2 = m("d1", 1, event_date=DAY + timedelta(days=1))
    other = m("d2", 0)
    _, assign = fuse([day1, day2, other])
    assert assign["d2#0"] == assign["d1#0"] != assign["d1#1"]


def test_fused_event_values() -> None:
    a = m("d1", location=PROVINCE, actor1=f.actor("UNKNOWN"), weapons=("rocket",), sources=("SANA",),
          claims=(Claim(field="fatalities", value=8, min=8, max=8, source="SOHR", doc_id="d1"),))
    b = m("d2", weapons=("rocket", "mortar"), sources=("Pentagon",), confidence=0.6,
          claims=(Claim(field="fatalities", value=6, min=6, max=7, source="Pentagon", doc_id="d2"),
                  Claim(field="fatalities", value=3, source="Fox News", doc_id="d2")))
    (event,), _ = fuse([a, b])
    assert event.location == f.location("conoco")
    assert event.actor1 is not None and event.actor1.side == "IRAN_ALIGNED"
    assert event.weapons == ("rocket", "mortar")
    assert (event.fatalities, event.fatalities_min, event.fatalities_max, event.disputed) == (6, 3, 8, True)
    assert event.sources == ("SANA", "Pentagon")
    assert event.documents == ("d1", "d2") and event.mention_ids == ("d1#0", "d2#0")
    assert len(event.claims) == 3 and event.injured == 2
    assert event.confidence > a.confidence


@pytest.mark.parametrize(("sources", "rises"), [
    ((("SANA",), ("SOHR",)), True),
    ((("SANA",), ("SANA",)), False),
    (((), ()), True),
], ids=["two sources", "one source relayed twice", "two unattributed documents"])
def test_confidence_grows_with_independent_sources(sources: tuple[tuple[str, ...], ...], rises: bool) -> None:
    (event,), _ = fuse([m("d1", sources=sources[0]), m("d2", sources=sources[1])])
    assert (event.confidence > 0.8) is rises


def test_time_and_place_come_from_the_most_precise_reports() -> None:
    week = m("d1", event_date=DAY + timedelta(days=2), time_precision=2, location=PROVINCE)
    (event,), _ = fuse([week, m("d2")])
    assert (event.event_date, event.time_precision, event.location) == (DAY, 1, f.location("conoco"))


# living dataset: stable ids

def test_ids_are_stable_across_reruns_and_input_order() -> None:
    mentions = [m("d1"), m("d2"), m("d3", location=f.location("omar"))]
    events, assign = fuse(mentions)
    again, assign2 = fuse(list(reversed(mentions)), assign)
    assert assign2 == assign and again == events
    assert {e.id for e in events} == {new_event_id("d1#0"), new_event_id("d3#0")}


def test_a_new_mention_joins_and_ids_do_not_change() -> None:
    events, assign = fuse([m("d2"), m("d3", location=f.location("omar"))])
    events2, assign2 = fuse([m("d1"), m("d2"), m("d3", location=f.location("omar"))], assign)
    assert assign2["d1#0"] == assign["d2#0"]
    assert {e.id for e in events2} == {e.id for e in events}


def test_a_bridging_mention_merges_two_events_keeping_the_older_id() -> None:
    # a: unknown attackers at Conoco; b: a province-level drone report a day later; too unlike to join
    a = m("d1", actor1=f.actor("UNKNOWN"), weapons=())
    b = m("d2", actor1=f.actor("UNKNOWN"), location=PROVINCE, event_date=DAY + timedelta(days=1),
          sub_event_type="Air/drone strike", weapons=())
    events, assign = fuse([a, b])
    assert len(events) == 2
    older, newer = assign["d2#0"], assign["d1#0"]
    bridge = m("d3", event_date=DAY + timedelta(days=1))
    events2, assign2 = fuse([a, b, bridge], assign, history=History(age={older: 1, newer: 2}))
    (merged,) = events2
    assert merged.id == older and merged.absorbed_ids == (newer,)
    assert set(assign2.values()) == {older}
    # the absorbed id stays recorded on the next run
    events3, _ = fuse([a, b, bridge], assign2, history=History(events=events2))
    assert events3[0].id == older and events3[0].absorbed_ids == (newer,)


def test_an_event_whose_mention_ids_changed_keeps_its_id() -> None:
    events, _ = fuse([m("d1"), m("d9", location=f.location("omar"))])
    reextracted = [m("d1", 5), m("d9", 7, location=f.location("omar"))]
    events2, assign2 = fuse(reextracted, {}, history=History(events=events))
    assert {e.id for e in events2} == {e.id for e in events}


OMAR_STRIKE = {"location": f.location("omar"), "actor1": f.actor("US"), "actor2": f.actor("IRAN_ALIGNED"),
               "sub_event_type": "Air/drone strike"}
CONTINUED = [  # (stored: doc -> mention fields per event; re-extracted mentions of d1; expected heirs)
    ("same signature among two", [{}, OMAR_STRIKE], [("d1#9", OMAR_STRIKE)], {"d1#9": 1}),
    ("only event, only new mention", [{}], [("d1#9", {"actor1": f.actor("UNKNOWN")})], {"d1#9": 0}),
    ("two new, no signature match", [{}], [("d1#8", {"event_date": DAY + timedelta(days=2)}),
                                           ("d1#9", {"location": f.location("mayadin")})], {}),
    ("unchanged document", [{}], [("d1#0", {})], {}),
]


@pytest.mark.parametrize(("stored", "new", "heirs"), [c[1:] for c in CONTINUED], ids=[c[0] for c in CONTINUED])
def test_re_extracted_mentions_continue_their_predecessors_event(
        stored: list[dict[str, Any]], new: list[tuple[str, dict[str, Any]]], heirs: dict[str, int]) -> None:
    before = [m("d1", k, **fields) for k, fields in enumerate(stored)] + [m("d2")]
    events, _ = fuse(before)
    of = {mid: e.id for e in events for mid in e.mention_ids}
    after = [f.mention(mid, "d1", **fields) for mid, fields in new] + [m("d2")]
    linked = {mid for e in events for mid in e.mention_ids}
    assert continued(after, events, linked) == {mid: of[f"d1#{k}"] for mid, k in heirs.items()}


def test_a_split_mention_never_rejoins_the_event_it_left() -> None:
    events, assign = fuse([m("d1"), m("d2"), m("d3")])
    (event,) = events
    hist = History(events=events, apart={"d2#0": frozenset({event.id})})
    events2, assign2 = fuse([m("d1"), m("d2"), m("d3")], assign, history=hist)
    assert assign2["d1#0"] == assign2["d3#0"] == event.id
    assert assign2["d2#0"] == split_event_id("d2#0")
    events3, assign3 = fuse([m("d1"), m("d2"), m("d3"), m("d4")], assign2,
                            history=History(events=events2, apart=hist.apart))
    assert assign3["d2#0"] == split_event_id("d2#0") and assign3["d4#0"] in (event.id, assign3["d2#0"])


def test_duplicate_mention_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        fuse([m("d1"), m("d1")])


def test_mentions_with_unknown_country_and_far_places_stay_apart() -> None:
    lost = Location(id="x", name_en="X", name_ar="س", country_iso3=None, admin1=None, admin2=None,
                    lat=10.0, lon=10.0, geo_precision=1)
    assert n_events([m("d1"), m("d2", location=lost)]) == 2


@pytest.mark.parametrize("enabled", [True, False], ids=["collector on", "collector off"])
def test_fusion_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    import gc
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        fuse([m("d1"), m("d2")])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_week_precise_report_joins_a_cluster_of_day_precise_ones() -> None:
    week = m("d3", event_date=DAY + timedelta(days=2), time_precision=2)
    assert n_events([m("d1"), m("d2"), week]) == 1
    assert n_events([week, m("d1"), m("d2", event_date=DAY + timedelta(days=3), time_precision=2)]) == 1
    assert n_events([week, m("d1"), m("d2", event_date=DAY + timedelta(days=5), time_precision=2)]) == 2
