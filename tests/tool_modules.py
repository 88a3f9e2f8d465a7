"""Scripts under tools/ (not a package) imported as modules for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def load(name: str) -> ModuleType:
    """tools/<name>.py imported as the module <name> (registered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def gazetteer_rec(id: str, kind: str, feature: str, iso3: str, names: list[str], **kw: Any) -> Any:
    """A row of tools/build_gazetteer.py under construction (its own Rec), at 0,0 unless told otherwise."""
    fields: dict[str, Any] = {"lat": 0.0, "lon": 0.0, "name_en": ""} | kw
    return load("build_gazetteer").Rec(id=id, kind=kind, feature=feature, iso3=iso3, names=names, **fields)
