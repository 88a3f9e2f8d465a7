"""Scene, round 34a (from the ia_ (v32) study, package P2): a quarter the gazetteer lacks ('في حي X'), in a clause
that names no place, lies in the one town its sentence or the page's hashtags name, at that town's point as a part of
it (geo_precision 2, noted); no town, several towns, a bearing after the quarter or a common noun after 'حي' give
none. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene import choose_places
from rasd.scene_container import QUARTER_NOTE
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت قذيفة هاون على منزل في حي البنفسجات صباح اليوم، ونقل الجرحى إلى مدينة الرقة.", [("Ar Raqqah", 2)]),
    ("سقطت قذيفة هاون على منزل في حي البنفسجات صباح اليوم.\n#الرقة", [("Ar Raqqah", 2)]),
    ("استهدفت مسيرة دراجة نارية بحي \"البنفسجات\" مساء أمس.\n#الرقة", [("Ar Raqqah", 2)]),
    ("سقطت قذيفة هاون على منزل في حي البنفسجات صباح اليوم.\n#الرقة #حلب", []),
    ("سقطت قذيفة هاون على منزل في حي البنفسجات صباح اليوم.", []),
    ("سقطت قذيفة هاون على منزل في حي البنفسجات جنوبي المدينة.\n#الرقة", []),
    ("أطلق الجنود الرصاص على الشبان في حي سكني صباح اليوم.\n#الرقة", []),
], ids=["town-in-sentence", "hashtag", "quoted-name", "two-towns", "no-town", "bearing-after", "common-noun"])
def test_a_quarter_lies_in_the_one_named_town(text: str, expected: list[tuple[str, int]]) -> None:
    """The first line's incident: the one town of its sentence or of the hashtags, coarser and noted; else none."""
    rec = scene_text.rec_of(text)
    end = rec.nt.text.find("\n")
    got = choose_places(rec, 0, len(rec.nt.text) if end < 0 else end)
    assert [(p.location.name_en, p.location.geo_precision) for p in got] == expected
    assert all(p.note == QUARTER_NOTE for p in got)
