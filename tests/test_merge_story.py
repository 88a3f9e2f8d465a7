"""Story town: a placeless incident of its own day in an article about one titled town happened in that town."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)  # a Thursday
TITLE = "قصف مدفعي على بلدة الميادين يقتل مدنيين\n"
LEAD = "قتل مدنيان اليوم الخميس في قصف مدفعي استهدف بلدة الميادين بريف دير الزور.\n"


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


def test_an_earlier_day_s_strike_told_without_a_place_is_in_the_titled_town() -> None:
    """'شنت طائرة مسيرة مساء الثلاثاء غارة على مستودع': Tuesday's strike, in the town the title names."""
    ms = run(TITLE + LEAD + "وفي سياق متصل، شنت طائرة مسيرة مساء الثلاثاء غارة على مستودع للوقود.\n")
    assert sorted((m.event_date.isoformat(), m.location.name_en) for m in ms) == [
        ("2024-03-12", ms[0].location.name_en), ("2024-03-14", ms[0].location.name_en)]


def test_a_place_the_gazetteer_does_not_know_keeps_the_strike_out_of_the_town() -> None:
    """'في منطقه <unknown name>' names the strike's own place: no story town for it."""
    ms = run(TITLE + LEAD + "وفي سياق متصل، شنت طائرة مسيرة مساء الثلاثاء غارة على مستودع للوقود "
             "في منطقة الزرقطية.\n")
    assert [m.event_date.isoformat() for m in ms] == ["2024-03-14"]


def test_no_story_town_when_the_title_names_no_place() -> None:
    """Without the town in the title the article may be about a whole region: the placeless strike stays out."""
    ms = run("قتلى بقصف مدفعي\n" + LEAD + "وفي سياق متصل، شنت طائرة مسيرة مساء الثلاثاء غارة "
             "على مستودع للوقود.\n")
    assert [m.event_date.isoformat() for m in ms] == ["2024-03-14"]


def test_a_definite_area_and_its_adjective_name_the_strike_s_own_region() -> None:
    """'وفي المنطقة الشرقية، شنت ...': a region the gazetteer lacks, told by a definite area head and a nisba."""
    ms = run(TITLE + LEAD + "وفي المنطقة الشرقية، شنت طائرة مسيرة مساء الثلاثاء غارة على مستودع للوقود.\n")
    assert [m.event_date.isoformat() for m in ms] == ["2024-03-14"]


@pytest.mark.parametrize("verb", ["وتجددت", "واستؤنفت"])
def test_a_renewed_round_of_clashes_is_a_new_incident_in_the_titled_town(verb: str) -> None:
    """'وتجددت الاشتباكات صباح اليوم قرب المنطقة الصناعية': a renewal verb makes the definite noun a new round, and a
    town's industrial zone is a part of it, not a region of its own; the hamza form is read in its normalized spelling."""
    ms = run("قتيل في اشتباكات مسلحة ببلدة الميادين\n"
             "اندلعت اشتباكات مسلحة بين مجموعتين مساء الثلاثاء في بلدة الميادين بريف دير الزور، ما أسفر عن مقتل شخص.\n"
             f"{verb} الاشتباكات صباح اليوم الخميس قرب المنطقة الصناعية، وأصيب خلالها شاب بجروح.\n")
    assert sorted(m.event_date.isoformat() for m in ms) == ["2024-03-12", "2024-03-14"]
    assert len({m.location.id for m in ms}) == 1
