"""Round 24b place data (tools/gazetteer_fixes.py, tools/build_gazetteer.py): villages the sources name only
descriptively ('مجمع قرى X', 'X الأولى'), Israeli localities reached by their Latin name whatever the Arabic
spelling, and a two-word pair that is no one-word Latin row (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests import tool_modules

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF names it only 'قرية أبو دشير الأولى'; the news say the bare name
    ("انفجرت عبوة لاصقة بسيارة مدنية في منطقة أبو دشير جنوبي بغداد", "Qaryat Abu Dashir al Ula", 33.22, 44.37),
    # 'مجمع قرى باستورة' in the sources, spelled without the long a in the news: the Latin name Bestore
    ("سقطت طائرة مسيرة قرب ناحية بستورة شمال أربيل", "Bestore", 36.33, 44.13),
    # an Israeli kibbutz spelled with a doubled ya ('ايليت' in the sources)
    ("قصف حزب الله مستوطنة أييلت هشاحر شمالي صفد بصاروخين", "Ayyelet HaShahar", 33.02, 35.58),
])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


def test_no_one_word_row_for_a_pair() -> None:
    """'بلدة حولا أدت …': the Lebanese town, not a one-word Israeli kibbutz spelled like the pair."""
    refs = main_refs("قصفت مدفعية الاحتلال أطراف بلدة حولا أدت إلى أضرار، وردّ حزب الله بقصف مستعمرة المطلة")
    assert "Hulata" not in [r.location.name_en for r in refs]


def _rec(id: str, names: list[str], lat: float, lon: float, **kw: Any) -> Any:
    """A locality row under construction."""
    fields: dict[str, Any] = {"kind": "locality", "feature": "locality", "iso3": "IRQ"} | kw
    return tool_modules.gazetteer_rec(id, fields.pop("kind"), fields.pop("feature"), fields.pop("iso3"), names,
                                      lat=lat, lon=lon, **fields)


def test_descriptive_names() -> None:
    """A collective village and a numbered half get the bare name; a common word, a person's name, a single
    definite word and a name another row bears far away do not."""
    fixes = tool_modules.load("gazetteer_fixes")
    complex_ = _rec("c", ["مجمع قري سيروان"], 36.0, 44.0)
    half = _rec("h", ["تل زهور الاولي"], 33.0, 44.0)
    word = _rec("w", ["النصر الاولي"], 34.0, 44.0)
    person = _rec("p", ["مجمع خالد بن الوليد"], 35.0, 44.0)
    taken = _rec("t", ["مجمع كلار"], 35.0, 45.0)
    other = _rec("o", ["كلار"], 34.6, 45.3)  # 52 km off: another place
    common = frozenset({"سيروان2"})
    got = fixes.descriptive_names([complex_, half, word, person, taken, other], common)
    assert [r.id for r in got] == ["c", "h"]
    assert complex_.names == ["مجمع قري سيروان", "سيروان"]
    assert half.names == ["تل زهور الاولي", "تل زهور"]
    assert word.names == ["النصر الاولي"] and person.names == ["مجمع خالد بن الوليد"]
    assert taken.names == ["مجمع كلار"]
