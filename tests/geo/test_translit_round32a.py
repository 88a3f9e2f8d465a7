"""Round 32a transliteration guard (from the ga_ study, P1d): after a town's head, a Latin-only row whose every
name opens with a consonant stands for an Arabic name opening with ع or alif only when spelled at least
TOWN_ONSET_FLOOR alike (ONSET_MISS deducted). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.geo.onsets import TOWN_ONSET_FLOOR, onset_held, opens_with_vowel, vowel_onset
from rasd.geo.translit import closeness

from .conftest import main_refs


@pytest.mark.parametrize(("arabic", "latins", "held"), [
    ("العكيرشي", ("Giris",), False),  # k-r-s alike, but a consonant where the Arabic opens with ع
    ("عقرباء", ("Aqraba",), True),  # the onset kept: a vowel opens the Latin name
    ("اعزاز", ("'Azaz",), True),  # an apostrophe writes the ayn
    ("عكيرشي", ("Giris", "'Ukayrishi"), True),  # one name of the row keeps the onset
    ("كفرنبل", ("Kafr Nabl",), True),  # a consonant onset: no guard
], ids=["onset-missed", "vowel-latin", "apostrophe", "one-name-keeps", "consonant-arabic"])
def test_a_missed_onset_needs_a_close_spelling(arabic: str, latins: tuple[str, ...], held: bool) -> None:
    """A missed onset under the floor refuses the row; a kept onset or a consonant onset leaves it to the others."""
    assert onset_held(arabic, latins, closeness(arabic, latins)) is held


@pytest.mark.parametrize(("arabic", "latin", "score", "held"), [
    ("الارشي", "Garshi", TOWN_ONSET_FLOOR - 0.01, False),
    ("الارشي", "Garshi", TOWN_ONSET_FLOOR, True),
], ids=["under-floor", "at-floor"])
def test_the_floor_is_inclusive(arabic: str, latin: str, score: float, held: bool) -> None:
    """A row spelled exactly TOWN_ONSET_FLOOR alike is kept."""
    assert onset_held(arabic, (latin,), score) is held


@pytest.mark.parametrize(("word", "latin", "onset", "vowel"), [
    ("العين", "Al Ayn", True, True),
    ("ابين", "Abyan", True, True),
    ("الغزيل", "Ghuzayl", False, False),
], ids=["article-ayn", "alif", "consonant"])
def test_onsets_are_read_after_the_article(word: str, latin: str, onset: bool, vowel: bool) -> None:
    """The Arabic and the Latin article do not count as the name's onset."""
    assert (vowel_onset(word), opens_with_vowel(latin)) == (onset, vowel)


@pytest.mark.parametrize("text", [
    "تعرضت نقطة عسكرية لهجوم ليلي في قرية العكيرشي شرقي الرقة والقامشلي",
    "وقع انفجار قرب قرية العكيرشي بين الرقة والقامشلي",
], ids=["point-attacked", "blast-near"])
def test_no_consonant_onset_namesake_far_off(text: str) -> None:
    """The village is not read as Giris near Qamishli (same consonants, the onset missed, .60 alike)."""
    assert "Giris" not in {r.location.name_en for r in main_refs(text)}
