"""Round 32b (roles, from the hb_ study): a no-weapon strike ('ضربه/ضربات') whose attacker, an air power, is
found after the clause was typed (carried from the story or read from the article) is an air strike, as it is when
the clause names that attacker; an explicit weapon keeps its own type. 'الخوارج' in Somalia is al-Shabaab.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text

DAY = date(2024, 6, 10)


def _typed(text: str) -> list[tuple[str, str | None]]:
    """Sub-event type and attacker side of each mention of one small article."""
    return [(m.sub_event_type, m.actor1.side if m.actor1 else None) for m in extract_text(text, published=DAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("شن الجيش الإسرائيلي هجوما على جنوب لبنان. وقالت مصادر محلية إن ضربة على منزل في بلدة عيتا الشعب فجر "
     "اليوم أدت إلى مقتل شخصين.", ("Air/drone strike", "ISRAEL")),
    ("شن الجيش الإسرائيلي هجوما على جنوب لبنان. وقالت مصادر محلية إن ضربة مدفعية على منزل في بلدة عيتا الشعب "
     "فجر اليوم أدت إلى مقتل شخصين.", ("Shelling/artillery/missile attack", "ISRAEL")),
    ("شن الجيش الإسرائيلي هجوما على جنوب لبنان. وقالت مصادر محلية إن قذائف على منزل في بلدة عيتا الشعب فجر "
     "اليوم أدت إلى مقتل شخصين.", ("Shelling/artillery/missile attack", "ISRAEL")),
], ids=["bare-strike-air-power", "artillery-strike-keeps-type", "shells-keep-type"])
def test_bare_strike_by_a_carried_air_power(text: str, want: tuple[str, str]) -> None:
    """'ان ضربه علي منزل ...' after the story named the Israeli army: the attacker found late types the no-weapon
    strike from the air, while 'ضربه مدفعيه' or 'قذايف' name their own weapon and stay shelling."""
    assert _typed(text)[-1] == want


@pytest.mark.parametrize(("text", "want"), [
    ("قالت الحكومة الصومالية إن ميليشيات الخوارج هاجمت قاعدة للجيش في مدينة بلدوين فجر اليوم ما أدى إلى مقتل "
     "جنديين.", "OTHER"),
    ("هاجم الخوارج قاعدة للجيش الصومالي في مدينة بلدوين فجر اليوم ما أدى إلى مقتل جنديين.", "OTHER"),
], ids=["militias-of-the-khawarij", "bare-khawarij"])
def test_khawarij_in_somalia_is_al_shabaab(text: str, want: str) -> None:
    """The Somali government's name for al-Shabaab ('الخوارج', 'ميليشيات الخوارج') names the group in Somalia,
    not a generic (Iran-aligned) militia."""
    ms = extract_text(text, published=DAY)
    assert ms and ms[0].actor1 is not None
    assert (ms[0].actor1.id, ms[0].actor1.side) == ("al_shabaab", want)


def test_khawarij_outside_somalia_is_not_al_shabaab() -> None:
    """Elsewhere the word names no side of its own: never al-Shabaab."""
    ms = extract_text("قال مسؤولون إن ميليشيات الخوارج هاجمت نقطة أمنية في مدينة بني وليد فجر اليوم ما أدى إلى "
                      "مقتل جنديين.", published=DAY)
    assert all(m.actor1 is None or m.actor1.id != "al_shabaab" for m in ms)
