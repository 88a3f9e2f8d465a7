"""Round 39b (h6): precision on unseen text: a missile that retells its strike, planned attacks, 'any widening'."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.frame_zones import in_zone
from rasd.recognize import recognize
from rasd.records import Article
from rasd.resources import load_resources
from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def test_the_missile_of_a_strike_told_before_is_a_detail_of_it() -> None:
    """'غارة لمسيرة على دراجة' then 'ان الصاروخ اصاب الدراجة': the definite missile is the one the drone fired; its
    hit is a detail of the strike just told, not a missile attack of its own."""
    ms = run("استشهد شاب بغارة نفذتها مسيرة إسرائيلية على دراجة نارية في بلدة حولا جنوبي لبنان ظهر اليوم.\n"
             "وذكرت وسائل إعلام محلية أن الصاروخ أصاب الدراجة عند مدخل البلدة الشمالي.")
    assert [(m.sub_event_type, m.location.name_en) for m in ms] == [("Air/drone strike", "Houla")]


def test_an_indefinite_missile_that_hits_is_still_news() -> None:
    """'صاروخ أصاب مبنى سكنياً': an indefinite missile is a hit told for the first time."""
    ms = run("قالت مصادر محلية إن صاروخاً أصاب مبنى سكنياً في بلدة حولا جنوبي لبنان مساء اليوم، ما أدى إلى إصابة "
             "شخصين.")
    assert len(ms) == 1


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن العنصرين كانا يخططان لهجمات على نقاط الجيش في المنطقة.",
    "وأضاف البيان أن المعتقلين كانوا يخططون لهجمات على مواقع عسكرية في المدينة.",
    "وحذرت الفصائل من أن أي توسع في الضربات الأمريكية على مواقعها سيقابل برد واسع.",
])
def test_planned_attacks_and_any_widening_are_no_incident(text: str) -> None:
    """'كانا يخططان لهجمات' (the dual and plural of 'يخطط') and 'أي توسع في الضربات' tell attacks not made."""
    assert not run(text)
    assert any(r.startswith("hypothetical") for r in reasons(text))


def test_an_arrest_campaign_is_no_incident() -> None:
    """'حملة اعتقالات واسعة طالت 11 مواطناً': a campaign of arrests is left uncoded; a raid that arrests stays one."""
    assert not run("وشنت قوات الاحتلال حملة اعتقالات واسعة في بلدتي يعبد وقباطية جنوب جنين طالت 11 مواطناً.")
    ms = run("داهمت قوات الاحتلال فجر اليوم بلدة يعبد جنوب جنين واعتقلت ثلاثة شبان بعد تفتيش منازلهم.")
    assert [m.sub_event_type for m in ms] == ["Arrests"]


def test_the_latest_cause_answered_is_a_reference_zone() -> None:
    """'ردا على اعتداءات العدو على قرانا، وآخرها مجزرة X، أطلق مجاهدونا صلية على Y': 'وآخرها' names the latest of
    the causes answered; its clause up to the comma is a reference zone, so its town is no place of the salvo."""
    text = ("ردّاً على اعتداءات العدو على قرانا وأهلنا، وآخرها مجزرة عيترون، أطلق مجاهدونا مساء اليوم صلية صاروخية "
            "على مستعمرة كريات شمونة.")
    rec = recognize(Article(doc_id="t.txt", content_hash="h", published=date(2024, 3, 14), text=text),
                    load_resources())
    assert in_zone(rec, rec.nt.text.index("عيترون"))
    assert not in_zone(rec, rec.nt.text.index("شمونه"))


def test_the_latest_incident_a_list_ends_with_is_the_news() -> None:
    """'والتي كان آخرها غارة جوية استهدفت ... خيام النازحين في X': the incident the list ends with is told itself."""
    ms = run("يدين المركز استمرار قوات الاحتلال في استهداف تجمعات النازحين، والتي كان آخرها غارة جوية استهدفت مساء "
             "اليوم خياماً للنازحين في بلدة عيترون جنوبي لبنان.")
    assert [m.location.name_en for m in ms] == ["Aitaroun"]


def test_the_other_sides_answer_takes_no_place_of_what_it_answers() -> None:
    """'قتل شخص بغارة على بلدة X، في حين رد حزب الله بإطلاق صواريخ على ثكنة قبالة الحدود': the answer's fire went
    across the border; it is not placed at X, where the strike it answers fell."""
    ms = run("قُتل شخص وأصيب آخر، ظهر اليوم، جراء غارة نفذتها مسيّرة إسرائيلية على سيارة في بلدة حولا جنوبي لبنان، "
             "في حين ردّ \"حزب الله\" بإطلاق صواريخ على ثكنة عسكرية إسرائيلية قبالة الحدود.")
    at_houla = [m.sub_event_type for m in ms if m.location is not None and m.location.name_en == "Houla"]
    assert at_houla == ["Air/drone strike"]


def test_clashes_and_a_shooting_in_one_town_that_day_are_the_raid() -> None:
    """'اقتحام ... ومواجهات في محيط المدرسة' then 'استشهد شاب برصاص الاحتلال في البلدة': the clashes and the
    shooting at one town the same day are the raid's one event, led by the raiding force."""
    ms = run("اقتحمت قوات الاحتلال بلدة يعبد جنوب غرب جنين فجر اليوم.\n"
             "واندلعت اشتباكات مسلحة بين مقاومين وقوات الاحتلال في الحارة الشرقية من بلدة يعبد.\n"
             "وأعلنت وزارة الصحة استشهاد شاب برصاص قوات الاحتلال في بلدة يعبد.")
    assert [(m.location.name_en, m.actor1.side if m.actor1 else None) for m in ms] == [("Ya'bad", "ISRAEL")]


def test_fire_that_backs_an_assault_is_part_of_it() -> None:
    """'دفعت الميليشيا بمجاميع نحو مواقع الجيش، مسنودة بقصف مدفعي': the shelling that backs the assault is the
    assault's, like 'تحت غطاء من القصف', not a shelling of its own."""
    text = "دفعت الميليشيا الحوثية بمجاميع كبيرة نحو مواقع الجيش في صرواح، مسنودة بقصف مدفعي عنيف، لكن الهجوم صُدّ."
    assert any(r.startswith("covering fire") for r in reasons(text))


@pytest.mark.parametrize(("text", "defuse"), [
    ("هاجمت الميليشيا مواقع الجيش بقذائف الهاون، إلا أن أبطال الجيش ورجال القبائل تصدوا للهجوم.", False),
    ("وتمكنت الفرق الهندسية من إبطال مفعول عبوة ناسفة زرعت على الطريق العام في بلدة الكرمة صباح اليوم.", True),
])
def test_heroes_are_not_a_defused_device(text: str, defuse: bool) -> None:
    """'أبطال الجيش' (heroes) and 'إبطال مفعول عبوة' (defusing a device) are one word once normalized; only the
    device's phrase ('إبطال مفعول', 'إبطال عبوة') is the trigger of a device defused."""
    rec = recognize(Article(doc_id="t.txt", content_hash="h", published=date(2024, 3, 14), text=text),
                    load_resources())
    found = any(t.payload.id == "defuse" and t.key.startswith("ابطال") for t in rec.near("triggers", 0, len(rec.nt.text)))
    assert found is defuse


@pytest.mark.parametrize("text", [
    "ونعت الكتائب في بيان قائدها واثنين من مرافقيه، من دون أن تذكر مكان الاستهداف بدقة، متعهدة بالرد.",
    "وقالت الخلية إن القطعات التي فتشت موقع الضربة الجوية في وادي الشاي عثرت على جثث ثلاثة إرهابيين.",
])
def test_the_site_of_an_incident_is_no_new_one(text: str) -> None:
    """'مكان الاستهداف', 'موقع الضربة': the site of an incident told elsewhere, not an incident of its own."""
    assert any("non-event" in r for r in reasons(text))


def test_the_widening_scope_of_strikes_is_a_trend() -> None:
    """'مع اتساع رقعة الضربات لتطال أحياء سكنية': the strikes' widening scope is a trend, not one incident."""
    text = "ارتفعت أسعار النفط اليوم مع اتساع رقعة الضربات لتطال أحياء سكنية في العاصمة ومواقع عسكرية في عدة محافظات."
    assert any(r.startswith("aggregate") for r in reasons(text))
