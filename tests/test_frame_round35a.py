"""Round 35a (precision, from a dev-wide study of spurious mentions): the whole view an expert, analyst or observer
holds after his 'ان' talks about incidents told elsewhere or in general, not only the attack word right after it."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons

LEAD = ("قُتل جنديان وأصيب ثالث، مساء أمس الثلاثاء، بهجوم نفذه مسلحون على نقطة تفتيش قرب بلدة "
        "العظيم شمالي ديالى.\n")


def _places(text: str) -> list[str | None]:
    """Each mention's place."""
    return [m.location.name_en if m.location else None for m in run(text)]


@pytest.mark.parametrize("said", [
    "ويقول الباحث في الشؤون الأمنية سامي الجبوري إن اختيار الطرق الريفية \"ليس صدفة\"، موضحاً أن الخلايا "
    "تستغل ضعف الانتشار الليلي لتنفيذ الهجمات قرب بعقوبة",
    "ويرى مراقبون أن استمرار تبادل الضربات قد يدفع الحكومة إلى نشر قوات إضافية في قضاء الخالص",
    "ويرى الخبير العسكري كريم النداوي، في حديث لـ\"المدى\"، أن الجماعات المسلحة \"تضخّم حجم العمليات\" "
    "في بياناتها لأغراض دعائية",
    "وقال المحلل الأمني فراس العزاوي إن واشنطن \"انتقلت إلى مرحلة الاستهداف الفردي للقادة\" في العراق",
    "ويقول الباحث حسن الدليمي إن المسلحين هاجموا النقاط الأضعف لأنهم يعرفون طرق المنطقة جيداً",
], ids=["researcher-then-adding", "observers-exchange", "expert-inflating", "analyst-targeting", "verb-in-view"])
def test_an_attack_word_anywhere_in_an_expert_view_is_no_incident(said: str) -> None:
    """'ويقول الباحث X إن اختيار ... "ليس صدفة"، موضحاً أن ... الهجمات': the attack word deep in the view."""
    text = LEAD + said + "."
    assert any(r.startswith("reference: an expert") for r in reasons(text)), reasons(text)
    assert len(run(text)) == 1, _places(text)


@pytest.mark.parametrize("said", [
    "وقال الخبير الأمني أحمد الشمري إن معلوماته تفيد بأن مسلحين هاجموا فجر اليوم الأربعاء نقطة ثانية قرب "
    "بلدة المنصورية وقتلوا شرطياً",
    "ويرى الباحث علي الربيعي أن الأمن تراجع في المنطقة، فيما قصفت طائرات الجيش مواقع للمسلحين في حوض حمرين",
], ids=["own-day-and-toll", "another-voice-after-a-turn"])
def test_a_fresh_report_or_another_voice_keeps_the_incident(said: str) -> None:
    """A view telling a day and a toll of its own, or a 'فيما' that hands the sentence to another fact, is news."""
    text = LEAD + said + "."
    assert not any(r.startswith("reference: an expert") for r in reasons(text)), reasons(text)
