"""Round 19b place reading: a common noun that opens a longer name ("قلعه X", "عين X") is no place by itself."""

from __future__ import annotations

import pytest

from rasd.geo.places import find_units
from rasd.geo.unit_filters import openers
from rasd.normalize import normalize

from .conftest import main_refs


@pytest.mark.parametrize(("text", "word", "opens"), [
    # the castle or spring of a name no row carries: the noun heads a construct, not Syria's Qal'ah or Yemen's Ain
    ("دمرت غارة مخزنا للذخيرة قرب قلعة الزهيرية شرقي مدينة البوكمال", "قلعه", True),
    ("سقطت مسيرة في منطقة عين زهلوت جنوبي عسقلان", "عين", True),
    # the noun alone, then a preposition or a new clause: a place of that name
    ("قصفت الطائرات مديرية عين في محافظة شبوة", "عين", False),
    ("قتل مسلحان في عين، وفر الباقون", "عين", False),
])
def test_a_name_opener_followed_by_its_genitive_is_no_place(text: str, word: str, opens: bool) -> None:
    nt = normalize(text)
    units = find_units(nt.text)
    got = {units[i].key for i in openers(nt.text, units)}
    assert (word in got) is opens


def test_castle_genitive_does_not_read_the_bare_castle_town() -> None:
    refs = main_refs("استهدفت ضربة جوية مستودعا قرب قلعة الزهيرية جنوبي مدينة الميادين بريف دير الزور")
    assert "Qal'ah" not in {r.location.name_en for r in refs}
    assert any(r.location.country_iso3 == "SYR" for r in refs)
