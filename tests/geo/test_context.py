"""The country focus (context.Evidence and geocode.evidence_of): votes, shares and who may vote."""

from __future__ import annotations

import math

import pytest

from rasd.geo import geocode
from rasd.geo.context import FOCUS_BONUS, FOCUS_WEIGHT, Context, Evidence, country_terms
from rasd.geo.places import find_units
from rasd.normalize import normalize_text


@pytest.mark.parametrize(("votes", "scores", "countries"), [
    ([], {}, set()),
    ([("LBN", 2.0), ("LBN", 1.0), ("ISR", 1.5)], {"LBN": 1.0, "ISR": 0.707107}, {"LBN", "ISR"}),
    ([("LBN", 4.0), ("YEM", 1.0)], {"LBN": 1.0, "YEM": 0.5}, {"LBN"}),
], ids=["no_votes", "two_countries", "stray_village_abroad"])
def test_evidence_shares_and_countries(votes: list[tuple[str, float]], scores: dict[str, float],
                                       countries: set[str]) -> None:
    ev = Evidence.of(votes)
    assert {c: round(v / FOCUS_WEIGHT, 6) for c, v in ev.scores.items()} == scores
    assert ev.countries == countries


def test_country_terms_add_the_accepted_places_after_a_pass() -> None:
    ev = Evidence.of([("LBN", 4.0), ("ISR", 1.0)])
    terms = country_terms(ev, {"LBN": 3, "SYR": 1}, frozenset({"LBN"}))
    assert terms["LBN"] == pytest.approx(FOCUS_WEIGHT + 1.5 + FOCUS_BONUS)
    assert terms["ISR"] == pytest.approx(FOCUS_WEIGHT * 0.5) and terms["SYR"] == pytest.approx(0.5)
    assert math.isclose(country_terms(ev, {}, frozenset({"LBN"}))["LBN"], FOCUS_WEIGHT)


def test_no_evidence_keeps_the_default_tie_break() -> None:
    ctx = Context.empty(Evidence())
    assert ctx.focus == {"SYR", "IRQ"} and dict(ctx.terms) == {"SYR": 0.2, "IRQ": 0.2}


@pytest.mark.parametrize(("text", "voters"), [
    ("غارة على بلدة جويا في جنوب لبنان", {"LBN"}),
    ("في صباح اليوم قصفت المدفعية قرى الحافه الامامية", set()),
    ("قصف في محافظة الحسكة", {"SYR"}),
    ("هاجم المقاتلون موقعا في تلال كفرشوبا اللبنانية المحتلة", {"LBN"}),
], ids=["admin_phrase", "common_words_do_not_vote", "governorate", "nationality_adjective"])
def test_only_countries_admin_units_and_sites_vote_before_any_choice(text: str, voters: set[str]) -> None:
    gz = geocode.load_gazetteer()
    units = find_units(normalize_text(text))
    plans = [geocode.name_plan(gz, u) for u in units]
    assert geocode.evidence_of(units, plans, list(range(len(units)))).countries == voters
