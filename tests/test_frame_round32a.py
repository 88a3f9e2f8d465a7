"""Round 32a (frame, from the ga_ study): the police's arrests of a tribal fight's men, told in a sentence with no day
of its own, end that fight and give their sentence's toll to it; the feud read with its proclitic ('بنزاع عشايري')
sets both sides; 'معتبرا ان الضربه' is a statement on the strike told; a date right before the announced rise of a
toll ('قبل أن تعلن صباح اليوم ارتفاع الحصيلة') dates the announcement, not the incident it raises."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text
from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday
FIGHT = "اندلع نزاع عشائري مسلح مساء الأربعاء بين عشيرتين في قضاء الزبير بسبب خلاف على بستان. "


@pytest.mark.parametrize(("text", "joined"), [
    (FIGHT + "وذكرت مديرية الشرطة أن النزاع خلف قتيلا وجريحين، وأن قواتها طوقت المنطقة واعتقلت خمسة رجال.", True),
    (FIGHT + "وأضاف البيان أن قوة أمنية ألقت القبض على ثلاثة من المشاركين في النزاع.", True),
    (FIGHT + "وأفادت الشرطة باعتقال سبعة أشخاص من طرفي النزاع وضبط أسلحة بحوزتهم.", True),
    (FIGHT + "وفجر اليوم الخميس داهمت قوة من الشرطة المنطقة واعتقلت ستة متهمين بالمشاركة في النزاع.", False),
    ("اعتقلت الشرطة خمسة أشخاص من المشاركين فيه بعد ساعات من الحادث في قضاء الزبير مساء الأربعاء.", False),
], ids=["fight-retold-then-arrest", "participants-in-fight", "both-sides", "own-day-raid", "no-fight-told"])
def test_fight_arrests(text: str, joined: bool) -> None:
    """Arrests of the fight's men with no day of their own are the end of the fight told before."""
    assert any(r.startswith("the arrests that ended the tribal fight") for r in reasons(text, PUB)) is joined


def test_fight_takes_the_statement_toll() -> None:
    """The police statement's toll goes to the fight, and no Arrests mention is made of its arrests."""
    ms = extract_text(FIGHT + "وقالت قيادة الشرطة إن النزاع أسفر عن مقتل رجلين وإصابة ثلاثة، "
                              "واعتقلت عددا من المشاركين فيه.", PUB)
    assert [(m.sub_event_type, m.fatalities, m.injured) for m in ms] == [("Armed clash", 2, 3)]


@pytest.mark.parametrize("text", [
    "أفادت الشرطة بمقتل رجلين وإصابة خمسة بنزاع عشائري اندلع عصر الأربعاء في قضاء الزبير.",
    "قتل رجلان وأصيب خمسة في نزاع عشائري اندلع عصر الأربعاء في قضاء الزبير.",
], ids=["proclitic-ba", "after-fi"])
def test_feud_sides_with_proclitic(text: str) -> None:
    """Every wording of a tribal fight gives the same sides: two armed groups of no party."""
    ms = extract_text(text, PUB)
    assert [(m.actor1.side if m.actor1 else None, m.actor2.side if m.actor2 else None) for m in ms] == [
        ("OTHER", "OTHER")]


@pytest.mark.parametrize(("text", "statement"), [
    ("قصفت طائرة مسيرة سيارة في حي الصناعة مساء الأربعاء. وقال المتحدث إن الحكومة ستتخذ الإجراءات اللازمة، "
     "معتبرا أن الضربة تهدد الاستقرار.", True),
    ("قصفت طائرة مسيرة سيارة في حي الصناعة مساء الأربعاء. ونددت الوزارة بالحادث، معتبرة أن الهجمات "
     "تنتهك السيادة.", True),
], ids=["masculine", "feminine"])
def test_considering_statement(text: str, statement: bool) -> None:
    """'معتبرا أن الضربة ...' says what a speaker thinks of the strike told, not a new strike."""
    assert any(r.startswith("statement: 'معتبر") for r in reasons(text, PUB)) is statement


def test_announced_rise_does_not_date_the_incident() -> None:
    """A date right before the announced rise of a toll dates the announcement; the shelling keeps its day."""
    text = ("الفاشر – لقي ستة مدنيين مصرعهم وأصيب عشرة آخرون، مساء الأربعاء، جراء سقوط قذائف مدفعية على سوق "
            "الخضار في مدينة الفاشر.\n\nوقالت لجنة أطباء الفاشر في بيان أولي مساء الأربعاء إن أربعة أشخاص قتلوا "
            "في القصف، قبل أن تعلن صباح اليوم ارتفاع الحصيلة إلى ستة قتلى بعد وفاة اثنين من الجرحى.\n\n"
            "وأوضحت اللجنة أن قذيفتين سقطتا داخل السوق.")
    assert [(m.event_date, m.fatalities) for m in extract_text(text, PUB)] == [(date(2024, 3, 13), 6)]
