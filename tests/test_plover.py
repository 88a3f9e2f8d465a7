"""PLOVER export: ACLED types to PLOVER event/mode/context, actors to codes and sectors, JSONL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.errors import UsageError
from rasd.plover import (
    EVENT_SCALES,
    PLOVER_MAPPING,
    QUAD_CODES,
    SUB_EVENT_TYPES,
    plover_record,
    plover_type,
    write_plover,
)
from rasd.records import Evidence
from tests import factories as f


def test_rocket_attack_on_us_forces() -> None:
    rec = plover_record(f.event(evidence=(Evidence(doc_id="doc-1", start=0, end=5, text="استهدف"),)),
                        docs={"doc-1": {"path": "doc-1", "title": "t", "outlet": "SANA", "published": None}})
    assert (rec["event"], rec["mode"], rec["context"], rec["quad_code"], rec["event_scale"]) == (
        ["ASSAULT"], ["heavy-weapons"], ["military"], 4, -9.3)
    assert [(a["code"], a["sector"], a["rasd:side"]) for a in rec["source"]] == [("IMG", "PRM", "IRAN_ALIGNED")]
    assert [(a["code"], a["sector"]) for a in rec["recipient"]] == [("USA", "MIL")]
    assert rec["source"][0]["identifier_id"] == "rasd:iran_militias"
    loc = rec["event_loc"]
    assert (loc["name"], loc["cc3"], loc["country code"], loc["latitude"], loc["rasd:admin1"]) == (
        "Conoco gas field", "SYR", "SY", 35.31, "Deir ez-Zor")
    assert rec["date"] == "2022-08-24" and rec["has_event"] is True
    assert (rec["dead"], rec["injured"], rec["event_text"]) == (None, 2, ["استهدف"])
    assert rec["cite_info"][0]["publication"] == "SANA" and rec["rasd:mapping"] == PLOVER_MAPPING


def test_armed_clash_is_reciprocal_with_weapon_modes() -> None:
    rec = plover_record(f.event(event_type="Battles", sub_event_type="Armed clash", actor1=f.actor("SDF"),
                                actor2=f.actor("UNKNOWN"), weapons=("small_arms", "mortar")), docs={})
    assert [(a["code"], a["sector"]) for a in rec["source"]] == [("SYR", "REB"), ("SYR", "UAF")]
    assert rec["recipient"] == [] and rec["mode"] == ["firearms", "heavy-weapons"]


def test_state_actors_of_iran_and_unmapped_types() -> None:
    rec = plover_record(f.event(actor1=f.actor("IRAN_ALIGNED", id="irgc"), sub_event_type="Other",
                                event_type="Strategic developments"), docs={})
    assert rec["source"][0]["code"] == "IRN" and rec["has_event"] is False and rec["event"] == []
    assert rec["comment"].startswith("no PLOVER category for ACLED 'Strategic developments / Other'")


@pytest.mark.parametrize(("etype", "sub", "event", "mode"), [
    ("Strategic developments", "Arrests", "COERCE", ["arrest"]),
    ("Strategic developments", "Agreement", "AGREE", []),
    ("Protests", "Peaceful protest", "PROTEST", ["demo"]),
    ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", ["abduct"]),
    ("Explosions/Remote violence", "Suicide bomb", "ASSAULT", ["suicide-attack"]),
])
def test_type_table(etype: str, sub: str, event: str, mode: list[str]) -> None:
    rec = plover_record(f.event(event_type=etype, sub_event_type=sub, weapons=()), docs={})
    assert rec["event"] == [event] and rec["mode"] == mode


def test_tables_are_consistent() -> None:
    for subs in SUB_EVENT_TYPES.values():
        for kind in subs.values():
            assert kind.event is None or (kind.event in QUAD_CODES and kind.event in EVENT_SCALES)
    assert plover_type("Battles", "Nonsense").event is None


def test_mentions_and_events_as_jsonl(tmp_path: Path) -> None:
    with f.populated_store(str(tmp_path / "rasd.db")) as store:
        out = io.StringIO(newline="")
        assert write_plover(store, what="events", out=out) == 2
        events = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [e["id"] for e in events] == ["evt-1", "evt-2"] and events[1]["dead"] == 3
        assert "rasd:mention_ids" in events[0] and "كونيكو" in out.getvalue()
        out = io.StringIO(newline="")
        assert write_plover(store, what="mentions", out=out) == 3
        mention = json.loads(out.getvalue().splitlines()[2])
        assert mention["rasd:doc_id"] == "doc-2" and mention["cite_info"][0]["url"] == "https://example.org/2"
        with pytest.raises(UsageError):
            write_plover(store, what="articles", out=out)
