"""geo/stopwords: common nouns that are also villages' names, read as places only after a head noun (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import refs_of


@pytest.mark.parametrize(("text", "word"), [
    ("انفجرت عبوة ناسفة بسيارة مدنية قرب الجسر وسط المدينة", "الجسر"),  # the bridge
    ("أطلق مسلحون النار من خلف الجسر على دورية للشرطة", "الجسر"),
    ("سقطت قذيفة على بستان نخيل في أطراف البلدة", "بستان"),  # an orchard, in construct before its trees
    ("أقامت الشرطة حاجزا عند مدخل الجسر الجديد في المدينة", "الجديد"),  # the new: an adjective after its noun
], ids=["near-the-bridge", "behind-the-bridge", "an-orchard", "the-new-bridge"])
def test_landscape_noun_is_no_place(text: str, word: str) -> None:
    """The bridge and an orchard are no villages named al-Jisr or Boustane."""
    assert not [r for r in refs_of(text) if word in (r.location.text or "")]


def test_orchard_leaves_the_village_after_it() -> None:
    """'على بستان زيتون في أطراف بلدة X': the village is the place, not a namesake of the orchard."""
    refs = refs_of("غارة بصاروخ على بستان زيتون في أطراف بلدة البرغلية في قضاء صور")
    assert [r.location.name_en for r in refs if r.location.flagged != "context"] == ["El Bourgheliye"]


def test_headed_bridge_is_still_a_place() -> None:
    """After a head noun the name stands: 'ناحيه الجسر' is a place (the sub-district, or a village of the province)."""
    assert any("الجسر" in (r.location.text or "") for r in refs_of("اشتباكات في ناحية الجسر بمحافظة الأنبار"))


def test_orchard_opens_a_settlements_name() -> None:
    """After a settlement's head 'بستان' opens the Hebrew name (Bustan HaGalil), looked up by transliteration."""
    assert any(r.location.name_en == "Bustan HaGalil"
               for r in refs_of("سقطت صواريخ قرب مستوطنة بستان هجليل في الجليل الغربي"))
