"""`rasd eval`: score a mentions file or a database against gold, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.errors import InputError
from rasd.export import mention_records
from tests import factories as f

GOLD = {"doc": "doc-1", "published": "2022-08-25", "events": [
    {"id": "g1", "cluster": "c1", "date": "2022-08-24", "date_tol": 0,
     "sub_event_type": ["Shelling/artillery/missile attack"], "actor1_side": ["IRAN_ALIGNED"],
     "actor2_side": ["US"], "locations": [{"name": "Conoco", "lat": 35.31, "lon": 40.29, "tol_km": 20}],
     "sources": ["SANA"], "optional": False, "split_ok": False},
    {"id": "g2", "cluster": "c2", "date": "2022-08-23", "date_tol": 0,
     "sub_event_type": ["Air/drone strike"], "actor1_side": ["US"], "actor2_side": ["IRAN_ALIGNED"],
     "locations": [{"name": "al-Mayadin", "lat": 35.021, "lon": 40.453, "tol_km": 20}],
     "optional": False, "split_ok": False, "note": "US strike on al-Mayadin"}]}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    db = str(tmp_path / "rasd.db")
    with f.populated_store(db) as store:
        records = mention_records(store)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    mentions = tmp_path / "mentions.jsonl"
    mentions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return {"db": db, "gold": str(gold), "mentions": str(mentions)}


@pytest.mark.parametrize("source", ["db", "mentions"])
def test_text_report(files: dict[str, str], source: str) -> None:
    result = CliRunner().invoke(cli, ["eval", files["gold"], f"--{source}", files[source]])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "events    P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)"
    assert "    missed   g2: US strike on al-Mayadin" in lines
    assert any(line.startswith("    spurious doc-1#1: 2022-08-24 Air/drone strike US->IRAN_ALIGNED")
               for line in lines)


def test_json_report(files: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["eval", files["gold"], "--db", files["db"], "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"]["tp"] == 1
    assert report["per_doc"]["doc-1"]["missed"] == ["g2"]
    assert report["slots"]["sub_event_type"] == 1.0
    assert report["sources_jaccard"] == 1.0


@pytest.mark.parametrize("extra", [[], ["--db", "x.db", "--mentions", "GOLD"]], ids=["neither", "both"])
def test_exactly_one_mention_source(files: dict[str, str], extra: list[str]) -> None:
    extra = [files["gold"] if a == "GOLD" else a for a in extra]
    result = CliRunner().invoke(cli, ["eval", files["gold"], *extra])
    assert result.exit_code == 2
    assert "exactly one of --db PATH, --mentions FILE.jsonl or --coder GOLD2.jsonl" in result.output


def test_bad_gold_line_is_an_input_error(files: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(bad), "--mentions", files["mentions"]])
    assert isinstance(result.exception, InputError)
    assert "line 1: invalid JSON" in str(result.exception)


def test_coder_agreement(files: dict[str, str], tmp_path: Path) -> None:
    second = dict(GOLD, events=[GOLD["events"][0]])
    coder = tmp_path / "coder.jsonl"
    coder.write_text(json.dumps(second) + "\n" + json.dumps({"doc": "other", "events": []}) + "\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", files["gold"], "--coder", str(coder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "events    P=1.000 R=0.500 F1=0.667  (tp=1 fp=0 fn=1)"


def test_coder_of_other_documents_is_a_usage_error(files: dict[str, str], tmp_path: Path) -> None:
    coder = tmp_path / "coder.jsonl"
    coder.write_text(json.dumps({"doc": "other", "events": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", files["gold"], "--coder", str(coder)])
    assert result.exit_code == 2
    assert "codes none of the documents" in result.output
