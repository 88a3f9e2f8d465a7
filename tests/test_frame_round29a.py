"""Round 29a (frame and merge, from the ca_ study): a long title line with no day of its own is a heading that joins
the body's telling, a title's weapon of another item does not retype the body's strike, and a spoken fall verb
('الدانات نزلت', 'وقعت قذيفة') with a shell, rocket or missile as its subject is a strike."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

BODY = ("قُتل أربعة مدنيين وأصيب سبعة آخرون، مساء الأحد، في قصف مدفعي استهدف سوقاً شعبياً في مدينة "
        "الفاشر، بحسب مصادر طبية.\n")


def _summary(text: str) -> list[tuple[str | None, str, date | None]]:
    """Each mention's place, type and day."""
    return [(m.location.name_en if m.location else None, m.sub_event_type, m.event_date) for m in run(text)]


@pytest.mark.parametrize("title", [
    "ولاية شمال دارفور: أربعة قتلى وسبعة جرحى في قصف مدفعي لقوات الدعم السريع على سوق شعبي بمدينة الفاشر",
    "مصادر طبية: أربعة قتلى وسبعة جرحى بقصف مدفعي استهدف سوقاً شعبياً مزدحماً وسط مدينة الفاشر غربي السودان",
], ids=["state-colon", "source-colon"])
def test_a_long_title_line_joins_the_body(title: str) -> None:
    """A first line of 15+ words without a final stop is the title: not the publication day's, one mention with the
    body's strike of three days before."""
    ms = run(title + "\nموقع إخباري\n\n" + BODY, date(2024, 6, 12))
    assert len(ms) == 1, _summary(title + "\n\n" + BODY)
    assert ms[0].event_date == date(2024, 6, 9)


def test_a_first_line_ending_a_sentence_is_no_title() -> None:
    """A first line that ends with a full stop is the body's first sentence, not a title."""
    ms = run(BODY + "وفي حادث منفصل، قُتل شخص بقصف مدفعي على حي آخر في مدينة نيالا اليوم الأربعاء.",
             date(2024, 6, 12))
    assert {m.event_date for m in ms} == {date(2024, 6, 9), date(2024, 6, 12)}, _summary(BODY)


def test_a_title_weapon_of_another_item_does_not_retype_the_strike() -> None:
    """'غارة' in the body stays an air strike though the title's next item names shells ('.. وجرحى بقذائف')."""
    text = ("خمسة شهداء في قصف منزل ببيت لاهيا وجرحى بقذائف مدفعية\n\nموقع إخباري\n\n"
            "استشهد خمسة مواطنين، مساء اليوم الخميس، في غارة شنتها طائرات الاحتلال الحربية على منزل لعائلة في "
            "بلدة بيت لاهيا شمال قطاع غزة.\n")
    ms = run(text)
    assert [(m.sub_event_type, len(m.evidence)) for m in ms] == [("Air/drone strike", 2)], _summary(text)


@pytest.mark.parametrize(("text", "verb"), [
    ("صباح اليوم الخميس، دانات نزلت على حي سكني في مدينة أم درمان، والناس هربت من البيوت.", "نزلت"),
    ("صباح اليوم الخميس، دانة وقعت جنب المخبز في حي سكني بمدينة أم درمان، والناس هربت من البيوت.", "وقعت"),
    ("صباح اليوم الخميس، صواريخ الكاتيوشا نزلت على سوق شعبي بمدينة أم درمان ساعة الزحمة.", "نزلت"),
], ids=["shells-came-down", "shell-fell-beside", "rockets-came-down"])
def test_a_spoken_fall_verb_with_a_fired_subject_is_the_strike(text: str, verb: str) -> None:
    """'دانات نزلت على حي سكني': the shells' fall is the shelling, with no other verb of attack in the sentence."""
    ms = run(text)
    assert [(m.sub_event_type, m.trigger) for m in ms] == [("Shelling/artillery/missile attack", verb)], \
        _summary(text)


@pytest.mark.parametrize("text", [
    "ونزلت القوات إلى شوارع المدينة بعد القصف الصاروخي على الميناء.",
    "ووقعت الحكومة صفقة لشراء صواريخ دفاعية من دولة أجنبية.",
    "ووقعت وزارة الدفاع عقداً جديداً لتطوير قذائف المدفعية.",
], ids=["troops-went-down", "signed-missiles", "signed-shells"])
def test_a_fall_verb_without_a_fired_subject_reports_nothing(text: str) -> None:
    """'نزلت القوات', 'وقعت الحكومة صفقة صواريخ': no shell or rocket right at the verb, no fall."""
    assert any(r.startswith("a spoken fall verb") for r in reasons(text)), reasons(text)
