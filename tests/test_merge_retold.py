"""Retold: a second telling of one incident at the very same place and day joins the first. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import date

from rasd.extract import extract
from rasd.records import Article, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)  # a Thursday


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


def test_a_one_handed_act_told_with_its_sides_misread_is_one_incident() -> None:
    """Session 42 (h2; nc_003, nc_006, nc_018, od_001): one bomb at one place on one day, its second telling reading
    the victim as the bomber: one incident, the first telling's sides kept."""
    ms = run("انفجرت عبوة ناسفة برتل للتحالف الدولي قرب ناحية الخميسية صباح اليوم الخميس.\n"
             "وقالت مصادر إن القوات الأمريكية استهدفت بعبوة ناسفة آلية للجيش العراقي قرب ناحية الخميسية صباح اليوم "
             "الخميس.")
    assert [(m.sub_event_type, m.actor2.side if m.actor2 else None) for m in ms] == [
        ("Remote explosive/landmine/IED", "US")]


def test_shelling_and_its_answer_at_one_village_stay_two() -> None:
    """An exchange of fire: each side shells the other at one village on one day, two incidents."""
    ms = run("قصفت القوات التركية بالمدفعية قرية عين العروس صباح اليوم الخميس.\n"
             "وقصفت قوات سوريا الديمقراطية بالمدفعية نقطة للجيش التركي في قرية عين العروس صباح اليوم الخميس.")
    assert sorted(m.actor1.side for m in ms if m.actor1) == ["SDF", "TURKEY"]


def test_an_arrest_raid_read_twice_in_its_own_sentence_is_one_incident() -> None:
    """Session 46 (h5; og_010, ok_008): 'داهمت ... واعتقلت' in one sentence that opens another matter, its two verbs
    reading two pairs of sides: the sentence's one raid, not a second arrest at the same village."""
    ms = run("انفجرت عبوة ناسفة بسيارة عسكرية قرب بلدة الشحيل صباح اليوم الخميس.\n\n"
             'وفي سياق آخر، داهمت قوة من "قسد" بمؤازرة من قوات التحالف الدولي بيوتاً في قرية الصور صباح اليوم، '
             "واعتقلت ثلاثة رجال بتهمة التعامل مع خلايا داعش.")
    assert [m.sub_event_type for m in ms].count("Arrests") == 1
