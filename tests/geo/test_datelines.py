"""Datelines: the place phrases that say where a report was filed, not where anything happened."""

from __future__ import annotations

import pytest

from rasd.geo.datelines import datelines
from rasd.geo.places import find_units
from rasd.normalize import normalize_text


@pytest.mark.parametrize(("text", "filed"), [
    ("بيروت – الميادين نت\nغارة على بلدة جويا", ["بيروت"]),
    ("حمص-سانا\nاستشهد جنديان في بادية السخنه", ["حمص"]),
    ("طولكرم 4-9-2024 وفا- اقتحم الجنود مخيم نور شمس", ["طولكرم"]),
    ("رووداو\nاربيل\n17-08-2024\nقتل شخصان في سنجار", ["اربيل"]),
    ("عرب 48 – حيفا\nدوت صفارات الانذار في نهاريا", ["حيفا"]),
    ("وافاد مراسل القناه في بغداد بان الاستهداف وقع في المشتل", ["بغداد"]),
    ("وقال مراسلنا ببغداد ان الانفجار وقع في الكراده", ["بغداد"]),
    ("غارة على بلدة جويا في قضاء صور - جنوب لبنان", []),
    ("قصفت الطائرات دير الزور – وقتل ثلاثة في الميادين", []),
    ("الخرطوم ـ «العربي الجديد»: قتل ثلاثة مدنيين في قصف على سوق بمدينة الفاشر", ["الخرطوم"]),
], ids=["outlet", "agency", "date", "own_line", "after_dash", "reporter", "reporter_bi", "mid_line_dash",
        "long_line", "tatweel_dash"])
def test_datelines_are_where_reports_were_filed(text: str, filed: list[str]) -> None:
    nt = normalize_text(text)
    units = find_units(nt)
    assert sorted(units[i].key for i in datelines(nt, units)) == sorted(normalize_text(f) for f in filed)
