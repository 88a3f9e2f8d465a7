"""Round 40 (h4, pure misses of rA): the weapon of a found body's death was used, not found with the body."""

from __future__ import annotations

from tests.factories import extract_text as run


def test_a_body_found_killed_by_gunfire_is_an_attack() -> None:
    """'عثر على جثة رجل مقتولا بالرصاص': the gunfire killed him, it was not found beside him."""
    ms = run("عُثر على جثة رجل مقتولاً بالرصاص مساء أمس قرب بلدة الميادين، ولم تتبنَّ أي جهة الحادثة.")
    assert [(m.event_date.isoformat(), m.location.name_en) for m in ms] == [("2024-03-13", "Mayadin")]


def test_weapons_found_beside_bodies_stay_found() -> None:
    """'عثرت القوة على جثث وأحزمة ناسفة': a found device is no attack (no participle of death before it)."""
    ms = run("عثرت القوة الأمنية مساء أمس على جثث وأحزمة ناسفة داخل مغارة قرب بلدة الميادين.")
    assert ms == []
