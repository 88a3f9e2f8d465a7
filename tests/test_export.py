"""Exports: the output contract in JSONL, flat CSV, ACLED CSV and GeoJSON, byte-for-byte stable."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.acled import ACLED_COLUMNS
from rasd.errors import UsageError
from rasd.export import EVENT_CSV_COLUMNS, MENTION_CSV_COLUMNS, mention_records, write_export
from rasd.living import update_events
from rasd.records import Claim
from rasd.store import Store
from tests import factories as f


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with f.populated_store(str(tmp_path / "rasd.db")) as s:
        yield s


def export(store: Store, what: str, fmt: str) -> tuple[int, str]:
    out = io.StringIO(newline="")
    n = write_export(store, what=what, fmt=fmt, out=out)
    return n, out.getvalue()


def test_mentions_jsonl_is_the_output_contract(store: Store) -> None:
    n, text = export(store, "mentions", "jsonl")
    docs = store.doc_infos()
    expected = [m.to_dict(docs[m.doc_id]) for m in store.mentions()]
    assert n == 3
    assert [json.loads(line) for line in text.splitlines()] == expected
    assert [d["event_id"] for d in expected] == ["evt-1", None, "evt-2"]
    assert expected[2]["doc"] == {"url": "https://example.org/2", "title": "هجوم على كونيكو",
                                  "outlet": "Syria TV", "published": "2022-08-25"}
    assert "كونيكو" in text  # UTF-8, not \\u escapes


def test_events_jsonl_is_the_output_contract(store: Store) -> None:
    n, text = export(store, "events", "jsonl")
    assert n == 2
    assert [json.loads(line) for line in text.splitlines()] == [e.to_dict() for e in store.events()]


def test_mention_records_feed_the_evaluator(store: Store) -> None:
    assert [r["id"] for r in mention_records(store)] == ["doc-1#0", "doc-1#1", "doc-2#0"]


def test_mentions_csv(store: Store) -> None:
    n, text = export(store, "mentions", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 3
    assert tuple(rows[0]) == MENTION_CSV_COLUMNS
    assert rows[0] == {
        "id": "doc-1#0", "event_id": "evt-1", "doc_id": "doc-1", "event_date": "2022-08-24",
        "time_precision": "1", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Iran-aligned militias",
        "actor1_side": "IRAN_ALIGNED", "actor2": "US forces", "actor2_side": "US",
        "location": "Conoco gas field", "admin1": "Deir ez-Zor", "admin2": "Deir ez-Zor",
        "country_iso3": "SYR", "lat": "35.31", "lon": "40.29", "geo_precision": "1", "weapons": "rocket",
        "fatalities": "", "injured": "2", "sources": "SANA", "confidence": "0.8", "trigger": "استهدف",
        "rule": "attack_rules.v1", "claims_summary": "SANA: about 2 injured"}
    assert rows[1]["location"] == rows[1]["lat"] == rows[1]["event_id"] == ""
    assert rows[2]["sources"] == "SOHR;Reuters"


def test_events_csv(store: Store) -> None:
    _, text = export(store, "events", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == EVENT_CSV_COLUMNS
    assert [(r["id"], r["mention_ids"], r["documents"], r["fatalities"], r["fatalities_min"],
             r["fatalities_max"], r["disputed"]) for r in rows] == [
        ("evt-1", "doc-1#0", "doc-1", "", "", "", "false"),
        ("evt-2", "doc-2#0", "doc-2", "3", "3", "5", "true")]
    assert rows[0]["notes"] == "Rockets hit the US base at the Conoco gas field."


@pytest.mark.parametrize("what", ["mentions", "events"])
def test_acled_export_has_acled_columns_and_a_stable_timestamp(store: Store, what: str) -> None:
    n, text = export(store, what, "acled")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert n == len(rows) - 1 == (3 if what == "mentions" else 2)
    stamp = str(int(f.fixed_clock().timestamp()))
    assert {r[ACLED_COLUMNS.index("timestamp")] for r in rows[1:]} == {stamp}


def test_acled_event_source_combines_attribution_and_outlets(store: Store) -> None:
    _, text = export(store, "events", "acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["source"] for r in rows] == ["SANA", "SOHR; Reuters; Syria TV"]
    assert [r["fatalities"] for r in rows] == ["0", "3"]


def test_geojson_points_with_contract_properties_and_skipped_count(store: Store) -> None:
    n, text = export(store, "mentions", "geojson")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection"
    assert doc["rasd:skipped"] == 1
    assert n == len(doc["features"]) == 2
    first = doc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [40.29, 35.31]}
    assert first["id"] == "doc-1#0"
    assert first["properties"] == mention_records(store)[0]


def test_geojson_without_features_is_valid(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "empty.db")) as s:
        n, text = export(s, "events", "geojson")
    assert n == 0
    assert json.loads(text) == {"type": "FeatureCollection", "rasd:what": "events", "rasd:skipped": 0,
                                "features": []}


@pytest.mark.parametrize("what", ["mentions", "events"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled", "geojson"])
def test_exports_are_byte_identical_for_identical_data(tmp_path: Path, what: str, fmt: str) -> None:
    with f.populated_store(str(tmp_path / "a.db")) as a, f.populated_store(str(tmp_path / "b.db")) as b:
        text_a, text_b = export(a, what, fmt)[1], export(b, what, fmt)[1]
        assert text_a == export(a, what, fmt)[1] == text_b
    assert "\r" not in text_a
    assert text_a.endswith("\n")


@pytest.mark.parametrize(("what", "fmt", "message"), [
    ("claims", "jsonl", "cannot export 'claims'"),
    ("events", "xlsx", "unknown export format 'xlsx'"),
])
def test_bad_choices_are_usage_errors(store: Store, what: str, fmt: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        write_export(store, what=what, fmt=fmt, out=io.StringIO())


@pytest.fixture
def reviewed(tmp_path: Path) -> Iterator[tuple[Store, str, str]]:
    """Two reports of one attack with disputed tolls (d1 SOHR, d2 Pentagon), one of another attack
    (d3); the first event edited and accepted, the second rejected."""
    pentagon = Claim(field="fatalities", value=6, min=6, max=7, source="Pentagon", text="6 او 7", start=0, end=5)
    sohr = Claim(field="fatalities", value=8, min=8, max=8, source="SOHR", text="8", start=0, end=1)
    with Store.open(str(tmp_path / "r.db"), now=f.fixed_clock) as s:
        run = s.start_run(command="test", ruleset="r", lexicon_versions={})
        s.save_article(f.article("d1", text="نص 1"), [f.mention("d1#0", "d1", claims=(sohr,))], run_id=run)
        s.save_article(f.article("d2", text="نص 2"), [f.mention("d2#0", "d2", claims=(pentagon,))], run_id=run)
        s.save_article(f.article("d3", text="نص 3"), [f.mention("d3#0", "d3", location=f.location("omar"))],
                       run_id=run)
        update_events(s, run_id=run)
        links = {m.doc_id: str(m.event_id) for m in s.mentions()}
        kept, dropped = links["d1"], links["d3"]
        s.add_override(action="edit", event_id=kept, field="fatalities", value=7, who="rima", why="CENTCOM")
        s.add_override(action="accept", event_id=kept, who="omar")
        s.add_override(action="reject", event_id=dropped, who="rima", why="an exercise")
        update_events(s, run_id=s.start_run(command="review", ruleset="r", lexicon_versions={}))
        yield s, kept, dropped


def test_exports_carry_claims_summaries_and_reviews_and_leave_out_rejected_events(
        reviewed: tuple[Store, str, str]) -> None:
    store, kept, dropped = reviewed
    n, text = export(store, "events", "jsonl")
    (event,) = [json.loads(line) for line in text.splitlines()]
    assert n == 1 and event["id"] == kept
    assert event["claims_summary"] == "SOHR: 8 killed; Pentagon: 6 or 7 killed"
    assert (event["fatalities"], event["fatalities_range"], event["disputed"]) == (7, [6, 8], True)
    assert event["status"] == "accepted"
    assert [(r["action"], r["who"], r["at"], r["why"], r["field"], r["value"]) for r in event["reviews"]] == [
        ("edit", "rima", "2024-05-01T12:00:00+00:00", "CENTCOM", "fatalities", 7),
        ("accept", "omar", "2024-05-01T12:00:00+00:00", "", None, None)]
    _, table = export(store, "events", "csv")
    (row,) = list(csv.DictReader(io.StringIO(table)))
    assert row["claims_summary"] == event["claims_summary"] and row["status"] == "accepted"
    assert row["reviews"] == ("2024-05-01T12:00:00+00:00 rima edit fatalities=7: CENTCOM | "
                              "2024-05-01T12:00:00+00:00 omar accept")
    _, acled = export(store, "events", "acled")
    (arow,) = list(csv.DictReader(io.StringIO(acled)))
    assert arow["notes"].endswith("[claims: SOHR: 8 killed; Pentagon: 6 or 7 killed]")
    assert arow["tags"].endswith("review=accepted; edited=fatalities")
    _, plover = export(store, "events", "plover")
    assert [json.loads(line)["id"] for line in plover.splitlines()] == [kept]
    assert dropped in {e.id for e in store.events()}  # kept in the database, flagged
