"""Scene, round 26a: 'علي مقربه منها' is near, no place, and an indefinite 'مقربه من X' after a noun names a patron;
a told landing place outranks the aimed-at place and a teller's seat named before it; the one hashtag that closes a
paragraph places its placeless incident. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.scene import anaphoric_place
from tests import scene_text

rec_of = scene_text.rec_of
chosen = scene_text.chosen


@pytest.mark.parametrize(("text", "expected"), [
    # (za_020; 'علي مقربه من' in 17 dev docs): a pronoun after 'مقربه' names no place ('Maqrabah' in Ta'izz)
    ("وفي تعز، أبلغ صيادون عن سقوط قذيفة في المياه على مقربة منهم", ["Ta'izz"]),
    ("قال بحارة يمنيون إن زورقاً مفخخاً انفجر بمقربة منهم", []),
    # the descriptor before a named place still reads 'near X'
    ("سقطت قذيفة على مقربة من بلدة الدير", ["Deyr"]),
])
def test_nearness_is_no_place(text: str, expected: list[str]) -> None:
    """'علي مقربه منها' is 'near it', not the village Maqrabah."""
    assert chosen(text) == expected


@pytest.mark.parametrize("text", [
    # (nb_002, lb_001; bare 'مقربه/مقرب من' after a noun in 14 dev docs, all patrons): close to a patron
    "وتبنت الهجوم جماعة مسلحة مقربة من إيران في بيان قصير",
    "ونشرت حسابات مقربة من تركيا صوراً للهجوم",
])
def test_a_patron_close_to_a_country_is_no_scene(text: str) -> None:
    """'فصايل مقربه من ايران': Iran is the patron, not the scene."""
    assert chosen(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # (za_001; the teller's seat before the aim, 'مصدر امني في X: ... نحو مطار X الا انهما سقطا في ... بناحيه Y')
    ("مصدر أمني في البصرة: الصاروخان كانا موجهين نحو مطار البصرة إلا أنهما سقطا في بستان بناحية الدير",
     ["Nahiyat ad Dayr"]),
    ("أفاد مسؤول في بغداد بأن الصاروخ كان موجهاً نحو قاعدة بلد الجوية لكنه سقط في أرض خالية قرب ناحية الدير",
     ["Nahiyat ad Dayr"]),
])
def test_the_landing_place_over_the_aim_and_the_teller(text: str, expected: list[str]) -> None:
    """Where the weapon came down is the scene, not where it was aimed nor the teller's town before it."""
    assert chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (za_018; a social page's paragraph closed by its site's tag, as zb_010's tag inside the sentence)
    ("🔴 خبر عاجل\n\nوبعد الظهر، غارة جوية ضربت سيارة على طريق فرعي وانجرح اثنين من الركاب. #الحيمة_الداخلية\n",
     ["Al Haymah Ad Dakhiliyah"]),
    # a row of tags is the page's topic list, not one scene
    ("🔴 خبر عاجل\n\nوبعد الظهر، غارة جوية ضربت سيارة على طريق فرعي. #الحيمة_الداخلية #صنعاء\n", []),
    # a tag line of its own is not the paragraph's closing tag
    ("🔴 خبر عاجل\n\nوبعد الظهر، غارة جوية ضربت سيارة على طريق فرعي.\n\n#الحيمة_الداخلية\n", []),
    # a country tag is no scene
    ("🔴 خبر عاجل\n\nوبعد الظهر، غارة جوية ضربت سيارة على طريق فرعي. #اليمن\n", []),
])
def test_a_closing_hashtag_places_its_paragraph(text: str, expected: list[str]) -> None:
    """The one tag after a paragraph's last sentence stands for the place its running text does not name."""
    rec = rec_of(text, date(2025, 4, 11))
    t = rec.nt.text
    lo = t.index("غاره")
    hi = t.index(".", lo)
    assert [p.location.name_en for p in anaphoric_place(rec, lo, hi)] == expected


def test_a_closing_hashtag_gives_way_to_running_text() -> None:
    """A paragraph that names a place in running text keeps it; the tag adds nothing."""
    text = "وفي صنعاء، قال شهود إن الغارة ضربت سيارة على طريق فرعي. #الحيمة_الداخلية\n"
    rec = rec_of(text, date(2025, 4, 11))
    t = rec.nt.text
    lo = t.index("الغاره")
    assert anaphoric_place(rec, lo, t.index(".", lo)) == []
