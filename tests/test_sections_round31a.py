"""Round 31a: sections of a round-up (geo.section_country): the country a section opens with reads its actors and
its Latin-only towns; a road's ends are towns of the Sahel and the Horn of Africa."""

from __future__ import annotations

import pytest

from rasd.geo.geocode import locate
from rasd.geo.section_country import sections
from rasd.normalize import normalize
from tests.factories import extract_text as run

SYRIA_SOMALIA = ("سوريا: قصف على ريف حلب\n"
                 "قصفت قوات النظام بلدة الأتارب بريف حلب الغربي يوم الثلاثاء، ما أدى إلى مقتل مدنيين اثنين.\n"
                 "الصومال: هجوم في شبيلي\n"
                 "وفي الصومال، صد الجيش الوطني يوم الأربعاء هجوما شنه مسلحو حركة الشباب على مواقعه قرب مدينة جوهر.")
SOMALIA_SUDAN = ("حصاد الأسبوع في القرن الإفريقي\n"
                 "الصومال: صد الجيش الوطني يوم الاثنين هجوما لحركة الشباب على قاعدة قرب مدينة جوهر.\n"
                 "السودان: أعلن الجيش يوم الثلاثاء أنه صد هجوما لقوات الدعم السريع على مدينة الدلنج.")
ONE_COUNTRY = ("سوريا: قصف على ريف حلب\n"
               "قصفت فصائل الجيش الوطني بالمدفعية صباح الثلاثاء مواقع لقسد في قرية عون الدادات بريف منبج.")


@pytest.mark.parametrize("text, place, sides", [
    (SYRIA_SOMALIA, "Jawhar", ("OTHER", "OTHER")),  # Somalia's army under 'الصومال:', not the Turkish-backed one
    (SYRIA_SOMALIA, "Atarib", ("SYRIA_GOV", "CIVILIANS")),  # the Syrian section keeps its reading
    (SOMALIA_SUDAN, "Jawhar", ("OTHER", "OTHER")),
    (ONE_COUNTRY, "Dadat", ("TURKEY", "SDF")),  # one country's heading: no round-up, the article's reading
])
def test_a_round_up_section_reads_its_actors_in_its_country(text: str, place: str, sides: tuple[str, str]) -> None:
    """'الجيش الوطني' under 'الصومال:' in an article most of whose places lie in Syria is Somalia's army."""
    ms = [m for m in run(text) if m.location is not None and place in m.location.name_en]
    assert ms, [(m.location and m.location.name_en) for m in run(text)]
    assert {(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms} == {sides}


def test_an_army_resolved_in_another_section_takes_its_own_country() -> None:
    """'الجيش' under 'السودان:' after Somalia's 'الجيش الوطني' is Sudan's army (resolve_context took the other)."""
    ms = [m for m in run(SOMALIA_SUDAN) if m.location is not None and m.location.country_iso3 == "SDN"]
    assert ms and all("saf" in (m.actor1.id, m.actor2.id if m.actor2 else None) for m in ms), [
        (m.actor1.id, m.actor2 and m.actor2.id) for m in ms]


@pytest.mark.parametrize("text, probes", [
    (SYRIA_SOMALIA, {"الاتارب": "SYR", "جوهر": "SOM"}),
    # a paragraph's opener holds for its own paragraph: the next one is no longer in it
    ("بوركينا فاسو: هجوم على نقطة\nقتل جنديان في هجوم.\nوفي النيجر المجاورة، قتل راع.\nوقالت مصادر إن الهجوم وقع ليلا.",
     {"جنديان": "BFA", "راع": "NER", "مصادر": "BFA"}),
    (ONE_COUNTRY, {"قسد": None}),  # one country: no round-up
    ("قصفت طائرات حربية مواقع في سوريا، وقالت مصادر في العراق، إن الغارة لم تصب أحدا.", {"الغاره": None}),
])
def test_sections_open_at_a_line_with_a_country(text: str, probes: dict[str, str | None]) -> None:
    """A sub-head 'X:' opens a section to the next sub-head, '(و)في X،' at a paragraph's start its paragraph only."""
    nt = normalize(text)
    got = sections(nt.text, locate(nt))
    assert {w: got.at(nt.text.index(w)) for w in probes} == probes


@pytest.mark.parametrize("text, place", [
    ("بوركينا فاسو: كمين في الشمال\nقتل سبعة جنود يوم الاثنين في كمين نصبه مسلحون على الطريق بين أربيندا "
     "وغوروم غوروم.", "Aribinda"),
])
def test_a_road_end_is_a_sahel_town(text: str, place: str) -> None:
    """«الطريق بين X وY»: X is looked up among the Latin-only towns of the Sahel and the Horn of Africa."""
    assert [m.location.name_en for m in run(text) if m.location is not None] == [place]


def test_a_road_end_abroad_of_those_countries_is_not_transliterated() -> None:
    """Outside ROAD_COUNTRIES a road's end stays unread: a Latin false friend is too easy."""
    text = "قتل شخصان يوم الاثنين بانفجار عبوة ناسفة على الطريق بين قرطيبة وصرخد في ريف السويداء."
    assert not [r.note for r in locate(normalize(text)) if r.note and "transliteration" in r.note]
