"""Round 36a (frames, from the census of gold incidents with no mention of their own): a shooting told verb first
with its subject before 'النار' ('أطلق مسلحون ... النار على X') reads like 'أطلقوا النار على X'; a rising toll whose
victims are the dead of the one incident it names ('ارتفع عدد ضحايا الغارة ...', 'حصيلة قصف X ارتفعت إلى ...') is
that incident's newer count, not a running total."""

from __future__ import annotations

import pytest

from tests.factories import extract_text as run
from tests.factories import rejection_reasons as reasons


def _summary(text: str) -> list[tuple[str | None, str, int | None]]:
    """Each mention's place, sub-event type and fatalities."""
    return [(m.location.name_en if m.location else None, m.sub_event_type, m.fatalities) for m in run(text)]


@pytest.mark.parametrize("split, joined", [
    ("أطلق مسلحون ملثمون يستقلون سيارة رباعية الدفع النار على تاجر أمام متجره في مدينة بعقوبة مساء أمس الأربعاء، "
     "ما أدى إلى مقتله على الفور.",
     "أطلق مسلحون النار على تاجر أمام متجره في مدينة بعقوبة مساء أمس الأربعاء، ما أدى إلى مقتله على الفور."),
    ("وفي بلدة الخالص، أطلقت عناصر مجهولة النار على موظف حكومي قرب منزله صباح أمس الأربعاء، ما أسفر عن إصابة "
     "الموظف بجروح خطيرة.",
     "وفي بلدة الخالص، أطلقت النار على موظف حكومي قرب منزله صباح أمس الأربعاء، ما أسفر عن إصابة الموظف بجروح "
     "خطيرة."),
    ("أطلق جنود متمركزون عند الحاجز النار باتجاه سيارة مدنية عند مدخل بلدة العظيم أمس الأربعاء، ما أدى إلى "
     "مقتل سائقها.",
     "أطلق الجنود النار باتجاه سيارة مدنية عند مدخل بلدة العظيم أمس الأربعاء، ما أدى إلى مقتل سائقها."),
], ids=["gunmen-in-a-car", "unknown-men-wounded", "soldiers-at-a-checkpoint"])
def test_a_shooting_told_verb_first_reads_like_the_joined_phrase(split: str, joined: str) -> None:
    """'أطلق مسلحون ... النار على X، ما أدى إلى مقتله': the subject between the verb and 'النار' changes nothing."""
    got = _summary(split)
    assert got and got == _summary(joined), (got, _summary(joined))
    assert not any(r.startswith("weak trigger") for r in reasons(split)), reasons(split)


@pytest.mark.parametrize("text", [
    "أطلق المحتجون الشعارات والنار على الأعلام في ساحة مدينة بعقوبة أمس الأربعاء.",
    "أطلق الجيش سراح ثلاثة موقوفين في مدينة بعقوبة أمس الأربعاء بعد التحقيق معهم.",
    "أطلق عناصر الحاجز النار في الهواء لتفريق تجمع قرب بلدة الخالص أمس الأربعاء دون إصابات.",
], ids=["no-victim-toll", "release", "into-the-air"])
def test_a_launch_verb_with_no_shooting_at_someone_stays_weak(text: str) -> None:
    """No 'النار على/باتجاه' after the subject, or no toll after it: no shooting incident."""
    assert run(text) == [], _summary(text)


TOLL_LEAD = ("استهدفت غارة جوية سيارة على الطريق الرئيسي قرب بلدة العظيم شمالي ديالى، مساء أمس الأربعاء، ما أسفر "
             "عن مقتل شخصين.\n")


@pytest.mark.parametrize("update", [
    "ارتفع عدد ضحايا الغارة الجوية التي استهدفت السيارة قرب بلدة العظيم إلى أربعة قتلى.",
    "وقالت مصادر طبية إن حصيلة الغارة على بلدة العظيم ارتفعت إلى أربعة قتلى بعد وفاة جريحين.",
    "وأفاد مصدر أمني بأن عدد قتلى الغارة قرب بلدة العظيم ارتفع إلى أربعة.",
], ids=["rise-then-toll-then-incident", "toll-of-the-strike-rose", "number-of-dead-of-the-strike"])
def test_a_newer_toll_of_one_incident_is_no_running_total(update: str) -> None:
    """'ارتفع عدد ضحايا الغارة ...', 'حصيلة الغارة على X ارتفعت إلى ...': one incident, counted again."""
    text = TOLL_LEAD + update
    assert not any(r.startswith("aggregate or trend") for r in reasons(text)), reasons(text)
    assert len(run(text)) == 1, _summary(text)


def test_a_toll_update_alone_is_the_incident() -> None:
    """A page that only tells the newer toll of a strike still codes the strike."""
    text = ("ارتفع عدد قتلى المسلحين بالغارات التي ضربت فجر أمس الأربعاء مقراً قرب بلدة العظيم إلى خمسة، "
            "بحسب مصدر محلي.")
    got = _summary(text)
    assert len(got) == 1 and got[0][2] == 5, got


@pytest.mark.parametrize("text", [
    "وبحسب وزارة الصحة، ارتفع عدد الشهداء منذ بدء العدوان إلى أكثر من 2000 شهيد في ديالى.",
    "وارتفعت حصيلة الهجمات التي شنتها الخلايا المسلحة منذ مطلع العام الجاري إلى 40 هجوماً في محافظة ديالى.",
    "وارتفع عدد الهجمات على القوات الأمنية في محافظة ديالى إلى 12 هجوماً خلال الشهر الماضي.",
    "وأعلنت وزارة الصحة أن حصيلة العدوان على مدينة بعقوبة ارتفعت إلى أكثر من 3 آلاف قتيل.",
    "ارتفع عدد ضحايا القصف على مدينة بعقوبة إلى 1200 قتيل.",
], ids=["dead-since-the-war-began", "attacks-since-the-new-year", "count-of-attacks", "war-total-no-since",
        "campaign-figure"])
def test_a_running_total_stays_an_aggregate(text: str) -> None:
    """'منذ بدء العدوان', 'منذ مطلع العام', a count of attacks (no victims between the rise and the attack word), a
    newer figure of a hundred or more (a war's or a campaign's total)."""
    assert any(r.startswith("aggregate") for r in reasons(text)), reasons(text)
    assert run(text) == [], _summary(text)
