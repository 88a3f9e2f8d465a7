"""tools/fusionpairs.py: the fusion census pair by pair, and its same-batch count."""

from __future__ import annotations

from typing import Any

from tests.tool_modules import load

fusionpairs = load("fusionpairs")


def _gold(doc: str, gid: str, cluster: str, lat: float) -> dict[str, Any]:
    """One gold line with one clustered strike."""
    return {"doc": doc, "events": [{"id": gid, "cluster": cluster, "date": "2024-05-02", "date_tol": 0,
                                    "sub_event_type": ["Air/drone strike"], "actor1_side": ["US"],
                                    "locations": [{"name": "x", "lat": lat, "lon": 40.0, "tol_km": 10}]}]}


def _mention(doc: str, event: str, lat: float) -> dict[str, Any]:
    """One mention of a strike stored in `event`."""
    return {"id": f"m-{doc}", "doc_id": doc, "event_id": event, "event_date": "2024-05-02",
            "sub_event_type": "Air/drone strike", "actor1": {"side": "US"},
            "location": {"lat": lat, "lon": 40.0, "name_en": "x", "geo_precision": 1}}


GOLD = [_gold("aa_001.txt", "aa001-a", "aa-strike", 35.0), _gold("aa_002.txt", "aa002-a", "aa-strike", 35.0),
        _gold("aa_003.txt", "aa003-a", "aa-other", 36.0), _gold("bb_001.txt", "bb001-a", "bb-strike", 35.0)]
# aa_001 and aa_002 tell one strike but were not fused; aa_003's strike joined aa_001's event; bb_001 is told in
# another batch and joined aa_002's event
MENTIONS = [_mention("aa_001.txt", "ev-1", 35.0), _mention("aa_002.txt", "ev-2", 35.0),
            _mention("aa_003.txt", "ev-1", 36.0), _mention("bb_001.txt", "ev-2", 35.0)]


def test_census_sorts_pairs_into_missed_and_wrong() -> None:
    c = fusionpairs.census(fusionpairs.matched(GOLD, MENTIONS))
    assert c.agreeing == 0
    assert [(a.gold_id, b.gold_id) for a, b in c.missed] == [("aa001-a", "aa002-a")]
    assert sorted((a.gold_id, b.gold_id) for a, b in c.wrong) == [("aa001-a", "aa003-a"), ("aa002-a", "bb001-a")]
    assert fusionpairs.totals(c) == "fusion P=0.000 R=0.000  agreeing 0, missed 1, wrong 2"


def test_same_batch_drops_pairs_across_batches() -> None:
    c = fusionpairs.census(fusionpairs.matched(GOLD, MENTIONS), same_batch=True)
    assert [(a.gold_id, b.gold_id) for a, b in c.wrong] == [("aa001-a", "aa003-a")]


def test_batches_keep_listed_prefixes_and_render_names_both_mentions() -> None:
    told = fusionpairs.matched(GOLD, MENTIONS, frozenset({"bb"}))
    assert [t.gold_id for t in told] == ["bb001-a"]
    text = fusionpairs.render(fusionpairs.census(fusionpairs.matched(GOLD, MENTIONS)))
    assert "-- aa001-a [aa-strike] / aa003-a [aa-other] 111.2 km" in text
    assert "aa_003.txt 2024-05-02/tNone Air/drone strike US->None" in text
