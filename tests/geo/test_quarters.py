"""geo/quarters.py: a quarter named inside a town, read far from it, is a namesake and takes the town's point."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.geo.quarters import contained
from rasd.geo.refs import PlaceRef
from rasd.normalize import normalize_text
from tests.factories import location


@pytest.mark.parametrize(("text", "town_lat", "namesake"), [
    ("دمرت غارة مبنى في حي البساتين في بلدة كفرتبنيت", 33.36, True),
    ("دمرت غارة مبنى في حي البساتين في بلدة كفرتبنيت", 33.62, False),
    ("دمرت غارة مبنى في حي البساتين وبلدة كفرتبنيت", 33.36, False),
], ids=["far-from-its-town", "inside-its-town", "a-list-not-a-container"])
def test_a_quarter_far_from_the_town_that_holds_it_is_a_namesake(text: str, town_lat: float, namesake: bool) -> None:
    """Round 21a (ua_012; lb_015, dz_019: 3 dev docs of 3 sets name a quarter inside a town over 15 km from the
    quarter's point): 'حي X في بلده Y' with X's point far from Y is a namesake's, and the town is the scene."""
    t = normalize_text(text)
    q0 = t.index("حي")
    q1 = t.index("البساتين") + len("البساتين")
    t0 = t.index("بلده")
    quarter = PlaceRef(start=q0, end=q1, location=location(id="q", lat=33.62, lon=35.56), kind="locality",
                       descriptor=None)
    town = PlaceRef(start=t0, end=len(t), location=location(id="t", lat=town_lat, lon=35.53), kind="locality",
                    descriptor=None)
    gz = SimpleNamespace(get=lambda i: SimpleNamespace(id="t", kind="locality", pop=0, iso3="LBN", admin1="x",
                                                       lat=town_lat, lon=35.53, name_en="Kfar Tebnit", name_ar="كفرتبنيت") if i == "t" else None)
    got = contained(SimpleNamespace(text=t), gz, [quarter, town])  # type: ignore[arg-type]
    assert (got[0].location.id == "t") is namesake


@pytest.mark.parametrize(("text", "moved"), [
    ("انفجرت عبوة قرب سوق في حي البساتين بالجانب الغربي من مدينة بغداد", True),
    ("سقطت قذيفة على منزل في حي البساتين في الشطر الشرقي لمدينة بغداد", True),
    ("سقطت قذيفة على منزل في حي البساتين في الجهة الشمالية الشرقية لمدينة بغداد", True),
    ("سقطت قذيفة على منزل في حي البساتين بعد ساعة من قصف مدينة بغداد", False),
], ids=["side-of-the-city", "half-of-the-city", "the-citys-north-east-side", "no-container"])
def test_a_quarter_on_a_side_of_its_city_is_in_that_city(text: str, moved: bool) -> None:
    """Round 23a (wa_005, wb_004: 2 docs of 2 sets write 'حي X بالجانب الايمن/الايسر من مدينه الموصل'): the
    city's side or half between a quarter and its city still holds the quarter; a far reading is a namesake."""
    t = normalize_text(text)
    q0 = t.index("حي")
    q1 = t.index("البساتين") + len("البساتين")
    t0 = t.index("مدينه")
    assert _moved_to_baghdad(t, q0, q1, t0, (30.8, 46.5)) is moved


@pytest.mark.parametrize(("text", "head", "moved"), [
    ("سقطت قذيفة على محل في حي البساتين وسط مدينة بغداد", "حي", True),
    ("سقطت قذيفة على محل في حي البساتين التجاري بوسط بغداد", "حي", True),
    ("سقطت قذيفة على محل في منطقة البساتين وسط العاصمة بغداد", "منطقه", True),
    ("سقطت قذيفة على محل في منطقة البساتين في مدينة بغداد", "منطقه", False),
], ids=["quarter-in-the-centre", "a-nisba-between", "area-in-the-centre", "area-without-centre"])
def test_a_quarter_or_area_in_the_centre_of_its_city_is_in_that_city(text: str, head: str, moved: bool) -> None:
    """Round 40 (h1; mc_004, mc_005: 'منطقه/حي X (التجاري) (ب)وسط (العاصمه) بغداد' read as a Baghdad village 33 km
    off): the town's centre between a quarter or an area and its town holds it; an area head needs the centre."""
    t = normalize_text(text)
    q0 = t.index(head)
    q1 = t.index("البساتين") + len("البساتين")
    t0 = t.index("بغداد") if "بوسط" in t else t.index("مدينه") if "مدينه" in t else t.index("العاصمه")
    assert _moved_to_baghdad(t, q0, q1, t0, (33.1, 44.6)) is moved


@pytest.mark.parametrize(("text", "moved"), [
    ("قصفت مسيرة مقرا في حي البساتين وسط مدينة بغداد. وكان حي البساتين قد تعرض لقصف مماثل", True),
    ("قصفت مسيرة مقرا في حي البساتين. وكان حي البساتين قد تعرض لقصف مماثل", False),
], ids=["told-in-its-town-before", "never-told-in-a-town"])
def test_a_quarter_told_in_its_town_elsewhere_is_that_towns(text: str, moved: bool) -> None:
    """Round 40 (h1; mc_001: 'حي القصور وسط مدينه دير الزور' in the lead, refused there as a far village's
    reading, then 'حي القصور' alone for an earlier strike, read as the Raqqa village 175 km off): the quarter's
    phrase told in a town anywhere in the article places its other mentions in that town."""
    t = normalize_text(text)
    second = t.rindex("حي البساتين")
    quarter = PlaceRef(start=second, end=second + len("حي البساتين"), location=location(id="q", lat=30.8, lon=46.5),
                       kind="locality", descriptor=None)
    refs = [quarter]
    if "مدينه" in t:
        t0 = t.index("مدينه")
        town = PlaceRef(start=t0, end=t0 + len("مدينه بغداد"), location=location(id="t", lat=33.31, lon=44.37),
                        kind="locality", descriptor=None)
        refs = [town, quarter]
    gz = SimpleNamespace(get=lambda i: SimpleNamespace(id="t", kind="locality", pop=0, iso3="IRQ", admin1="x",
                                                       lat=33.31, lon=44.37, name_en="Baghdad", name_ar="بغداد") if i == "t" else None)
    got = contained(SimpleNamespace(text=t), gz, refs)  # type: ignore[arg-type]
    assert (got[-1].location.id == "t") is moved


@pytest.mark.parametrize(("text", "rank", "moved"), [
    ("دخل الجيش مدينة بغداد فجرا. وسقطت قذيفة على منزل في حي البساتين شمالي المدينة", 4, True),
    ("دخل الجيش مدينة بغداد فجرا. وسقطت قذيفة على منزل في حي البساتين في الجهة الغربية من المدينة", 4, True),
    ("دخل الجيش قرية بغداد فجرا. وسقطت قذيفة على منزل في حي البساتين شمالي المدينة", 0, False),
    ("دخل الجيش مدينة بغداد فجرا. وسقطت قذيفة على منزل في حي البساتين شمالي البلاد", 4, False),
], ids=["north-of-the-city", "west-side-of-the-city", "a-village-is-no-city", "not-the-city"])
def test_a_quarter_placed_by_the_city_named_before_is_in_that_city(text: str, rank: int, moved: bool) -> None:
    """Round 41 (h2; the rA census: lc_015, od_013, and fr_019, lb_014 in half A: 'حي X شمالي المدينه' read as a
    namesake 29-365 km off): "المدينه" after a quarter, with a direction or a side between, is the last town of
    20,000 or more the article named before it; a far reading of the quarter is a namesake's."""
    t = normalize_text(text)
    q0 = t.index("حي")
    quarter = PlaceRef(start=q0, end=q0 + len("حي البساتين"), location=location(id="q", lat=30.8, lon=46.5),
                       kind="locality", descriptor=None)
    t0 = t.index("بغداد")
    town = PlaceRef(start=t0, end=t0 + len("بغداد"), location=location(id="t", lat=33.31, lon=44.37),
                    kind="locality", descriptor=None)
    gz = SimpleNamespace(get=lambda i: SimpleNamespace(id="t", kind="locality", pop=0, rank=rank, iso3="IRQ",
                                                       admin1="x", lat=33.31, lon=44.37, name_en="Baghdad",
                                                       name_ar="بغداد") if i == "t" else None)
    got = contained(SimpleNamespace(text=t), gz, [town, quarter])  # type: ignore[arg-type]
    assert (got[-1].location.id == "t") is moved


def _moved_to_baghdad(t: str, q0: int, q1: int, t0: int, quarter_point: tuple[float, float]) -> bool:
    """Whether `contained` gives the quarter t[q0:q1] the point of the town (Baghdad) that starts at t0."""
    quarter = PlaceRef(start=q0, end=q1, location=location(id="q", lat=quarter_point[0], lon=quarter_point[1]),
                       kind="locality", descriptor=None)
    town = PlaceRef(start=t0, end=len(t), location=location(id="t", lat=33.31, lon=44.37), kind="locality",
                    descriptor=None)
    gz = SimpleNamespace(get=lambda i: SimpleNamespace(id="t", kind="locality", pop=0, iso3="IRQ", admin1="x",
                                                       lat=33.31, lon=44.37, name_en="Baghdad", name_ar="بغداد") if i == "t" else None)
    got = contained(SimpleNamespace(text=t), gz, [quarter, town])  # type: ignore[arg-type]
    return bool(got[0].location.id == "t")
