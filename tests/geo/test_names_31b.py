"""Round 31b place data (the gb_ study): the Kurdish/Persian letter ژ folded to ز, villages WOF names only
'موقع X', and named rows the news spell otherwise than the open data (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from rasd.normalize import normalize_text
from tests import tool_modules

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("raw", "folded"), [
    ("ژ", "ز"), ("ژیان", "زيان"), ("ديگلة", "ديكله"), ("جژنيكان", "جزنيكان"),
], ids=["zhe", "zhe-word", "gaf-and-teh", "zhe-in-name"])
def test_persian_letters_fold(raw: str, folded: str) -> None:
    """ژ folds to ز as گ folds to ك: a Kurdish or Persian spelling meets the Arabic one."""
    assert normalize_text(raw) == folded


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # WOF names it only 'موقع الفدغامي'; the news write the town after a head, with or without its alef
    ("هاجم مسلحون دورية عسكرية قرب مدخل بلدة الفدغمي ليلا", "Mawqi' al Fadghami", 35.91, 40.89),
    ("انفجرت عبوة ناسفة قرب قرية الفدغامي جنوب الحسكة", "Mawqi' al Fadghami", 35.91, 40.89),
    # a Kurdish village of Koya spelled with گ or without its ya; one west of Erbil spelled with ژ
    ("قصفت طائرات مسيرة مقرات حزب معارض في ديگلة قرب كويه", "Degele", 36.18, 44.39),
    ("سقط صاروخان على تلة مشرفة على قرية دكلة صباح الاثنين", "Degele", 36.18, 44.39),
    ("استهدف القصف مقرا لحزب كردي في جژنيكان غربي أربيل", "Cezhnikan", 36.35, 44.00),
    # a Sudanese oil town below the country's city threshold, named in Arabic by WOF
    ("قصفت مسيرات مستودعات حقل هجليج بولاية غرب كردفان", "Heglig", 10.00, 29.40),
], ids=["fadghami-town", "fadghami-alef", "degala-gaf", "degala-short", "jezhnikan-zhe", "heglig-field"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


def test_site_word_alone_is_no_village() -> None:
    """A 'موقع X' row whose X is one definite word is read after a head noun only: bare it stays a word."""
    assert "Mawqi' al Filiyat" not in {r.location.name_en for r in main_refs("تغيرت الفيليات في الموسم")}
    assert_read_at("اشتباكات في قرية الفيليات غرب جسر الشغور", "Mawqi' al Filiyat", 35.76, 36.43)


def _rec(id: str, names: list[str], lat: float, lon: float) -> Any:
    """A Syrian locality row under construction."""
    return tool_modules.gazetteer_rec(id, "locality", "locality", "SYR", names, lat=lat, lon=lon)


def test_site_names() -> None:
    """'موقع X' gives X (head-only when X is one definite word); an alternate one-word X, a common word and a
    name another row bears far away give nothing."""
    fixes = tool_modules.load("gazetteer_fixes")
    two = _rec("two", ["موقع تل الورد"], 36.0, 40.0)
    one = _rec("one", ["موقع الصفصافه"], 35.0, 40.0)
    alt = _rec("alt", ["~موقع الرمانه"], 34.0, 40.0)
    word = _rec("word", ["موقع المدرسه"], 33.0, 40.0)
    far = _rec("far", ["موقع القلعه الحمراء"], 36.0, 38.0)
    other = _rec("other", ["القلعه الحمراء"], 34.0, 38.0)  # 222 km off: another place
    got = fixes.descriptive_names([two, one, alt, word, far, other], frozenset({"المدرسه"}))
    assert [r.id for r in got] == ["two", "one"]
    assert two.names == ["موقع تل الورد", "تل الورد"] and one.names == ["موقع الصفصافه", "^الصفصافه"]
    assert alt.names == ["~موقع الرمانه"] and word.names == ["موقع المدرسه"] and far.names == ["موقع القلعه الحمراء"]
