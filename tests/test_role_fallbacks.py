"""Fallback roles: the side attacked when the clause names none, one row per construction, sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources


def sides(text: str) -> list[tuple[str, str | None, str | None]]:
    """Sub-event type, attacker side and target side of each mention of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    return [(m.sub_event_type, m.actor1 and m.actor1.side, m.actor2 and m.actor2.side)
            for m in extract(art, load_resources()).mentions]


@pytest.mark.parametrize("text, expected", [
    ("سقطت قذائف صاروخية صباح اليوم في محيط مدينة صفد دون وقوع إصابات.",
     ("Shelling/artillery/missile attack", "UNKNOWN", "ISRAEL")),  # a town in Israel: Israel was attacked
    ("شنت طائرات حربية غارة على سوق للماشية في مدينة الضعين صباح أمس.",
     ("Air/drone strike", "UNKNOWN", "CIVILIANS")),  # a market hit
    ("قصفت طائرة مسيرة إسرائيلية صباح اليوم مبنى في مدينة صفد.",
     ("Air/drone strike", "ISRAEL", None)),  # never the attacker's own side
])
def test_fallback_targets(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """The home country of the place, or a civil object hit, names the target when the clause does not."""
    assert sides(text) == [expected]


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, expected", [
    ("سقطت قذيفة هاون أطلقتها الميليشيا مساء اليوم على حي سكني في مدينة تعز، ما أدى إلى جرح طفلين.",
     [("Shelling/artillery/missile attack", "IRAN_ALIGNED", "CIVILIANS")]),  # civilians counted after the clause
    ("وقال المتحدث العسكري للحوثيين إن القوات البحرية نفذت عملية استهدفت السفينة «ستار» في خليج عدن بعدد من "
     "الصواريخ.", [("Shelling/artillery/missile attack", "IRAN_ALIGNED", "CIVILIANS")]),  # a ship hit
])
def test_civilians_hit_after_the_clause_or_a_ship(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Civilians the sentence counts as hit, or a ship, are the target when the clause names none."""
    assert sides(text) == expected


@pytest.mark.issue(8)
def test_civilians_killed_by_a_later_attack_are_not_the_first_ones_target() -> None:
    """'غارة على X، في حين قصفت المدفعية Y، ما أدى إلى مقتل مواطن': the toll of the second attack."""
    got = sides("نفذت طائرات حربية روسية غارتين على أطراف بلدة كنصفرة، في حين قصفت قوات النظام بالمدفعية مدينة "
                "سرمين، ما أدى إلى مقتل مواطن.")
    assert got[0] == ("Air/drone strike", "RUSSIA", None), got
