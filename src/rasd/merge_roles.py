"""The casualties and actor pair of one merged incident: the figures, then who was hit, then who attacked.

The order is the decision: the conservative figures first; unnamed dead or wounded make civilians the target
(`victims_target`, `shot_victims`); who was hit, named or counted, is known before the attacker is sought from the
theatre, the article or the war (not for a strike the text calls unidentified or whose default side says it struck
nothing: `ruled_out`); the target falls back to the populated place, the theatre's foe, the works hit,
the state whose sky a downed weapon entered, the victims or the war's other party; an arrest still without an
arresting side is the state force's where it lies (`arresting_force`), and a wordless target of its own side
gives way to the people held; a `by_foe` reading and an air power found late come last.
"""

from __future__ import annotations

from .merge_compat import Unit
from .merge_tolls import conservative, death_toll
from .recognize import Recognized
from .records import Actor, Claim, Evidence, Location
from .role_fallbacks import (
    DETENTIONS,
    article_attacker,
    foe_reading,
    sky_target,
    theatre_attacker,
    theatre_target,
    victims_target,
)
from .role_held import held_ground_target
from .role_populated import populated_victims, riders_hit, shelled_place
from .role_shot import shot_victims
from .role_state import arresting_force
from .role_suspects import held_target
from .role_units import tribal_feud, war_party
from .role_unseen import ruled_out
from .role_victims import mutual_fight
from .role_words import UNKNOWN_ACTOR
from .role_works import works_target
from .subevent import carried_air_power


def decide_roles(rec: Recognized, u: Unit, loc: Location, units: list[Unit], unclaimed: bool, claims: list[Claim],
                 evidence: tuple[Evidence, ...]) -> tuple[Actor, Actor | None, int | None, int | None]:
    """The attacker, target, fatalities and injured of unit u at loc (its sub-event may be retyped on the way)."""
    injured = conservative(claims, "injured")
    fatalities = death_toll(claims, injured, u.sub_event)  # an all-intercepted drone: 0
    named = None if u.target is not None and u.target.side == "CIVILIANS" and u.sub_event == "Armed clash" \
        and mutual_fight(u.frames[0].trigger) else u.target  # 'اشتباكات اصيب خلالها شاب': no party to the fight
    victims = None if named else victims_target(
        rec, u.sub_event, claims, (e.text for e in evidence), fatalities, injured)  # unnamed dead or wounded: civilians
    u.sub_event, victims = shot_victims(rec, u, claims, evidence, fatalities, injured) or (u.sub_event, victims)
    hit = named or victims  # who was hit, named or counted, before the attacker is sought
    tribal = tribal_feud(rec, {f.sent for f in u.frames})  # 'نزاع عشايري': tribes on both sides
    agent = u.agent or (None if unclaimed else ruled_out(rec.nt.text, rec.actors, theatre_attacker(
        hit, loc.country_iso3, u.sub_event) or article_attacker(hit, u.sub_event, [v.agent for v in units]), u.sub_event)
                        or war_party(u.sub_event, loc.country_iso3, tribal)) or UNKNOWN_ACTOR  # 'غارات مجهولة'
    hitter = u.agent or (None if victims and not riders_hit(rec, u.frames, u.sub_event) else agent)  # 'سياره'
    target = named or populated_victims(rec, u.frames, victims, u.sub_event) or shelled_place(
        rec, u.frames, u.sub_event, bool(fatalities or injured)) or theatre_target(  # 'قصف قريه'
        hitter, loc.country_iso3, u.sub_event, loc.admin1) or works_target(
        rec, u.frames, u.sub_event, agent) or sky_target(  # 'تعرض حقل نفطي لهجوم': civil works, unknown hand
        u.agent or (None if victims else agent), loc.country_iso3, u.sub_event) or victims or (  # a downed drone
        war_party(u.sub_event, loc.country_iso3, tribal)  # 'اشتباكات مسلحة بمدينة الزاوية': two armed parties
        or held_target(rec, u.frames, u.sub_event))  # 'اعتقلت قوة شخصين': the people held, of no side named
    agent = arresting_force(u.sub_event, agent, loc.country_iso3, loc.admin1, rec.article.published) or agent  # held
    if target is not None and not target.text and target.side == agent.side and u.sub_event in DETENTIONS:
        target = held_target(rec, u.frames, u.sub_event)  # 'اعتقلت قوات الامن في سنندج خمسة اشخاص': not its side
    target = held_ground_target(u.agent, target, loc.country_iso3, u.sub_event) or target  # the US raid told
    agent, target = foe_reading(agent, target) or agent, foe_reading(target, agent)  # 'ISIS=IRAQ_GOV'
    u.sub_event = carried_air_power(u.sub_event, u.sub_from, u.weapons, agent, u.frames[0].trigger)  # found late
    return agent, target, fatalities, injured
