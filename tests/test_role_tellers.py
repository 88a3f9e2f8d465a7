"""Tellers and origins: a dateline's city, a speaker of a fall, a condemning government are no parties; the side
whose positions the fire came from, the group that holds a building hit. Sentences written for rasd."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Mention
from tests import factories as f
from tests.factories import sides

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """The mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


def side(a: object) -> str | None:
    """The side of an actor, None when absent."""
    return getattr(a, "side", None)


# (id, text, attacker side, target side or None when not checked); dev docs/sets behind each construction are in
# docs/extraction.md (round 15a)
CASES = [
    ("dateline-city-and-second-city",
     "موسكو، دمشق - وكالات: قتل جنديان أمس حين استهدفت مسيرة حاجزاً قرب مدينة تدمر.",
     "UNKNOWN", None),
    ("speaker-of-a-fall-is-no-attacker",
     "قالت قيادة العمليات المشتركة العراقية إن «طائرة مسيرة سقطت في محيط قاعدة عين الأسد فجر أمس».",
     "UNKNOWN", "US"),
    ("speaker-of-a-launch-from-elsewhere-was-hit",
     "قال الجيش الأمريكي إن «طائرة مسيرة أطلقت من العراق انفجرت أمس قرب قاعدة التنف».",
     "IRAN_ALIGNED", "US"),
    ("third-country-condemner",
     "ودانت وزارة الخارجية السعودية، في بيان، أمس «القصف الذي استهدف سوقاً شعبية في مدينة أم درمان».",
     "UNKNOWN", "CIVILIANS"),
    ("group-holding-the-building-hit",
     "قصفت طائرات حربية أمس مبنى يتخذه «حزب الله» مقراً في بلدة القصير.",
     None, "IRAN_ALIGNED"),
    ("group-using-a-farm-as-depot",
     "استهدفت طائرات حربية أمس مزرعة تتخذ منها «هيئة تحرير الشام» مستودعاً للذخيرة قرب مدينة سرمدا.",
     None, "OPPOSITION"),
    ("origin-of-fire-positions",
     "أصيب طفل أمس بقذيفتين سقطتا على منزل في بلدة ذيبان مصدرهما مواقع «قسد» على الضفة المقابلة من النهر.",
     "SDF", "CIVILIANS"),
    ("origin-of-fire-held-areas",
     "قتلت امرأة أمس بقذائف سقطت على حي سكني في مدينة الأبيض، مصدرها مواقع قوات الدعم السريع شرقي المدينة.",
     "OTHER", "CIVILIANS"),
    ("us-service-members-hit",
     "أصيب اثنان من أفراد الخدمة الأمريكيين أمس بجروح طفيفة حين استهدفت مسيرة موقعاً في شمال شرق سوريا.",
     "UNKNOWN", "US"),
]


@pytest.mark.parametrize(("text", "a1", "a2"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tellers_and_origins(text: str, a1: str | None, a2: str | None) -> None:
    ms = run(text)
    assert len(ms) == 1, [(m.sub_event_type, side(m.actor1), side(m.actor2)) for m in ms]
    if a1 is not None:
        assert side(ms[0].actor1) == a1
    if a2 is not None:
        assert side(ms[0].actor2) == a2


def test_a_name_and_its_short_form_is_no_dateline() -> None:
    ms = run("قوات سوريا الديمقراطية (قسد) - استهدفت أمس بالمدفعية مواقع لتنظيم داعش قرب بلدة الشحيل.")
    assert ms and side(ms[0].actor1) == "SDF"


def test_blaming_is_not_condemning() -> None:
    ms = run("وحمّلت الحكومة اليمنية الحوثيين مسؤولية القصف الذي استهدف أمس حياً سكنياً في مدينة تعز.")
    assert ms and side(ms[0].actor1) == "IRAN_ALIGNED"


@pytest.mark.parametrize("text", [
    "أفادت خلية الإعلام الأمني بانفجار عبوة ناسفة، ليل أمس، على رتل من الشاحنات المتعاقدة مع القوات الأمريكية "
    "قرب الرمادي.",
    "أفادت خلية الإعلام الأمني بسقوط صاروخين، ليل أمس، قرب رتل للتحالف الدولي في محيط قاعدة عين الأسد.",
])
def test_who_reports_a_blast_with_b_is_no_attacker(text: str) -> None:
    """'أفادت X بانفجار': the teller of a blast or a fall (pa_010; 'أفادت X بسقوط/بمقتل' in 6 docs / 6 sets)."""
    ms = run(text)
    assert [(side(m.actor1), side(m.actor2)) for m in ms] == [("UNKNOWN", "US")]


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع السورية في بيان إن طائرة مسيرة استهدفت سيارة مدنية على طريق مدينة السقيلبية مساء أمس، "
    "ما أدى إلى استشهاد ثلاثة مواطنين كانوا بداخلها.",
    "وأكد جهاز مكافحة الإرهاب في بيان أن طائرة مسيرة قصفت عجلة تقل مزارعين قرب ناحية دجلة فجر اليوم، ما أسفر عن "
    "استشهاد شخصين.",
])
def test_a_teller_mourning_martyrs_did_not_fly_the_drone(text: str) -> None:
    """'ان طائرة مسيرة استهدفت ... ما أسفر عن استشهاد شخصين': a military body whose words make the dead martyrs
    speaks for the side hit, so the unowned drone is not its own arm (ta_005, tb_001: 2 docs / 2 sets)."""
    got = sides(text)
    assert got and all(a1 not in ("SYRIA_GOV", "IRAQ_GOV") for _, a1, _ in got), got


def test_an_army_telling_its_own_aircraft_struck_still_did_it() -> None:
    """No martyrs in its words: 'قال الجيش ان طائرة حربية أغارت' stays the army's own act."""
    got = sides("وقال الجيش الإسرائيلي إن طائرة حربية أغارت ظهر اليوم على مبنى في بلدة عيتا الشعب جنوبي لبنان.")
    assert [g[1] for g in got] == ["ISRAEL"], got
