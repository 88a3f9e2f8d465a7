"""Round 36a: one sense per article: a town's name read for two gazetteer rows takes, at every mention, the row
of its headed or else of its most frequent readings (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import load_gazetteer
from rasd.geo.one_sense import _agrees, _head, _winner
from rasd.geo.refs import PlaceRef
from rasd.records import Location

from .conftest import refs_of

KASHMAH_MAYADIN, KASHMAH_ABU_KAMAL = "wof:1343949645", "wof:1343552889"  # two Al Kashmah rows, 37 km apart
AINATA_BINT_JBEIL, AINATA_BAALBEK = "wof:1209937775", "wof:1327411821"  # Ainata of the south, Ainata of the Bekaa


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # the headline's bare name and a later bare mention: the town the lead introduces with بلده
    ("مقتل شاب بانفجار لغم في الكشمة\nانفجر لغم أرضي بدراجة نارية في بلدة الكشمة شرقي دير الزور، ما أدى إلى "
     "مقتل سائقها. ولم تعرف الجهة التي زرعت اللغم في الكشمة.", KASHMAH_MAYADIN, KASHMAH_ABU_KAMAL),
    ("حريق في الكشمة\nاندلع حريق في مستودع للحبوب في بلدة الكشمة بريف دير الزور بعد قصف ليلي. وأكد شهود أن "
     "النيران امتدت إلى منازل في الكشمة.", KASHMAH_MAYADIN, KASHMAH_ABU_KAMAL),
    ("غارة على عيناتا\nأغارت مسيرة على سيارة في بلدة عيناتا جنوب لبنان. وقال رئيس البلدية إن عيناتا باتت "
     "شبه خالية.", AINATA_BINT_JBEIL, AINATA_BAALBEK),
])
def test_one_row_per_name(text: str, want: str, not_want: str) -> None:
    """Every mention of a repeated name reads the row of its headed mention."""
    ids = [r.location.id for r in refs_of(text) if r.location.id in (want, not_want)]
    assert len(ids) >= 3 and set(ids) == {want}


def _ref(pid: str, name: str = "الغزاليه", lat: float = 33.3, start: int = 0) -> PlaceRef:
    """A locality reading of a name for a row."""
    return PlaceRef(start=start, end=start + len(name), kind="locality", descriptor=None,
                    location=Location(id=pid, name_en=pid, name_ar=name, country_iso3="IRQ", admin1=None, admin2=None,
                                      lat=lat, lon=44.3, geo_precision=1))


@pytest.mark.parametrize(("ids", "headed", "known", "want"), [
    (["a", "a", "a", "b"], [False, False, False, True], [True] * 4, "b"),  # one headed reading outweighs bare ones
    (["a", "a", "b"], [False] * 3, [True] * 3, "a"),  # no head: the strict majority
    (["a", "b"], [False, False], [True, True], None),  # a tie tells nothing
    (["a", "b", "b"], [True, True, True], [True, True, True], "b"),  # headed both ways: the more often headed
    (["a", "b", "b"], [False, False, False], [True, False, False], "a"),  # a transliterated row is never chosen
])
def test_winner(ids: list[str], headed: list[bool], known: list[bool], want: str | None) -> None:
    """The row of the most often headed, then most often read, Arabic readings; None on a tie."""
    got = _winner([_ref(i) for i in ids], headed, known)
    assert (got.id if got else None) == want


@pytest.mark.parametrize(("phrase", "row", "want"), [
    ("حي الغزاليه", "wof:1796500175", True),  # a quarter's head, a quarter row
    ("حي الغزاليه", "wof:1293287075", False),  # a quarter's head does not introduce a village row
    ("قرب بلده الكشمه", KASHMAH_MAYADIN, True),  # a town's head after a preposition
    ("وبقريه الكشمه", KASHMAH_MAYADIN, True),  # with its proclitics
    ("الكشمه", KASHMAH_MAYADIN, False),  # bare
    ("محافظه الكشمه", KASHMAH_MAYADIN, False),  # a province's head is no town's
])
def test_head_agrees(phrase: str, row: str, want: bool) -> None:
    """A town's head counts for a town row, a quarter's for a quarter row."""
    assert _agrees(_head(phrase), load_gazetteer().get(row)) is want
