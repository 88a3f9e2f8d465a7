"""Definite noun: whether an attack noun carries the article, the one test the merge and the claims share."""

from __future__ import annotations

ROOT_AL = ("القاء",)  # 'القاء القبض': the verbal noun of 'القي', whose alef-lam is its root, not the article


def definite(key: str) -> bool:
    """A noun with the article ('القصف', 'الهجوم'), not one whose root opens with alef-lam ('القاء القبض')."""
    return key.startswith("ال") and not key.startswith(ROOT_AL)
