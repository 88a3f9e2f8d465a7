"""Resolution of place phrases against the gazetteer, with the article as context.

Candidate-then-decide: ``places.find_units`` proposes phrases; here every candidate place of a phrase
is scored (size rank, head-noun compatibility, the explicit context phrase "بريف X" / "في X", the
other places of the sentence and of the article, the article's country focus), the best one is
chosen, and a precision gate decides whether the phrase is a place at all: a small village whose
name is also a common word needs a head noun, a descriptor, or a locative preposition plus nearby
context. False places are worse than missing ones.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..normalize import NormText
from .gazetteer import ALTERNATE, NEEDS_HEAD, PRIMARY, Gazetteer, Place, load_gazetteer
from .places import Unit, find_units, stopwords
from .refs import Choice, PlaceRef, Point, km, locate_units, point

# head feature -> place feature -> compatibility score (absent = fallback score below)
COMPAT: dict[str, dict[str, float]] = {
    "locality": {"locality": 3, "neighbourhood": 3, "admin3": 3, "village": 3},
    "city": {"locality": 3, "admin3": 2, "neighbourhood": 1, "village": 1},
    "camp": {"locality": 2, "village": 2, "area": 2, "base": 1},
    "admin1": {"admin1": 4},
    "admin2": {"admin2": 4, "admin3": 2},
    "admin3": {"admin3": 4, "locality": 2},
    "area": {"area": 3, "locality": 2, "village": 2, "admin3": 2, "neighbourhood": 1, "admin2": 1,
             "oil_field": 1, "gas_field": 1, "base": 1, "crossing": 1},
    "airport": {"airport": 4, "airbase": 4},
    "base": {"base": 4, "airbase": 3, "airport": 2, "oil_field": 2, "gas_field": 2},
    "field": {"oil_field": 4, "gas_field": 4},
    "crossing": {"crossing": 4},
}
SITE_HEADS = frozenset({"airport", "base", "field", "crossing"})
FALLBACK_LOCALITY = 0.0  # a town under a site head: the site is in or next to the town
FALLBACK_OTHER = -5.0
KIND_ORDER = {"site": 0, "locality": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
DEFAULT_FOCUS = ("SYR", "IRQ")  # tie-break only: the first theatre of rasd
NEAR_KM = 40.0
ADMIN_BARE_PENALTY = 1.5  # see score(); the province reading is decided later from the article
SAME_SENSE_BONUS = 2.0
FOCUS_BONUS = 2.0  # a candidate in one of the article's countries
FOCUS_SHARE = 0.25  # a country is in the article's focus with at least this share of the top weight


def compat(feature: str | None, place: Place) -> float:
    """How well a place fits the kind of place a head noun announces."""
    if feature is None or feature == "-":
        return 0.0
    table = COMPAT.get(feature, {})
    best = max((table.get(f, -99.0) for f in place.features), default=-99.0)
    if best > -99.0:
        return best
    if feature in SITE_HEADS and place.kind == "locality":
        return FALLBACK_LOCALITY
    if feature in ("city", "locality") and place.kind in ("admin1", "admin2") and place.cap:
        return 1.0  # مدينه دير الزور: the admin unit stands for its capital
    return FALLBACK_OTHER


@dataclass
class Context:
    """What the article has established in the previous pass: accepted places by unit."""

    chosen: dict[int, Choice]
    points: dict[int, Point]  # accepted non-country places of units, by unit index
    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    focus: frozenset[str]
    senses: dict[str, frozenset[str]]  # name -> ids of the places its accepted mentions took
    by_sentence: dict[int, frozenset[Point]]
    everywhere: tuple[Point, ...]
    admin1_total: int = 0
    country_total: int = 0

    @classmethod
    def of(cls, gz: Gazetteer, units: list[Unit], chosen: dict[int, Choice]) -> Context:
        """Summarize accepted choices: their points, countries, governorates and the focus countries."""
        ok = {i: c.place for i, c in chosen.items() if c.accepted}
        points = {i: point(gz, p) for i, p in ok.items() if p.kind != "country"}
        countries = Counter(p.iso3 for p in ok.values())
        admin1s = Counter((p.iso3, p.admin1) for p in ok.values() if p.kind != "country")
        senses: dict[str, set[str]] = {}
        for i, p in ok.items():
            senses.setdefault(units[i].key, set()).add(p.id)
        by_sentence: dict[int, list[Point]] = {}
        for i, pt in points.items():
            by_sentence.setdefault(units[i].sentence, []).append(pt)
        return cls(chosen=chosen, points=points, countries=countries, admin1s=admin1s,
                   focus=_focus(ok.values()), senses={k: frozenset(v) for k, v in senses.items()},
                   by_sentence={k: frozenset(v) for k, v in by_sentence.items()},
                   everywhere=tuple(set(points.values())), admin1_total=sum(admin1s.values()),
                   country_total=sum(countries.values()))


@dataclass(frozen=True, slots=True)
class Near:
    """Other accepted places seen from one unit: in its sentence and in the whole article."""

    sentence: frozenset[Point]
    article: tuple[Point, ...]


NO_NEAR = Near(sentence=frozenset(), article=())


def near_of(units: list[Unit], i: int, ctx: Context) -> Near:
    """Distinct anchor points of other units, for unit i (its own previous choice left out)."""
    if not ctx.points:
        return NO_NEAR
    sent = ctx.by_sentence.get(units[i].sentence, frozenset())
    own = ctx.points.get(i)
    if own is None:
        return Near(sentence=sent, article=ctx.everywhere)
    others = [pt for j, pt in ctx.points.items() if j != i]
    return Near(sentence=frozenset(pt for pt in sent if pt in others), article=tuple(set(others)))


def _nearest(p: Place, near: Near) -> tuple[float, float]:
    """Distances (km) from a place to the nearest anchor of its sentence and of the article."""
    c = math.cos(math.radians(p.lat))
    lat, lon = p.lat, p.lon
    sent = near.sentence
    d_sent = d_art = math.inf
    for pt in near.article:
        d = (lat - pt[0]) ** 2 + ((lon - pt[1]) * c) ** 2
        if d < d_art:
            d_art = d
        if d < d_sent and pt in sent:
            d_sent = d
    return 111.2 * math.sqrt(d_sent), 111.2 * math.sqrt(d_art)


def min_km(p: Place, pts: tuple[Point, ...]) -> float:
    """Distance from a place to the nearest of some points (inf when none)."""
    if not pts:
        return math.inf
    c = math.cos(math.radians(p.lat))
    return 111.2 * min(math.hypot(p.lat - a, (p.lon - b) * c) for a, b in pts)


def explicit_score(gz: Gazetteer, p: Place, ctx: Place, area: bool = False) -> float:
    """Agreement between a candidate and the place its phrase names as context (بريف X, في X);
    area: the context is a countryside or desert (ريف X, باديه X), so X's governorate counts."""
    if ctx.kind == "country":
        return 3.0 if p.iso3 == ctx.iso3 else -6.0
    if area and ctx.kind == "locality" and ctx.rank >= 4:
        gov = _admin1_index(gz, ctx)
        if gov is not None:
            ctx = gz.places[gov]
    if ctx.kind == "admin1":
        if p.iso3 == ctx.iso3 and p.admin1 == ctx.admin1:
            return 4.0
        return 1.5 if km(p, point(gz, ctx)) <= 60 else -5.0
    if ctx.kind == "admin2" and p.iso3 == ctx.iso3 and p.admin2 == ctx.admin2:
        return 5.0
    d = km(p, point(gz, ctx))
    if d <= 15:
        return 5.0
    if d <= NEAR_KM or (area and d <= 60):
        return 3.5
    if d <= 80 or (area and d <= 120):
        return 1.0
    return -6.0


@cache
def _admin1_ids(gz: Gazetteer) -> dict[str, int]:
    """Capital id -> index of the admin1 it is the capital of (the first by id: Damascus, not Rif Dimashq)."""
    out: dict[str, int] = {}
    for i, p in enumerate(gz.places):
        if p.kind == "admin1" and p.cap:
            out.setdefault(p.cap, i)
    return out


def _admin1_index(gz: Gazetteer, capital: Place) -> int | None:
    """The governorate whose capital this locality is, if any."""
    return _admin1_ids(gz).get(capital.id)


def score(gz: Gazetteer, u: Unit, p: Place, flag: int, ctx: Context, explicit: tuple[Place, bool] | None,
          near: Near, ids: frozenset[str]) -> tuple[float, bool]:
    """Score one candidate of a unit (ids: every candidate's id); also say whether explicit evidence
    supports it."""
    s = float(p.rank) - (1.5 if flag == ALTERNATE else 0.0)
    if (p.kind in ("admin1", "admin2") and u.feature not in ("admin1", "admin2", "admin3")
            and p.cap in ids):
        s -= ADMIN_BARE_PENALTY  # a bare name of both a capital and its governorate is the town
    if p.id in ctx.senses.get(u.key, ()):
        s += SAME_SENSE_BONUS  # one sense per article: the place another mention of this name took
    c = compat(u.feature, p)
    s += c
    supported = c >= 2.0 or u.desc is not None
    if explicit is not None:
        e = explicit_score(gz, p, *explicit)
        s += e
        supported = supported or e >= 3.0
    if near.article:
        d_sent, d_art = _nearest(p, near)
        s += 2.5 if d_sent <= 20 else 1.5 if d_sent <= 60 else 0.5 if d_sent <= 150 else 0.0
        s += 1.5 if d_art <= 30 else 0.5 if d_art <= 100 else 0.0
    if ctx.admin1_total and p.kind in ("locality", "site"):
        s += 2.0 * ctx.admin1s[(p.iso3, p.admin1)] / ctx.admin1_total
    if ctx.country_total:
        s += 2.0 * ctx.countries[p.iso3] / ctx.country_total + (FOCUS_BONUS if p.iso3 in ctx.focus else 0.0)
    elif p.iso3 in DEFAULT_FOCUS:
        s += 0.2
    return s, supported


def gate(gz: Gazetteer, u: Unit, ch: Choice, ctx: Context, explicit: tuple[Place, bool] | None,
         near: Near) -> bool:
    """Whether the chosen place of a unit is a place reference at all (precision first)."""
    p = ch.place
    headed = u.feature is not None and compat(u.feature, p) >= 2.0
    if u.key in stopwords() and not (headed and (u.head is not None or u.feature in SITE_HEADS)):
        return False
    if ch.flag == NEEDS_HEAD:
        return headed
    if explicit is not None and explicit_score(gz, p, *explicit) < 0:
        return False
    in_focus = p.iso3 in ctx.focus or min_km(p, near.article) <= 100
    evidence = (ch.supported or headed) and (in_focus or p.rank >= 2 or p.kind != "locality")
    if ch.flag == ALTERNATE and not evidence:
        return False
    if p.kind == "country" or _curated(p) or evidence:
        return True
    rank = min(p.rank, 2) if p.kind == "site" else p.rank  # airports from WOF: named after people too
    if p.kind == "admin1" or rank >= 4:
        return in_focus or u.locative
    if rank == 3:
        return in_focus
    if rank == 2:
        return in_focus and (u.locative or u.list_first is not None or min_km(p, near.article) <= 60)
    if rank == 1:
        return u.locative and min_km(p, near.article) <= NEAR_KM
    close = [pt for pt in near.article if km(p, pt) <= 25]
    return u.locative and bool(close) and ctx.admin1s[(p.iso3, p.admin1)] > 0


def _focus(places: Iterable[Place]) -> frozenset[str]:
    """The article's countries: weight 1 per admin unit, curated site or town, 0.5 per country name;
    every country with at least a quarter of the top weight (the default theatre when nothing)."""
    w: Counter[str] = Counter()
    for p in places:
        if p.kind == "country":
            w[p.iso3] += 0.5  # type: ignore[assignment]
        elif p.kind in ("admin1", "admin2") or _curated(p) or p.rank >= 3:
            w[p.iso3] += 1
    if not w:
        return frozenset(DEFAULT_FOCUS)
    top = max(w.values())
    return frozenset(c for c, v in w.items() if v >= FOCUS_SHARE * top)


def _curated(p: Place) -> bool:
    """A hand-curated site or region (facilities.tsv), as opposed to a generated row."""
    return p.kind in ("site", "region", "locality") and p.id.split(":", 1)[0] in ("site", "crossing", "region")


Cands = list[tuple[Place, int]]


def candidates(gz: Gazetteer, u: Unit) -> tuple[Cands, Cands]:
    """A unit's candidates with a valid head, and those still possible for a bare, unintroduced name."""
    allowed = [(gz.places[idx], f) for idx, f in u.refs
               if not (f == NEEDS_HEAD and compat(u.feature, gz.places[idx]) < 2.0)]
    strong = [(p, f) for p, f in allowed if not ((p.rank < 2 or f != PRIMARY) and p.kind == "locality")]
    return allowed, strong


def choose(gz: Gazetteer, units: list[Unit], i: int, ctx: Context, explicit: tuple[Place, bool] | None,
           cands_of: tuple[Cands, Cands]) -> Choice | None:
    """The best candidate of unit i under the current context, with the gate's verdict."""
    u = units[i]
    weak = u.feature is None and u.desc is None and not u.locative and u.list_first is None and explicit is None
    cands = cands_of[1] if weak else cands_of[0]
    if not cands:
        return None
    if len(cands) == 1 and cands[0][0].kind == "country" and u.key not in stopwords():
        return Choice(place=cands[0][0], flag=cands[0][1], score=5.0, accepted=True, supported=False)
    near = near_of(units, i, ctx)
    ids = frozenset(p.id for p, _ in cands) if len(cands) > 1 else frozenset()
    best_k: tuple[float, int, int] | None = None
    best: tuple[Place, int, float, bool] = (cands[0][0], cands[0][1], 0.0, False)
    for p, flag in cands:
        sc, supported = score(gz, u, p, flag, ctx, explicit, near, ids)
        k = (sc, -KIND_ORDER.get(p.kind, 9), p.pop)
        if best_k is None or k > best_k or (k == best_k and p.id < best[0].id):
            best_k, best = k, (p, flag, sc, supported)
    pick = Choice(place=best[0], flag=best[1], score=best[2], accepted=False, supported=best[3])
    return Choice(place=pick.place, flag=pick.flag, score=pick.score,
                  accepted=gate(gz, u, pick, ctx, explicit, near), supported=pick.supported)


def _hopeless(gz: Gazetteer, u: Unit) -> bool:
    """A bare, unintroduced name of small villages only: the gate would refuse it whatever the context."""
    if u.feature is not None or u.desc is not None or u.locative or u.list_first is not None:
        return False
    return all(gz.places[i].kind == "locality" and (gz.places[i].rank < 2 or f != PRIMARY) for i, f in u.refs)


def _context_free(gz: Gazetteer, u: Unit) -> bool:
    """A name with one candidate that is a country, governorate or curated site: decided without context."""
    if len(u.refs) != 1 or u.key in stopwords():
        return False
    p = gz.places[u.refs[0][0]]
    return p.kind in ("country", "admin1") or _curated(p)


def context_units(units: list[Unit]) -> dict[int, list[int]]:
    """Unit index -> the context phrases that qualify it or its list."""
    out: dict[int, list[int]] = {}
    for j, u in enumerate(units):
        if u.context_of is None:
            continue
        t = u.context_of
        first = units[t].list_first if units[t].list_first is not None else t
        for i, v in enumerate(units):
            if i in (t, first) or v.list_first == first:
                out.setdefault(i, []).append(j)
    return out


def _explicit(units: list[Unit], ctx_units: list[int], ctx: Context) -> tuple[Place, bool] | None:
    """The accepted place of the first accepted context phrase, and whether it names an area (ريف X)."""
    for j in ctx_units:
        c = ctx.chosen.get(j)
        if c is not None and c.accepted:
            d = units[j].desc
            return c.place, d is not None and d.code in ("rif", "badiya")
    return None


def resolve(gz: Gazetteer, units: list[Unit]) -> dict[int, Choice]:
    """Choose a place for every unit: context phrases first, then the rest; twice, the second time
    with the first pass's accepted places as article context."""
    ctx = Context.of(gz, units, {})
    cu = context_units(units)
    order = sorted((k for k in range(len(units)) if k in cu or not _hopeless(gz, units[k])),
                   key=lambda k: (units[k].context_of is None, k))
    fixed = {k for k in order if k not in cu and _context_free(gz, units[k])}
    cands = {k: candidates(gz, units[k]) for k in order}
    for n in range(2):
        work = dataclasses.replace(ctx, chosen=dict(ctx.chosen))
        for i in order:
            if n and i in fixed:
                continue  # a country or a unique curated site: the context cannot change it
            ch = choose(gz, units, i, work, _explicit(units, cu.get(i, []), work), cands[i])
            if ch is None:
                work.chosen.pop(i, None)
            else:
                work.chosen[i] = ch
        ctx = Context.of(gz, units, work.chosen)
    return ctx.chosen


def locate(nt: NormText) -> list[PlaceRef]:
    """Every place reference in the article, resolved with article context, sorted by start."""
    gz = load_gazetteer()
    units = find_units(nt.text)
    if not units:
        return []
    return locate_units(nt, gz, units, resolve(gz, units))
