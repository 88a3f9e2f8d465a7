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


@pytest.mark.parametrize("text, target", [
    # a bulldozer hit right after the attack, no armed party named: civilians (a civil machine at work)
    ("ألقت مسيرة معادية قنبلة على جرافة في بلدة كفركلا، من دون وقوع إصابات.", "CIVILIANS"),
    ("ألقت مسيّرة إسرائيلية صباح اليوم قنبلة صوتية على جرافة تعمل في رفع الأنقاض في بلدة عيترون جنوب لبنان، من دون "
     "إصابات.", "CIVILIANS"),
    # 'جرافة عسكرية': the army's machine is no civil object
    ("استهدف مجاهدو القسام جرافة عسكرية إسرائيلية من نوع D9 بقذيفة الياسين 105 شرق جباليا.", None),
], ids=["bulldozer", "bulldozer-at-work", "military-bulldozer"])
def test_bulldozer_is_a_civil_object(text: str, target: str | None) -> None:
    """A bulldozer hit is a civil object (lexicon cues civil_home); one called 'عسكرية' is not."""
    got = sides(text)[0][2]
    assert got == target if target else got != "CIVILIANS"
