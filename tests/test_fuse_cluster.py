"""Constrained clustering: the fast single-mention paths agree with the general cluster checks."""

from __future__ import annotations

import pytest

from rasd import fuse_cluster as fc
from rasd import fuse_keys as fk
from tests.test_fuse_pairs import random_mentions


@pytest.mark.parametrize("seed", range(6))
def test_the_single_mention_check_agrees_with_the_cluster_check(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = sorted(random_mentions(100 + seed, 150), key=lambda m: m.id)
    fast = fc.cluster(fk.features(mentions, {}, {}, frozenset(), fk.Interner()))
    monkeypatch.setattr(fc, "_fits", lambda f, a, j, cache: fc._compatible(f, a, fc._single(f, j), cache))
    slow = fc.cluster(fk.features(mentions, {}, {}, frozenset(), fk.Interner()))
    assert fast == slow and any(len(g) > 2 for g in fast)


@pytest.mark.parametrize("seed", range(4))
def test_adding_one_mention_in_place_equals_adding_its_single_cluster(seed: int) -> None:
    mentions = sorted(random_mentions(200 + seed, 40), key=lambda m: m.id)
    feats = fk.features(mentions, {m.id: "ev-x" for m in mentions[::3]}, {mentions[1].id: frozenset({"ev-x"})},
                        frozenset(), fk.Interner())
    for j in range(1, feats.n):
        slow = fc._absorb(fc._single(feats, 0), fc._single(feats, j))
        assert fc._absorb_one(feats, fc._single(feats, 0), j) == slow
