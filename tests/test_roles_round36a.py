"""Target sides, round 36a (from a dev-wide study of the matched events with a wrong or missing target):

- gunfire at a person of no named side ('اقدم مسلحون على اطلاق النار على سائق', 'قتل مزارع برصاص قناص') hit
  civilians: an Attack, not a clash with no one on the other side; a soldier shot, a patrol fired on, a clash or a
  tribal feud stay clashes;
- an air strike whose attacker is known only from the article's other incidents hits that attacker's foe in the
  theatre, as the strike whose own sentence names the attacker does (unless its unnamed dead are civilians);
- an oil or gas facility, a refinery or a power plant hit by an unnamed hand: civilians, not no one; a named holder
  (a base at a gas field) and a named attacker's theatre foe come first.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests import factories as f


def _first(text: str) -> tuple[str, str | None]:
    """The sub-event type and target side of the first mention of a text."""
    ms = f.extract_text(text)
    assert ms, text
    return ms[0].sub_event_type, ms[0].actor2.side if ms[0].actor2 else None


@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون مساء الثلاثاء على إطلاق النار على سائق أجرة في قضاء الحويجة، ما أدى إلى مقتله على الفور.",
    "قتل مزارع برصاص قناص مجهول صباح اليوم أثناء عمله في أرضه قرب ناحية العظيم.",
    "فتح مسلحون مجهولون النار على صاحب محل للهواتف في قضاء الشطرة مساء الخميس وأردوه قتيلا.",
], ids=["noun_of_firing", "sniper", "opened_fire"])
def test_round36a_shot_person_is_attack_on_civilians(text: str) -> None:
    assert _first(text) == ("Attack", "CIVILIANS")


@pytest.mark.parametrize("text", [
    "قتل جندي برصاص قناص مجهول صباح اليوم قرب ناحية العظيم.",   # a soldier: the toll counts a fighter
    "اندلعت اشتباكات بين مسلحين في قضاء الحويجة مساء أمس، ما أدى إلى مقتل شخص.",   # a clash: both sides fired
    "جرى تبادل لإطلاق النار بين دورية للجيش ومهربين قرب قضاء الحويجة مساء أمس، أسفر عن مقتل شخص.",   # mutual
], ids=["soldier", "clash", "exchange"])
def test_round36a_shot_fighter_or_clash_stays_clash(text: str) -> None:
    sub, target = _first(text)
    assert sub == "Armed clash" and target != "CIVILIANS"


ARTICLE_ATTACKER = ("قصفت طائرة مسيرة تركية صباح اليوم مقرا في بلدة عامودا بريف الحسكة. وفي المساء، أصاب صاروخ "
                    "أطلقته طائرة مسيرة سيارة على الطريق قرب بلدة الدرباسية.")


@pytest.mark.parametrize("place", ["Amude", "Al-Darbasiyah"])
def test_round36a_article_attacker_hits_its_theatre_foe(place: str) -> None:
    m = f.mention_at(f.extract_text(ARTICLE_ATTACKER), place)
    assert m.actor1 is not None and m.actor1.side == "TURKEY"
    assert m.actor2 is not None and m.actor2.side == "SDF"   # the same target for both wordings


def test_round36a_article_attacker_unnamed_dead_stay_civilians() -> None:
    text = ("نفذت طائرات حربية أمريكية فجر اليوم غارة على موقع في جبل نقم بصنعاء. أما الغارة الثانية فطالت منطقة "
            "زراعية في مديرية بني مطر، ما أدى إلى إصابة شخصين.")
    m = f.mention_at(f.extract_text(text), "Bani Matar")
    assert m.actor2 is not None and m.actor2.side == "CIVILIANS"


@pytest.mark.parametrize("text", [
    "تعرض حقل خورمالة النفطي غربي أربيل فجر اليوم لهجوم بطائرة مسيرة مفخخة، ما أدى إلى اندلاع حريق.",
    "استهدفت طائرة مسيرة مجهولة مساء أمس محطة كهرباء في قضاء زاخو، دون وقوع إصابات.",
    "سقط صاروخان من نوع كاتيوشا ليل الأحد قرب مصفاة بيجي في محافظة صلاح الدين، دون وقوع إصابات.",
    "أسقطت الدفاعات الجوية فجر اليوم طائرة مسيرة كانت متجهة نحو حقل باي حسن النفطي في كركوك.",
], ids=["oil_field_passive", "power_plant", "refinery_near", "field_downed"])
def test_round36a_civil_works_unknown_hand(text: str) -> None:
    assert _first(text)[1] == "CIVILIANS"


@pytest.mark.parametrize(("text", "target"), [
    ("استهدف هجوم صاروخي حقل كونيكو أمس.", "US"),   # a base at a gas field: its holder
    ("شنت طائرات حربية أمريكية فجر اليوم غارات على مصفاة رأس عيسى في محافظة الحديدة.", "IRAN_ALIGNED"),
], ids=["held_site", "named_attacker"])
def test_round36a_civil_works_yield_to_holder_and_attacker(text: str, target: str) -> None:
    assert _first(text)[1] == target
