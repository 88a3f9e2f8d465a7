"""Blocking finds exactly the pairs a brute-force comparison finds; place scores are symmetric."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from rasd import fuse_keys as fk
from rasd import fuse_pairs as fp
from rasd.records import Location, Mention
from tests import factories as f

PLACES = [
    f.location("conoco"), f.location("omar"), f.location("mayadin"),
    f.location("conoco", id="conoco_plant", lat=35.315, lon=40.30),
    f.location("conoco", id="near_conoco", lat=35.40, lon=40.35, geo_precision=2),
    f.location("conoco", id="dez", lat=35.33, lon=40.14, geo_precision=3),
    f.location("conoco", id="hasakah", admin1="Al-Hasakah", lat=36.5, lon=40.75, geo_precision=3),
    f.location("conoco", id="hasakah_town", admin1="Al-Hasakah", lat=36.5, lon=40.75),
    f.location("conoco", id="syria", admin1=None, admin2=None, lat=35.0, lon=38.5, geo_precision=3,
               flagged="country_only"),
    f.location("conoco", id="iraq_site", country_iso3="IRQ", admin1="Al Anbar", lat=33.8, lon=42.4),
]
KINDS = [("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Strategic developments", "Disrupted weapons use"), ("Battles", "Armed clash")]
SIDES = ["US", "IRAN_ALIGNED", "SYRIA_GOV", "UNKNOWN"]


def random_mentions(seed: int, n: int) -> list[Mention]:
    """`n` random mentions over few places, days, documents, sides and types."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        etype, sub = rng.choice(KINDS)
        out.append(f.mention(f"m{k:03d}", f"d{rng.randrange(n // 3 + 1)}", location=rng.choice(PLACES),
                             event_date=date(2024, 1, 1) + timedelta(days=rng.randrange(25)),
                             time_precision=rng.choice((1, 1, 1, 2, 3)), event_type=etype, sub_event_type=sub,
                             actor1=f.actor(rng.choice(SIDES)), actor2=f.actor(rng.choice(SIDES)),
                             weapons=(rng.choice(("rocket", "drone", "artillery")),)))
    return out


def brute_force(feats: fk.Features) -> dict[tuple[int, int], int]:
    """Every pair in one country within the wider day window, scored."""
    score, pl, out = fp._pair_scorer(feats), feats.places, {}
    for i in range(feats.n):
        for j in range(i + 1, feats.n):
            li, lj = feats.loc[i], feats.loc[j]
            if li < 0 or lj < 0 or pl.cty[li] != pl.cty[lj]:
                continue
            if abs(feats.day[i] - feats.day[j]) > max(feats.win[i], feats.win[j]):
                continue
            if not (pl.wide[li] or pl.wide[lj] or pl.adm[li] == pl.adm[lj]):
                continue
            s = score(i, j)
            if s >= fk.THRESHOLD:
                out[(i, j)] = s
    return out


@pytest.mark.parametrize("seed", range(8))
def test_blocking_loses_no_pair_and_scores_each_once(seed: int) -> None:
    mentions = sorted(random_mentions(seed, 120), key=lambda m: m.id)
    feats = fk.features(mentions, {}, {}, frozenset(), fk.Interner())
    buckets, shift = fp.candidate_pairs(feats)
    got: dict[tuple[int, int], int] = {}
    for s, codes in buckets.items():
        for code in codes:
            i, j = code >> shift, code & ((1 << shift) - 1)
            assert (min(i, j), max(i, j)) not in got
            got[(min(i, j), max(i, j))] = s
    assert got == brute_force(feats)


def test_place_scores_are_symmetric() -> None:
    feats = fk.features([f.mention(f"m{k}", f"d{k}", location=loc) for k, loc in enumerate(PLACES)],
                        {}, {}, frozenset(), fk.Interner())
    pl = feats.places
    for a in range(len(PLACES)):
        for b in range(len(PLACES)):
            assert fk.place_score(pl, a, b) == fk.place_score(pl, b, a)


def test_unplaced_or_undated_mentions_have_no_pairs() -> None:
    lost = Location(id="x", name_en="X", name_ar="س", country_iso3=None, admin1=None, admin2=None,
                    lat=0.0, lon=0.0, geo_precision=1)
    mentions = [f.mention("a", "d1", location=None), f.mention("b", "d2", event_date=None),
                f.mention("c", "d3", location=lost)]
    buckets, _ = fp.candidate_pairs(fk.features(mentions, {}, {}, frozenset(), fk.Interner()))
    assert not any(buckets.values())
