#!/usr/bin/env python3
"""Build the web map's offline base layer (src/rasd/static/basemap.geojson) from ../shared/data.

Usage:
    python tools/build_basemap.py [--data ../shared/data] [--out src/rasd/static/basemap.geojson]

Country and first-level (governorate) outlines of Syria and Iraq:
  Syria: Who's On First wof_sy_admin_polygons.geojson (placetypes country and region; CC0),
  Iraq:  OCHA COD-AB adm0 and adm1 (CC BY 3.0 IGO). wof_iq_admin_polygons.geojson is read only to
         check that it names the same 18 governorates: its regions also hold "At-Ta'mim" (an old
         name of Kirkuk, overlapping it) and Halabja, which OCHA's 2019 boundaries do not have.
Coordinates are rounded to 3 decimals (about 100 m), repeated points dropped, and each ring
simplified with Douglas-Peucker. The output is deterministic and stamped "generated_by"; do not
edit it by hand: change this script and run it again (tests/web/test_basemap.py checks it).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "rasd" / "static" / "basemap.geojson"
DECIMALS = 3  # about 100 m, below what the map shows at admin1 zoom levels
TOLERANCE = 0.003  # Douglas-Peucker tolerance in degrees (about 300 m)
MAX_BYTES = 3_000_000
NOT_ADMIN1 = {"United Nations Disengagement Observer Force"}  # a WOF "region" that is no governorate
ATTRIBUTION = "Boundaries: Who's On First (CC0), OCHA COD-AB Iraq (CC BY 3.0 IGO)"

Point = tuple[float, float]


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the segment a-b (to a itself when a == b)."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """The points that keep a line within `tolerance` of the original (iterative, keeps the ends)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_ring(ring: list[list[float]], tolerance: float) -> list[list[float]] | None:
    """A rounded, de-duplicated, simplified closed ring, or None when too little is left."""
    pts: list[Point] = []
    for x, y, *_ in ring:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not pts or p != pts[-1]:
            pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    if len(pts) < 3:
        return None
    # split the closed ring at its farthest point so that both halves are open lines
    far = max(range(len(pts)), key=lambda i: math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]))
    half1 = douglas_peucker(pts[:far + 1], tolerance)
    half2 = douglas_peucker([*pts[far:], pts[0]], tolerance)
    out = half1 + half2[1:]
    if len(out) < 4:  # a closed ring needs three distinct points plus the closing one
        return None
    return [[x, y] for x, y in out]


def simplify_geometry(geom: dict[str, Any], tolerance: float) -> dict[str, Any] | None:
    """A simplified Polygon or MultiPolygon; holes and parts that vanish are dropped."""
    polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    out = []
    for rings in polygons:
        outer = simplify_ring(rings[0], tolerance)
        if outer is None:
            continue
        holes = [h for h in (simplify_ring(r, tolerance) for r in rings[1:]) if h is not None]
        out.append([outer, *holes])
    if not out:
        return None
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def _first(names: str | None) -> str:
    """The first of WOF's '|'-separated names."""
    return (names or "").split("|")[0].strip()


def _wof_features(path: Path, iso3: str) -> list[dict[str, Any]]:
    """Country and region (admin1) features of a WOF admin polygons file."""
    kinds = {"country": "country", "region": "admin1"}
    feats = []
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        if p.get("placetype") not in kinds or p.get("name") in NOT_ADMIN1:
            continue
        feats.append({"kind": kinds[p["placetype"]], "iso3": iso3, "name_en": _first(p.get("name_en")) or p["name"],
                      "name_ar": _first(p.get("name_ar")), "source": f"wof:{p['wof_id']}",
                      "geometry": f["geometry"]})
    return feats


def _ocha_features(adm0: Path, adm1: Path) -> list[dict[str, Any]]:
    """Country and governorate features of the OCHA COD-AB files for Iraq."""
    feats = []
    for f in json.loads(adm0.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        feats.append({"kind": "country", "iso3": "IRQ", "name_en": p["ADM0_EN"], "name_ar": p["ADM0_AR"],
                      "source": f"ocha:{p['ADM0_PCODE']}", "geometry": f["geometry"]})
    for f in json.loads(adm1.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        feats.append({"kind": "admin1", "iso3": "IRQ", "name_en": p["ADM1_EN"], "name_ar": p["ADM1_AR"],
                      "source": f"ocha:{p['ADM1_PCODE']}", "geometry": f["geometry"]})
    return feats


def _check_iraq(wof_iq: Path, ocha: list[dict[str, Any]]) -> None:
    """Fail when WOF and OCHA disagree on the number of Iraqi governorates beyond the known two."""
    wof = _wof_features(wof_iq, "IRQ")
    n_wof = sum(1 for f in wof if f["kind"] == "admin1")
    n_ocha = sum(1 for f in ocha if f["kind"] == "admin1")
    if n_wof - 2 != n_ocha:
        raise SystemExit(f"Iraq: WOF has {n_wof} regions and OCHA {n_ocha} governorates; expected WOF = "
                         "OCHA + 2 (At-Ta'mim, Halabja); check the inputs")


def build(data: Path, tolerance: float = TOLERANCE) -> dict[str, Any]:
    """The basemap FeatureCollection built from the shared data directory."""
    wof = data / "wof"
    ocha_dir = data / "ocha_iraq"
    ocha = _ocha_features(ocha_dir / "irq_admbnda_adm0_cso_itos_20190603.geojson",
                          ocha_dir / "irq_admbnda_adm1_cso_20190603.geojson")
    _check_iraq(wof / "wof_iq_admin_polygons.geojson", ocha)
    raw = _wof_features(wof / "wof_sy_admin_polygons.geojson", "SYR") + ocha
    raw.sort(key=lambda f: (f["kind"] != "country", f["iso3"], f["name_en"]))
    features = []
    for f in raw:
        geom = simplify_geometry(f["geometry"], tolerance)
        if geom is None:
            continue
        props = {k: f[k] for k in ("kind", "iso3", "name_en", "name_ar", "source")}
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "generated_by": "tools/build_basemap.py",
            "note": "generated from shared/data; do not edit, run tools/build_basemap.py",
            "attribution": ATTRIBUTION, "decimals": DECIMALS, "tolerance": tolerance, "features": features}


def dumps(collection: dict[str, Any]) -> str:
    """The file text: compact JSON, one feature per line, UTF-8 names kept."""
    head = {k: v for k, v in collection.items() if k != "features"}
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]]
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the GeoJSON file to write")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE, help="simplification tolerance (degrees)")
    args = ap.parse_args(argv)
    text = dumps(build(args.data, args.tolerance))
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        print(f"basemap would be {size} bytes (> {MAX_BYTES}); raise --tolerance", file=sys.stderr)
        return 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
