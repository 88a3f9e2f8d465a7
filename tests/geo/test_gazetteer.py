"""The bundled gazetteer: it loads fast, is what tools/build_gazetteer.py makes, and its curated rows hold up."""

from __future__ import annotations

import gc
import gzip
import re
import time
from pathlib import Path
from types import ModuleType

import pytest

from rasd.errors import GazetteerMissing
from rasd.geo import gazetteer as gzmod
from rasd.geo import load_gazetteer
from rasd.lexicon import load_table
from tests import tool_modules

from .conftest import km

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
COMMITTED = REPO / "src" / "rasd" / "data" / "gazetteer.tsv.gz"


def _build_module() -> ModuleType:
    """tools/build_gazetteer.py imported as a module."""
    return tool_modules.load("build_gazetteer")


def test_header_says_generated_do_not_edit() -> None:
    head = gzip.decompress(COMMITTED.read_bytes()).decode("utf-8").split("\n", 1)[0]
    assert "generated from" in head and "tools/build_gazetteer.py" in head and "do not edit" in head


def test_committed_file_is_modest() -> None:
    assert COMMITTED.stat().st_size < 15_000_000


def test_load_is_fast_and_complete() -> None:
    gzmod.load_gazetteer.cache_clear()
    t = time.process_time()
    gz = load_gazetteer()
    elapsed = time.process_time() - t
    assert elapsed < 3.0  # CPU time, ~0.7 s measured; the guard is generous against noisy CI runners
    kinds = {p.kind for p in gz.places}
    assert {"locality", "admin1", "admin2", "country", "site", "region"} <= kinds
    countries = {p.iso3 for p in gz.places}
    assert {"SYR", "IRQ", "LBN", "JOR", "PSE", "ISR", "YEM", "TUR", "SAU", "EGY", "SDN", "LBY"} <= countries
    assert sum(1 for p in gz.places if p.iso3 == "SYR" and p.kind == "locality") > 9000
    assert sum(1 for p in gz.places if p.iso3 == "IRQ" and p.kind == "locality") > 15000


@pytest.mark.parametrize(("name", "place_id"), [
    ("دير الزور", "wof:421202167"), ("الميادين", "wof:1125980167"), ("البوكمال", "wof:890449891"),
    ("خشام", "wof:1276330927"), ("مراط", "wof:1343949751"), ("كونيكو", "site:conoco"),
    ("الشدادي", "wof:1259983725"), ("جرف الصخر", "wof:1276225131"), ("عين الاسد", "site:ain_al_asad"),
], ids=["deir_ez_zor", "mayadin", "bukamal", "khasham", "marrat", "conoco", "shaddadi", "jurf", "ain_asad"])
def test_names_lead_to_places(gazetteer, name: str, place_id: str) -> None:  # type: ignore[no-untyped-def]
    assert place_id in {p.id for p in gazetteer.lookup(name)}


def test_every_row_has_admin1_or_is_a_country(gazetteer) -> None:  # type: ignore[no-untyped-def]
    syria_iraq = [p for p in gazetteer.places if p.iso3 in ("SYR", "IRQ") and p.kind in ("locality", "site")]
    without = [p.id for p in syria_iraq if not p.admin1]
    assert len(without) <= 0.01 * len(syria_iraq), without[:10]


def test_missing_file_raises_with_remedy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(gzmod, "_data_path", lambda: tmp_path / "nope.tsv.gz")
    gzmod.load_gazetteer.cache_clear()
    try:
        with pytest.raises(GazetteerMissing, match="build_gazetteer"):
            gzmod.load_gazetteer()
    finally:
        gzmod.load_gazetteer.cache_clear()


def test_facilities_state_provenance_and_uncertainty() -> None:
    for row in load_table("facilities").rows:
        prov = row.get("provenance")
        verified = re.search(r"airportsdata|WOF \d+|GeoNames \d+", prov)
        assert verified or prov.startswith("approximate") or "approximate" in prov, (row.line, prov)
        assert int(row.get("uncertainty_km")) > 0


def test_facilities_lie_in_their_country(gazetteer) -> None:  # type: ignore[no-untyped-def]
    by_country: dict[str, list[tuple[float, float]]] = {}
    for p in gazetteer.places:
        if p.kind == "locality":
            by_country.setdefault(p.iso3, []).append((p.lat, p.lon))
    for row in load_table("facilities").rows:
        if row.get("kind") == "region":  # seas and large areas lie away from any one town
            continue
        lat, lon = float(row.get("lat")), float(row.get("lon"))
        nearest = min(km(lat, lon, a, b) for a, b in by_country[row.get("iso3")])
        assert nearest < 60, (row.get("id"), nearest)


def test_green_village_is_the_al_omar_site(gazetteer) -> None:  # type: ignore[no-untyped-def]
    a, b = gazetteer.get("site:green_village"), gazetteer.get("site:al_omar")
    assert km(a.lat, a.lon, b.lat, b.lon) < 5


needs_data = pytest.mark.skipif(not (DATA / "MANIFEST.md").exists(),
                                reason=f"shared data not found at {DATA}; cannot rebuild the gazetteer")


@needs_data
@pytest.mark.slow
def test_rebuild_matches_committed_file() -> None:
    mod = _build_module()
    latin: list[object] = []
    text = mod.render(mod.build(DATA, latin), DATA)
    committed = gzip.decompress(COMMITTED.read_bytes()).decode("utf-8")
    assert text == committed, "src/rasd/data/gazetteer.tsv.gz is stale: run python tools/build_gazetteer.py"
    latin_file = COMMITTED.with_name("gazetteer_latin.tsv.gz")
    assert mod.render_latin(latin) == gzip.decompress(latin_file.read_bytes()).decode("utf-8"), (
        "src/rasd/data/gazetteer_latin.tsv.gz is stale: run python tools/build_gazetteer.py")


@needs_data
def test_facility_admin_units_match_the_polygons() -> None:
    mod = _build_module()
    iraq = mod.load_polys(DATA / "ocha_iraq" / "irq_admbnda_adm2_cso_20190603.geojson")
    _, county_map, _ = mod.syria_admins(DATA)
    syria = mod.load_polys(DATA / "wof" / "wof_sy_admin_polygons.geojson", keep="county")
    for row in load_table("facilities").rows:
        lat, lon = float(row.get("lat")), float(row.get("lon"))
        if row.get("iso3") == "IRQ" and row.get("kind") != "region":
            poly = mod.pip(iraq, lat, lon)
            assert poly is not None and poly.props["ADM1_EN"] == row.get("admin1"), row.get("id")
        elif row.get("iso3") == "SYR" and row.get("id") != "site:al_tanf" and row.get("kind") != "region":
            poly = mod.pip(syria, lat, lon)
            assert poly is not None, row.get("id")
            assert county_map[str(poly.props["wof_id"])].admin1 == row.get("admin1"), row.get("id")


HEADER = "# rasd gazetteer: test\n# format: 1\n# columns: ...\n"


def _built(*rows: str) -> str:
    """A built-file text with the header and these tab-separated rows."""
    return HEADER + "".join(r.replace("|t", "\t") + "\n" for r in rows)


@pytest.mark.parametrize(("row", "expected"), [
    ("gn:1|tlocality|tlocality|tSYR|tDeir ez-Zor|tDeir ez-Zor|t35.33|t40.14|t300000|t4|tDeir ez-Zor|tدير الزور"
     "|tدير الزور|~ديرالزور|t",
     {"kind": "locality", "features": ("locality",), "lat": 35.33, "pop": 300000, "rank": 4, "cap": "",
      "precision": 1, "bbox": None}),
    ("sy:SY09|tadmin1|tadmin1|tSYR|tDeir ez-Zor|t|t35.0|t40.0|t0|t4|tDeir ez-Zor|tدير الزور|tدير الزور|tcap=gn:1",
     {"kind": "admin1", "cap": "gn:1", "precision": 3, "bbox": None}),
    ("wof:2|tcountry|tcountry|tSYR|t|t|t35.0|t38.0|t0|t5|tSyria|tسوريا|tسوريا|tbbox=32.3,35.7,37.3,42.4;cap=gn:3",
     {"kind": "country", "cap": "gn:3", "precision": 3, "bbox": (32.3, 35.7, 37.3, 42.4)}),
    ("iq:D1|tadmin2|tadmin2|tIRQ|tAnbar|tHit|t33.6|t42.8|t0|t3|tHit|tهيت|t|t",
     {"kind": "admin2", "precision": 2, "admin2": "Hit"}),
], ids=["locality", "admin1_capital", "country_bbox", "admin2_without_names"])
def test_built_rows_become_places(row: str, expected: dict[str, object]) -> None:
    places, names, header = gzmod._parse_built(_built(row))
    assert header[1] == "# format: 1" and len(places) == len(names) == 1
    assert {k: getattr(places[0], k) for k in expected} == expected


def test_built_rows_keep_their_names_and_order() -> None:
    text = _built("a:1|tlocality|tlocality|tSYR|t|t|t1|t2|t0|t0|tA|tا|tخشام|~خشم|t",
                  "a:2|tlocality|tvillage|tIRQ|t|t|t3|t4|t0|t1|tB|tب|t|t")
    places, names, _ = gzmod._parse_built(text)
    assert [p.id for p in places] == ["a:1", "a:2"]
    assert names == [["خشام", "~خشم"], []]
    assert places[1].features == ("village",) and places[1].lon == 4.0


@pytest.mark.parametrize("text", [
    _built("a:1|tlocality|tlocality|tSYR|t|t|t1|t2|t0|t0|tA|tا|tخشام"),  # 13 columns
    HEADER.replace("format: 1", "format: 9") + "a:1\n",
], ids=["ragged_row", "unknown_format"])
def test_bad_built_files_say_how_to_rebuild(text: str) -> None:
    with pytest.raises(GazetteerMissing, match="build_gazetteer"):
        gzmod._parse_built(text)


def test_name_index_flags_and_hidden_places() -> None:
    index = gzmod._index([["خشام", "~خشم"], ["^العمر", "خشام"], ["مراط"]], hidden={2})
    assert index == {"خشام": [(0, gzmod.PRIMARY), (1, gzmod.PRIMARY)], "خشم": [(0, gzmod.ALTERNATE)],
                     "العمر": [(1, gzmod.NEEDS_HEAD)]}


@pytest.mark.parametrize("enabled", [True, False], ids=["collector_on", "collector_off"])
def test_long_lived_pauses_and_restores_the_collector(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with gzmod.long_lived():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        with pytest.raises(ValueError), gzmod.long_lived():
            raise ValueError("build failed")
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()
