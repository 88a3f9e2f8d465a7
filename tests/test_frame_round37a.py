"""Round 37a (frames, from the census of phantom incidents on half A): arrests told over many places ('حملة
اعتقالات في بلدات محافظة X', 'طالت N مواطنين من محافظات Y', 'في عدد من قرى ريف Z'), counted as cases ('N حالة
اعتقال'), made during such a sweep ('اعتقل خلالها') or whose places the teller does not name are a tally, not one
arrest raid; a raid on a town, or on towns named one by one, stays an Arrests incident."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def _arrests(text: str) -> list[str | None]:
    """The places of the Arrests mentions."""
    return [m.location.name_en if m.location else None for m in run(text) if m.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    "ونفذت قوات الاحتلال فجر اليوم الأربعاء حملة دهم واسعة في بلدات محافظة الخليل طالت تسعة مواطنين.",
    "وشنت قوات الاحتلال منذ مساء أمس حملة مداهمات طالت 17 مواطناً من محافظات الضفة الغربية.",
    "ونفذت قوات الأمن حملة دهم في عدد من قرى ريف ديالى الشمالي أمس الأربعاء.",
    "وأعلنت قيادة الشرطة اعتقال ثمانية مطلوبين في حملة تفتيش شملت مناطق في قضاء بعقوبة أمس الأربعاء.",
    "وأعلنت الشرطة اعتقال 15 متهماً في مختلف محافظات الإقليم خلال حملة أمس الأربعاء.",
], ids=["towns-of-a-province", "from-provinces", "some-villages", "covered-areas", "various-provinces"])
def test_arrests_swept_over_many_places_are_no_raid(text: str) -> None:
    """The arrests are summed over places no one names one by one: no Arrests incident."""
    assert _arrests(text) == [], _arrests(text)
    assert any("swept over many places" in r for r in reasons(text)), reasons(text)


@pytest.mark.parametrize("text, why", [
    ("وسجل المكتب الحقوقي أمس الأربعاء 23 حالة اعتقال في مدينة الخليل، أفرج عن خمسة منهم لاحقاً.",
     "a count of arrest cases"),
    ("ونفذت قوات الأمن حملة دهم في عدد من قرى ريف ديالى أمس الأربعاء، اعتقلت خلالها سبعة شبان.",
     "made during a campaign"),
    ("وأعلنت السلطات الأمنية أمس الأربعاء اعتقال عشرين شخصاً بتهمة التخابر، من دون تحديد أماكن الاعتقال.",
     "does not name"),
], ids=["cases-counted", "arrests-during-the-sweep", "places-not-named"])
def test_counted_or_unplaced_arrests_are_a_tally(text: str, why: str) -> None:
    """A count of cases, the arrests of a sweep, arrests told with no place: no Arrests incident."""
    assert _arrests(text) == [], _arrests(text)
    assert any(why in r for r in reasons(text)), reasons(text)


@pytest.mark.parametrize("text", [
    "واعتقلت قوات الاحتلال فجر اليوم الأربعاء خمسة شبان من بلدة بيت أمر شمال الخليل بعد دهم منازل ذويهم.",
    "ونفذت قوات الاحتلال فجر اليوم الأربعاء حملة دهم في بلدة بيت أمر، اعتقلت خلالها خمسة شبان.",
    "واعتقلت قوات الاحتلال تسعة مواطنين خلال حملة دهم طالت منازل في مدينة الخليل فجر اليوم الأربعاء.",
], ids=["one-town", "campaign-in-one-town", "raided-houses"])
def test_a_raid_on_a_named_town_stays_an_arrest(text: str) -> None:
    """Arrests in a town the text names stay an Arrests incident."""
    assert len(_arrests(text)) == 1, (_arrests(text), reasons(text))
