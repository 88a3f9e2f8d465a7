"""The article as context for resolution: accepted places, their points, countries and focus."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .gazetteer import Gazetteer, Place
from .places import Unit
from .refs import Choice, Point, point

DEFAULT_FOCUS = ("SYR", "IRQ")  # tie-break only: the first theatre of rasd
CURATED_PREFIXES = ("site:", "crossing:", "region:")
CURATED_IDS = frozenset({"site", "crossing", "region"})  # (an id without a colon: its whole text is the prefix)
FOCUS_SHARE = 0.25  # a country is in the article's focus with at least this share of the top weight


@dataclass(frozen=True, slots=True)
class Context:
    """What the article has established in the previous pass: accepted places by unit."""

    chosen: dict[int, Choice]
    points: dict[int, Point]  # accepted non-country places of units, by unit index
    countries: dict[str, int]  # accepted places by country
    admin1s: dict[tuple[str, str], int]  # accepted non-country places by (country, governorate)
    focus: frozenset[str]
    senses: dict[str, frozenset[str]]  # name -> ids of the places its accepted mentions took
    by_sentence: dict[int, frozenset[Point]]
    everywhere: tuple[Point, ...]  # every distinct point
    shared: frozenset[Point]  # points that two or more units took
    admin1_total: int = 0
    country_total: int = 0  # 0: nothing accepted, so no points, senses or governorates, the default focus

    @classmethod
    def of(cls, gz: Gazetteer, units: list[Unit], chosen: dict[int, Choice]) -> Context:
        """Summarize accepted choices: their points, countries, governorates and the focus countries."""
        points: dict[int, Point] = {}
        countries: dict[str, int] = {}
        admin1s: dict[tuple[str, str], int] = {}
        senses: dict[str, set[str]] = {}
        by_sentence: dict[int, list[Point]] = {}
        taken: dict[Point, int] = {}
        ok: list[Place] = []
        for i, c in chosen.items():
            if not c.accepted:
                continue
            p = c.place
            ok.append(p)
            u = units[i]
            countries[p.iso3] = countries.get(p.iso3, 0) + 1
            senses.setdefault(u.key, set()).add(p.id)
            if p.kind != "country":
                pt = points[i] = point(gz, p)
                taken[pt] = taken.get(pt, 0) + 1
                key = (p.iso3, p.admin1)
                admin1s[key] = admin1s.get(key, 0) + 1
                by_sentence.setdefault(u.sentence, []).append(pt)
        return cls(chosen=chosen, points=points, countries=countries, admin1s=admin1s, focus=focus(ok),
                   senses={k: frozenset(v) for k, v in senses.items()},
                   by_sentence={k: frozenset(v) for k, v in by_sentence.items()},
                   everywhere=tuple(taken), shared=frozenset(pt for pt, n in taken.items() if n > 1),
                   admin1_total=sum(admin1s.values()), country_total=sum(countries.values()))

    @classmethod
    def empty(cls) -> Context:
        """The context of the first pass: nothing accepted yet, the default theatre as focus."""
        return cls(chosen={}, points={}, countries={}, admin1s={}, focus=frozenset(DEFAULT_FOCUS), senses={},
                   by_sentence={}, everywhere=(), shared=frozenset())


class Near(NamedTuple):
    """Other accepted places seen from one unit: in its sentence and in the whole article."""

    sentence: frozenset[Point]
    article: tuple[Point, ...]


NO_NEAR = Near(sentence=frozenset(), article=())


def near_of(units: list[Unit], i: int, ctx: Context) -> Near:
    """Distinct anchor points of the other units, for unit i: its own point is left out unless another
    unit took it too."""
    if not ctx.points:
        return NO_NEAR
    sent = ctx.by_sentence.get(units[i].sentence, frozenset())
    own = ctx.points.get(i)
    if own is None or own in ctx.shared:
        return Near(sentence=sent, article=ctx.everywhere)
    return Near(sentence=sent - {own}, article=tuple(pt for pt in ctx.everywhere if pt != own))


def min_km(p: Place, pts: tuple[Point, ...]) -> float:
    """Distance from a place to the nearest of some points (inf when none)."""
    if not pts:
        return math.inf
    c = math.cos(math.radians(p.lat))
    return 111.2 * min(math.hypot(p.lat - a, (p.lon - b) * c) for a, b in pts)


def focus(places: Iterable[Place]) -> frozenset[str]:
    """The article's countries: weight 1 per admin unit, curated site or town, 0.5 per country name;
    every country with at least a quarter of the top weight (the default theatre when nothing)."""
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
