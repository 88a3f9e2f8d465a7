"""Round 26b place data (the ab_ study): the joined spelling of a Turkish 'Qara-' name, and open-data towns the
sources leave without an Arabic name, named (or head-named) by place_aliases.tsv (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests import tool_modules

from .conftest import assert_read_at, refs_of


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the news join 'قره X' into one word without its ه
    ("تدور اشتباكات عنيفة قرب جسر قرقوزاق جنوب شرقي منبج منذ الصباح", "Qarah Qawzaq", 36.64, 38.22),
    ("سقطت قذيفة هاون على أطراف قرقوزاق وأصابت منزلين", "Qarah Qawzaq", 36.64, 38.22),
    # WOF/GeoNames towns without an Arabic name, named in place_aliases.tsv
    ("استهدفت طائرة حربية منزلاً في بلدة يونين شمال بعلبك فجر اليوم", "Younine", 34.08, 36.27),
    ("سيطرت القوات على مدينة رفاعة بعد مواجهات مع الأهالي", "Rufa'a", 14.76, 33.37),
    ("قصف مدفعي على جزيرة توتي بالخرطوم أوقع قتيلين", "Tuti", 15.62, 32.52),
    ("نفذت طائرة أمريكية ضربة قرب بلدة لوق جنوب غربي الصومال", "Luuq", 3.80, 42.54),
], ids=["joined-bridge", "joined-bare", "younine", "rufaa-town", "tuti-island", "luuq-town"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize("text", [
    "قال الكاتب رفاعة في مقالته إن الوضع الاقتصادي يزداد سوءا",  # a person: رفاعه only after a town's head
    "أشاد المدرب باللاعب توتي بعد المباراة",  # a surname: توتي is a place only as جزيرة توتي
    "قالت الوزارة إن لوق الأسبوع المقبل سيشهد اجتماعا",  # bare لوق: only after a town's head
], ids=["rifaa-person", "totti", "bare-luq"])
def test_head_only_and_compound_names_stay_unread_bare(text: str) -> None:
    """A head-only or two-word curated name is not read from the bare word."""
    assert not [r for r in refs_of(text) if r.location.name_en in ("Rufa'a", "Tuti", "Luuq")]


def _rec(id: str, names: list[str], **kw: Any) -> Any:
    """A locality row under construction."""
    fields: dict[str, Any] = {"kind": "locality", "feature": "locality", "iso3": "SYR"} | kw
    return tool_modules.gazetteer_rec(id, fields.pop("kind"), fields.pop("feature"), fields.pop("iso3"), names,
                                      lat=36.0, lon=38.0, **fields)


@pytest.mark.parametrize(("names", "other", "added"), [
    (["قره قوزاق"], [], ["قره قوزاق", "قرقوزاق"]),  # two words: joined
    (["~قره كوز"], [], ["~قره كوز", "~قركوز"]),  # an alternate stays an alternate
    (["قره داغ"], ["قرداغ"], ["قره داغ"]),  # another row (Qaradagh) bears the joined form
    (["قره قويو تحتاني"], [], ["قره قويو تحتاني"]),  # three words: not one compound
    (["قره لو"], [], ["قره لو"]),  # a rest too short to tell
], ids=["joined", "alternate", "taken", "three-words", "short"])
def test_joined_qara(names: list[str], other: list[str], added: list[str]) -> None:
    """A 'قره X' locality also answers to 'قرX' unless another row bears it."""
    fixes = tool_modules.load("gazetteer_fixes")
    row = _rec("q", list(names))
    fixes.joined_qara([row, _rec("o", other)])
    assert row.names == added
