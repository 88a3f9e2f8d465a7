"""rasd's evaluator agrees exactly with the independent reference scorer (shared/tools/score.py).

The mention sets are built from the seed gold: a perfect set, systematic perturbations, and many
seeded random mixtures of them. Skipped when the shared directory is not present.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from rasd.evaluate import evaluate

SHARED = Path(os.environ.get("RASD_SHARED", "/work/shared"))
SCORER = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold" / "seeds.jsonl"

pytestmark = pytest.mark.skipif(
    not (SCORER.is_file() and GOLD.is_file()),
    reason=f"reference scorer or seed gold not found under {SHARED} (set RASD_SHARED to the shared dir)")

SIDES = ["US", "IRAN_ALIGNED", "UNKNOWN", "SYRIA_GOV", "SDF", None]
TYPES = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack"]
SOURCES = ["SOHR", "sohr", "Syrian Observatory", "المرصد السوري", "CENTCOM", "U.S. Central Command",
           "Pentagon", "DoD", "SANA", "Reuters", "Fox News", "al-arabiya", "Furat Post", "Anadolu"]
Mention = dict[str, Any]
Gold = list[dict[str, Any]]


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rasd_reference_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> Gold:
    with open(GOLD, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def first(v: Any) -> Any:
    """The first accepted value of a gold field."""
    return v[0] if isinstance(v, list) and v else v


def perfect(gold: Gold) -> list[Mention]:
    """One mention per gold event (optional ones included), at its first location."""
    out = []
    for line in gold:
        for n, g in enumerate(line["events"]):
            loc = g["locations"][0]
            out.append({
                "id": f"{g['id']}#m", "doc_id": line["doc"], "event_id": g.get("cluster"),
                "event_date": g.get("date"), "sub_event_type": first(g["sub_event_type"]),
                "actor1": {"side": first(g["actor1_side"])}, "actor2": {"side": first(g.get("actor2_side"))},
                "location": {"name_en": loc["name"], "lat": loc["lat"], "lon": loc["lon"]},
                "weapons": list(g.get("weapons", [])), "fatalities": g.get("fatalities"),
                "injured": g.get("injured"), "sources": list(g.get("sources", [])), "n": n})
    return out


def shift_dates(days: int) -> Callable[[Gold, random.Random], list[Mention]]:
    def build(gold: Gold, rng: random.Random) -> list[Mention]:
        ms = perfect(gold)
        for m in ms:
            if m["event_date"]:
                m["event_date"] = (date.fromisoformat(m["event_date"]) + timedelta(days=days)).isoformat()
        return ms
    return build


def wrong_sides(gold: Gold, rng: random.Random) -> list[Mention]:
    ms = perfect(gold)
    for m in ms:
        m["actor1"], m["actor2"] = m["actor2"], m["actor1"]
    return ms


def wrong_sides_and_types(gold: Gold, rng: random.Random) -> list[Mention]:
    ms = wrong_sides(gold, rng)
    for i, m in enumerate(ms):
        if i % 2:
            m["sub_event_type"] = "Armed clash"
    return ms


def missing_half(gold: Gold, rng: random.Random) -> list[Mention]:
    return perfect(gold)[::2]


def with_spurious(gold: Gold, rng: random.Random) -> list[Mention]:
    ms = perfect(gold)
    extra = copy.deepcopy(ms[:6])
    for i, m in enumerate(extra):
        m["id"] += "-spurious"
        m["location"] = {"name_en": "Aleppo", "lat": 36.2, "lon": 37.16} if i % 2 else None
    return ms + extra + [{"id": "orphan", "doc_id": "not-in-gold.txt", "event_date": "2022-01-01"}]


def split_everywhere(gold: Gold, rng: random.Random) -> list[Mention]:
    """One mention per gold location: absorbed by split_ok events, spurious elsewhere."""
    out = []
    for m in perfect(gold):
        line = next(line for line in gold if line["doc"] == m["doc_id"])
        for k, loc in enumerate(line["events"][m["n"]]["locations"]):
            out.append(m | {"id": f"{m['id']}{k}", "location": {"name_en": loc["name"], "lat": loc["lat"],
                                                                "lon": loc["lon"]}})
    return out


def fused_by_doc(gold: Gold, rng: random.Random) -> list[Mention]:
    return [m | {"event_id": m["doc_id"]} for m in perfect(gold)]


def all_one_event(gold: Gold, rng: random.Random) -> list[Mention]:
    return [m | {"event_id": "E"} for m in perfect(gold)]


def no_event_ids(gold: Gold, rng: random.Random) -> list[Mention]:
    return [m | {"event_id": None} for m in perfect(gold)]


def wrong_values(gold: Gold, rng: random.Random) -> list[Mention]:
    return [m | {"fatalities": 1, "injured": 0, "weapons": ["drone"], "sources": ["SOHR", "SANA"]}
            for m in perfect(gold)]


def random_mixture(gold: Gold, rng: random.Random) -> list[Mention]:
    """Every kind of perturbation, drawn at random per mention."""
    out = []
    for m in perfect(gold):
        if rng.random() < 0.15:
            continue
        for copy_no in range(rng.choice([1, 1, 1, 2, 3])):
            x = copy.deepcopy(m)
            x["id"] = f"{m['id']}{copy_no}"
            if x["event_date"] and rng.random() < 0.4:
                d = date.fromisoformat(x["event_date"]) + timedelta(days=rng.randint(-3, 3))
                x["event_date"] = d.isoformat()
            if rng.random() < 0.1:
                x["event_date"] = rng.choice([None, "garbage", "2022-08-24T10:00:00"])
            if rng.random() < 0.3:
                x["actor1"] = rng.choice([None, {"side": rng.choice(SIDES)}, {}])
            if rng.random() < 0.3:
                x["actor2"] = rng.choice([None, {"side": rng.choice(SIDES)}])
            if rng.random() < 0.3:
                x["sub_event_type"] = rng.choice(TYPES)
            if rng.random() < 0.5:
                loc = x["location"]
                x["location"] = {"name_en": loc["name_en"], "lat": loc["lat"] + rng.uniform(-0.4, 0.4),
                                 "lon": loc["lon"] + rng.uniform(-0.4, 0.4)}
            if rng.random() < 0.05:
                x["location"] = rng.choice([None, {"lat": None, "lon": 40.0}, {"lat": "35.3", "lon": "40.29"}])
            x["fatalities"] = rng.choice([x["fatalities"], None, 0, 4, 6])
            x["injured"] = rng.choice([x["injured"], None, 2])
            x["weapons"] = rng.sample(["rocket", "drone", "aircraft", "artillery", "helicopter"], rng.randint(0, 2))
            x["sources"] = rng.sample(SOURCES, rng.randint(0, 3))
            x["event_id"] = rng.choice([x["event_id"], None, f"e{rng.randint(0, 5)}", x["doc_id"]])
            out.append(x)
    for k in range(rng.randint(0, 4)):
        doc = rng.choice(gold)["doc"]
        out.append({"id": f"noise{k}", "doc_id": doc, "event_date": "2022-08-24",
                    "sub_event_type": rng.choice(TYPES), "actor1": {"side": rng.choice(SIDES)},
                    "location": {"lat": rng.uniform(33, 37), "lon": rng.uniform(38, 42)}})
    rng.shuffle(out)
    return out


SCENARIOS: dict[str, Callable[[Gold, random.Random], list[Mention]]] = {
    "perfect": lambda gold, rng: perfect(gold), "dates+1": shift_dates(1), "dates-1": shift_dates(-1),
    "dates+7": shift_dates(7), "wrong-sides": wrong_sides, "wrong-sides-and-types": wrong_sides_and_types,
    "missing-half": missing_half, "spurious": with_spurious, "split-everywhere": split_everywhere,
    "fused-by-doc": fused_by_doc, "all-one-event": all_one_event, "no-event-ids": no_event_ids,
    "wrong-values": wrong_values, "empty": lambda gold, rng: [],
}


def project(mine: Any, ref: Any) -> Any:
    """`mine` restricted to the keys present in `ref` (recursively)."""
    if isinstance(ref, dict):
        assert isinstance(mine, dict), mine
        return {k: project(mine[k], v) for k, v in ref.items()}
    return mine


def assert_agrees(reference: ModuleType, gold: Gold, mentions: list[Mention]) -> dict[str, Any]:
    expected = reference.score(copy.deepcopy(gold), copy.deepcopy(mentions))
    mine = evaluate(gold, mentions).to_dict()
    assert project(mine, expected) == expected
    return expected


@pytest.mark.parametrize("name", SCENARIOS)
def test_agrees_with_reference_scorer(reference: ModuleType, gold: Gold, name: str) -> None:
    assert_agrees(reference, gold, SCENARIOS[name](gold, random.Random(0)))


def test_perfect_set_scores_perfectly(reference: ModuleType, gold: Gold) -> None:
    result = assert_agrees(reference, gold, perfect(gold))
    assert result["events"]["f1"] == 1.0
    assert result["fusion"]["precision"] == result["fusion"]["recall"] == 1.0


@pytest.mark.parametrize("seed", range(60))
def test_agrees_on_random_mixtures(reference: ModuleType, gold: Gold, seed: int) -> None:
    rng = random.Random(seed)
    assert_agrees(reference, gold, random_mixture(gold, rng))
