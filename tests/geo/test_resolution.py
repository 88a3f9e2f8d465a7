"""The shortcuts of resolution give what the plain computation gives: prepared candidates, the first-pass
choice, choices with article context, anchor points, distances, unit copies; and locate() stays fast (issue #4)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rasd.geo import geocode, plans
from rasd.geo.context import DEFAULT_FOCUS, Context, Near, near_of, near_points
from rasd.geo.places import Unit, _replace, find_units
from rasd.geo.refs import km, km_to, point
from rasd.normalize import normalize_text

REPO = Path(__file__).resolve().parents[2]
NAMES = ["دير الزور", "الميادين", "الحسينيه", "الصالحيه", "البوكمال", "حمص", "العمر", "كونيكو", "الرقه", "بغداد",
         "القائم", "عين الاسد", "سوريا", "الشدادي", "حلب", "خشام", "مراط"]


def _unit(text: str) -> Unit:
    """The first unit of a phrase."""
    return find_units(normalize_text(text))[0]


@pytest.mark.parametrize("text", [f"{h}{n}" for n in NAMES for h in ("", "في ", "قريه ", "مدينه ", "حقل ")])
def test_first_pass_choice_is_the_best_plain_score(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    u = _unit(text)
    plan = geocode.name_plan(gazetteer, u)
    for cands, first in ((plan.allowed, plan.first_allowed), (plan.strong, plan.first_strong)):
        if not cands:
            assert first is None
            continue

        def plain(c: geocode.Cand) -> float:
            return c.base + 0.2 if c.place.iso3 in DEFAULT_FOCUS else c.base

        best = min(cands, key=lambda c: (-plain(c), tuple(-x for x in c.order), c.place.id))
        assert first is not None and first[0] is best and first[1] == plain(best)


@pytest.mark.parametrize("text", ["حقل العمر", "مدينه دير الزور", "الحسينيه", "قريه خشام"])
def test_prepared_terms_are_the_plain_terms(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    u = _unit(text)
    for c in geocode.name_plan(gazetteer, u).allowed:
        p = c.place
        penalty = 1.5 if c.flag == geocode.ALTERNATE else 0.0
        compat = plans.compat(u.feature, p)
        assert c.base in (p.rank - penalty + compat, p.rank - penalty - plans.ADMIN_BARE_PENALTY + compat)
        assert c.headed == (compat >= 2.0)


def test_a_name_outside_the_gazetteer_index_is_planned_without_the_memo(gazetteer) -> None:  # type: ignore[no-untyped-def]
    u = _unit("في الميادين")
    copy = _replace(u, refs=tuple(tuple(r) for r in u.refs))
    assert copy.refs == u.refs and copy.refs is not u.refs
    plan, fresh = geocode.name_plan(gazetteer, u), geocode.name_plan(gazetteer, copy)
    assert fresh is not plan and fresh.refs is copy.refs
    assert fresh._replace(refs=u.refs) == plan


def _ctx(points: dict[int, tuple[float, float]], sentences: dict[int, int]) -> tuple[list[Unit], Context]:
    """Units in the given sentences and a context whose accepted units took the given points."""
    base = _unit("في الميادين")
    units = [_replace(base, sentence=sentences[i]) for i in range(len(sentences))]
    ctx = Context.empty()
    taken: dict[tuple[float, float], int] = {}
    for pt in points.values():
        taken[pt] = taken.get(pt, 0) + 1
    by_sentence: dict[int, set[tuple[float, float]]] = {}
    for i, pt in points.items():
        by_sentence.setdefault(sentences[i], set()).add(pt)
    return units, Context(chosen={}, points=points, countries={"SYR": 1}, admin1s={}, focus=ctx.focus, senses={},
                          by_sentence={k: frozenset(v) for k, v in by_sentence.items()}, everywhere=tuple(taken),
                          shared=frozenset(pt for pt, n in taken.items() if n > 1), country_total=1)


A, B, C = (35.0, 40.0), (34.5, 40.9), (33.3, 44.4)


@pytest.mark.parametrize(("points", "sentences", "i", "sentence", "article"), [
    ({0: A, 1: B, 2: C}, {0: 0, 1: 0, 2: 1, 3: 0}, 3, {A, B}, {A, B, C}),  # no point of its own
    ({0: A, 1: B, 2: C}, {0: 0, 1: 0, 2: 1}, 0, {B}, {B, C}),  # its own point is left out
    ({0: A, 1: A, 2: C}, {0: 0, 1: 1, 2: 1}, 0, {A}, {A, C}),  # unless another unit took it too
    ({}, {0: 0}, 0, set(), set()),
], ids=["without_own", "own_unique", "own_shared", "nothing_accepted"])
def test_anchor_points_are_the_other_units_points(points: dict[int, tuple[float, float]], sentences: dict[int, int],
                                                  i: int, sentence: set[tuple[float, float]],
                                                  article: set[tuple[float, float]]) -> None:
    units, ctx = _ctx(points, sentences)
    near = near_of(units, i, ctx)
    others = [pt for j, pt in points.items() if j != i]  # the plain definition
    assert set(near.article) == article == set(others)
    assert set(near.sentence) == sentence
    assert isinstance(near, Near) and len(near.article) == len(set(near.article))


@pytest.mark.parametrize("changes", [{"context_of": 0}, {"list_first": 1, "inherited": True, "feature": "base"}, {}])
def test_unit_copies_change_only_the_given_fields(changes: dict[str, object]) -> None:
    u = _unit("قاعده العمر")
    assert _replace(u, **changes) == u._replace(**changes)
    assert type(_replace(u, **changes)) is Unit


ARTICLES = [
    "قصفت الطائرات بلدة صور في جنوب لبنان. وسقطت قذائف على الخيام وكفركلا ومرجعيون.\n"
    "وفي سوريا استهدفت غارة مدينة تدمر وريف حمص الشرقي، وقرية الحسينية قرب دير الزور.",
    "انفجرت عبوة في الميادين. وقال مراسلنا في البوكمال إن الاشتباكات امتدت الى الصالحية والعشارة؛ "
    "ثم قصفت المدفعية قريتي خشام ومراط بريف دير الزور، وحقل العمر.\nوفي العراق سقطت صواريخ على قاعدة عين الاسد.",
]


def _plain_choice(gz, units: list[Unit], i: int, ctx: Context,  # type: ignore[no-untyped-def]
                  explicit: geocode.Explicit | None) -> tuple[str, float] | None:
    """choose()'s place and score computed plainly: every term for every candidate, distances from near_of."""
    u = units[i]
    plan = geocode.name_plan(gz, u)
    cands = plan.strong if explicit is None and geocode._bare(u) else plan.allowed
    if not cands or (len(cands) == 1 and cands[0].place.kind == "country"):
        return None
    near = near_of(units, i, ctx)
    nation = geocode._nation(u)
    target = None if explicit is None else geocode.explicit_target(gz, explicit[0], explicit[1])
    best: tuple[float, tuple[int, int], str] | None = None  # score, kind and population order, id
    for cd in cands:
        p = cd.place
        own = ctx.chosen.get(i) if i in ctx.blind else None  # a blind first-pass choice is no sense of its own
        mine = own is not None and own.accepted and own.place.id == p.id
        s = cd.base + (geocode.SAME_SENSE_BONUS if ctx.senses.get(u.key, {}).get(p.id, 0) > mine else 0.0)
        if ctx.senses.get(u.key, {}).get(p.id, 0) > mine:  # firmer when several introduced mentions took it
            firm = ctx.firm.get(u.key, {}).get(p.id, 0) - (mine and own is not None and own.supported)
            s += geocode.SENSE_STEP * max(0, min(firm - 1, geocode.SENSE_STEPS))
        if target is not None and explicit is not None:
            e = geocode.agreement(p, target, point(gz, target), explicit.area, explicit.bearing)
            s += plans.FALLBACK_OTHER - 1.0 if u.feature == "neighbourhood" and e < geocode.IN_TOWN else e
        country = ctx.terms.get(p.iso3, 0.0)
        if near.article:
            d_sent = min((math.dist((p.lat, p.lon * cd.cos), (a, b * cd.cos)) for a, b in near.sentence), default=math.inf)
            d_art = min(math.dist((p.lat, p.lon * cd.cos), (a, b * cd.cos)) for a, b in near.article)
            d_sent, d_art = 111.2 * d_sent, 111.2 * d_art
            s += 2.5 if d_sent <= 20 else 1.5 if d_sent <= 60 else 0.5 if d_sent <= 150 else 0.0
            s += 1.5 if d_art <= 30 else 0.5 if d_art <= 100 else 0.0
            nearest = min(near.article, key=lambda pt: math.dist((p.lat, p.lon * cd.cos), (pt[0], pt[1] * cd.cos)))
            if d_art <= geocode.BORDER_KM:
                country = max(country, ctx.terms.get(ctx.country_at[nearest], 0.0))
        if ctx.admin1_total and p.kind in ("locality", "site"):
            s += 2.0 * ctx.admin1s.get((p.iso3, p.admin1), 0) / ctx.admin1_total
        if nation is not None:
            s += geocode.NATION_AGREES if p.iso3 == nation else geocode.NATION_DISAGREES
        s += country
        if best is None or s > best[0] or (s == best[0] and (cd.order > best[1] or (
                cd.order == best[1] and p.id < best[2]))):
            best = (s, cd.order, p.id)
    assert best is not None
    return best[2], best[0]


@pytest.mark.parametrize("text", ARTICLES, ids=["lebanon_syria", "deir_ez_zor_iraq"])
def test_choices_with_article_context_are_the_plain_best(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    units = find_units(normalize_text(text))
    chosen = geocode.resolve(gazetteer, units)
    plans = [geocode.name_plan(gazetteer, u) for u in units]
    ctx = Context.of(gazetteer, units, chosen, geocode.evidence_of(units, plans, list(range(len(units))), chosen))
    assert ctx.everywhere and len(ctx.by_sentence) > 1
    cu = geocode.context_units(units)
    for i in range(len(units)):
        explicit = geocode._explicit(units, cu.get(i, []), chosen)
        ch = geocode.choose(gazetteer, units, i, ctx, explicit, plans[i])
        plain = _plain_choice(gazetteer, units, i, ctx, explicit)
        if plain is not None:
            assert ch is not None and ch.place.id == plain[0] and ch.score == pytest.approx(plain[1], abs=1e-9)


@pytest.mark.parametrize(("points", "sentences", "i"), [
    ({0: A, 1: B, 2: C}, {0: 0, 1: 0, 2: 1, 3: 0}, 3),
    ({0: A, 1: B, 2: C}, {0: 0, 1: 0, 2: 1}, 0),
    ({0: A, 1: A, 2: C}, {0: 0, 1: 1, 2: 1}, 0),
    ({}, {0: 0}, 0),
], ids=["without_own", "own_unique", "own_shared", "nothing_accepted"])
def test_near_points_are_near_of_and_the_sentence_is_part_of_the_article(
        points: dict[int, tuple[float, float]], sentences: dict[int, int], i: int) -> None:
    units, ctx = _ctx(points, sentences)
    art, sent = near_points(units, i, ctx)
    near = near_of(units, i, ctx)
    assert art == near.article and set(sent) == near.sentence and set(sent) <= set(art)


@pytest.mark.parametrize(("a", "b"), [(A, B), (B, C), (C, A), ((36.2, 37.15), (36.2, 37.15))])
def test_km_to_is_km(a: tuple[float, float], b: tuple[float, float]) -> None:
    assert km_to(a[0], a[1], b) == km(a, b)


def test_a_stopword_without_a_head_is_left_out_of_resolution(gazetteer) -> None:  # type: ignore[no-untyped-def]
    units = find_units(normalize_text("قصفت الطائرات حقل العمر في ريف دير الزور منذ الفجر"))
    by_key = {u.key: i for i, u in enumerate(units)}
    chosen = geocode.resolve(gazetteer, units)
    assert by_key["الفجر"] not in chosen  # the gate would refuse it whatever the context: never chosen
    assert chosen[by_key["العمر"]].accepted  # after a head noun it is a place


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على قرية الحسينية وقرية المزرعة قرب الطريق العام",
    "غارة على بلدة عين البيضا وقرية الرفيد في الريف الجنوبي",
])
def test_a_plans_ties_are_the_namesakes_that_match_term_for_term(gazetteer, text: str) -> None:  # type: ignore[no-untyped-def]
    """The ids a same-country namesake matches term for term, read once per name (plans._ties), are those the
    resolver's tie test names, for every candidate of every name."""
    for u in find_units(normalize_text(text)):
        plan = geocode.name_plan(gazetteer, u)
        for cd in plan.allowed:
            base = next(c.base for c in plan.allowed if c.id == cd.id)
            tied = any(c.id != cd.id and c.iso3 == cd.place.iso3 and c.base == base for c in plan.allowed)
            assert (cd.id in plan.ties) == tied
