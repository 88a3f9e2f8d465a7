"""The ACLED mapping: disorder types, actor types, interactions, names, rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasd.acled import (
    ACLED_COLUMNS,
    acled_notes,
    acled_row,
    actor_name,
    disorder_type,
    inter_type,
    interaction,
)
from rasd.records import Claim, Review
from tests import factories as f


def test_there_are_acleds_31_columns_in_order() -> None:
    assert len(ACLED_COLUMNS) == 31
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert ACLED_COLUMNS[-3:] == ("fatalities", "tags", "timestamp")


@pytest.mark.parametrize(("event_type", "sub_event_type", "expected"), [
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Battles", "Armed clash", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Strategic developments", "Disrupted weapons use", "Strategic developments"),
    ("Something else", "Other", ""),
])
def test_disorder_type(event_type: str, sub_event_type: str, expected: str) -> None:
    assert disorder_type(event_type, sub_event_type) == expected


@pytest.mark.parametrize(("side", "country", "expected"), [
    ("US", "SYR", "External/Other forces"),
    ("US", "USA", "State forces"),
    ("SYRIA_GOV", "SYR", "State forces"),
    ("IRAQ_GOV", "SYR", "External/Other forces"),
    ("TURKEY", "SYR", "External/Other forces"),
    ("IRAN_ALIGNED", "SYR", "Political militia"),
    ("IRAN_ALIGNED", "IRN", "State forces"),
    ("UNKNOWN", "IRQ", "Political militia"),
    ("ISIS", "IRQ", "Rebel group"),
    ("SDF", "SYR", "Rebel group"),
    ("CIVILIANS", "SYR", "Civilians"),
    ("OTHER", "YEM", "External/Other forces"),
    ("MARTIANS", "SYR", ""),
])
def test_inter_type_from_side_and_country(side: str, country: str, expected: str) -> None:
    assert inter_type(f.actor(side), country) == expected


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [
    ("Political militia", "External/Other forces", "Political militia-External/Other forces"),
    ("External/Other forces", "Political militia", "Political militia-External/Other forces"),
    ("External/Other forces", "Civilians", "External/Other forces-Civilians"),
    ("State forces", "Civilians", "State forces-Civilians"),
    ("External/Other forces", "", "External/Other forces only"),
    ("", "", ""),
])
def test_interaction_orders_by_code(inter1: str, inter2: str, expected: str) -> None:
    assert interaction(inter1, inter2) == expected


def test_actor_names_follow_acled_for_generic_actors() -> None:
    assert actor_name(f.actor("UNKNOWN"), "Syria") == "Unidentified Armed Group (Syria)"
    assert actor_name(f.actor("CIVILIANS"), "Iraq") == "Civilians (Iraq)"
    assert actor_name(f.actor("US"), "Syria") == "US forces"
    assert actor_name(None, "Syria") == ""


PENTAGON_AND_SOHR = (Claim(field="fatalities", value=8, min=8, max=8, source="SOHR"),
                     Claim(field="fatalities", value=6, min=6, max=7, source="Pentagon"),
                     Claim(field="injured", value=None, doc_id="d2"))
NOTES_CASES = [
    ("event: stored summary", f.event(notes="N.", claims_summary="SOHR: 8 killed"), [],
     "N. [claims: SOHR: 8 killed]"),
    ("event: summary written when not stored", f.event(notes="N.", claims=PENTAGON_AND_SOHR), [],
     "N. [claims: SOHR: 8 killed; Pentagon: 6 or 7 killed; unattributed: an unknown number injured]"),
    ("event without claims", f.event(notes="N.", claims=()), [], "N."),
    ("mention: unattributed under its outlet", f.mention(claims=(Claim(field="fatalities", value=2, min=2, max=2),)),
     ["Syria TV"], "[claims: Syria TV: 2 killed]"),
    ("mention without claims", f.mention(claims=()), ["Syria TV"], ""),
]


@pytest.mark.parametrize(("record", "outlets", "expected"), [c[1:] for c in NOTES_CASES],
                         ids=[c[0] for c in NOTES_CASES])
def test_notes_carry_the_claims_summary(record: object, outlets: list[str], expected: str) -> None:
    assert acled_notes(record, outlets=outlets) == expected  # type: ignore[arg-type]


def test_reviewed_events_are_tagged_with_status_and_edited_fields() -> None:
    reviews = (Review(override=1, action="edit", who="rima", at="2024-05-01T00:00:00+00:00", why="CENTCOM",
                      field="fatalities", value=4),
               Review(override=2, action="accept", who="omar", at="2024-05-02T00:00:00+00:00", why=""))
    row = dict(zip(ACLED_COLUMNS, acled_row(f.event(status="edited", reviews=reviews), outlets=[], timestamp=5),
                   strict=True))
    assert row["tags"].endswith("documents=doc-1; review=edited; edited=fatalities")
    assert "review=" not in dict(zip(ACLED_COLUMNS, acled_row(f.event(), outlets=[], timestamp=5),
                                     strict=True))["tags"]


def test_event_row() -> None:
    e = f.event(fatalities=None, fatalities_min=6, fatalities_max=8, disputed=True,
                claims=(Claim(field="fatalities", value=8, min=8, max=8, source="SOHR"),))
    row = dict(zip(ACLED_COLUMNS, acled_row(e, outlets=["Syria TV", "SANA"], timestamp=1700000000),
                   strict=True))
    assert row == {
        "event_id_cnty": "evt-1", "event_date": "2022-08-24", "year": "2022", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Iran-aligned militias",
        "assoc_actor_1": "", "inter1": "Political militia", "actor2": "US forces", "assoc_actor_2": "",
        "inter2": "External/Other forces", "interaction": "Political militia-External/Other forces",
        "civilian_targeting": "", "iso": "760", "region": "Middle East", "country": "Syria",
        "admin1": "Deir ez-Zor", "admin2": "Deir ez-Zor", "admin3": "", "location": "Conoco gas field",
        "latitude": "35.3100", "longitude": "40.2900", "geo_precision": "1", "source": "SANA; Syria TV",
        "source_scale": "",
        "notes": "Rockets hit the US base at the Conoco gas field. [claims: SOHR: 8 killed]",
        "fatalities": "0",
        "tags": "confidence=0.8; fatalities_unreported; injured=2; weapons=rocket; fatalities_range=6-8; "
                "disputed; mentions=doc-1#0; documents=doc-1",
        "timestamp": "1700000000",
    }


def test_mention_row_without_place_or_date() -> None:
    m = f.mention(location=None, event_date=None, time_precision=None, event_id="evt-1", claims=(),
                  actor2=f.actor("CIVILIANS"), fatalities=3)
    row = dict(zip(ACLED_COLUMNS, acled_row(m, outlets=[], timestamp=5), strict=True))
    assert (row["event_date"], row["year"], row["time_precision"], row["latitude"], row["country"]) == (
        "", "", "", "", "")
    assert row["civilian_targeting"] == "Civilians targeted"
    assert row["actor2"] == "Civilians"
    assert row["fatalities"] == "3"
    assert row["notes"] == ""
    assert row["tags"] == "confidence=0.8; injured=2; weapons=rocket; doc_id=doc-1; event_id=evt-1; no_location"


def test_unmapped_country_is_tagged() -> None:
    m = f.mention(location=f.location(country_iso3="XKX"), sources=(), claims=())
    row = dict(zip(ACLED_COLUMNS, acled_row(m, outlets=[], timestamp=5), strict=True))
    assert (row["iso"], row["country"], row["region"]) == ("", "", "")
    assert "unmapped_country=XKX" in row["tags"]
    assert row["event_date"] == date(2022, 8, 24).isoformat()


def test_mapping_doc_names_every_acled_column() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "acled_mapping.md").read_text(encoding="utf-8")
    missing = [c for c in ACLED_COLUMNS if f"| `{c}` |" not in doc]
    assert not missing, f"docs/acled_mapping.md does not describe {missing}"
