"""Resolution of place phrases against the gazetteer, with the article as context.

Candidate-then-decide: ``places.find_units`` proposes phrases; here every candidate place of a phrase
is scored (size rank, head-noun compatibility, the explicit context phrase "بريف X" / "في X", a
nationality adjective, the other places of the sentence and of the article, the article's country
focus), the best one is chosen, and a precision gate decides whether the phrase
is a place at all: a small village whose name is also a common word needs a head noun, a descriptor,
or a locative preposition plus nearby context. False places are worse than missing ones.

The country focus (``evidence_of``, ``context.Evidence``) is a scoring step of its own: mentions
whose plausible readings all lie in one country vote for it (before the first pass only countries,
admin units, regions and curated sites; after it every accepted one), and each candidate gains a
score from its country's share of the article's votes. So "صور" in a report from south Lebanon is
Tyre, not Sur in Oman, without any rule about that name.

Speed: what depends only on a name and its head (the candidates, their size, name and head terms) is
prepared once per name and head kind (``plans.name_plan``, memoized); the per-article loop adds the
context terms. Every term but the country terms is a multiple of 0.5, so sums are exact.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from ..matcher import Match
from ..normalize import NormText
from . import explicit as xp
from .anchor import far_anchors, kept_readings, lone_towns
from .bare_names import Anchors
from .context import Context, Evidence, min_km, near_points
from .datelines import datelines
from .explicit import IN_TOWN, NEAR_KM, Explicit, _explicit, agreement, context_units, explicit_target
from .far_areas import far_areas
from .far_villages import far_villages
from .gazetteer import ALTERNATE, NEEDS_HEAD, Gazetteer, Place, load_gazetteer
from .holders import held
from .homonym_context import context_homonyms
from .name_tails import name_tails
from .one_sense import one_sense
from .page_names import page_names
from .places import PREP_WORD, Payload, Unit, find_units
from .plans import SITE_HEADS, Cand, NamePlan, name_plan
from .quarters import contained
from .refs import Choice, PlaceRef, Point, km_to, locate_units, point
from .second_names import second_names
from .stopwords import common_words, stopwords
from .strays import strays
from .subdistricts import subdistricts
from .translit import foreign_firsts, transliterated
from .unit_filters import addressees, ages, described, openers
from .variants import variant_refs

SAME_SENSE_BONUS = 2.0
SENSE_STEP, SENSE_STEPS = 1.0, 2  # each further introduced mention that took a sense adds this, up to twice
FAR_DEG = 1.36  # 151 km of latitude: a candidate this far (in latitude or cos-scaled longitude) from every point
NATION_AGREES, NATION_DISAGREES = 3.0, -6.0  # a nationality adjective: as explicit_score for a country context
BORDER_KM = 10.0  # a candidate this near a place of the article gets that place's country terms too
VOTE_KINDS = frozenset({"admin1", "admin2", "region"})  # besides countries and curated sites: vote before any choice
TOWN_HEADS = frozenset({"locality", "city", "camp", "settlement"})  # head kinds of a town or village (بلده، قريه، مخيم)
QUARTER_HEADS = frozenset({xp.QUARTER, "area"})  # حي، حاره، منطقه: a quarter of a city named in the article
QUARTER_FAR_KM = 100.0  # a quarter named with its head lies this near one of the article's other places
QUARTER_NEAR_KM, QUARTER_BONUS = 15.0, 1.0  # a quarter row this near one of the article's places gains this
CLUSTER_KM = 25.0  # introduced villages this near each other back each other's country (_cluster_votes)
NO_FOCUS = Evidence()  # no armed group named: the places alone tell the article's country
_new = tuple.__new__  # builds a Choice without the NamedTuple's Python-level __new__ (hot path)


def vote_weight(u: Unit, cd: Cand, bare: bool) -> float:
    """How much one unambiguous mention says about the article's country: a direction of a country
    ("جنوب لبنان"), an admin unit, a named region or a curated site 2; a town introduced by a head,
    descriptor, preposition, list or as context 1; a bare town name 0.5; a bare country name 0.5
    (countries are named as actors as often as as places)."""
    kind = cd.place.kind
    if kind == "country":
        return 2.0 if u.desc is not None or u.direction is not None else 0.5
    if kind in VOTE_KINDS or cd.curated:
        return 2.0
    return 0.5 if bare and u.context_of is None else 1.0


def evidence_of(units: list[Unit], plans: list[NamePlan], order: Iterable[int],
                chosen: dict[int, Choice] | None = None) -> Evidence:
    """The article's country focus from its unambiguous mentions (see context.Evidence).

    Before any choice (chosen None) only countries, admin units, named regions and curated sites vote,
    when a head noun, a descriptor or a preposition word introduces them ("علي رازح") or their name is
    theirs alone ("جنوب لبنان", "قضاء مرجعيون", "لبنان") or a nationality adjective names the country of one of their readings
    ("كفرشوبا اللبنانيه"); after the first pass every mention it took for a place votes, villages
    included. Common words that are also places somewhere ("في صباح اليوم", "قرى الحافه الاماميه") do
    not vote.
    """
    stop = stopwords()
    votes: list[tuple[str, float]] = []
    for k in order if chosen is None else chosen:
        u, plan = units[k], plans[k]
        c = None if chosen is None else chosen[k]
        weak = False
        if c is None:
            nation = _nation(u) if u.key not in stop else None
            if nation is not None and any(cd.iso3 == nation for cd in plan.allowed):
                votes.append((nation, 1.0))  # "تلال كفرشوبا اللبنانيه": the adjective names the place's country
                continue
            weak = u.head is None and u.desc is None and not plan.solid  # only a preposition introduces it
            if weak and not (u.locative == PREP_WORD and u.key not in common_words()):
                continue  # a ب proclitic is not enough: "بالكامل" (completely), not Al-Kamil
        elif not c.accepted:
            continue
        bare = u.feature is None and u.desc is None and not u.locative and u.list_first is None
        cd = plan.vote_strong if bare else plan.vote_allowed
        if cd is None or (c is not None and cd.place.iso3 != c.place.iso3) or u.key in stop:
            continue
        if c is None and not (cd.curated or cd.place.kind in VOTE_KINDS or cd.place.kind == "country"):
            continue  # before any choice a village does not vote: "قرى الحافه" is no evidence of Yemen
        votes.append((cd.place.iso3, 1.0 if c is None and weak else vote_weight(u, cd, bare)))
    if chosen is None and not votes:
        votes = _cluster_votes(units, plans)
    return Evidence.of(votes)


def _cluster_votes(units: list[Unit], plans: list[NamePlan]) -> list[tuple[str, float]]:
    """Votes of villages that back each other when nothing else names a country ("ففي كفركلا ... اما في يارون
    ... بلده رميش"): introduced names whose readings all lie in one country, two of them within CLUSTER_KM of
    each other, one of those after a town's head noun; 1 per such name. Common words that are villages
    somewhere ("في المنازل", "بجروح") lie far apart and come without a head."""
    stop, common = stopwords(), common_words()
    seen: dict[str, tuple[Place, bool]] = {}
    for u, plan in zip(units, plans, strict=True):
        headed = u.head is not None and u.feature in TOWN_HEADS
        if u.key in stop or u.key in common or not (headed or u.locative):
            continue
        cd = plan.vote_allowed
        if cd is None or cd.place.kind != "locality":
            continue
        had = seen.get(u.key)
        seen[u.key] = (cd.place, headed or (had is not None and had[1]))
    votes: list[tuple[str, float]] = []
    for key, (p, headed) in seen.items():
        pals = [h for k, (q, h) in seen.items() if k != key and q.iso3 == p.iso3 and q.id != p.id
                and km_to(q.lat, q.lon, (p.lat, p.lon)) <= CLUSTER_KM]
        if pals and (headed or any(pals)):
            votes.append((p.iso3, 1.0))
    return votes


def _nation(u: Unit) -> str | None:
    """The country a nationality adjective gives the phrase ("بلده القايم العراقيه"); not after a base or a
    field, whose adjective names its operator ("قاعده حميميم الروسيه"). It weighs like an explicit country
    context but does not make a common word a place ("الشعب اليمني")."""
    return None if u.country is None or u.feature in SITE_HEADS else u.country


def _unintroduced(units: list[Unit], u: Unit) -> bool:
    """No head, descriptor, preposition or context introduces the phrase, nor the first of its list
    ("الرايات وصور الشهيد": a list of words, not of places)."""
    if u.feature is not None or u.desc is not None or u.locative or u.context_of is not None:
        return False
    first = units[u.list_first] if u.list_first is not None else None
    return first is None or _unintroduced(units, first)


def _weak(u: Unit, explicit: Explicit | None) -> bool:
    """No explicit context, head kind, descriptor, locative preposition or list: only the best-known places."""
    return explicit is None and u.feature is None and u.desc is None and not u.locative and u.list_first is None


def _headless(u: Unit) -> bool:
    """No head noun, own or inherited, and no site head kind: a stopword is then never a place (see gate)."""
    return u.head is None and u.feature not in SITE_HEADS


def _bare(u: Unit) -> bool:
    """No head kind, descriptor, locative preposition or list: a bare, unintroduced name."""
    return u.feature is None and u.desc is None and not u.locative and u.list_first is None


def choose(gz: Gazetteer, units: list[Unit], i: int, ctx: Context, explicit: Explicit | None,
           plan: NamePlan) -> Choice | None:
    """The best candidate of unit i under the current context, with the gate's verdict.

    A candidate's score: its context-free terms (size rank, alternate name, bare admin name, head
    compatibility); one sense per article (the place another mention of this name took); agreement with
    the explicit context (a direction from it, "شرقي X", agrees out to DIRECTION_KM that way; a
    quarter, "حي X بمدينه Y", must lie in it) and with a nationality adjective; distance to the other
    places of the sentence and of the article; the share of the article's places in its governorate; its
    country's terms (context.country_terms: the article's country focus, and after the first pass the
    country's share of the accepted places and the focus countries), or those of an accepted place within
    BORDER_KM when higher (a town across the border from the article's villages is on the same front).
    """
    u = units[i]
    key, feature, desc_of, country = u.key, u.feature, u.desc, u.country
    weak = _weak(u, explicit)
    cands = plan.strong if weak else plan.allowed
    if not cands:
        return None
    if len(cands) == 1 and cands[0].place.kind == "country" and key not in stopwords():
        # a country's name that is also a common word (مالي: 'financial') only when introduced ("في مالي")
        introduced = not (key in common_words() and _unintroduced(units, u))
        return _new(Choice, (cands[0].place, cands[0].flag, 5.0, introduced, False))
    nation = None if country is None or feature in SITE_HEADS else country  # _nation(u)
    if _prepared(weak, explicit, nation, ctx, plan):
        # nothing accepted yet, and the country focus cannot change the choice: the prepared choice
        first = plan.first_strong if weak else plan.first_allowed
        assert first is not None
        cd, sc = first
        supported = cd.headed or desc_of is not None
        return _new(Choice, (cd.place, cd.flag, sc, gate(u, cd, supported, None, ctx, ()) and not (
            key in common_words() and _unintroduced(units, u)), supported))
    art, sent = near_points(units, i, ctx)  # sent is a part of art
    senses = ctx.senses.get(key)
    own = ctx.chosen.get(i) if senses and i in ctx.blind else None  # a blind first choice is no sense of its own
    own_id = own.place.id if own is not None and own.accepted else None
    own_firm = own is not None and own.supported
    firm = ctx.firm.get(key) if senses else None
    desc = desc_of is not None
    a_total, admin1s = ctx.admin1_total, ctx.admin1s
    terms, country_at = ctx.terms, ctx.country_at
    target, target_pt, area, bearing, quarter_of_town = None, (0.0, 0.0), False, None, False
    if explicit is not None:
        area, bearing = explicit[1], explicit[2]
        target = explicit_target(gz, explicit[0], area or bearing is not None)  # شرقي دير الزور: its governorate too
        target_pt = point(gz, target)
        quarter_of_town = target.kind != "country"  # "البلده القديمه في نابلس": a quarter lies in its town
    if art:
        box = ctx.box or (0.0, 0.0, 0.0, 0.0)
        lat0, lat1, lon0, lon1 = box[0] - FAR_DEG, box[1] + FAR_DEG, box[2], box[3]
    inf, sqrt = math.inf, math.sqrt
    quarter_head = feature in QUARTER_HEADS
    best = cands[0]
    best_s, best_sup, best_e = -inf, False, None
    for cd in cands:
        p, _, s, headed, order, c, _, lat, lon, lonc, iso3, akey, local, pid = cd
        if senses and senses.get(pid, 0) > (pid == own_id):
            s += SAME_SENSE_BONUS  # one sense per name per article, firmer when several introduced mentions took it
            if firm is not None and (f := firm.get(pid, 0) - (pid == own_id and own_firm)) > 1:
                s += SENSE_STEP * min(f - 1, SENSE_STEPS)
        supported = headed or desc
        e = None
        if target is not None:
            e = agreement(p, target, target_pt, area, bearing)
            if feature == xp.QUARTER or (quarter_of_town and xp.QUARTER in p.features):
                e = xp.quarter_fit(e, feature, p, target, target_pt)
            elif explicit is not None:
                e = xp.province_fit(gz, e, feature, p, explicit)
            s += e
            supported = supported or e >= 3.0
        cterm = terms.get(iso3, 0.0)
        # beyond FAR_DEG of latitude or of scaled longitude from every point: beyond 150 km, no term
        if art and lat0 <= lat <= lat1 and lon0 * c <= lonc + FAR_DEG and lonc <= lon1 * c + FAR_DEG:
            d_art = d_sent = inf
            nearest = art[0]
            for pt in art:
                d = (lat - pt[0]) ** 2 + ((lon - pt[1]) * c) ** 2
                if d < d_art:
                    d_art, nearest = d, pt
            for a, b in sent:
                d = (lat - a) ** 2 + ((lon - b) * c) ** 2
                if d < d_sent:
                    d_sent = d
            d_sent, d_art = 111.2 * sqrt(d_sent), 111.2 * sqrt(d_art)
            s += 2.5 if d_sent <= 20 else 1.5 if d_sent <= 60 else 0.5 if d_sent <= 150 else 0.0
            s += 1.5 if d_art <= 30 else 0.5 if d_art <= 100 else 0.0
            if quarter_head and d_art <= QUARTER_NEAR_KM and xp.QUARTER in p.features:
                s += QUARTER_BONUS  # "حي الغزاليه" in a Baghdad report: the city's quarter, not a namesake village
            if d_art <= BORDER_KM:  # المطله next to كفركلا: a town across the border shares the front's focus
                cterm = max(cterm, terms.get(country_at.get(nearest, iso3), 0.0))
        if a_total and local:
            s += 2.0 * admin1s.get(akey, 0) / a_total
        if nation is not None:
            s += NATION_AGREES if iso3 == nation else NATION_DISAGREES
        s += cterm
        if cd is best or s > best_s or (s == best_s and (order > best.order or (
                order == best.order and pid < best.id))):
            best, best_s, best_sup, best_e = cd, s, supported, e
    return _new(Choice, (best.place, best.flag, best_s, gate(u, best, best_sup, best_e, ctx, art) and not (
        key in common_words() and _unintroduced(units, u)), best_sup))


def _prepared(weak: bool, explicit: Explicit | None, nation: str | None, ctx: Context, plan: NamePlan) -> bool:
    """Nothing accepted yet, and neither an explicit context, a nationality adjective nor the country focus can
    change the choice: the prepared choice (a tie-break among namesakes that knows nothing of the article)."""
    return explicit is None and not ctx.country_total and nation is None and not (
        ctx.evidence.countries and (plan.mixed_strong if weak else plan.mixed_allowed))


def gate(u: Unit, cd: Cand, supported: bool, explicit_e: float | None, ctx: Context, art: tuple[Point, ...]) -> bool:
    """Whether the chosen place of a unit is a place reference at all (precision first); explicit_e is
    its agreement with the explicit context, if any; art the points of the article's other places."""
    headed = cd.headed
    if u.key in stopwords() and (not headed or _headless(u)):
        return False
    flag = cd.flag
    if flag == NEEDS_HEAD:
        return headed
    if explicit_e is not None and explicit_e < 0:
        return False
    p = cd.place
    # a town after a site head ("موقع المطله", "ثكنه زرعيت"): the post is named after it, as good as في
    locative = bool(u.locative) or (u.feature in SITE_HEADS and u.head is not None and p.kind == "locality")
    far = None if cd.iso3 in ctx.focus else min_km(p, art)  # computed once, only when needed
    in_focus = far is None or far <= 100
    if not (in_focus or cd.curated or (explicit_e is not None and explicit_e >= IN_TOWN)) and (
            u.feature == xp.QUARTER or (u.head is None and xp.QUARTER in p.features)):
        return False  # a quarter far from the article's places is a namesake's: "حي الجنينه" in Rafah, "في الصدر"
    if (u.feature == xp.QUARTER and art and not cd.curated and not (explicit_e is not None and explicit_e >= IN_TOWN)
            and (min_km(p, art) if far is None else far) > QUARTER_FAR_KM):
        return False  # "حي الروضه" in a report from Taiz: not a Shabwah village of the article's own country
    kind = p.kind
    evidence = (supported or headed) and (in_focus or p.rank >= 2 or kind != "locality" or u.feature == "settlement")
    if flag == ALTERNATE and not evidence:
        return False
    if kind == "country" or cd.curated or evidence:
        return True
    rank = min(p.rank, 2) if kind == "site" else p.rank  # airports from WOF: named after people too
    if kind == "admin1" or rank >= 4:
        return in_focus or locative
    if rank == 3:
        return in_focus
    if rank == 2:
        return in_focus and (locative or u.list_first is not None
                             or (min_km(p, art) if far is None else far) <= 60)
    if rank == 1:
        return locative and (min_km(p, art) if far is None else far) <= NEAR_KM
    # a post named after a village ("ثكنه زرعيت") near the article's places: its governorate need not be one of
    # theirs yet (the front runs along a border)
    posted = u.feature in SITE_HEADS and u.head is not None
    return (locative and any(km_to(p.lat, p.lon, pt) <= 25 for pt in art)
            and (posted or ctx.admin1s.get((p.iso3, p.admin1), 0) > 0))


def resolve(gz: Gazetteer, units: list[Unit], actors: Evidence = NO_FOCUS) -> dict[int, Choice]:
    """Choose a place for every unit: context phrases first, then the rest; twice, the second time
    with the first pass's accepted places as article context. actors: the country focus of the article's named
    armed groups (actor_focus), taken in a pass where no place tells a country."""
    cu = context_units(units)
    plans = [name_plan(gz, u) for u in units]
    stop = stopwords()
    # the gate would refuse these whatever the context: a stopword without a head, and a bare, unintroduced
    # name of small villages only (unless a context phrase qualifies it)
    kept = [k for k, u in enumerate(units) if not (u.key in stop and _headless(u)) and (
        k in cu or not (plans[k].small and _bare(u)))]
    order = [k for k in kept if units[k].context_of is not None] + [k for k in kept if units[k].context_of is None]
    # (context phrases first, then the rest, each in text order)
    # a country or a unique curated site: the context cannot change it
    fixed = {k for k in order if k not in cu and plans[k].solid and units[k].key not in stop}
    # a village left out may carry an adjective
    ctx = Context.empty(_or_actors(evidence_of(units, plans, range(len(units))), actors))
    blind: set[int] = set()  # first-pass choices made by the prepared tie-break, blind to the article
    tied: set[int] = set()  # first-pass choices a same-country namesake matched term for term (no sense at all)
    for n in range(2):
        chosen = dict(ctx.chosen)
        for i in order:
            if n and i in fixed:
                continue
            ctx_units = cu.get(i)
            explicit = _explicit(units, ctx_units, chosen) if ctx_units else None
            prepared = not n and _prepared(_weak(units[i], explicit), explicit, _nation(units[i]), ctx, plans[i])
            if prepared:
                blind.add(i)
            ch = choose(gz, units, i, ctx, explicit, plans[i])
            if not n and ch is not None and _tie_picked(plans[i], ch):
                blind.add(i)
                if prepared and _far_tie(plans[i], ch):  # "قرب سنوني": two Iraqi villages 245 km apart
                    tied.add(i)
            if ch is None:
                chosen.pop(i, None)
            else:
                chosen[i] = ch
        _accept_appositions(units, chosen)
        if not n:
            ev = _or_actors(evidence_of(units, plans, order, chosen), actors)
            ctx = replace(Context.of(gz, units, chosen, ev, frozenset(tied)), blind=frozenset(blind - tied))
    _accept_repeats(units, chosen, set(range(len(units))) - set(kept))
    return chosen


def _or_actors(places: Evidence, actors: Evidence) -> Evidence:
    """The places' country focus, or the named armed groups' when no place tells a country."""
    return places if places.scores else actors


def _tie_picked(plan: NamePlan, ch: Choice) -> bool:
    """A first-pass choice a namesake of the same country matched term for term: the tie-break picked it, not
    the article ('باديه الخريطه': two villages of Deir ez-Zor), so it is no sense of its own (the plan knows
    its name's ties)."""
    return ch.place.id in plan.ties


def _far_tie(plan: NamePlan, ch: Choice) -> bool:
    """A tie-picked choice whose equal namesake lies beyond CLUSTER_KM: the tie-break, blind to the article, chose
    between two places (not between two rows of one town, whose point still anchors its neighbours)."""
    p = ch.place
    base = next((cd.base for cd in plan.allowed if cd.id == p.id), None)
    return any(cd.id != p.id and cd.iso3 == p.iso3 and cd.base == base and km_to(cd.lat, cd.lon, (p.lat, p.lon))
               > CLUSTER_KM for cd in plan.allowed)


def _accept_repeats(units: list[Unit], chosen: dict[int, Choice], dropped: set[int]) -> None:
    """A bare village name the article has introduced elsewhere ("بلده عيتا الشعب" ... "تستهدف فيها عيتا
    الشعب") is that village again, though a bare name of small villages alone is never taken."""
    stop, common = stopwords(), common_words()
    seen = {units[i].key: c for i, c in sorted(chosen.items()) if c.accepted and not _bare(units[i])}
    for k in sorted(dropped):
        u = units[k]
        got = seen.get(u.key)
        if got is not None and _bare(u) and u.key not in stop and u.key not in common:
            chosen[k] = got
    headed = {units[i].key: c for i, c in sorted(chosen.items()) if c.accepted and units[i].head is not None}
    for k, u in enumerate(units):  # "بلدات عيتيت وزفتا" ... "جرحي غاره زفتا": not Egypt's Zefta, a city the
        got = headed.get(u.key)  # bare name alone would mean; one sense per name per article
        now = chosen.get(k)
        if (got is not None and now is not None and _bare(u) and got.place.kind in ("locality", "site")
                and (not now.accepted or now.place.iso3 != got.place.iso3) and u.key not in stop and u.key not in common):
            chosen[k] = got


def _accept_appositions(units: list[Unit], chosen: dict[int, Choice]) -> None:
    """Two different names of one place side by side ("ام الرشراش (ايلات)", "قامشلو (القامشلي)") back each
    other: both are accepted even where the gate, alone, would refuse a town far from the article's focus."""
    stop, common = stopwords(), common_words()
    for i, u in enumerate(units):
        t = u.context_of
        if t is None:
            continue
        a, b = chosen.get(i), chosen.get(t)
        if (a is None or b is None or (a.accepted and b.accepted) or a.place.id != b.place.id
                or u.key == units[t].key or u.key in stop or u.key in common
                or units[t].key in stop or units[t].key in common):
            continue
        chosen[i], chosen[t] = a._replace(accepted=True), b._replace(accepted=True)


def locate(nt: NormText, hits: Iterable[Match[Payload]] | None = None, actors: Evidence = NO_FOCUS,
           anchors: Anchors | None = None) -> list[PlaceRef]:
    """Every place reference in the article, resolved with article context, sorted by start.

    hits: the place automaton's matches on nt.text when the caller has them (see places.select_items); actors: the
    country focus of the article's named armed groups (actor_focus.actor_focus), for when no place tells one;
    anchors: the same scan's hits of translit.anchor_words(), when the caller has them.
    """
    gz = load_gazetteer()
    units = page_names(nt.text, find_units(nt.text, hits))  # 'اخبار قفين اولا باول': the page's village
    if not units:
        return []
    chosen = resolve(gz, units, actors)  # datelines take part: they tell the article's country
    dated = datelines(nt.text, units)
    home = [chosen[i].place for i in sorted(dated) if i in chosen]  # where the outlet writes from
    posted = [chosen[i].place for i in sorted(dated) if i in chosen and chosen[i].accepted]  # not "الخميس 13 يونيو"
    for i in dated | addressees(nt.text, units) | ages(nt.text, units) | openers(nt.text, units) | described(
            nt.text, units, chosen) | name_tails(nt.text, units):  # 'قريه X Y', only X a row: a longer name
        chosen.pop(i, None)
    anchored = far_anchors(units, chosen)  # 'X شمالي مدينه Y', X far: near Y
    far_areas(units, chosen)  # 'منطقه الحزام ... لمدينه البوكمال': no Hazam of Aleppo, 365 km from the city
    refs = locate_units(nt, gz, anchored.units, chosen)
    firsts, foreign = foreign_firsts(nt, refs)  # "مدينه بولو بوردي": Bulo Burde, not Bolu
    if foreign:
        refs = sorted([r for r in refs if r.location.id not in foreign] + firsts, key=lambda r: r.start)
    if abroad := strays(nt, gz, refs, posted):  # "بلده بولو جدود" in a Somali report: not Bolu in Turkey
        refs = [r for r in refs if r.location.id not in abroad]
    refs = sorted(refs + subdistricts(nt, refs), key=lambda r: r.start)  # 'ناحيه قراج': the sub-district Qaraj
    extra = kept_readings(transliterated(nt, units, refs, home, anchors), anchored)
    extra += variant_refs(nt, gz, refs + extra)  # 'منطقه تاسلوجه': the row طاسلوجه
    refs = lone_towns(refs, extra, anchored)  # 'X شمال مدينه Y', X found after all: one place, not also near Y
    refs = contained(nt, gz, sorted(refs + extra, key=lambda r: r.start) if extra else refs)
    refs = one_sense(nt, gz, refs)  # 'بلده الكشمه' ... 'الكشمه': one town, the headed reading's row
    refs = context_homonyms(nt, gz, refs)  # 'منطقه الرستميه' in a Baghdad report: the quarter, not Babil's village
    refs = far_villages(nt, gz, refs)  # 'قرب السده' in a Qa'im report: no Diyala village 300 km off
    return second_names(nt, held(nt, gz, refs))  # 'ناحيه X التابعه لقضاء Y': X inside Y
