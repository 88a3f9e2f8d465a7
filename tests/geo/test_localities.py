"""Round 11b geocoding: Sudan's localities (محليه X reads X as the locality, not a direction from a place), news
spellings, common words, blind tie-breaks and merge containment (sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.merge_compat import places_ok as _places_ok
from rasd.records import Location

from .conftest import km, main_refs, refs_of


@pytest.mark.parametrize(("text", "pid", "lat", "lon", "tol"), [
    ("قتل مدنيون في قصف مدفعي على قرى بمحلية شرق الجزيرة أمس", "wof:1091706829", 15.02, 33.61, 3),
    ("هاجمت قوة مسلحة سوقا في محلية جنوب الجزيرة بولاية الجزيرة", "wof:1091708695", 14.15, 33.42, 3),
    ("سقطت قذائف على أحياء في محلية شرق سنار مساء الجمعة", "wof:1091708257", 13.76, 33.86, 3),
    ("نزحت مئات الأسر من قرى محلية شمال نيالا", "wof:1091707609", 12.12, 24.88, 3),
    ("تجددت الاشتباكات في محلية الطويشة بشمال دارفور", "wof:1091706673", 12.51, 26.59, 3),
    ("قصفت المدفعية أحياء في محلية أمبدة غربي أم درمان", "site:umm_badda", 15.66, 32.44, 3),
    ("سقطت مسيرة على محطة كهرباء في شرق النيل بالخرطوم", "site:sharq_el_nile", 15.63, 32.63, 3),
])
def test_a_locality_is_the_place_its_head_names(text: str, pid: str, lat: float, lon: float, tol: float) -> None:
    """'محليه شرق الجزيره' is the East Gezira locality (WOF county), not 'east of Gezira'."""
    ref = main_refs(text)[0]
    assert ref.location.id == pid
    assert km(lat, lon, ref.location.lat, ref.location.lon) <= tol


@pytest.mark.parametrize(("text", "base"), [
    ("سقطت قذائف على قرية شرق سنار مساء الجمعة", "wof:421199063"),  # the town Sennar, then 'east of'
    ("تحركت قوات شمال نيالا باتجاه المطار", "wof:1091707611"),
])
def test_a_head_only_locality_name_is_a_direction_when_bare(text: str, base: str) -> None:
    """Bare, 'شرق سنار' is still east of Sennar: the locality's name counts only after محليه."""
    ids = [r.location.id for r in refs_of(text)]
    assert any(i.startswith(base.split("/")[0]) or "/" in i for i in ids), ids
    assert "wof:1091708257" not in ids and "wof:1091707609" not in ids


def test_the_adjective_local_introduces_no_place() -> None:
    """'مصادر محليه' (local sources) is no locality head: the name after a preposition is read as before."""
    refs = refs_of("وقالت مصادر محلية في كادقلي إن القصف استمر ساعتين")
    assert [r.location.id for r in refs] == ["wof:421168715"]


@pytest.mark.parametrize(("text", "want"), [
    ("سقطت قذيفة قرب السوق المركزي في المدينة", []),  # the market, not Suq Sirwah
    ("تضررت بسطات الباعة في الشارع الرئيسي", []),  # stalls, not Settat
    ("نشرت الصفحة خريطة السيطرة على ضفتي النهر", []),  # a map, not the Deir ez-Zor village
])
def test_common_words_of_round_11b_are_not_places(text: str, want: list[str]) -> None:
    """The market, the stalls and a map are no places without a head noun."""
    assert [r.location.id for r in refs_of(text)] == want


def test_news_spellings_join_their_places() -> None:
    """'منطقه برزان' is Barzan in Erbil (WOF spells it بارزان), 'مدينه كلبس' the West Darfur town."""
    assert main_refs("قصفت المقاتلات مخابئ في منطقة برزان شمالي العراق")[0].location.id == "wof:1327422011"
    assert main_refs("هاجمت قوة مسلحة مدينة كلبس بولاية غرب دارفور")[0].location.id == "site:kulbus"


def test_a_state_is_not_named_after_the_one_it_was_carved_from() -> None:
    """'ولايه وسط دارفور' and 'ولايه غرب دارفور' are two states (WOF keeps West Darfur's name on Central Darfur)."""
    ids = [r.location.id for r in refs_of("نزح الآلاف من ولاية غرب دارفور إلى تشاد")]
    assert ids == ["wof:85676881", "gn:2434508"]  # Chad: a country row since round 18a (tools/data)


def test_a_namesake_the_tie_break_picked_gives_way_to_the_article() -> None:
    """Two villages of one governorate share a name: the first pass picks one blindly (by id), and that blind pick
    is no 'sense' that outweighs the article's places in the second pass."""
    text = ("قتل عنصران في هجوم على حاجز عند مدخل بلدة التبني بريف دير الزور الغربي. وشنت طائرات روسية غارات "
            "على مواقع في بادية الخريطة المجاورة. وتعرف على خريطة السيطرة في المنطقة.")
    ref = next(r for r in refs_of(text) if "خريطه" in r.location.id or r.location.text.endswith("الخريطة"))
    assert km(35.47, 40.00, ref.location.lat, ref.location.lon) <= 20



def _at(pid: str, lat: float, lon: float, precision: int, admin1: str, feature: str = "locality",
        flagged: str | None = None) -> SimpleNamespace:
    """A stand-in merge unit with only a place (merge._places_ok reads nothing else)."""
    loc = Location(id=pid, name_en=pid, name_ar="", country_iso3="IRQ" if admin1 != "Nabatieh" else "LBN",
                   admin1=admin1, admin2=None, lat=lat, lon=lon, geo_precision=precision, feature=feature,
                   flagged=flagged)
    return SimpleNamespace(place=SimpleNamespace(location=loc))


def test_a_wide_region_of_one_province_holds_no_town_of_another() -> None:
    """'وادي حوران' (Anbar, wide) holds a place of Anbar or within 150 km, not Mutaibija 300 km east in Diyala."""
    hauran = _at("region:wadi_hauran", 33.5, 41.2, 3, "Al-Anbar", "area", "region")
    assert not _places_ok(hauran, _at("x:mutaibija", 34.35, 44.25, 1, "Diyala"))  # type: ignore[arg-type]
    assert _places_ok(hauran, _at("x:rutba", 33.04, 40.28, 1, "Al-Anbar"))  # type: ignore[arg-type]


def test_two_villages_of_their_own_names_are_two_places() -> None:
    """Two named villages 2.6 km apart (عيتا الشعب, راميه) are two incidents' places; 1 km apart, one."""
    aita = _at("x:aita", 33.097, 35.334, 1, "Nabatieh")
    assert not _places_ok(aita, _at("x:ramiye", 33.111, 35.310, 1, "Nabatieh"))  # type: ignore[arg-type]
    assert _places_ok(aita, _at("x:aita2", 33.100, 35.340, 1, "Nabatieh"))  # type: ignore[arg-type]
