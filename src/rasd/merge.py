"""Merge: frames of one article that report the same incident become one mention (ACLED split kept).

Two frames are the same incident when their dates, places, sides and types
are compatible; a frame naming several coordinated places is first split into
one unit per place, so that each mention has one place, one day and one actor
pair, as ACLED codes them.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from . import RULESET
from .attribution import lead_covers, lead_sources
from .attribution_lead import lead_reaches
from .claim_lists import listed_claims
from .claim_retold import retold_tolls
from .claim_scope import scoped_claims, shared_zero_claims
from .definite_noun import definite
from .frame import Frame, frame_date
from .merge_anaphora import told_nearby
from .merge_arrests import suspects_place
from .merge_claims import join_claims
from .merge_compat import (
    DISRUPTED,
    SPECIFIC,
    Unit,
    allies,
    clash_goes_on,
    dates_ok,
    defence_of,
    fineness,
    items_apart,
    numbered_apart,
    one_party,
    places_ok,
    same_town_day,
    settlement,
    side,
    sides_ok,
    types_ok,
)
from .merge_detail import join_details
from .merge_exchange import exchange_with_toll
from .merge_generic import generic_only
from .merge_glue import other_story
from .merge_headline import join_headline
from .merge_mourned import mourned_past
from .merge_raid import join_raids
from .merge_retold import join_retold
from .merge_roles import decide_roles
from .merge_sources import counted_sources
from .merge_story import story_town
from .merge_thin import too_thin
from .merge_tolls import has_casualties
from .merge_umbrella import join_umbrellas
from .merge_unconfirmed import unconfirmed_only
from .merge_undated import join_undated, join_unstated
from .merge_unsaid import placed_sources
from .merge_versions import join_versions
from .merge_weekly import weekly_tally
from .merge_within import join_within
from .place_town import named_below
from .recognize import Recognized
from .records import Claim, Evidence, Location, Mention
from .role_disowned import disowned_units, own_clause_agent
from .scene_refine import refine_thin
from .scene_targeted import targeted_place
from .subevent import event_type_of, ground_guess, raid_on_civilians, settlers_raid, stormed_with_mortars
from .weapons_pick import implied_weapons


def _units(frames: list[Frame], published: date | None) -> list[Unit]:
    """One unit per frame and place."""
    out: list[Unit] = []
    bodiless = all(f.heading for f in frames)  # a post of headlines only: they are its report, dated like one
    for f in frames:
        day, prec, src = frame_date(f, published)
        if (f.heading and not bodiless or f.zone and src == "publication_day") and src != "text" and not (
                f.time is not None and f.time.kind == "stamp"):  # a live-blog entry keeps its stamp's day
            day, prec, src = None, None, "none"  # an undated headline (or incident referred to) joins one of any day
        for p in _own_places(f) or [None]:
            out.append(Unit(frames=[f], place=p, day=day, precision=prec, date_from=src, agent=f.agent,
                            target=f.target, sub_event=f.sub_event, sub_from=f.sub_from,
                            weapons=list(f.weapons), told=f.told_on and src == "text" and (
                                p is None or p.location.flagged not in WIDE)))  # not a tally's wide area
    return out


def _own_places(f: Frame) -> list[Any]:
    """The frame's places without a whole country when it names a town ('مقاومة قوات الاحتلال في العراق والمنطقة
    ... هاجم ... قاعدة ابو خشب'): the country frames the mission or contains the town, it is no second incident."""
    if all(p.location.flagged in WIDE for p in f.places):
        return list(f.places)
    return [p for p in f.places if p.location.flagged != "country_only"]


def _absorb(into: Unit, u: Unit) -> None:
    """Merge unit u into `into`, keeping the most precise and specific values."""
    split = any(f is g for f in u.frames for g in into.frames)  # two places of one frame join again
    titled = all(f.heading for f in into.frames) and not any(f.heading for f in u.frames)  # a title over the body
    into.frames.extend(u.frames)
    if u.place is not None and (into.place is None or fineness(u.place.location, split)
                                < fineness(into.place.location, split)):
        into.place = u.place
    elif titled and u.place is not None and into.place is not None and named_below(
            into.place.location, u.place.location):
        into.place = u.place  # 'هجوم في صحراء Y' over the lead's 'قرب قرية X التابعة لقضاء Y': the body's village
    order = {"text": 0, "narrative": 1, "publication_day": 2, "none": 3}
    if (order[u.date_from] + 1.5 * u.told, u.precision or 3) < (order[into.date_from] + 1.5 * into.told,
                                                                  into.precision or 3):  # the telling's day last
        into.day, into.precision, into.date_from, into.told = u.day, u.precision, u.date_from, u.told
    guessed = u.sub_from == into.sub_from == "default" and bool(side(u.agent)) and not side(into.agent) or ground_guess(
        into.sub_event, into.sub_from, into.weapons, u.sub_event, u.sub_from)  # or a ground fight over shelling
    # a type guessed from the attacker ('ضربات' by US forces: from the air) beats one guessed from nothing
    if into.sub_event == "Armed clash" and same_town_day(u, into) and side(u.agent) \
            and one_party(into.target, u.agent):  # 'مواجهات بين مقاومين وقوات الاحتلال' read the other way round
        into.agent, into.target = u.agent, into.agent  # the raid's force leads the clashes it met in the town
    elif side(u.agent) and not side(into.agent) and not one_party(u.agent, into.target):
        into.agent = u.agent  # never one side on both ends ('برصاص الاحتلال' over 'اشتباكات مع قوات الاحتلال')
    elif into.agent is None and u.agent is not None and "مجهول" in (u.agent.text or "") and _same_place(into, u) \
            and all(f.heading or f.sent in {g.sent for g in u.frames} for f in into.frames):
        into.agent = u.agent  # 'هجوم نفذه مسلحون مجهولون' below a headline naming no one: the body's unknown hand
    if side(u.target) and not side(into.target) and not one_party(u.target, into.agent):
        into.target = u.target
    rank = {"weapon": 0, "trigger": 1, "default": 2}
    if (rank[u.sub_from] < rank[into.sub_from] or guessed or into.sub_event == DISRUPTED != u.sub_event) and not clash_goes_on(
            u, into) and not _retitled(into, u):  # 'كمين ... استهدف رتلا': a clash
        into.sub_event, into.sub_from = u.sub_event, u.sub_from
    for w in u.weapons:
        if w not in into.weapons:
            into.weapons.append(w)
    into.sub_event = raid_on_civilians(into.sub_event, into.sub_from, tuple(into.weapons), into.target)  # a joined victim


def _same_place(a: Unit, b: Unit) -> bool:
    """Whether two units are told at one place (or one of them at none)."""
    return a.place is None or b.place is None or a.place.location.id == b.place.location.id


def _retitled(into: Unit, u: Unit) -> bool:
    """A title line does not retype the body's strike: not by a placeless part ('.. واصابتان برصاص "كواد كابتر"'),
    nor by a weapon of another item when the body names its own kind ('غارة' below, '.. وجرحى بقذائف' above)."""
    return (u.place is None or into.sub_from != "default") and all(f.heading for f in u.frames) and any(
        not f.heading for f in into.frames)


def merge_units(frames: list[Frame], published: date | None) -> list[Unit]:
    """Greedy in-article merge of compatible units, in text order."""
    merged: list[Unit] = []
    units = _units(frames, published)
    # headline clauses join the body's incidents last, the one of their own type first
    # and a numbered sub-heading ('العمليه رقم (91): الطيانه') joins the paragraph telling that operation, told after it
    late = [u for u in units if (u.place is None or u.frames[0].section and u.frames[0].ordinal)
            and u.frames[0].heading]
    late_ids = {id(u) for u in late}
    units = [u for u in units if id(u) not in late_ids] + late
    for u in units:
        f = u.frames[0]
        carrier = _carrier_of(u, merged)
        if carrier is not None:  # 'ان المسيره القت قنبله': the drone just told did it; its weapon stays the drone
            kept, typed = list(carrier.weapons), (carrier.sub_event, carrier.sub_from)
            _absorb(carrier, u)
            carrier.weapons = kept
            if f.subject in MUNITIONS and carrier.sub_event != typed[0]:  # 'الصاروخ اصاب': the strike stays a strike
                carrier.sub_event, carrier.sub_from = typed
            continue
        cands = [] if f.distinct else merged
        if f.section:  # a sub-heading titles the paragraphs after it (and the article's title), not those before
            cands = [m for m in cands if any(g.sent > f.sent or g.heading and not g.section for g in m.frames)]
            cands = sorted(cands, key=lambda m: f.ordinal not in {g.ordinal for g in m.frames})  # 'العمليه رقم (91)'
        if u.sub_event == "Armed clash":  # a clash told beside an attack joins the attack of its own sentence first
            cands = sorted(cands, key=lambda m: all(g.sent != f.sent for g in m.frames))
        if u.told:  # told a day after: the incident of that very day first, the day before only when none
            cands = sorted(cands, key=lambda m: m.day != u.day)
        if id(u) in late_ids and u.sub_from in SPECIFIC:
            cands = sorted(cands, key=lambda m: m.sub_event != u.sub_event)
        here = u.place.location.id if u.place is not None and u.place.location.geo_precision == 1 else None
        if here is not None:  # 'ليرتفع عدد شهداء تلك الغارة في X': the item of a list told at X, not its neighbour
            cands = sorted(cands, key=lambda m: m.place is None or m.place.location.id != here)
        for m in cands:
            if u.place is None and not (f.heading or f.mutual) and max(g.sent for g in m.frames) < f.sent - 2:
                continue  # a placeless restatement refers to the recent story only
            if m.place is None and u.place is not None and f.sent - max(g.sent for g in m.frames) > 2 \
                    and (_amid_story(m, merged) or other_story(m, u, merged)):
                continue  # nor does a placeless report amid the story take in a placed incident told well after it
            if m.day is None and u.day is not None and published is not None and (published - u.day).days > 3 \
                    and all(g.heading for g in m.frames):
                continue  # an undated headline tells the news, not an incident of a week before told as background
            if _answer_elsewhere(m, u) or _listed_apart(m, u) or numbered_apart(m, u) or items_apart(m, u):
                continue
            if dates_ok(m, u) and places_ok(m, u) and (sides_ok(m, u) and types_ok(m, u) or _debris_of(m, u)):
                _absorb(m, u)
                break
            if dates_ok(m, u) and places_ok(m, u) and defence_of(m, u):  # the strike keeps its own weapons
                kept = list(m.weapons if m.sub_event != DISRUPTED else u.weapons)
                _absorb(m, u)
                m.weapons = kept
                break
        else:
            told = _told_before(u, merged) if not f.distinct else None
            retold = _account_of(u, merged) if f.retold and not f.distinct and told is None else None
            if told is not None:
                _absorb(told, u)
            elif retold is not None:
                place = retold.place or u.place  # the first telling places it; the account only retells it
                _absorb(retold, u)
                retold.place = place
            elif (near := told_nearby(u, merged)) is not None:
                held = near.place, near.sub_event, near.sub_from  # 'قتلا خلال الاشتباك': the incident told just
                _absorb(near, u)  # before keeps its place and type
                near.place, near.sub_event, near.sub_from = held
            else:
                merged.append(u)
    join_headline(merged, _absorb)
    refine_thin(merged, _absorb)
    _share_split_sources(merged)
    return merged


AIRCRAFT = frozenset({"drone", "helicopter"})  # what 'الطائرة' may name again ('طائرة مسيرة' then 'الطائرة')
FLYERS = AIRCRAFT | {"aircraft", "suicide_drone"}  # what fires the missile 'الصاروخ' names again
MUNITIONS = frozenset({"rocket", "missile", "guided_missile"})  # what a plane or drone fires
AIR = "Air/drone strike"


def _carrier_of(u: Unit, merged: list[Unit]) -> Unit | None:
    """The incident whose weapon a verb's definite subject names again in the next sentences ('هجوم بطائرة مسيرة'
    then 'وقالت الغرفة ان المسيرة القت قنبلة علي تجمع'): the latest one told at most two sentences before, with that
    weapon, on a compatible place (and day, when the detail has one), whatever type or sides the detail reads.
    The missile a plane or drone fires names its strike again ('غارة لمسيرة على دراجة' then 'ان الصاروخ اصاب
    الدراجة'), though the strike names no missile."""
    f = u.frames[0]
    if not f.subject or f.distinct or f.heading or f.zone:
        return None
    for m in reversed(merged):
        named = f.subject in m.weapons or f.subject == "aircraft" and bool(AIRCRAFT & set(m.weapons)) \
            or f.subject in MUNITIONS and (m.sub_event == AIR or bool(FLYERS & set(m.weapons)))
        if named and any(f.sent - 2 <= g.sent <= f.sent and not g.heading for g in m.frames) \
                and (dates_ok(m, u) or u.date_from != "text") and places_ok(m, u):
            return m  # a detail with no day of its own is dated by the story, not by the incident it details
    return None


def _amid_story(m: Unit, merged: list[Unit]) -> bool:
    """A unit of the body told after an incident with a place ('وأضاف المصدر أن الوحدات باشرت فور انتهاء الاشتباك
    عمليات تمشيط'), not the headline or the lead that opens the story and is placed by its details."""
    first = min(g.sent for g in m.frames)
    return not all(g.heading for g in m.frames) and any(
        g.sent < first and not g.heading for v in merged if v.place is not None for g in v.frames)


def _debris_of(a: Unit, b: Unit) -> bool:
    """'تصدت المضادات لمسيرات ... واسقطتها' and 'شظايا احدي المسيرات التي جري اسقاطها سقطت علي منزل': the fragments of
    the weapons downed, and whom they hurt, belong to the interception, whoever the two reports name as its sides."""
    return any(x.sub_event == DISRUPTED and y.sub_event != DISRUPTED and all(f.debris for f in y.frames)
               for x, y in ((a, b), (b, a)))


def _answer_elsewhere(m: Unit, u: Unit) -> bool:
    """'ورداً على الاعتداء، نفذ الطيران غارات على بادية X': a response at another place joins no incident whose
    attacker is not its own side (the one it answers, told with no attacker, lies nearby); nor do two parts of a
    title line that name two places."""
    f = u.frames[0]
    if u.place is None or m.place is None or m.place.location.id == u.place.location.id:
        return False
    if f.heading and all(g.heading and g.sent == f.sent - 1 for g in m.frames):
        return True  # 'هجوم على X.. والطيران يدك Y': two parts of a title line, two stories at two places
    loc = u.place.location
    if not f.retaliation or f.zone or side(u.agent) is None or loc.admin1 is None or loc.flagged in (
            "country_only", "region"):
        return False  # 'ضربة في العراق رداً على الهجمات': a strike placed in a country may be the one told
    if side(m.agent) is None and side(m.target) and side(u.target) and allies(side(m.target) or "",
                                                                          side(u.target) or ""):
        return False  # 'تبنت هجوما علي القوات الامريكيه في اقليم كردستان': the same victim, not the cause answered
    return side(m.agent) is None or not allies(side(m.agent) or "", side(u.agent) or "")


def _listed_apart(m: Unit, u: Unit) -> bool:
    """'استهدفت المدفعيه اطراف بلدتي X وY': two towns one frame lists are two events, however close they lie."""
    if u.place is None or m.place is None or m.place.location.id == u.place.location.id:
        return False
    return settlement(u.place.location) and settlement(m.place.location) and any(
        f is g for f in u.frames for g in m.frames)


def _told_before(u: Unit, merged: list[Unit]) -> Unit | None:
    """The incident a definite attack noun with no date of its own tells again ('وأسفر القصف عن اصابه امراه في X',
    'اعتبر المتحدث ان الضربه اغتيال سافر'): the latest one at the same place, whatever sides or type it read."""
    f = u.frames[0]
    own = _pronoun_noun(f)
    if not ((definite(f.trigger.key) or _article_on(f)) and f.trigger.payload.get("pos") == "noun" or own) \
            or f.date_from == "text" or f.heading or f.zone or f.retaliation or u.place is None or len(f.places) > 1:
        return None  # 'طال القصف اطراف بلدتي X وY': a list of places is news; 'ردت على الهجوم' answers it
    loc = u.place.location
    for m in reversed(merged):
        if m.place is not None and not all(g.heading for g in m.frames) and (dates_ok(m, u) or _day_after(
                m, u) and m.place.location.id == loc.id) and not numbered_apart(m, u) and (
                m.place.location.id == loc.id or m.place.location.country_iso3 == loc.country_iso3
                and places_ok(m, u)) and not (own and not types_ok(m, u)):
            return m
    return None


def _article_on(f: Frame) -> bool:
    """'متهمه عناصر التنظيم بالوقوف وراء العمليه': a singular noun the article was matched off ('عمليه' after 'ال')
    is definite too; a plural ('استمرار العمليات العسكريه') names operations in general, not one told before."""
    return f.trigger.prefix.endswith("ال") and not f.trigger.key.endswith("ات")


PRONOUNS = ("ه", "ها", "هما", "هم")


def _pronoun_noun(f: Frame) -> bool:
    """'وجري اسقاطها قبل وصولها': a verbal noun with a pronoun for its object tells a weapon already told, like a
    definite noun (it joins that weapon's incident only when their types agree)."""
    key = f.trigger.key
    return len(key) > 5 and key.startswith(("اعتراض", "اسقاط")) and key.endswith(PRONOUNS)


def _account_of(u: Unit, merged: list[Unit]) -> Unit | None:
    """The incident another party's different account tells again ('غير ان الجيش قدم روايه مختلفه, اذ قال ان
    الطايره سقطت في منطقه مفتوحه'): the latest one of the body told before its sentence on a compatible day, whatever
    place, sides or type the account reads."""
    f = u.frames[0]
    for m in reversed(merged):
        if not all(g.heading for g in m.frames) and any(g.sent < f.sent for g in m.frames) and dates_ok(m, u):
            return m
    return None


def _day_after(m: Unit, u: Unit) -> bool:
    """'لترتفع حصيله قتلي الجيش في هجوم ليلان الي ثلاثه': the attack noun of an update, dated only by the story
    (the day a wounded man died), tells the incident of the day before at the same town again."""
    return u.date_from == "narrative" and m.day is not None and u.day is not None and (u.day - m.day).days == 1


def _share_split_sources(units: list[Unit]) -> None:
    """Places split from one statement share the sources and the casualty claims that any of them gathered.

    A claim given for one place keeps to it (claim_scope.scoped_claims reads the place in its evidence).
    """
    for u in units:
        for v in units:
            if u is not v and any(f is g for f in u.frames for g in v.frames if len(f.places) > 1 and not f.heading):
                extra = [s for g in v.frames for s in g.sources]
                claims = [c for g in v.frames for c in g.claims]
                for f in u.frames:
                    if len(f.places) > 1 and not f.heading:
                        f.sources = tuple(dict.fromkeys((*f.sources, *extra)))
                        for c in claims:  # one by one: a claim twice in `claims` is added once (a compiled
                            if all(c is not d for d in f.claims):  # extend of a generator builds its list first)
                                f.claims.append(c)


def _specific(u: Unit, claims: list[Claim]) -> bool:
    """A country-level report is still one incident when it gives casualties, or its own date and both sides."""
    if has_casualties(claims):
        return True
    return u.date_from == "text" and side(u.agent) is not None and side(u.target) is not None


def _counted(rec: Recognized, f: Frame) -> bool:
    """'تنفيذ ثلاث عمليات', 'شن 4 هجمات': a trigger counted right before it (2 or more) names several incidents."""
    text = rec.nt.text
    t = f.trigger
    return any(q.kind != "ordinal" and q.value is not None and q.value >= 2 and q.end <= t.start
               and not text[q.end:t.start].strip() for q in rec.near("quantities", t.start - 30, t.start))


WIDE = frozenset({"country_only", "region"})
def _two_countries(f: Frame) -> bool:
    """'تحييد 7 ارهابيين في شمالي العراق وسوريا': a frame placed only in two countries or parts of them."""
    return len(f.places) >= 2 and all(p.location.flagged in WIDE and p.location.admin1 is None
                                      for p in f.places) and len(
        {p.location.country_iso3 for p in f.places}) >= 2


def to_mentions(rec: Recognized, units: list[Unit]) -> tuple[list[Mention], list[str]]:
    """Contract mentions from merged units; units without a place are dropped with a reason."""
    art = rec.article
    out: list[Mention] = []
    dropped: list[str] = []
    lead = lead_sources(rec)
    units = join_versions(rec, units, _absorb)  # 'في المقابل، قال الجيش ...': the other party's version
    units = join_umbrellas(rec, units, _absorb)  # 'غارات على مواقع في منطقتين': the items name the counted places
    units = join_claims(rec, units, _absorb)  # 'وكانت X قد تبنت استهداف ...': a party's voice joins the report
    units = join_retold(rec, units, _absorb)  # the same town, day and attacker told again: one incident
    units = join_undated(units, _absorb)  # a telling dated by its story joins the one that states its day
    units = join_unstated(units, _absorb)  # a bare retelling joins the one account that states its day
    units = join_details(units, _absorb)  # a capital and a quarter of it, told of the one incident of its kind
    units = join_within(rec, units, _absorb)  # an area's telling and a place the text puts inside it
    units = targeted_place(rec, units)  # 'المقر المستهدف قرب قريه X': a later sentence places the hit site
    units = join_raids(rec, units, _absorb)  # a heliborne raid told as an air strike, and the arrest it made
    units = story_town(rec, units)  # an incident of its own day in the article's only town, told without naming it
    units = suspects_place(rec, units)  # the arrest of an attack's suspects, told without a place: at the attack's
    unclaimed = disowned_units(rec, [[f.sent for f in u.frames if not f.heading] for u in units])
    bodiless = all(f.heading for u in units for f in u.frames)  # a post of headlines only: they are its report
    for ui, u in enumerate(units):
        if u.place is None:
            dropped.append(f"no place for the incident at '{u.frames[0].trigger.key}'")
            continue
        if all((f.heading and not bodiless) or f.mutual for f in u.frames) and not exchange_with_toll(rec, u):
            dropped.append(f"headline or undirected exchange only, no incident in the body: "
                           f"'{u.frames[0].trigger.key}'")
            continue
        claims: list[Claim] = scoped_claims(rec, u.place.location, [c for f in u.frames for c in f.claims])
        claims += shared_zero_claims(rec, u.place.location, claims, [f for v in units for f in v.frames], u.day)
        claims += listed_claims(rec, u.place.location, u.day, claims, [f for v in units for f in v.frames])
        if too_thin(rec, u, units, claims):
            dropped.append(f"no attacker, target, weapon or casualty for '{u.frames[0].trigger.key}': "
                           f"too thin to code")
            continue
        if generic_only(rec, u.frames) and not u.weapons and not has_casualties(claims):
            dropped.append(f"operations or attacks in general ('{u.frames[0].trigger.key}'), no casualties: "
                           f"no incident of its own")
            continue
        if unconfirmed_only(rec, u.frames):
            dropped.append(f"a claim the article says no one confirmed ('{u.frames[0].trigger.key}'): no incident")
            continue
        if weekly_tally(rec, u.frames, u.precision, u.place.location.geo_precision):
            dropped.append(f"several acts of a week at a province ('{u.frames[0].trigger.key}'): a tally, no incident")
            continue
        if mourned_past(rec, u.frames):
            dropped.append(f"the past incident a funeral's dead were killed in ('{u.frames[0].trigger.key}'): "
                           f"background, no incident")
            continue
        if all(_two_countries(f) for f in u.frames):
            dropped.append(f"wide areas of two countries for the incident at '{u.frames[0].trigger.key}': "
                           f"a tally of the incidents told after it")
            continue
        if u.place.location.flagged == "country_only" and (not _specific(u, claims) or all(
                _counted(rec, f) for f in u.frames)):
            dropped.append(f"only a country for the incident at '{u.frames[0].trigger.key}' and no casualties: "
                           f"a summary, not a codable event")
            continue
        told = placed_sources(rec, u.frames, tuple(dict.fromkeys(s for f in u.frames for s in f.sources)), claims)
        sources = counted_sources(told or (
            lead if lead_covers(u.day, art.published) and lead_reaches(
                rec, lead, [f.sent for f in u.frames if not f.heading]) else ()), claims, [
            rec.nt.to_orig(rec.sentences[f.sent].start, rec.sentences[f.sent].end) for f in u.frames])
        evidence = _evidence(rec, u)
        loc: Location = u.place.location
        u.sub_event = settlers_raid(u.sub_event, [(f.agent, f.sub_event) for f in u.frames], u.target)
        head = u.frames[0]
        u.sub_event = stormed_with_mortars(u.sub_event, u.sub_from, u.weapons, (
            head.trigger.payload.id, head.trigger.payload.get("class"), head.sub_event), u.target)
        key = f"{art.doc_id}|{art.content_hash}|{loc.id}|{u.day}|{u.sub_event}|{side(u.agent)}|{len(out)}"
        mid = "m-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        if ui in unclaimed and not own_clause_agent(u.agent, [rec.nt.to_orig(*f.clause) for f in u.frames
                                                               if not f.heading]):
            u.agent = None  # 'ولم تتبن اي جهه التفجير': not a headline's guess, the story's or the theatre's foe
        agent, target, fatalities, injured = decide_roles(rec, u, loc, units, ui in unclaimed, claims, evidence)
        conf = 0.35 + 0.15 * bool(side(u.agent)) + 0.15 * (loc.geo_precision == 1) \
            + 0.1 * (u.date_from in ("text", "narrative")) + 0.1 * bool(u.weapons) + 0.1 * bool(sources) \
            + 0.03 * (len(evidence) - 1)
        out.append(Mention(
            id=mid, doc_id=art.doc_id, event_date=u.day, time_precision=u.precision,
            event_type=event_type_of(u.sub_event), sub_event_type=u.sub_event,
            actor1=agent, actor2=target, location=loc, weapons=tuple(u.weapons) or _implied_weapons(u),
            fatalities=fatalities, injured=injured,
            claims=tuple(claims), sources=sources, evidence=evidence, confidence=min(conf, 0.95),
            trigger=u.frames[0].trigger.key, retaliation=any(f.retaliation for f in u.frames), rule=RULESET,
        ))
    return retold_tolls(out), dropped  # a telling with no toll of its own takes the toll of the one it retells


def _implied_weapons(u: Unit) -> tuple[str, ...]:
    """No weapon named: the weapon the unit's type implies ('غاره' -> aircraft, 'اشتباكات' -> small arms)."""
    return implied_weapons(u.sub_event, {f.trigger.payload.get("class") for f in u.frames},
                           u.agent.side if u.agent else None)


def _evidence(rec: Recognized, u: Unit) -> tuple[Evidence, ...]:
    """The sentences behind a unit, in the original text, without repeats."""
    seen: list[Evidence] = []
    for f in u.frames:
        sent = rec.sentences[f.sent]
        a, b = rec.nt.to_orig(sent.start, sent.end)
        ev = Evidence(doc_id=rec.article.doc_id, start=a, end=b, text=rec.nt.original[a:b])
        if all(e.start != ev.start for e in seen):
            seen.append(ev)
    return tuple(seen)
