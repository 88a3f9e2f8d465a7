"""Constructions that decide which place a phrase names: a direction from a town as context ("باديه السخنه
شرقي حمص"), a town across the border from the article's villages, a town after a site head, two names of
one place, a quarter of a town, a street named after a place, and names that are common phrases."""

from __future__ import annotations

import pytest

from rasd.geo import load_gazetteer
from rasd.geo.explicit import towards

from .conftest import refs_of

SUKHNAH, TANF, METULA, MALKIYA = "wof:1260068243", "site:al_tanf", "wof:421203903", "wof:1209426457"

# (case, sentence, ids that must be among the references, ids that must not)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("desert_east_of_town", "قتل ثلاثة جنود بهجوم على نقطة عسكرية في بادية السخنة شرقي حمص",
     [f"{SUKHNAH}/badiya"], []),
    ("base_southeast_of_town", "سقطت طائرة مسيرة قرب قاعدة التنف جنوب شرقي حمص", [TANF], []),
    ("desert_south_of_town", "نفذت طائرات روسية غارات على بادية الرصافة جنوبي الرقة",
     ["site:rasafah_raqqa/badiya"], []),
    ("galilee_context", "أطلقت عشرات الصواريخ من لبنان نحو منطقة المالكية في الجليل الأعلى ظهر اليوم",
     [MALKIYA], ["wof:1326527603"]),
    ("town_across_the_border", "قصفت المدفعية أطراف بلدة كفركلا في جنوب لبنان. وفي المطلة، قالت خدمة الإسعاف "
     "إنها لم تتلق بلاغات عن إصابات بعد سقوط قذائف في محيط البلدة", [METULA], ["wof:1310600243"]),
    ("post_named_after_town", "قصف الجيش بلدة العديسة في جنوب لبنان، فهاجمت المقاومة موقع المطلة بمسيرة انقضاضية",
     [METULA], []),
    ("settlement_next_to_front", "استهدف المقاومون تجمعا للجنود في محيط مستعمرة المطلة ردا على قصف بلدة كفركلا",
     [METULA], ["wof:101920981", "wof:1126035219"]),
    ("two_names_of_one_town", "قال الناطق إن مقاتليه استهدفوا هدفا حيويا في أم الرشراش (إيلات). "
     "وفي العراق قصفت طائرات مقرا في جرف النصر", ["wof:421200307"], []),
    ("quarter_of_a_town", "استهدفت طائرة مسيرة سيارة عسكرية في حي الهلالية بمدينة القامشلي",
     ["wof:1225958399"], ["wof:1293210083"]),
    ("street_named_after_a_town", "فجر المقاتلون عبوة ناسفة بآلية عسكرية في شارع الناصرة بمدينة جنين",
     ["wof:101920881"], ["wof:421175077"]),
    ("village_on_a_desert_road", "قتل راعيان بانفجار لغم أرضي قرب بلدة كباجب على طريق دير الزور تدمر",
     ["site:kabajeb"], []),
    ("iraqi_hideout_area", "هاجم مسلحون من داعش نقطة للجيش في منطقة مطيبيجة بمحافظة صلاح الدين ليلة أمس",
     ["region:mutaibija"], []),
    ("anbar_wadi", "قصفت طائرات عراقية أوكارا لداعش في وادي حوران غربي الأنبار فجر اليوم", ["region:wadi_hauran"], []),
    ("darfur_town", "قتل مدنيون في قصف جوي على السوق الأسبوعي في مدينة كبكابية بولاية شمال دارفور",
     ["wof:1276690453"], []),
    ("southern_region_is_a_phrase", "أصيب جنديان بعدوان استهدف أحد مواقعنا في المنطقة الجنوبية", [],
     ["wof:85672531"]),
    ("from_the_east_is_a_phrase", "اعترض الجيش هدفا جويا مشبوها اقترب من جهة الشرق", [], ["wof:1796661375"]),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_construction(sentence: str, present: list[str], absent: list[str]) -> None:
    ids = {r.location.id for r in refs_of(sentence)}
    assert set(present) <= ids, ids
    assert not ids & set(absent), ids


HOMS = (34.732, 36.716)


@pytest.mark.parametrize(("place_id", "bearing", "expected"), [
    (SUKHNAH, 90, True),  # 190 km east of Homs, in the desert
    (SUKHNAH, 135, True),  # within 50 degrees of south-east
    (SUKHNAH, 270, False),  # the other way
    (TANF, 135, True),  # 230 km south-east
    (TANF, 0, False),
    ("wof:890449891", 90, False),  # Albukamal: east, but 380 km away
])
def test_towards(place_id: str, bearing: int, expected: bool) -> None:
    p = load_gazetteer().get(place_id)
    assert p is not None
    assert towards(HOMS, p, bearing) is expected
