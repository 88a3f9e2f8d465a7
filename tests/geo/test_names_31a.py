"""Round 31a place data (the fa_ study): a long vowel the site row lacked, two sites and an island the open data
lacks, and a White Nile town whose open-data row had no Arabic name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import assert_read_at, main_refs


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # the air base's name with its long vowel written, after its head
    ("استهدفت طائرة مسيرة مدرج مطار باشور فجر الأربعاء", "Harir (Bashur) air base", 36.53, 44.34),
    ("أعلنت الفصائل أنها قصفت قاعدة باشور بصاروخين", "Harir (Bashur) air base", 36.53, 44.34),
    # curated rows at their approximate point
    ("هاجم مسلحون حافلة للعمال على طريق حقل حيان للغاز مساء الخميس", "Hayan gas field (eastern Homs)",
     34.75, 37.62),
    ("سقطت قذيفة على أرض خالية بجوار مصفى كوركوسك دون أضرار", "Kawergosk refinery (west of Erbil)", 36.27, 43.75),
    ("قصفت المدفعية منازل المواطنين في الجزيرة أبا مساء الجمعة", "Aba Island (White Nile)", 13.35, 32.63),
    ("نزح مئات السكان من جزيرة أبا بعد القصف", "Aba Island (White Nile)", 13.35, 32.63),
    # a town row the open data names only in Latin, named by place_aliases (not its county's centroid)
    ("صدت القوات هجوما على مدينة الجبلين من الجهة الجنوبية", "Aj Jabalen", 12.59, 32.80),
], ids=["bashur-airport", "bashur-base", "hayan-field", "kawergosk-refinery", "aba-island-article",
        "aba-island-bare", "jebelein-town"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "wrong"), [
    ("قصفت المدفعية أحياء في الجزيرة أبا بولاية النيل الأبيض", "Gezira"),  # the state is no prefix reading
    ("تحدث الكاتب عن أحزاب باشور كردستان في مقاله", "Harir (Bashur) air base"),  # bare: 'southern (Kurdistan)'
    ("اجتمع والي الولاية مع مدير محلية الجبلين", "Aj Jabalen"),  # the locality keeps its county row
], ids=["aba-not-gezira", "bashur-bare", "jebelein-locality"])
def test_namesakes_keep_their_place(text: str, wrong: str) -> None:
    """A prefix, a bare word or a locality head does not read the new rows where another place is meant."""
    assert wrong not in {r.location.name_en for r in main_refs(text)}
