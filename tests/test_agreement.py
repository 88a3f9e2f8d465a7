"""A second coder's gold as mentions: which events count, which values are taken, and the scores it gives."""

from __future__ import annotations

from typing import Any

import pytest

from rasd.agreement import coder_mentions
from rasd.errors import InputError
from rasd.evaluate import evaluate


def _event(eid: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": eid, "cluster": f"c_{eid}", "date": "2024-02-03", "date_tol": 0,
        "sub_event_type": ["Air/drone strike", "Shelling/artillery/missile attack"],
        "actor1_side": ["US", "UNKNOWN"], "actor2_side": ["IRAN_ALIGNED"],
        "locations": [{"name": "al-Mayadin", "lat": 35.021, "lon": 40.453, "tol_km": 10}],
        "fatalities": 2, "sources": ["SOHR"], "optional": False, "split_ok": False}
    base.update(kw)
    return base


TWO_PLACES = [{"name": "Hajin", "lat": 34.69, "lon": 40.83, "tol_km": 8},
              {"name": "al-Shafa", "lat": 34.62, "lon": 40.89, "tol_km": 8}]


@pytest.mark.parametrize(("event", "expected"), [
    (_event("e1"), [("doc#e1", "Air/drone strike", "US", "IRAN_ALIGNED", "al-Mayadin", 2)]),
    (_event("e1", optional=True), []),
    (_event("e1", actor2_side=None, fatalities=None),
     [("doc#e1", "Air/drone strike", "US", None, "al-Mayadin", None)]),
    (_event("e1", locations=TWO_PLACES),
     [("doc#e1", "Air/drone strike", "US", "IRAN_ALIGNED", "Hajin", 2)]),
    (_event("e1", locations=TWO_PLACES, split_ok=True),
     [("doc#e1", "Air/drone strike", "US", "IRAN_ALIGNED", "Hajin", 2),
      ("doc#e1/2", "Air/drone strike", "US", "IRAN_ALIGNED", "al-Shafa", 2)]),
], ids=["first-values", "optional-left-out", "no-target", "first-place", "split-per-place"])
def test_coder_mentions(event: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    got = coder_mentions([{"doc": "doc", "events": [event]}])
    assert [(m["id"], m["sub_event_type"], m["actor1"]["side"], (m["actor2"] or {}).get("side"),
             m["location"]["name_en"], m["fatalities"]) for m in got] == expected
    assert all(m["event_id"] == "c_e1" and m["doc_id"] == "doc" for m in got)


def test_identical_gold_agrees_fully() -> None:
    gold = [{"doc": "a", "events": [_event("e1"), _event("e2", date="2024-02-05", cluster="c_x")]},
            {"doc": "b", "events": [_event("e3", cluster="c_x", date="2024-02-05")]}]
    report = evaluate(gold, coder_mentions(gold))
    assert (report.tp, report.fp, report.fn) == (3, 0, 0)
    assert report.fusion["precision"] == 1.0 and report.fusion["recall"] == 1.0


def test_disagreements_are_counted_both_ways() -> None:
    first = [{"doc": "a", "events": [_event("e1"), _event("e2", date="2024-02-10")]}]
    second = [{"doc": "a", "events": [_event("e1", fatalities=3)]}]
    one_way = evaluate(first, coder_mentions(second))
    other_way = evaluate(second, coder_mentions(first))
    assert (one_way.tp, one_way.fp, one_way.fn) == (1, 0, 1)
    assert (other_way.tp, other_way.fp, other_way.fn) == (1, 1, 0)
    assert one_way.field("fatalities").accuracy == 0.0


def test_malformed_coder_gold_is_an_input_error() -> None:
    with pytest.raises(InputError, match="every event needs 'id'"):
        coder_mentions([{"doc": "a", "events": [{"date": "2024-02-03"}]}])
