"""Round 27a place data (the aa_ study): a district's seat is the town of its name, not its sub-district centre;
spellings of open-data names the sources lack; the Sahel from a vendored GeoNames cut (sentences written for these
tests)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from tests import tool_modules

from .conftest import assert_read_at, main_refs

REPO = Path(__file__).resolve().parents[2]


def _rec(id: str, kind: str, feature: str, names: list[str], **kw: Any) -> Any:
    """A row of an Iraqi district under construction."""
    fields: dict[str, Any] = {"admin1": "Ninewa", "admin2": "Al-Baaj"} | kw
    return tool_modules.gazetteer_rec(id, kind, feature, "IRQ", names, **fields)


@pytest.mark.parametrize(("rows", "seat"), [
    # the sub-district centre (a polygon centroid) and a WOF town of the district's name: the town
    ([("iq:D1N01", "admin3", 2), ("wof:1", "locality", 1)], "wof:1"),
    # only the centre bears the name: it stays the seat
    ([("iq:D1N01", "admin3", 2)], "iq:D1N01"),
    # two towns of the name: the bigger in rank, as before
    ([("iq:D1N01", "admin3", 2), ("wof:1", "locality", 1), ("wof:2", "locality", 2)], "wof:2"),
], ids=["town-over-centre", "centre-alone", "towns-by-rank"])
def test_district_seat_prefers_a_town_to_a_sub_district_centre(rows: list[tuple[str, str, int]], seat: str) -> None:
    """mark_capitals takes a WOF/GeoNames town of the district's name before an OCHA 'Markaz' centroid."""
    build = tool_modules.load("build_gazetteer")
    district = _rec("iq:D1", "admin2", "admin2", ["البعاج"])
    recs = [district] + [_rec(i, "locality", f, ["البعاج"], rank=r) for i, f, r in rows]
    build.mark_capitals(recs)
    assert district.extra["cap"] == seat


@pytest.mark.parametrize(("text", "en", "lat", "lon"), [
    # a district named by «قضاء»: its seat is the town, not the sub-district's centroid 45 / 92 km away
    ("استهدفت طائرة مسيرة نقطة للجيش قرب قضاء البعاج غربي نينوى", "Al-Baaj", 36.04, 41.72),
    ("قتل راعيان بانفجار لغم في قضاء السلمان جنوب السماوة", "Al-Salman", 30.50, 44.54),
    # a ta marbuta written as a final alef, a compound spaced and with a doubled letter, a name WOF gives in Latin
    ("اقتحمت قوات الاحتلال قرية عنزا قرب جنين واعتقلت شابين", "Anzah", 32.36, 35.22),
    ("انفجرت سيارة مفخخة قرب مدخل مدينة القره بوللي شرقي العاصمة", "Qasr al Qarabulli", 32.75, 13.71),
    ("سقطت شظايا صاروخ اعتراضي في منطقة إيلون بالجليل الغربي", "Elon", 33.06, 35.22),
    # the Sahel: big towns by their GeoNames Arabic names, smaller ones named in place_aliases.tsv
    ("قتل جنود في هجوم على قافلة قرب مدينة غاو شمالي مالي", "Gao", 16.27, -0.04),
    ("هاجم مسلحون دورية للجيش قرب أيورو على الحدود مع مالي", "Ayorou", 14.73, 0.92),
    ("قصفت مسيرة تجمعا في ضواحي عربيندا شمال بوركينا فاسو", "Aribinda", 14.23, -0.87),
    ("أغار مسلحون على قرية قرب أنسونغو وأحرقوا مخازن الحبوب", "Ansongo", 15.66, 0.50),
], ids=["baaj-seat", "salman-seat", "anza-final-alef", "garabulli-spaced", "eilon-head", "gao", "ayorou",
        "aribinda", "ansongo"])
def test_places_of_the_round(text: str, en: str, lat: float, lon: float) -> None:
    """Each sentence's place is the right row, at its own point."""
    assert_read_at(text, en, lat, lon)


@pytest.mark.parametrize(("text", "iso3"), [
    ("أعلن الجيش في النيجر مقتل عشرة من جنوده", "NER"),
    ("تعرضت ثكنة في موريتانيا لهجوم مسلح", "MRT"),
    ("أعلنت وزارة الدفاع في مالي مقتل عشرين مسلحا", "MLI"),
    ("انسحبت مالي وبوركينا من المنظمة الإقليمية", "BFA"),
], ids=["niger", "mauritania", "mali-introduced", "burkina-short"])
def test_sahel_countries_are_named(text: str, iso3: str) -> None:
    """The Sahel's country rows answer to their Arabic names."""
    assert iso3 in {r.location.country_iso3 for r in main_refs(text) if r.kind == "country"}


@pytest.mark.parametrize("text", [
    "قدمت الحكومة دعم مالي للمزارعين المتضررين من القصف",  # 'financial'
    "طلعنا نجري لقينا الدخان مالي الحوش",  # colloquial 'filling'
    "قال البابا ليو في عظته إن الحرب يجب أن تتوقف",  # the name Leo
    "غرد إيلون ماسك على منصته عن الحرب",  # the name Elon: Eilon only after a head noun
    "الحمد لله على النعمة رغم الحصار",  # 'the blessing'
], ids=["mali-financial", "mali-filling", "leo", "elon-musk", "nema-blessing"])
def test_common_words_are_no_sahel_place(text: str) -> None:
    """A common word or given name spelled like a new row is no place when nothing introduces it."""
    names = {r.location.name_en for r in main_refs(text)}
    assert not names & {"Mali", "Leo", "Elon", "Nema"}


def test_vendored_sahel_csv_and_provenance() -> None:
    """The Sahel cut holds only its four countries and is documented like the Horn's."""
    with (REPO / "tools" / "data" / "geonames_cities500_sahel.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["countrycode"] for r in rows} == {"ML", "BF", "NE", "MR"}
    assert len(rows) > 300
    readme = (REPO / "tools" / "data" / "README.md").read_text(encoding="utf-8")
    assert "geonames_cities500_sahel.csv" in readme
