"""The committed basemap is what tools/build_basemap.py makes from the shared data, and small."""

from __future__ import annotations

import importlib.util
import json
import os
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("RASD_SHARED", "/work/shared"))
COMMITTED = files("rasd") / "static" / "basemap.geojson"


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_basemap", ROOT / "tools" / "build_basemap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_basemap_is_small_and_stamped() -> None:
    text = COMMITTED.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 3_000_000
    data = json.loads(text)
    assert data["generated_by"] == "tools/build_basemap.py"
    kinds = {(f["properties"]["kind"], f["properties"]["iso3"]) for f in data["features"]}
    assert kinds == {("country", "SYR"), ("country", "IRQ"), ("admin1", "SYR"), ("admin1", "IRQ")}
    names = {f["properties"]["name_ar"] for f in data["features"]}
    assert {"دير الزور", "الانبار", "اربيل"} <= names


@pytest.mark.skipif(not (SHARED / "data" / "wof").is_dir(), reason=f"shared data not found under {SHARED}")
def test_basemap_regenerates_identically() -> None:
    build = tool()
    assert build.dumps(build.build(SHARED / "data")) == COMMITTED.read_text(encoding="utf-8")


def test_douglas_peucker_keeps_corners_and_ends() -> None:
    dp = tool().douglas_peucker
    line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 1.0), (2.0, 2.0)]
    assert dp(line, 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)]
    assert dp(line, 0.0) == [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 2.0)]


def test_tiny_rings_vanish() -> None:
    assert tool().simplify_ring([[0, 0], [0.0001, 0], [0, 0.0001], [0, 0]], 0.01) is None
