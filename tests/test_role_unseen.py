"""role_unseen.ruled_out: a strike the text calls unidentified, or whose default side says it struck nothing."""

from __future__ import annotations

import pytest

from rasd.lexicon import Row
from rasd.matcher import Match
from rasd.normalize import normalize_text
from rasd.records import Actor
from rasd.resources import Entry
from rasd.role_unseen import ruled_out

US = Actor(id="us_forces", name_en="US forces", name_ar="القوات الامريكية", side="US", text="")
STRIKE = "Air/drone strike"


def _us_name(text: str, name: str) -> tuple[Match[Entry], ...]:
    """The one actor hit of the US at the first `name` in text."""
    at = text.index(name)
    row = Row(line=1, cells={"id": "us_forces", "side": "US"}, lists={})
    return (Match(at, at + len(name), name, Entry(table="actors", id="us_forces", row=row), ""),)


@pytest.mark.parametrize("text", [
    "قصفت طائرات حربية لم تعرف هويتها مخزنا للسلاح قرب الميادين ليلة امس",
    "غارات مجهولة المصدر تستهدف معسكرا لفصيل مسلح في ريف البوكمال",
    "استهدف طيران مجهول شاحنات على الطريق الصحراوي",
])
def test_unidentified_aircraft_keep_no_side(text: str) -> None:
    assert ruled_out(normalize_text(text), (), US, STRIKE) is None


def test_the_default_side_saying_it_struck_nothing_is_no_attacker() -> None:
    text = normalize_text("قتل اربعة مسلحين بغارة على موقعهم وقال مسؤول ان القوات الامريكية لم تنفذ اي ضربات هناك")
    assert ruled_out(text, _us_name(text, "القوات الامريكيه"), US, STRIKE) is None


@pytest.mark.parametrize("text", [
    "قصفت طائرات حربية مخزنا للسلاح قرب الميادين ليلة امس",
    "اغتال مسلحون مجهولون عنصرا ثم قصفت طائرات حربية موقعا قرب الميادين",
])
def test_a_plain_strike_keeps_its_theatre_side(text: str) -> None:
    assert ruled_out(normalize_text(text), (), US, STRIKE) == US


def test_only_air_strikes_are_read() -> None:
    assert ruled_out(normalize_text("طائرة مجهولة حلقت فوق البلدة"), (), US, "Armed clash") == US
