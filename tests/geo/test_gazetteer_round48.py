"""Round 48 place data (tools/build_gazetteer.py, h1): Libya's villages that GeoNames knows outside cities500
are rows when named in Arabic, not tribes and not common words; a village of unknown size abroad no longer keeps a
small Libyan town out (rows and sentences written for these tests)."""

from __future__ import annotations

from tests import tool_modules

from .conftest import names_of


def test_hamlet_names() -> None:
    """A GeoNames village keeps its names; a tribe's land (قبيلة X) gets none."""
    b = tool_modules.load("build_gazetteer")
    assert b.sparse_hamlet_names(["النوفلية"], ["النوفليه"]) == ["النوفليه"]
    assert b.sparse_hamlet_names(["قبيلة الفواتير"], ["قبيله الفواتير"]) == []


def test_sparse_towns_competitors() -> None:
    """An unknown-size village abroad does not keep a small Libyan town out; a town of known size, a quarter or a
    Libyan row does, and a small town named by a common word (النصف: 'the half') is left out."""
    b = tool_modules.load("build_gazetteer")
    rec = tool_modules.gazetteer_rec
    abroad = rec("syr", "locality", "locality", "SYR", ["نوفليه"])
    sized = rec("yem", "locality", "locality", "YEM", ["الكاران"], rank=1)
    quarter = rec("pse", "locality", "neighbourhood", "PSE", ["الدرج"])
    small = [rec(i, "locality", "locality", "LBY", [n]) for i, n in (
        ("nawf", "النوفليه"), ("karran", "الكاران"), ("daraj", "درج"), ("nusf", "النصف"))]
    for r in small:
        r.extra["sparse"] = "1"
    kept = [r.id for r in b.sparse_towns([abroad, sized, quarter, *small])]
    assert kept == ["syr", "yem", "pse", "nawf"]


def test_libyan_village_read() -> None:
    """A village east of a Libyan city is read as itself, not only as the city's direction."""
    assert "Ad Dafinah" in names_of("أصيب شرطيان في إطلاق نار عند بوابة أمنية في منطقة الدافينة شرق مصراتة أمس")
