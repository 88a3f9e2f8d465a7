"""Claim places: a figure given for each place of a list keeps to its place.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources


def test_a_count_with_its_noun_then_a_count_for_another_place_are_two_figures() -> None:
    """'مقتل ثلاثة مدنيين في سراقب واثنين في أريحا': 3 in one town, 2 in the other, not 5 in either."""
    text = ("شن الطيران الحربي الروسي غارات على مدينتي سراقب وأريحا في ريف إدلب اليوم، ما أدى إلى مقتل ثلاثة مدنيين "
            "في سراقب واثنين في أريحا.")
    art = Article(doc_id="p.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    got = {m.location.name_en: m.fatalities for m in extract(art, load_resources()).mentions if m.location}
    assert got == {"Saraqib": 3, "Ariha": 2}


def test_a_pair_of_figures_keeps_to_the_place_named_after_the_attack_word() -> None:
    """'وشهيدان وثلاثة جرحى في الغارة على بلدة X': the place is as near the pair as the wounded are (na_013; the
    'N killed and M wounded in the strike on' breakdown in 10 docs of 10 sets)."""
    text = ("استهدفت غارة روسية بلدة سرمين صباح اليوم، وقصفت طائرة حربية أخرى مدينة أريحا ظهرا. "
            "وقال الدفاع المدني إن الغارات الروسية على سرمين وأريحا اليوم أدت إلى مقتل خمسة مدنيين: ثلاثة قتلى في الغارة "
            "على بلدة سرمين، وقتيلان وأربعة جرحى في الغارة على مدينة أريحا.")
    art = Article(doc_id="p.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    got = {m.location.name_en: (m.fatalities, m.injured) for m in extract(art, load_resources()).mentions
           if m.location}
    assert got.get("Sarmin") == (3, None), got  # the pair and its wounded are Ariha's, not Sarmin's


def test_round_18a_a_total_listed_place_by_place_after_a_colon_is_no_one_incidents_toll() -> None:
    """'ارتفاع عدد القتلى في الأحياء الثلاثة إلى 9 قتلى: خمسة في X، وثلاثة عند Y، وواحد في Z' sums the incidents
    told place by place even when no gazetteer names the places (ra_015; the colon list recurs in na_013, nb_016,
    qb_019, sy_010)."""
    text = ("قصفت قوات الدعم السريع حي أبو شوك في مدينة الفاشر صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.\n\n"
            "وأعلنت لجنة المقاومة مساءً ارتفاع عدد القتلى في الأحياء الثلاثة إلى 9 قتلى: خمسة في أبو شوك، وثلاثة عند "
            "سوق المواشي، وواحد في حي الوحدة.")
    art = Article(doc_id="p.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    got = [m.fatalities for m in extract(art, load_resources()).mentions if m.location and "Fasher" in m.location.name_en]
    assert got == [5]
