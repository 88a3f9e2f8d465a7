"""Round 50 (h1, places): a local official's town, a numbered item's label, 'بقريه X'."""

from __future__ import annotations

import pytest

from rasd.frame import build_frames
from rasd.geo import locate
from rasd.normalize import normalize
from rasd.scene import choose_places
from tests.scene_text import rec_of


def _names(text: str) -> list[str]:
    """English names of the places chosen for the first sentence."""
    rec = rec_of(text)
    sent = rec.sentences[0]
    return [p.location.name_en for p in choose_places(rec, sent.start, sent.end)]


# the town a local official or a district office speaks for is not the village the clause names (oi_011, oq_009)
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("وذكر مسؤول محلي في العمادية أن قذائف تركية سقطت على أطراف قرية ورميل ليلة السبت.", "Warmayl", "Amadiyah"),
    ("قصفت مسيرة تركية موقعا قرب قرية تربكة، بحسب مصدر في قائممقامية سنجار.", "Tarbikah", "Sinjar"),
    ("وقال مسؤولون محليون في العمادية إن المدفعية قصفت أطراف قرية ورميل.", "Warmayl", "Amadiyah"),
], ids=["local-official", "district-office", "local-officials"])
def test_a_local_officials_town_is_no_scene(text: str, want: str, not_want: str) -> None:
    """'مسوول محلي في X', 'قايممقاميه X': X names who speaks; the village of the clause is the scene."""
    got = _names(text)
    assert any(want in n for n in got) and not any(not_want in n for n in got), got


def _frame_places(text: str) -> list[list[str]]:
    """English names of each frame's places."""
    return [[p.location.name_en for p in f.places] for f in build_frames(rec_of(text))[0]]


# a roundup's numbered item 'N. X (district, province) - day: ...' is no dateline: X is the item's scene (nh_010,
# oq_012, po_008), and 'القريه' / 'البلده' in the lines of the item stand for it
@pytest.mark.parametrize(("text", "want"), [
    ("حصاد الأسبوع\n\n2. الكسرة (ريف دير الزور الغربي) - مساء الأحد: هجوم مسلح على حاجز للقوات أوقع قتيلا.",
     "Al Kasrah"),
    ("حصاد الأسبوع\n\nداهمت القوات منزلا في قرية السلجية.\n\n④ الكسرة (ريف دير الزور الغربي) - الأحد\n"
     "قتل رجل بانفجار لغم أرضي قرب القرية.", "Al Kasrah"),
], ids=["item-label-in-line", "head-noun-after-the-label"])
def test_a_numbered_items_label_is_its_scene(text: str, want: str) -> None:
    """The item's label place is the place of the incident it tells."""
    got = _frame_places(text)
    assert got and any(want in n for n in got[-1]), got


def test_a_dateline_is_still_no_scene() -> None:
    """'دير الزور - ...' heading a paragraph is where the report was written, not its scene."""
    rec = rec_of("دير الزور - قتل شخصان بانفجار لغم أرضي قرب بلدة الكسرة غربي المدينة.")
    sent = rec.sentences[0]
    got = [p.location.name_en for p in choose_places(rec, sent.start, sent.end)]
    assert "Deir ez-Zor" not in got, got


# 'بقريه' is ب + the head قريه before a name, not the Latakia village Bqaryah (oq_008, oq_009)
@pytest.mark.parametrize(("text", "want"), [
    ("سقطت قذيفة هاون بقرية الكسرة مساء أمس.", "Al Kasrah"),
    ("اعتقلت دورية للشرطة رجلين بقرية السمسية ليلة الجمعة.", "As Samsiyah"),
], ids=["shell", "arrest"])
def test_a_head_glued_to_its_preposition_introduces_the_village(text: str, want: str) -> None:
    """The village after 'بقريه' is read."""
    nt = normalize(text)
    got = [r.location.name_en for r in locate(nt)]
    assert want in got, got

