"""Round 40 transliteration readings (from the rA place census): ظ also writes the dh of Somali names and a Latin
ee is a long i, ي in Arabic (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.translit import query_skeletons, spelled_alike

from .conftest import assert_read_at


def test_dh_skeleton() -> None:
    """A name with ظ is looked up with the dh reading too: 'عيل ظير' as l-t-r, the skeleton of Eeldheer."""
    assert "ltr" in query_skeletons("عيل ظير")


@pytest.mark.parametrize(("arabic", "latins"), [
    ("عيل ظير", ("Ceeldheer", "Eeldheer")),
    ("ظوبلي", ("Dhobley",)),
    ("ام سرير", ("Um Sireer",)),
], ids=["ceel-dheer", "dhobley", "sireer"])
def test_somali_spellings_alike(arabic: str, latins: tuple[str, ...]) -> None:
    """The Arabic and Latin spellings agree once ظ reads dh and ee reads i."""
    assert spelled_alike(arabic, latins)


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    ("هاجم مسلحون بلدة ظوبلي في إقليم جوبا السفلى بالصومال", "Dhobley", 0.410, 41.010),
    ("استعادت القوات الحكومية السيطرة على مدينة عيل ظير في الصومال", "Ceeldheer", 3.849, 47.181),
], ids=["dhobley", "ceel-dheer"])
def test_somali_town_after_a_head(text: str, en: str, lat: float, lon: float) -> None:
    """A Somali town written with ظ after a town's head is its Latin-only row."""
    assert_read_at(text, en, lat, lon)
