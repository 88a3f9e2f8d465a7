"""The evaluator: matching rules, optional and split_ok gold, fields, fusion, report rendering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.errors import InputError
from rasd.evaluate import canon_source, evaluate, read_jsonl, render_text

CONOCO = {"name": "Conoco", "lat": 35.31, "lon": 40.29, "tol_km": 20}
OMAR = {"name": "al-Omar", "lat": 35.03, "lon": 40.55, "tol_km": 20}


def gold_event(gid: str, **kw: Any) -> dict[str, Any]:
    """A gold rocket attack by militias on US forces at Conoco on 2022-08-24."""
    return {"id": gid, "cluster": f"c-{gid}", "date": "2022-08-24", "date_tol": 0,
            "sub_event_type": ["Shelling/artillery/missile attack"], "actor1_side": ["IRAN_ALIGNED"],
            "actor2_side": ["US"], "locations": [CONOCO], "sources": ["SANA"], "weapons": ["rocket"],
            "optional": False, "split_ok": False, "note": f"note of {gid}"} | kw


def sys_mention(mid: str, doc: str = "d1", *, place: dict[str, Any] = CONOCO, **kw: Any) -> dict[str, Any]:
    """A system mention (contract dict) matching gold_event()."""
    return {"id": mid, "doc_id": doc, "event_id": None, "event_date": "2022-08-24",
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": {"side": "IRAN_ALIGNED"}, "actor2": {"side": "US"},
            "location": {"name_en": place["name"], "lat": place["lat"], "lon": place["lon"]},
            "weapons": ["rocket"], "fatalities": None, "injured": None, "sources": ["SANA"]} | kw


def gold_doc(*events: dict[str, Any], doc: str = "d1") -> dict[str, Any]:
    return {"doc": doc, "published": "2022-08-25", "events": list(events)}


MATCHING = {
    "exact": (gold_event("g"), sys_mention("m"), True),
    "date off by one, tol 0": (gold_event("g"), sys_mention("m", event_date="2022-08-25"), False),
    "date off by one, tol 1": (gold_event("g", date_tol=1), sys_mention("m", event_date="2022-08-25"), True),
    "no date in mention": (gold_event("g"), sys_mention("m", event_date=None), False),
    "gold without date": (gold_event("g", date=None), sys_mention("m", event_date=None), True),
    "too far": (gold_event("g"), sys_mention("m", place=OMAR), False),
    "no coordinates": (gold_event("g"), sys_mention("m", location=None), False),
    "side wrong, type right": (gold_event("g"), sys_mention("m", actor1={"side": "US"}), True),
    "type wrong, side right": (gold_event("g"), sys_mention("m", sub_event_type="Air/drone strike"), True),
    "both wrong": (gold_event("g"), sys_mention("m", actor1=None, sub_event_type="Armed clash"), False),
    "other document": (gold_event("g"), sys_mention("m", doc="d2"), False),
}


@pytest.mark.parametrize(("g", "m", "matches"), MATCHING.values(), ids=MATCHING.keys())
def test_matching_rule(g: dict[str, Any], m: dict[str, Any], matches: bool) -> None:
    r = evaluate([gold_doc(g)], [m])
    assert (r.tp, r.fn) == ((1, 0) if matches else (0, 1))
    assert r.fp == (0 if matches or m["doc_id"] != "d1" else 1)


def test_greedy_matching_prefers_the_closest_pair() -> None:
    gold = [gold_doc(gold_event("g24", date_tol=1), gold_event("g25", date="2022-08-25", date_tol=1))]
    r = evaluate(gold, [sys_mention("m25", event_date="2022-08-25"), sys_mention("m24")])
    assert sorted(r.documents[0].matched) == [("g24", "m24"), ("g25", "m25")]


def test_ties_go_to_the_later_mention_and_gold_like_the_reference() -> None:
    gold = [gold_doc(gold_event("near"), gold_event("wide", locations=[{**CONOCO, "tol_km": 100}]))]
    far = sys_mention("far", place={"name": "x", "lat": 35.5, "lon": 40.3})  # ~21 km: only "wide"
    r = evaluate(gold, [far, sys_mention("exact")])
    assert r.documents[0].matched == (("wide", "exact"),)
    assert (r.tp, r.fp, r.fn) == (1, 1, 1)


def test_optional_gold_is_neither_required_nor_a_false_positive() -> None:
    gold = [gold_doc(gold_event("opt", optional=True))]
    assert (evaluate(gold, []).fn, evaluate(gold, [sys_mention("m")]).fp) == (0, 0)
    assert evaluate(gold, [sys_mention("m")]).tp == 0


def test_split_ok_absorbs_extra_mentions_others_are_spurious() -> None:
    two_places = [CONOCO, OMAR]
    mentions = [sys_mention("a"), sys_mention("b", place=OMAR)]
    split = evaluate([gold_doc(gold_event("g", locations=two_places, split_ok=True))], mentions)
    strict = evaluate([gold_doc(gold_event("g", locations=two_places))], mentions)
    assert (split.tp, split.fp) == (1, 0)
    assert (strict.tp, strict.fp) == (1, 1)
    assert strict.documents[0].spurious == (("a", "2022-08-24 Shelling/artillery/missile attack "
                                                  "IRAN_ALIGNED->US @ Conoco"),)


def test_fields_are_scored_on_matched_pairs_with_errors_listed() -> None:
    gold = [gold_doc(gold_event("g1", fatalities=4, date_tol=1),
                     gold_event("g2", locations=[OMAR], sources=["SOHR", "CENTCOM"]))]
    mentions = [sys_mention("m1", event_date="2022-08-25", fatalities=3, actor2={"side": "SYRIA_GOV"}),
                sys_mention("m2", place=OMAR, sources=["المرصد السوري", "Reuters"])]
    r = evaluate(gold, mentions)
    assert r.field("date").accuracy == 0.5
    assert r.field("fatalities").total == 1
    assert r.field("fatalities").errors[0].expected == 4
    assert r.field("fatalities").errors[0].got == 3
    assert r.field("actor2_side").errors[0].mention_id == "m1"
    assert r.field("injured").total == 0 and r.field("injured").accuracy is None
    assert r.field("sources").accuracy == round((1.0 + 1 / 3) / 2, 3)
    assert r.field("sources").errors[0].expected == ["CENTCOM", "SOHR"]


def test_fusion_pairs_across_documents() -> None:
    gold = [gold_doc(gold_event("a", cluster="X"), doc="d1"), gold_doc(gold_event("b", cluster="X"), doc="d2"),
            gold_doc(gold_event("c", cluster="Y"), doc="d3")]
    together = [sys_mention("1", "d1", event_id="e"), sys_mention("2", "d2", event_id="e"),
                sys_mention("3", "d3", event_id="e")]
    r = evaluate(gold, together)
    assert r.fusion == {"gold_pairs": 1, "system_pairs": 3, "agreeing_pairs": 1,
                        "precision": 0.333, "recall": 1.0}
    unfused = [dict(m, event_id=None) for m in together]
    assert evaluate(gold, unfused).fusion["precision"] is None
    assert evaluate(gold, unfused).fusion["recall"] == 0.0


@pytest.mark.parametrize(("raw", "canonical"), [
    ("Syrian Observatory for Human Rights", "SOHR"), ("U.S. Central Command", "CENTCOM"),
    ("al-arabiya", "Al Arabiya"), ("Al_Hurra", "Al Hurra"), ("  Some Outlet ", "Some Outlet"),
])
def test_canon_source(raw: str, canonical: str) -> None:
    assert canon_source(raw) == canonical


def test_report_dict_and_text() -> None:
    gold = [gold_doc(gold_event("g1"), gold_event("g2", locations=[OMAR]))]
    r = evaluate(gold, [sys_mention("m1"), sys_mention("zz", sub_event_type="Armed clash", actor1=None)])
    d = r.to_dict()
    assert d["events"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert d["per_doc"]["d1"]["missed"] == ["g2"]
    assert d["per_doc"]["d1"]["missed_notes"] == {"g2": "note of g2"}
    assert d["per_doc"]["d1"]["spurious_ids"] == ["zz"]
    assert json.loads(json.dumps(d)) == d
    text = render_text(r)
    assert "events    P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)" in text
    assert "    missed   g2: note of g2" in text
    assert "    spurious zz: 2022-08-24 Armed clash None->US @ Conoco" in text
    assert "  sub_event_type     1.000  (1/1)" in text


@pytest.mark.parametrize(("gold", "message"), [
    ([{"events": []}], "entry 1: needs a 'doc' string"),
    ([{"doc": "d", "events": {}}], r"entry 1 \(d\): needs an 'events' list"),
    ([{"doc": "d", "events": [{"id": "x"}]}], "every event needs 'id' and a 'locations' list"),
])
def test_malformed_gold_is_an_input_error(gold: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        evaluate(gold, [])


def test_non_numeric_coordinates_are_an_input_error() -> None:
    m = sys_mention("m", location={"lat": "north", "lon": 1})
    with pytest.raises(InputError, match="lat/lon are not numbers"):
        evaluate([gold_doc(gold_event("g"))], [m])


@pytest.mark.parametrize(("content", "message"), [
    ('{"a": 1}\n{oops\n', "line 2: invalid JSON"),
    ('[1, 2]\n', "line 1: expected a JSON object"),
])
def test_read_jsonl_names_the_bad_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_jsonl(str(path))


def test_read_jsonl_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n{"b": "ب"}\n', encoding="utf-8")
    assert read_jsonl(str(path)) == [{"a": 1}, {"b": "ب"}]
