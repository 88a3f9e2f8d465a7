"""Scene, round 31a (from the fa_ study): a place named with the admin unit that holds it ('ناحيه X التابعه لقضاء Y',
'محليه X بولايه Y') is read inside that unit (P2b); a village row within a city of millions' breadth is a quarter of
it ('حي X جنوبي بغداد', P2a); a refinery named again ('المصفاه نفسها', 'المصفي ذاته') is the one named before (P2i).
Every sentence is written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.geo.holders import held
from rasd.geo.quarters import contained
from rasd.geo.refs import PlaceRef
from rasd.normalize import normalize_text
from rasd.scene import anaphoric_place
from tests import scene_text
from tests.factories import location

UNIT = SimpleNamespace(id="u", kind="admin2", iso3="IRQ", admin1="Diyala", admin2="Kifri", lat=34.69, lon=44.96,
                       name_en="Kifri", name_ar="كفري", precision=2, features=("admin2",))
ROW = SimpleNamespace(id="r", kind="locality", iso3="IRQ", admin1="Diyala", admin2="Kifri", lat=34.6, lon=44.9,
                      name_en="Kharnabat", name_ar="خرنابات", precision=1, features=("locality",), rank=1, cap="")


def _held(text: str, name: str, unit_word: str, lat: float, rows: tuple[SimpleNamespace, ...] = ()) -> str:
    """The id the place 'name' of a text takes once its unit (the phrase from unit_word on) is read."""
    t = normalize_text(text)
    p0, u0 = t.index(name), t.index(unit_word)
    head = t.rfind(" ", 0, p0 - 1) + 1  # the place's head noun before its name
    place = PlaceRef(start=head, end=p0 + len(name), location=location(
        id="x", lat=lat, lon=44.9, admin1="Erbil", admin2="Soran", country_iso3="IRQ"), kind="locality",
        descriptor=None)
    unit = PlaceRef(start=u0, end=len(t), location=location(
        id="u", lat=34.69, lon=44.96, admin1="Diyala", admin2="Kifri", country_iso3="IRQ", geo_precision=2),
        kind="admin2", descriptor=None)
    gz = SimpleNamespace(get=lambda i: UNIT if i == "u" else None, lookup=lambda n: list(rows),
                         regions={}, places=[])
    got = held(SimpleNamespace(text=t), gz, [place, unit])  # type: ignore[arg-type]
    return got[0].location.id


@pytest.mark.parametrize(("text", "lat", "rows", "expected"), [
    ("انفجرت عبوة ناسفة قرب ناحية خرنابات التابعة لقضاء كفري", 36.5, (), "u"),
    ("اندلعت اشتباكات في قرية خرنابات في قضاء كفري مساء أمس", 36.5, (), "u"),
    ("انفجرت عبوة ناسفة قرب ناحية خرنابات التابعة لقضاء كفري", 36.5, (ROW,), "r"),
    ("انفجرت عبوة ناسفة قرب ناحية خرنابات التابعة لقضاء كفري", 34.6, (), "x"),
    ("انفجرت عبوة ناسفة قرب ناحية خرنابات، وقضاء كفري", 36.5, (), "x"),
    ("انفجرت عبوة ناسفة في قرية خرنابات، قضاء كفري", 36.5, (), "x"),
], ids=["holder-far-reading", "in-district", "row-inside", "reading-near-the-unit", "a-list", "comma-only"])
def test_a_place_lies_inside_the_unit_named_as_its_holder(text: str, lat: float, rows: tuple[SimpleNamespace, ...],
                                                          expected: str) -> None:
    """'X التابعه لقضاء Y', 'X في قضاء Y': a reading of X outside Y yields to X's row inside Y, else to Y."""
    assert _held(text, "خرنابات", "قضاء", lat, rows) == expected


def test_a_headed_name_longer_than_its_match_is_still_held() -> None:
    """'محليه X W بولايه Y': the written name runs one word past the matched one, the unit still holds it."""
    t = normalize_text("قصفت المدفعية منازل في محلية الرهد الجديدة بولاية كفري")
    p0 = t.index("محليه")
    place = PlaceRef(start=p0, end=t.index(" الجديده"), location=location(id="x", lat=36.5, lon=44.9, admin1="Erbil",
                     country_iso3="IRQ"), kind="admin1", descriptor=None)
    u0 = t.index("ولايه")
    unit = PlaceRef(start=u0, end=len(t), location=location(id="u", country_iso3="IRQ", admin1="Diyala", lat=34.69,
                    lon=44.96, geo_precision=3), kind="admin1", descriptor=None)
    province = SimpleNamespace(**(vars(UNIT) | {"kind": "admin1", "admin2": ""}))
    gz = SimpleNamespace(get=lambda i: province if i == "u" else None, lookup=lambda n: [])
    got = held(SimpleNamespace(text=t), gz, [place, unit])  # type: ignore[arg-type]
    assert got[0].location.id == "u"


@pytest.mark.parametrize(("pop", "admin1", "moved"), [
    (7_000_000, "Baghdad", False),
    (80_000, "Baghdad", True),
    (7_000_000, "Babil", True),
], ids=["city-of-millions", "small-town", "other-governorate"])
def test_a_village_row_within_a_great_city_is_its_quarter(pop: int, admin1: str, moved: bool) -> None:
    """'حي X جنوبي Y' read as a village row 20 km from Y's point: a quarter of Y when Y is a city of millions and the
    village lies in its governorate; a namesake beyond QUARTER_KM otherwise."""
    t = normalize_text("قتل ثلاثة أشخاص بغارة على منزل في حي السلام جنوبي مدينة بغداد")
    q0 = t.index("حي")
    quarter = PlaceRef(start=q0, end=t.index("السلام") + len("السلام"), location=location(
        id="q", lat=33.13, lon=44.37, admin1=admin1, country_iso3="IRQ", feature="locality"), kind="locality",
        descriptor=None)
    town = PlaceRef(start=t.index("جنوبي"), end=len(t), location=location(
        id="t", lat=33.31, lon=44.37, admin1="Baghdad", country_iso3="IRQ"), kind="locality", descriptor="south_of")
    town = PlaceRef(start=town.start, end=town.end, location=town.location, kind="locality", descriptor=None)
    gz = SimpleNamespace(get=lambda i: SimpleNamespace(id="t", kind="locality", pop=pop, iso3="IRQ", admin1="Baghdad",
                                                       lat=33.31, lon=44.37, name_en="Baghdad", name_ar="بغداد")
                         if i == "t" else None)
    got = contained(SimpleNamespace(text=t), gz, [quarter, town])  # type: ignore[arg-type]
    assert (got[0].location.id == "t") is moved


def _anaphor(text: str, word: str) -> list[str]:
    """The place the last 'word' (a site's definite head noun) of a text stands for."""
    rec = scene_text.rec_of(text)
    t = rec.nt.text
    at = t.rindex(word)
    return [p.location.name_en for p in anaphoric_place(rec, at, at + len(word))]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("استهدف مسلحون حراس مصفاة بيجي بالرصاص أمس. وأصيب عامل اليوم بقذيفة داخل المصفاة نفسها.", "المصفاه",
     ["Baiji"]),
    ("سقطت قذيفتان على مصفى الصمود في بيجي فجرا. وعادت طائرة مسيرة لتضرب المصفى ذاته مساء.", "المصفي", ["Baiji"]),
    ("هاجم مسلحون حقل العمر النفطي ليلا. وقتل راع بانفجار لغم قرب الحقل ذاته صباحا.", "الحقل", ["al-Omar oil field"]),
    ("سقطت قذيفة على سوق مدينة بيجي فجرا. وتضرر خزان داخل المصفاة نفسها.", "المصفاه", []),
], ids=["refinery-named-by-its-town", "refinery-in-its-town", "field", "no-refinery-named"])
def test_a_site_named_again_is_the_site_named_before(text: str, word: str, expected: list[str]) -> None:
    """'المصفاه نفسها', 'المصفي ذاته', 'الحقل ذاته': the refinery or field the article named before, also when only its
    town was a place ('مصفاه بيجي'); not a town named without the site's head noun."""
    assert _anaphor(text, word) == expected
