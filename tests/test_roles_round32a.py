"""Round 32a (roles and casualties, from the ga_ (v30) study): the Saudi border guards and the migrants they shoot
at, Iraqi intelligence arresting wanted terrorism suspects, and one victim named by a noun phrase of the actor
lexicon ('قتل راعي اغنام'). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, tolls_by_place

DAY = date(2024, 6, 10)


def _first(text: str) -> tuple[str, str | None, str | None]:
    """Sub-event type and the two sides of the first mention of one small article."""
    ms = extract_text(text, published=DAY)
    assert ms, text
    m = ms[0]
    return m.sub_event_type, m.actor1.side if m.actor1 else None, m.actor2.side if m.actor2 else None


@pytest.mark.parametrize(("text", "want"), [
    ("قالت مصادر قبلية إن حرس الحدود السعوديين أطلقوا النار على مجموعة من المهاجرين قرب منطقة آل ثابت بمديرية قطابر صباح أمس، "
     "ما أدى إلى مقتل اثنين منهم.", ("Attack", "OTHER", "CIVILIANS")),
    ("قالت مصادر محلية إن حرس الحدود السعودي أطلق النار على مهاجرين إثيوبيين في مديرية منبه مساء السبت، "
     "فقتل ثلاثة منهم.", ("Attack", "OTHER", "CIVILIANS")),
    ("أصيب مواطنان برصاص قوات حرس الحدود السعودية في مديرية شدا بمحافظة صعدة صباح أمس.",
     ("Attack", "OTHER", "CIVILIANS")),
], ids=["guards-plural-migrants", "guards-singular-migrants", "guards-forces-citizens"])
def test_saudi_border_guards_fire_on_civilians(text: str, want: tuple[str, str, str]) -> None:
    """'حرس الحدود السعودي/السعوديون/السعوديه' is the Saudi Border Guard (OTHER, as the Saudi-led coalition), and
    migrants ('مهاجرين') are civilians: its fire on them is an Attack, not a clash."""
    assert _first(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("ذكرت خلية الإعلام الأمني أن مفارز شعبة الاستخبارات العسكرية في الفرقة الخامسة ألقت القبض فجر أمس على "
     "إرهابي مطلوب وفق أحكام المادة 4 إرهاب في قضاء الخالص.", ("Arrests", "IRAQ_GOV", "ISIS")),
    ("أعلنت وكالة الاستخبارات في وزارة الداخلية اعتقال إرهابيين مطلوبين في مدينة تكريت صباح أمس.",
     ("Arrests", "IRAQ_GOV", "ISIS")),
], ids=["intel-detachments-wanted-terrorist", "intel-agency-wanted-terrorists"])
def test_iraqi_intelligence_arrests_wanted_terrorists(text: str, want: tuple[str, str, str]) -> None:
    """In Iraq the army's military intelligence and the Interior Ministry's intelligence agency named without a
    nisba are state forces, and a 'wanted terrorist' under Article 4 is an ISIS suspect."""
    assert _first(text) == want


def test_terror_suspect_outside_iraq_names_no_isis() -> None:
    """Elsewhere a suspect called a terrorist names no side: the row stands for ISIS only in Iraq."""
    got = extract_text("اعتقلت الشرطة إرهابيا مطلوبا في مدينة طرابلس الليبية مساء أمس.", published=DAY)
    assert all(m.actor2 is None or m.actor2.side != "ISIS" for m in got)


@pytest.mark.parametrize(("text", "place", "want"), [
    ("قتل راعي ماعز بانفجار لغم قديم قرب قرية الزركة في ناحية العظيم صباح أمس.", "Azim", 1),
    ("قتل رجل مسن برصاص مسلحين مجهولين في قرية الزركة بناحية العظيم مساء أمس.", "Azim", 1),
    ("قتل مهاجر برصاص مجهولين قرب مديرية شدا في محافظة صعدة مساء أمس.", "Shada", 1),
    ("قتل جنود بانفجار عبوة ناسفة استهدفت دوريتهم في ناحية العظيم مساء أمس.", "Azim", None),
    ("قتل رعاة أغنام بانفجار لغم قرب قرية الزركة في ناحية العظيم صباح أمس.", "Azim", None),
], ids=["herder-phrase", "old-man-phrase", "migrant", "plural-soldiers", "plural-herders"])
def test_lone_victim_phrase_counts_one(text: str, place: str, want: int | None) -> None:
    """A singular person noun that opens a civilians' phrase ('راعي ماعز', 'رجل مسن') after a death verb is one
    dead, as the bare noun is ('قتل شاب'); a plural or collective victim ('جنود', 'رعاة أغنام') stays without
    a figure."""
    got = [v[0] for k, v in tolls_by_place(text, DAY).items() if place in k]
    assert got == [want], tolls_by_place(text, DAY)
