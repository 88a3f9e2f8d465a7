"""A town's name longer than its gazetteer match ('بلده X Y', only X a row): no place of its own (round 39, sentences
written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.geocode import locate
from rasd.geo.name_tails import unknown
from rasd.normalize import normalize


def _shown(text: str) -> list[tuple[str, str]]:
    nt = normalize(text)
    return [(r.location.name_en, nt.text[r.start:r.end]) for r in locate(nt)]


@pytest.mark.parametrize(("text", "name"), [
    # an unknown word after the one-word row: the first word of a village the gazetteer lacks, not Aden or Jazrah
    ("قصفت طائرة مسيرة قرب بلدة عدن غوريالي في إقليم شبيلي السفلى", "Aden"),
    ("سقطت قذائف على أطراف بلدة جزرة قشطوب في ريف دير الزور الغربي", "Jazrah"),
], ids=["aden-tail", "jazrah-tail"])
def test_tail_gives_no_place(text: str, name: str) -> None:
    """The one-word namesake is not read; a coarser place of the sentence stays."""
    assert name not in [en for en, _ in _shown(text)]


def test_coarser_place_stays() -> None:
    """The countryside named after the longer name is still the place."""
    assert ("Deir ez-Zor western countryside", "ريف دير الزور الغربي") in _shown(
        "سقطت قذائف على أطراف بلدة جزرة قشطوب في ريف دير الزور الغربي")


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت طائرة مسيرة قرب بلدة عدن في جنوب اليمن", "Aden"),  # a preposition ends the name
    ("قصفت المدفعية بلدة جزرة الشمالية مساء أمس", "Jazrah"),  # a known adjective ends it
    ("استهدفت غارة بلدتي قبريخا وتلوسه في جنوب لبنان", "Qabrikha"),  # و opens the list's next name
    ("سقطت قذيفتان على منزل في بلدة ذيبان مصدرها مواقع على الضفة المقابلة", "Dhiban"),  # a known word + pronoun
], ids=["preposition", "adjective", "list", "pronoun-suffix"])
def test_known_word_ends_the_name(text: str, name: str) -> None:
    """A known word or a conjunction after the one-word name leaves the name whole."""
    assert name in [en for en, _ in _shown(text)]


@pytest.mark.parametrize(("word", "expected"), [
    ("قشطوب", True), ("الحدوديه", False), ("المجاوره", False), ("وبحسب", False), ("حزب", False),
    ("مصدرهما", False), ("وسكانها", False), ("تلوسه", True),
])
def test_unknown(word: str, expected: bool) -> None:
    """Ordinary words, lexicon words and place words, with or without a proclitic or an attached pronoun, are
    known."""
    assert unknown(word) is expected
