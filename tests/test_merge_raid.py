"""Heliborne raid: a raid by helicopters that ends in arrests, told as an air strike, joins the arrest it made.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from rasd.records import Mention
from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday
BODY = "وقالت مصادر محلية إن القوة المهاجمة داهمت منزلاً في قرية تل حميس فجر الثلاثاء واعتقلت المسؤول واثنين من مرافقيه."


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article published on PUB."""
    return f.extract_text(text, PUB)


def test_a_heliborne_raid_that_made_arrests_joins_the_arrest() -> None:
    """Session 46 (h5; og_010, pf_006, pg_008): 'عملية مروحية ... أسفرت عن اعتقال' at the province's countryside
    and the arrest at the village: one raid, an arrest at the village."""
    ms = run("أعلنت القيادة المركزية الأمريكية، اليوم الخميس، أن قواتها نفذت عملية مروحية في ريف الحسكة أسفرت عن "
             "اعتقال مسؤول في تنظيم داعش.\n" + BODY)
    assert [(m.sub_event_type, m.location.name_en) for m in ms] == [("Arrests", "Tall Hamis")]


def test_a_strike_that_tells_no_arrest_stays_beside_it() -> None:
    """A strike from the air that killed a leader and arrested no one is not the raid that made the arrests."""
    ms = run("أعلنت القيادة المركزية الأمريكية، اليوم الخميس، أن مروحياتها نفذت غارة في ريف الحسكة أسفرت عن مقتل "
             "قيادي في تنظيم داعش.\n" + BODY)
    assert len(ms) == 2
