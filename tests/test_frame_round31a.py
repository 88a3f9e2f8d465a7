"""Round 31a (frame, from the fa_ study): 'وتاتي X بعد اسابيع من Y' sets the incident against an undated earlier one
(context, not news); a plural attack noun over 'خلال الايام الماضيه', or with no place named ('دون ان تحدد
المواقع'), tallies a series."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import rejection_reasons as reasons

PUB = date(2024, 3, 14)  # a Thursday
TOLD = "قصفت طائرة مسيرة موقعا للجيش قرب بلدة الصالحية مساء الأربعاء، ما أدى إلى مقتل جنديين. "


@pytest.mark.parametrize(("later", "context"), [
    ("وتأتي هذه الضربة بعد أسابيع من سيطرة الجيش على البلدة في عملية واسعة أعلن عنها مطلع الشهر.", True),
    ("ويأتي الهجوم بعد أقل من شهر على هجوم مماثل استهدف الموقع ذاته أواخر يناير.", True),
    ("ويأتي ذلك بعد أسابيع من معارك عنيفة خاضها الجيش في محيط المدينة.", True),
    ("وتأتي هذه الضربة بعد يومين من قصف مدفعي استهدف قرية المزرعة المجاورة.", False),
    ("ويأتي الهجوم بعد أسبوعين من غارة استهدفت سوق البلدة في الثالث من شباط الماضي.", False),
    ("وتأتي الضربة بعد أسابيع من التوتر، فيما قصفت المدفعية قرية المزرعة صباح الخميس.", False),
], ids=["weeks-after-campaign", "month-part-date", "pronoun-weeks", "offset-of-days", "own-day",
        "own-clause-after-fima"])
def test_comes_after_undated_earlier(later: str, context: bool) -> None:
    """An earlier incident weeks back with no day of its own is context; an offset of days or a named day dates it."""
    why = reasons(TOLD + later, PUB)
    assert any("sets the incident told before" in r for r in why) is context


@pytest.mark.parametrize(("text", "tally"), [
    ("قالت القيادة إن 12 مسلحا قتلوا في ضربات جوية نفذتها طائرات القوة الجوية الوطنية في الوادي الشمالي ومناطق أخرى \"خلال الأيام الماضية\".",
     True),
    ("أعلن الجيش أنه دمر مخازن للأسلحة في غارات شنتها مقاتلاته الحديثة على مواقع متحصنة للمسلحين في الجبال الوعرة شمال البلاد خلال الأسابيع الأخيرة.", True),
    ("قالت مصادر إن الطيران نفذ غارات على مواقع للمسلحين في عدة مناطق بالإقليم، دون أن تحدد المواقع أو الخسائر.",
     True),
    ("قتل ثلاثة مدنيين صباح الأربعاء في غارات شنتها طائرات حربية على بلدة الصالحية الواقعة في الريف الشمالي، التي "
     "شهدت نزوحا واسعا خلال الأيام الماضية.", False),
    ("نفذت طائرات حربية غارة على موقع متقدم للمسلحين في الجبال الوعرة شمال البلاد قرب بلدة الصالحية "
     "خلال الأيام الماضية.", False),
], ids=["past-days-in-quotes", "past-weeks", "places-not-named", "own-day-and-comma", "singular-strike"])
def test_series_tally(text: str, tally: bool) -> None:
    """A plural attack noun over a past period in its own clause, or with no place named, tallies a series."""
    assert any(r.startswith("aggregate or trend") for r in reasons(text, PUB)) is tally
