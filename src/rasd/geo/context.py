"""The article as context for resolution: its country focus, accepted places, their points and countries."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from .gazetteer import Gazetteer, Place
from .places import Unit
from .refs import Choice, Point, point

DEFAULT_FOCUS = ("SYR", "IRQ")  # tie-break only: the first theatre of rasd
CURATED_PREFIXES = ("site:", "crossing:", "region:")
CURATED_IDS = frozenset({"site", "crossing", "region"})  # (an id without a colon: its whole text is the prefix)
FOCUS_SHARE = 0.25  # a country is in the article's focus with at least this share of the top weight
EVIDENCE_SHARE = 0.5  # the same for the evidence's countries (a stray village name abroad weighs 1)
FOCUS_WEIGHT = 3.0  # the score a candidate in the leading country of its article gains
FOCUS_BONUS = 2.0  # second pass: a candidate in one of the countries of the accepted places
DEFAULT_TIE = 0.2  # first pass without evidence: the default theatre wins ties


@dataclass(frozen=True, slots=True)
class Evidence:
    """The article's country focus, read from its unambiguous mentions (geocode.evidence_of).

    A mention votes for a country when every plausible reading of its name lies in that country (جويا,
    محافظه الحسكه, جنوب لبنان, كريات شمونه); homonyms across countries (صور, الصوانه) do not vote:
    they are what the focus decides. A candidate gains FOCUS_WEIGHT times the square root of its
    country's share of the top country's votes. No vote, no focus: only the default theatre's tie-break
    remains. (Votes per paragraph were tried: on the development set they changed nothing.)
    """

    scores: Mapping[str, float] = field(default_factory=dict)  # iso3 -> focus score of a candidate
    countries: frozenset[str] = frozenset()  # the countries with at least EVIDENCE_SHARE of the top weight

    @classmethod
    def of(cls, votes: Iterable[tuple[str, float]]) -> Evidence:
        """The focus from (iso3, weight) votes."""
        w: dict[str, float] = {}
        for iso3, v in votes:
            w[iso3] = w.get(iso3, 0.0) + v
        if not w:
            return cls()
        top = max(w.values())
        return cls(scores={c: FOCUS_WEIGHT * math.sqrt(v / top) for c, v in w.items()},
                   countries=frozenset(c for c, v in w.items() if v >= EVIDENCE_SHARE * top))


@dataclass(frozen=True, slots=True)
class Context:
    """What the article has established in the previous pass: accepted places by unit."""

    chosen: dict[int, Choice]
    points: dict[int, Point]  # accepted non-country places of units, by unit index
    countries: dict[str, int]  # accepted places by country
    admin1s: dict[tuple[str, str], int]  # accepted non-country places by (country, governorate)
    focus: frozenset[str]
    senses: Mapping[str, Mapping[str, int]]  # name -> ids of the places its accepted mentions took -> how many took it
    by_sentence: dict[int, frozenset[Point]]
    everywhere: tuple[Point, ...]  # every distinct point
    shared: frozenset[Point]  # points that two or more names took (a name's own mentions are no anchor)
    admin1_total: int = 0
    country_total: int = 0  # 0: nothing accepted, so no points, senses or governorates
    evidence: Evidence = Evidence()
    box: tuple[float, float, float, float] | None = None  # lat0, lat1, lon0, lon1 around every point
    terms: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(DEFAULT_FOCUS, DEFAULT_TIE))
    country_at: Mapping[Point, str] = field(default_factory=dict)  # point -> the country of a place that took it
    blind: frozenset[int] = frozenset()  # units whose first-pass choice knew nothing of the article: no sense of their own
    firm: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # senses taken with a head, descriptor or
    # agreeing context ('بلده الصالحيه بريف البوكمال'): name -> place id -> how many took it so

    @classmethod
    def of(cls, gz: Gazetteer, units: list[Unit], chosen: dict[int, Choice], evidence: Evidence = Evidence(),
           tied: frozenset[int] = frozenset()) -> Context:
        """Summarize accepted choices: their points, countries, governorates and the focus countries.

        tied: units whose choice a same-country namesake matched term for term (a tie-break, not the article:
        "قرب سنوني", two Iraqi villages of that name) count for their country only: no sense, point or governorate.
        """
        points: dict[int, Point] = {}
        countries: dict[str, int] = {}
        admin1s: dict[tuple[str, str], int] = {}
        senses: dict[str, dict[str, int]] = {}
        firm: dict[str, dict[str, int]] = {}
        by_sentence: dict[int, list[Point]] = {}
        taken: dict[Point, set[str]] = {}  # point -> the names that took it
        country_at: dict[Point, str] = {}
        ok: list[Place] = []
        for i, c in chosen.items():
            if not c.accepted:
                continue
            p = c.place
            ok.append(p)
            u = units[i]
            countries[p.iso3] = countries.get(p.iso3, 0) + 1
            if i in tied:
                continue
            took = senses.setdefault(u.key, {})
            took[p.id] = took.get(p.id, 0) + 1
            if c.supported:
                held = firm.setdefault(u.key, {})
                held[p.id] = held.get(p.id, 0) + 1
            if p.kind != "country":
                pt = points[i] = point(gz, p)
                taken.setdefault(pt, set()).add(u.key)
                country_at.setdefault(pt, p.iso3)
                key = (p.iso3, p.admin1)
                admin1s[key] = admin1s.get(key, 0) + 1
                by_sentence.setdefault(u.sentence, []).append(pt)
        in_focus = evidence.countries or focus(ok)
        terms = country_terms(evidence, countries, in_focus)
        box = None
        if taken:
            lats, lons = zip(*taken, strict=True)
            box = (min(lats), max(lats), min(lons), max(lons))
        return cls(chosen=chosen, points=points, countries=countries, admin1s=admin1s,
                   focus=in_focus, senses=senses,
                   by_sentence={k: frozenset(v) for k, v in by_sentence.items()},
                   everywhere=tuple(taken), shared=frozenset(pt for pt, ks in taken.items() if len(ks) > 1),
                   admin1_total=sum(admin1s.values()), country_total=sum(countries.values()), evidence=evidence,
                   box=box, terms=terms, country_at=country_at, firm=firm)

    @classmethod
    def empty(cls, evidence: Evidence = Evidence()) -> Context:
        """The context of the first pass: nothing accepted yet; the evidence's countries as focus, else the
        default theatre."""
        if not evidence.countries:
            return cls(chosen={}, points={}, countries={}, admin1s={}, focus=frozenset(DEFAULT_FOCUS), senses={},
                       by_sentence={}, everywhere=(), shared=frozenset())
        return cls(chosen={}, points={}, countries={}, admin1s={}, focus=evidence.countries, senses={},
                   by_sentence={}, everywhere=(), shared=frozenset(), evidence=evidence,
                   terms=country_terms(evidence, {}, evidence.countries))


def country_terms(evidence: Evidence, countries: Mapping[str, int], in_focus: frozenset[str]) -> dict[str, float]:
    """The country part of a candidate's score: the evidence's focus score, plus (after a pass) twice its
    country's share of the accepted places and FOCUS_BONUS for a country of the focus; summed once per
    article, looked up once per candidate."""
    total = sum(countries.values())
    out = dict(evidence.scores)
    for c, n in countries.items():
        out[c] = out.get(c, 0.0) + 2.0 * n / total
    for c in in_focus if total else ():
        out[c] = out.get(c, 0.0) + FOCUS_BONUS
    return out


class Near(NamedTuple):
    """Other accepted places seen from one unit: in its sentence and in the whole article."""

    sentence: frozenset[Point]
    article: tuple[Point, ...]


def near_of(units: list[Unit], i: int, ctx: Context) -> Near:
    """Distinct anchor points of the other units, for unit i: its own point is left out unless another
    unit took it too."""
    art, sent = near_points(units, i, ctx)
    return Near(sentence=frozenset(sent), article=art)


def near_points(units: list[Unit], i: int, ctx: Context) -> tuple[tuple[Point, ...], Collection[Point]]:
    """near_of's article and sentence points, without the Near (the resolver's hot path): the sentence's
    points are some of the article's."""
    if not ctx.points:
        return (), ()
    sent = ctx.by_sentence.get(units[i].sentence, ())
    own = ctx.points.get(i)
    if own is None or own in ctx.shared:
        return ctx.everywhere, sent
    return tuple([pt for pt in ctx.everywhere if pt != own]), [pt for pt in sent if pt != own]


def min_km(p: Place, pts: tuple[Point, ...]) -> float:
    """Distance from a place to the nearest of some points (inf when none)."""
    if not pts:
        return math.inf
    lat, lon = p.lat, p.lon
    c = math.cos(math.radians(lat))
    hypot = math.hypot
    return 111.2 * min([hypot(lat - a, (lon - b) * c) for a, b in pts])


def focus(places: Iterable[Place]) -> frozenset[str]:
    """The article's countries when no mention is evidence of one: weight 1 per accepted admin unit,
    curated site or town, 0.5 per country name; every country with at least a quarter of the top weight
    (the default theatre when nothing)."""
    w: dict[str, float] = {}
    for p in places:
        if p.kind == "country":
            w[p.iso3] = w.get(p.iso3, 0) + 0.5
        elif p.kind in ("admin1", "admin2") or curated(p) or p.rank >= 3:
            w[p.iso3] = w.get(p.iso3, 0) + 1
    if not w:
        return frozenset(DEFAULT_FOCUS)
    top = max(w.values())
    return frozenset(c for c, v in w.items() if v >= FOCUS_SHARE * top)


def curated(p: Place) -> bool:
    """A hand-curated site or region (facilities.tsv), as opposed to a generated row."""
    return p.kind in ("site", "region", "locality") and (p.id.startswith(CURATED_PREFIXES) or p.id in CURATED_IDS)
