"""Round 39c: among places of one precision, the incident takes the one the text calls a village or town."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from rasd.extract import extract
from rasd.merge_compat import fineness as _fineness
from rasd.merge_headline import _finer_body_place
from rasd.records import Article, Location, Mention
from rasd.resources import load_resources

PUB = date(2024, 3, 14)


def run(text: str) -> list[Mention]:
    """Extract the mentions of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return list(extract(art, load_resources()).mentions)


def _loc(id_: str, text: str, precision: int = 2) -> Location:
    return Location(id=id_, name_en=id_, name_ar="", country_iso3="SYR", admin1=None, admin2=None, lat=0.0,
                    lon=0.0, geo_precision=precision, text=text)


def test_a_village_named_later_places_the_shelling_of_the_lead_s_countryside() -> None:
    """'أطراف قرية X' (precision 2) is finer than the lead's 'ريف إدلب الجنوبي' (precision 2 too)."""
    ms = run("قتل مدنيان في قصف مدفعي على ريف إدلب الجنوبي صباح اليوم.\n"
             "وأفاد مصدر محلي بأن القذائف سقطت على أطراف قرية كفرنبل.")
    assert [(m.location.name_en, m.fatalities) for m in ms] == [("Kafr Nabl", 2)]


def test_a_bare_name_of_the_same_precision_does_not_replace_the_lead_s_place() -> None:
    """Without 'قرية' or 'بلدة' the later 'أطراف X' is no finer: the lead's countryside stays."""
    ms = run("قتل مدنيان في قصف مدفعي على ريف إدلب الجنوبي صباح اليوم.\n"
             "وأفاد مصدر محلي بأن القذائف سقطت على أطراف كفرنبل.")
    assert [m.location.name_en for m in ms] == ["Idlib southern countryside"]


def test_a_town_s_side_is_finer_than_a_countryside_but_the_town_s_desert_is_not() -> None:
    """'شرقي بلدة X' ranks before 'ريف حمص الشرقي'; 'بادية بلدة X' is an area like the countryside."""
    rif = _loc("wof:1/rif_east", "ريف حمص الشرقي")
    assert _fineness(_loc("wof:2/east_of", "شرقي بلدة القريتين"), False) < _fineness(rif, False)
    assert _fineness(_loc("wof:2/badiya", "بادية بلدة القريتين"), False) == _fineness(rif, False)
    assert _fineness(_loc("wof:2", "القريتين", 1), False) < _fineness(_loc("wof:3", "قرية تدمر"), False)


def test_a_headline_joined_to_the_lead_keeps_its_body_sentence_s_finer_place() -> None:
    """A headline unit that took in a body sentence ('شرقي بلدة X') brings that place to the lead's countryside."""
    town, rif, title = (SimpleNamespace(location=_loc("wof:2/east_of", "شرقي بلدة القريتين")),
                        SimpleNamespace(location=_loc("wof:1/rif_east", "ريف حمص الشرقي")),
                        SimpleNamespace(location=_loc("wof:2", "القريتين", 1)))
    h = SimpleNamespace(place=title, frames=[SimpleNamespace(heading=True, places=[title]),
                                             SimpleNamespace(heading=False, places=[town])])
    assert _finer_body_place(h, rif) is town  # type: ignore[arg-type]
    only_title = SimpleNamespace(place=title, frames=[SimpleNamespace(heading=True, places=[title])])
    assert _finer_body_place(only_title, rif) is rif  # type: ignore[arg-type]


def test_told_as_town_reads_the_head_noun_not_the_name() -> None:
    """'محيط بلدة X', 'شرق قرية X' and 'قرب ناحية X' are towns; 'محيط X', a district and a town's desert are not."""
    from rasd.place_town import told_as_town

    assert told_as_town(_loc("wof:2", "محيط بلدة الكناكر"))
    assert told_as_town(_loc("wof:2/east_of", "شرق قرية المحسنة"))
    assert told_as_town(_loc("wof:2", "قرب ناحية العباسية"))  # a sub-district is told by its seat town
    assert not told_as_town(_loc("wof:2", "محيط الكناكر"))
    assert not told_as_town(_loc("wof:2/badiya", "بادية بلدة الخريطة"))
    assert not told_as_town(_loc("wof:2", "أطراف قضاء الحمدانية"))
