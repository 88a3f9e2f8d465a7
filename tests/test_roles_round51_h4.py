"""Round 51 (h4): target-side rules — a landing's partner named after its maker's genitive is no target."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text", [
    # 'انزال للتحالف مع قسد': the coalition's landing, with the SDF beside it
    "إنزال جوي للتحالف الدولي مع قسد في قرية الصور بريف دير الزور فجر اليوم، واعتقال ثلاثة أشخاص.",
], ids=["landing-genitive-with"])
def test_partner_after_the_makers_genitive_is_no_target(text: str) -> None:
    """'X مع Y' after the landing noun: Y went in beside X, the one the noun's 'ل' names as its maker."""
    sub, a1, a2 = sides(text)[0]
    assert (sub, a1) == ("Arrests", "US") and a2 != "SDF"
