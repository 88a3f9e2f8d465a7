"""Attribution, round 27a (from the aa_ study): a round-up's later item told by an unnamed voice of its own does not
take the lead body's claim; the dual 'انهما' opens what was said, and a site 'used by X' ('تستخدمان من قبل X') makes X
the side hit, no agent and no teller; a body that 'تزف' its martyr tells the strike its words describe.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday

LEAD_BODY = ("أعلنت خلية الإعلام الأمني، اليوم الخميس، مقتل جندي وإصابة آخر بهجوم نفذه عناصر داعش على نقطة للجيش قرب "
             "بلدة الحضر جنوبي الموصل.\n")
LEAD_RELAY = ("قال مصدر أمني لوكالة شفق نيوز، اليوم الخميس، إن جندياً قتل بهجوم نفذه عناصر داعش على نقطة للجيش قرب "
              "بلدة الحضر جنوبي الموصل.\n")
ITEM_TOLD = "وفي محافظة ديالى، أفاد مصدر أمني بأن عبوة ناسفة انفجرت مساء أمس على سيارة مدنية في مدينة بعقوبة، ما أدى إلى إصابة سائقها."
ITEM_POLICE = "إلى ذلك، قال مصدر في شرطة ديالى إن عبوة ناسفة انفجرت مساء أمس على سيارة مدنية في مدينة بعقوبة، ما أدى إلى إصابة سائقها."
ITEM_BARE = "وفي محافظة ديالى، انفجرت عبوة ناسفة مساء أمس على سيارة مدنية في مدينة بعقوبة، ما أدى إلى إصابة سائقها."


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the lead body claims its own incident
    (LEAD_BODY + ITEM_TOLD, "Hadar", {"Security Media Cell"}),
    # a later item with its own unnamed teller: the lead body did not tell it
    (LEAD_BODY + ITEM_TOLD, "Baqubah", set()),
    (LEAD_BODY + ITEM_POLICE, "Baqubah", set()),
    # an item with no teller of its own still takes the lead's attribution
    (LEAD_BODY + ITEM_BARE, "Baqubah", {"Security Media Cell"}),
    # a lead that is the agency the unnamed voices spoke to covers the later items too
    (LEAD_RELAY + ITEM_TOLD, "Baqubah", {"Shafaq News"}),
], ids=["lead-own-incident", "item-own-teller", "item-police-teller", "item-no-teller", "lead-relay-agency"])
def test_round27a_lead_reach(text: str, place: str, expected: set[str]) -> None:
    """The lead's sources reach an item only when the item has no unnamed teller of its own or the lead is a relay."""
    assert f.sources_at("حصاد أمني\n\n" + text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the dual complementizer opens the reported words: the name after it is no speaker
    ("أعلنت القيادة المركزية الأمريكية أن طائرات أمريكية قصفت فجر اليوم مبنيين في مدينة البوكمال قالت إنهما يضمان "
     "مخازن للحرس الثوري الإيراني.", "Kamal", {"CENTCOM"}),
    # a mourner that 'تزف' a martyr whose death its words tell is the strike's source
    ("تزف حركة الجهاد الإسلامي الشهيد المجاهد أحمد سليم الذي ارتقى صباح اليوم بعد استهداف سيارته بغارة إسرائيلية "
     "في مدينة جنين.", "Jenin", {"Palestinian Islamic Jihad"}),
    ("غارة على جنين\n\nحركة الجهاد الإسلامي تزف الشهيد المجاهد أحمد سليم الذي ارتقى صباح اليوم بعد استهداف سيارته "
     "بغارة إسرائيلية في مدينة جنين.", "Jenin", {"Palestinian Islamic Jihad"}),
], ids=["dual-complementizer", "mourner-verb-first", "mourner-name-first"])
def test_round27a_sources(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the users of the sites hit are the side hit, not who struck them
    ("استهدفت غارتان فجر اليوم منشأتين في مدينة البوكمال تستخدمان من قبل الحرس الثوري الإيراني.",
     ("US", "IRAN_ALIGNED")),
    ("نفذت القوات الأمريكية ضربتين فجر اليوم على منشأتين في مدينة البوكمال تستخدمان من قبل الحرس الثوري الإيراني، "
     "رداً على الهجمات ضد القوات الأمريكية.", ("US", "IRAN_ALIGNED")),
    # the passive of an attack verb keeps 'من قبل' as its agent
    ("تعرضت دورية للجيش العراقي فجر اليوم لهجوم من قبل عناصر داعش قرب بلدة الحضر جنوبي الموصل.",
     ("ISIS", "IRAQ_GOV")),
], ids=["used-by-strikes", "used-by-retaliation", "attack-by"])
def test_round27a_used_by(text: str, expected: tuple[str, str]) -> None:
    """'X تستخدم من قبل Y': Y holds the site hit; 'هجوم من قبل Y': Y attacked."""
    assert [(a, b) for _, a, b in f.sides(text, PUB)][:1] == [expected]
