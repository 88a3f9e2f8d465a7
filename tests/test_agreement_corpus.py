"""The second coders' annotations in corpus/agreement still agree with the writers' gold they were made against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.agreement import coder_mentions
from rasd.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SECONDS = sorted((ROOT / "corpus" / "agreement").glob("*_second_coder.jsonl"))
FLOOR = 0.90  # both ways round; measured 0.92-0.98 when the files were made (corpus/SOURCES_agreement.md)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _writers_gold(docs: set[str]) -> list[dict[str, Any]]:
    lines = [line for part in ("dev", "holdout") if (ROOT / "corpus" / part / "gold.jsonl").exists()
             for line in _lines(ROOT / "corpus" / part / "gold.jsonl") if line["doc"] in docs]
    return lines


@pytest.mark.parametrize("second_path", SECONDS, ids=[p.stem for p in SECONDS])
def test_second_coder_agrees_both_ways(second_path: Path) -> None:
    second = _lines(second_path)
    first = _writers_gold({line["doc"] for line in second})
    assert len(first) == len(second), "every document the second coder coded must still have the writer's gold"
    for reference, other in ((first, second), (second, first)):
        report = evaluate(reference, coder_mentions(other))
        assert report.f1 >= FLOOR, f"{second_path.name}: agreement F1 {report.f1:.3f} < {FLOOR}"
        assert (report.fusion["recall"] or 0.0) >= FLOOR
