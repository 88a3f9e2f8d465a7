"""Round 30a (merge, from the da_ study): a title printed again above the body reads like the title, and a placeless
statement told in one town's story does not lend its types, tolls or sources to an incident placed at another town
several sentences on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run

TITLE = ("السودان: صد هجوم لمسلحين على معسكر للجيش في ولاية سنار وقذائف مدفعية تصيب مدنيين في مدينة "
         "الأبيض")
BODY = ("تصدت قوات الجيش، فجر أمس الثلاثاء، لهجوم شنه مسلحون على معسكر في مدينة سنجة بولاية سنار، "
        "بحسب مصادر عسكرية.\n\n"
        "وفي مساء اليوم ذاته، سقطت قذائف مدفعية على حي سكني في مدينة الأبيض، ما أدى إلى إصابة ثلاثة مدنيين.\n")


def _summary(text: str) -> list[tuple[str | None, str, date | None, tuple[str, ...]]]:
    """Each mention's place, type, day and sources."""
    return [(m.location.name_en if m.location else None, m.sub_event_type, m.event_date, m.sources)
            for m in run(text, date(2024, 7, 3))]


@pytest.mark.parametrize("gap", ["\nموقع إخباري\n\n", "\nموقع إخباري\nقسم الأخبار 03/07/2024\n\n"],
                         ids=["outlet", "outlet-and-stamp"])
def test_a_title_printed_again_is_the_title(gap: str) -> None:
    """A 16-word title line repeated above the body takes no publication day: its two items join the body's
    attack and shelling, and no title mention of its own stands at the second item's town."""
    text = TITLE + gap + TITLE + "\n\n" + BODY
    ms = run(text, date(2024, 7, 3))
    assert sorted(m.event_date for m in ms) == [date(2024, 7, 2)] * 2, _summary(text)


def test_a_line_that_only_shares_words_with_the_title_is_no_copy() -> None:
    """A body line that is not the title word for word keeps its own reading (here a dated sentence)."""
    text = (TITLE + "\nموقع إخباري\n\n"
            "قُتل جندي، اليوم الأربعاء، في هجوم لمسلحين على معسكر للجيش في مدينة سنجة بولاية سنار\n\n" + BODY)
    assert date(2024, 7, 3) in {m.event_date for m in run(text, date(2024, 7, 3))}, _summary(text)


STORY = ("اشتباكات عند مدخل مدينة سنجة فجر اليوم وإغلاق الطريق\n\nموقع إخباري\n\n"
         "{statement}\n\n"
         "وتواصل إغلاق الطريق الرئيسي أمام حركة الشاحنات حتى صباح اليوم.\n\n"
         "ويقول سكان إن الأسواق أغلقت أبوابها منذ الصباح.\n\n"
         "{other}\n")
STATEMENTS = [
    "وأصدرت وزارة الداخلية بياناً مساء أمس قالت فيه إن قوتها تعرضت لاعتداء مسلح أثناء تأمين الطريق، وإن أربعة من "
    "عناصرها أصيبوا بجروح.",
    "وقالت الشرطة في بيان مساء أمس إن دوريتها تعرضت لهجوم مسلح من مجموعة خارجة عن القانون، ما أدى إلى إصابة أربعة من "
    "أفرادها.",
]
OTHERS = [
    "وفي مدينة الأبيض، هاجم مسلحون مجهولون مساء أمس نقطة تفتيش وقتلوا أحد عناصرها قبل أن يلوذوا بالفرار.",
    "وفي مدينة الأبيض أيضاً، استهدف مسلحون مجهولون مساء أمس نقطة تفتيش بالرصاص، ما أدى إلى مقتل أحد عناصرها.",
]


@pytest.mark.parametrize("statement", STATEMENTS, ids=["ministry", "police"])
@pytest.mark.parametrize("other", OTHERS, ids=["raid", "shooting"])
def test_a_placeless_statement_of_one_towns_story_stays_there(statement: str, other: str) -> None:
    """The statement about the clash at the title's town lends neither its teller nor its four wounded to the
    attack at another town told four sentences on."""
    text = STORY.format(statement=statement, other=other)
    ms = [m for m in run(text, date(2024, 7, 3)) if m.location is not None and m.location.name_en == "Al-Ubayyid"]
    assert len(ms) == 1, _summary(text)
    assert (ms[0].injured, ms[0].sources) == (None, ()), _summary(text)
