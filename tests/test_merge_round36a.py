"""Round 36a (merge, from a dev-wide census of same-incident splits): a second telling of one incident at the very
same town on the same day, by attackers of one camp, joins the first telling though it reads another target; a
province, crossed sides, another incident's opener or each telling's own weapon keep two tellings apart.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text as run

PUBLISHED = date(2024, 3, 6)

RETOLD = [
    ("قتل مدنيان، أمس الثلاثاء، بغارة من طائرة مسيرة تركية استهدفت سيارة في بلدة عين العرب شمالي سوريا.\n\n"
     "وبحسب مصادر محلية، استهدفت طائرة مسيرة تركية أمس الثلاثاء سيارة تقل قياديين في قوات سوريا الديمقراطية في عين العرب."),
    ("قتل ثلاثة عناصر من قوات سوريا الديمقراطية، أمس الثلاثاء، بقصف طائرة مسيرة تركية على بلدة عين العرب.\n\n"
     "وذكر ناشطون أن طائرة مسيرة تركية قصفت أمس الثلاثاء منزلا يسكنه مدنيون في عين العرب."),
    ("قتل ثلاثة عناصر من قوات سوريا الديمقراطية، أمس الثلاثاء، بقصف طائرة مسيرة تركية على بلدة عين العرب.\n\n"
     "وذكر المرصد السوري لحقوق الإنسان أن طائرة مسيرة تركية قصفت أمس الثلاثاء منزلا يسكنه مدنيون في عين العرب."),
]

APART = [
    ("قصفت القوات التركية، أمس الثلاثاء، قرية تل رفعت بريف حلب الشمالي، ما أدى إلى إصابة طفلين.\n\n"
     "وقالت وزارة الدفاع التركية إن مسلحين من قسد هاجموا قواتها بالقذائف في تل رفعت أمس الثلاثاء."),
    ("قتل ثلاثة عناصر من قوات سوريا الديمقراطية، أمس الثلاثاء، بقصف طائرة مسيرة تركية على بلدة عين العرب.\n\n"
     "من جهة أخرى، قصفت طائرة مسيرة تركية أمس الثلاثاء منزلا يسكنه مدنيون في عين العرب."),
    ("قتل ثلاثة عناصر من قوات سوريا الديمقراطية، أمس الثلاثاء، بقصف طائرة مسيرة تركية على بلدة عين العرب.\n\n"
     "وفي هجوم آخر، قصفت طائرة مسيرة تركية أمس الثلاثاء منزلا يسكنه مدنيون في عين العرب."),
    ("قصفت مدفعية الاحتلال، أمس الثلاثاء، أطراف محافظة خان يونس، ما أدى إلى استشهاد شخصين.\n\n"
     "وقال الدفاع المدني إن طائرة مسيرة أطلقت صاروخا على تجمع للمواطنين في محافظة خان يونس أمس الثلاثاء ما أدى إلى استشهاد مواطن."),
]


def _summary(text: str) -> list[tuple[str | None, str, str | None, str | None, int | None]]:
    """Each mention's place, type, sides and death toll."""
    return [(m.location.name_en if m.location else None, m.sub_event_type, m.actor1.side if m.actor1 else None,
             m.actor2.side if m.actor2 else None, m.fatalities) for m in run(text, PUBLISHED)]


@pytest.mark.parametrize("text", RETOLD, ids=["civilians-then-fighters", "fighters-then-civilians", "monitor-retells"])
def test_a_second_telling_at_the_same_town_joins_the_first(text: str) -> None:
    """The other source's telling reads another target at the same town on the same day: one mention."""
    assert len(run(text, PUBLISHED)) == 1, _summary(text)


def test_the_joined_telling_keeps_the_first_tellings_target_toll_and_the_second_ones_source() -> None:
    """The fighters killed stand as told first; the monitor that told it again is a source."""
    (m,) = run(RETOLD[2], PUBLISHED)
    assert (m.actor2.side if m.actor2 else None, m.fatalities, m.sources) == ("SDF", 3, ("SOHR",)), _summary(RETOLD[2])


@pytest.mark.parametrize("text", APART, ids=["crossed-sides", "new-matter", "another-attack", "province"])
def test_two_incidents_of_one_day_stay_apart(text: str) -> None:
    """Crossed sides, another matter, another attack or a whole province: two mentions."""
    assert len(run(text, PUBLISHED)) == 2, _summary(text)
