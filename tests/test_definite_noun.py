"""Definite noun: the article marks an incident told again; a root that opens with alef-lam does not. Every word is
written for these tests."""

from __future__ import annotations

import pytest

from rasd.definite_noun import definite


@pytest.mark.parametrize(("key", "expected"), [
    ("القصف", True),  # the article: the shelling told before
    ("الهجوم", True),
    ("القاء القبض", False),  # session 42 (h2): 'القاء' is the verbal noun of 'القي', its alef-lam is the root
    ("القاء قنبله", False),
    ("قصف", False),  # indefinite: an incident of its own
], ids=["article-shelling", "article-attack", "root-arrest", "root-throw", "indefinite"])
def test_definite_reads_the_article_not_the_root(key: str, expected: bool) -> None:
    """merge_compat, merge_story and claim_sections ask the same question of a trigger."""
    assert definite(key) is expected
