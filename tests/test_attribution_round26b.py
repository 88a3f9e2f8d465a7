"""Attribution, round 26b (from the ab_ study): bodies the text names by their own names (the Kurdistan Ministry of
Natural Resources, the Kurdistan counter-terrorism directorate's short name, the Security Belt and the Southern
Forces), a town's security directorate ('مديرية أمن X' -> 'X Security Directorate'), and a name in a negated
'لم يعلن' that announced nothing ('لم يذكر X عدد القتلى' still tells the strike).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.attribution_unsaid import unsaid
from tests import factories as f

PUB = date(2024, 3, 10)


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the KRG ministry that runs the oil fields, in full or by 'حكومة الإقليم' (by_country keeps it to Iraq)
    ("سقوط مسيرة\n\nأعلنت وزارة الثروات الطبيعية في حكومة الإقليم أن طائرة مسيرة استهدفت فجر اليوم خزاناً قرب بلدة "
     "جمجمال في محافظة السليمانية دون إصابات.", "Chamchamal", {"Kurdistan Ministry of Natural Resources"}),
    ("سقوط مسيرة\n\nأكدت وزارة الثروات الطبيعية في حكومة إقليم كردستان أن طائرة مسيرة استهدفت فجر اليوم خزاناً قرب "
     "بلدة جمجمال دون إصابات.", "Chamchamal", {"Kurdistan Ministry of Natural Resources"}),
    # the directorate's short name: 'في الإقليم' with no 'العامة'
    ("سقوط مسيرة\n\nأعلنت مديرية مكافحة الإرهاب في الإقليم أن طائرة مسيرة استهدفت فجر اليوم موقعاً قرب بلدة كويسنجق "
     "في محافظة أربيل دون إصابات.", "Koi Sanjaq", {"Kurdistan Counter-Terrorism Directorate"}),
    # Yemen's southern forces by the statement of their command or their spokesman
    ("عبوة ناسفة\n\nقال بيان لقوات الحزام الأمني إن عبوة ناسفة انفجرت مساء أمس بعربة عسكرية قرب مدينة لودر في "
     "محافظة أبين، ما أدى إلى مقتل جندي.", "Lawdar", {"Security Belt Forces"}),
    ("هجوم على موقع\n\nوقال المتحدث باسم القوات الجنوبية إن جندياً قُتل في هجوم شنه مسلحون على موقع عسكري قرب مدينة "
     "الحوطة في محافظة لحج أمس.", "Lahij", {"Southern Forces"}),
    # a town's security directorate, named by the town right after it
    ("هجوم على حاجز\n\nقالت مديرية أمن مصراتة إن مسلحين مجهولين أطلقوا النار مساء أمس على حاجز أمني عند مدخل مدينة "
     "مصراتة، ما أدى إلى مقتل شرطي.", "Misratah", {"Misratah Security Directorate"}),
    # a negated 'لم يعلن X عن' announced nothing: X is no source of the incident
    ("صاروخان على المطلة\n\nسقط صاروخان أُطلقا من جنوب لبنان على مستوطنة المطلة ظهر اليوم، بحسب هيئة البث "
     "الإسرائيلية. ولم يعلن الجيش الإسرائيلي عن إصابات.", "Metula", {"Kan"}),
])
def test_round26b_sources(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize("text", [
    # a bare 'مديرية أمن' with no town after it names no body
    "هجوم على حاجز\n\nقالت مديرية الأمن إن مسلحين مجهولين أطلقوا النار مساء أمس على حاجز أمني عند مدخل مدينة مصراتة، "
    "ما أدى إلى مقتل شرطي.",
])
def test_round26b_no_body(text: str) -> None:
    """No security directorate is named without its town."""
    assert not any(s.endswith("Security Directorate") for s in f.sources_at(text, "Misratah", PUB))


@pytest.mark.parametrize(("text", "name", "said"), [
    ("وسقطت القذيفة قرب المدرسة. ولم يعلن الجيش عن أي إصابات", "الجيش", False),
    ("ولم تعلن الحركه مسووليتها عن الكمين حتى الان", "الحركه", False),
    # 'لم يذكر X عدد القتلى': X told the strike, only not its toll
    ("ولم يذكر الجيش عدد القتلى في الغارة", "الجيش", True),
    # a later clause's verb is X's own
    ("لم تعلن أي جهة مسؤوليتها، فيما قال الجيش إن", "الجيش", True),
])
def test_round26b_unsaid(text: str, name: str, said: bool) -> None:
    """A name after a negated 'لم يعلن' in its clause announced nothing; 'لم يذكر' and a later clause do not count."""
    assert unsaid(text, text.index(name)) is not said
