"""Round 33b (merge, from the ib_ study): a party's claim that tells an act of its own stays apart from the report
beside it: the report's target striking back with weapons the report names none of, or a ground fight beside a
strike from afar; the claim that tells the reported incident again still joins it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run

PUBLISHED = date(2024, 3, 6)

OWN_ACTS = [
    ("قصفت طائرات الاحتلال الإسرائيلي، أمس الثلاثاء، منزلا في حي الزيتون بمدينة غزة، ما أدى إلى استشهاد أربعة "
     "مواطنين.\n\n"
     "من جهتها، أعلنت سرايا القدس أن مقاتليها استهدفوا آلية عسكرية إسرائيلية بقذيفة مضادة للدروع في حي الزيتون."),
    ("سقطت قذائف مدفعية أطلقتها قوات الدعم السريع، أمس الثلاثاء، على سوق مدينة الأبيض، ما أدى إلى مقتل مدنيين "
     "اثنين.\n\n"
     "وقال الجيش السوداني في بيان إن قواته في مدينة الأبيض تصدت أمس الثلاثاء لهجوم شنته قوات الدعم السريع على "
     "المدينة."),
]


def _summary(text: str) -> list[tuple[str | None, str, str | None]]:
    """Each mention's place, type and attacker side."""
    return [(m.location.name_en if m.location else None, m.sub_event_type,
             m.actor1.side if m.actor1 else None) for m in run(text, PUBLISHED)]


@pytest.mark.parametrize("text", OWN_ACTS, ids=["strike-back-other-weapon", "repelled-assault-beside-shelling"])
def test_a_claim_of_an_act_of_its_own_stays_apart(text: str) -> None:
    """The claim tells another act than the report: two mentions, each with its own type."""
    types = sorted(m.sub_event_type for m in run(text, PUBLISHED))
    assert len(types) == 2 and types[0] != types[1], _summary(text)


SAME_ACT = ("قتل ثلاثة مدنيين، أمس الثلاثاء، بغارة جوية إسرائيلية على منزل في بلدة عيتا الشعب جنوبي لبنان.\n\n"
            "من جهته، قال الجيش الإسرائيلي إن طائراته أغارت على مبنى لحزب الله في بلدة عيتا الشعب.")


def test_the_strikers_own_account_of_the_same_strike_still_joins() -> None:
    """The attacker's own account names the report's weapon: one mention."""
    assert len(run(SAME_ACT, PUBLISHED)) == 1, _summary(SAME_ACT)
