"""A compiled build (tools/build_compiled.py, `make compiled`) reads articles exactly as the pure-Python engine does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import rasd

PACKAGE = Path(rasd.__file__).resolve().parent

# Articles written for this test: a strike with a toll, a shelling told by a monitor, a clash with an arrest, a
# partly downed drone attack (the frame step mypy once misread), a bearing off a town (a distance with no bearing).
ARTICLES = [
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون، يوم الثلاثاء، بقصف جوي استهدف بلدة معرة النعمان في ريف إدلب الجنوبي.",
    "قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت بالمدفعية الثقيلة قرى في جبل الزاوية صباح اليوم، "
    "ما أدى إلى مقتل طفل.",
    "اندلعت اشتباكات عنيفة بين الجيش وعناصر من تنظيم داعش شرقي مدينة دير الزور أمس، واعتقلت القوات خمسة أشخاص.",
    "تصدت الدفاعات الجوية السورية لعدوان إسرائيلي بالصواريخ على محيط دمشق فجر اليوم، وأسقطت معظمها.",
    "سقطت قذيفة هاون على حي سكني جنوب بلدة القحطانية، مساء الأحد، دون وقوع إصابات.",
]

# Run in a fresh interpreter: read ARTICLES (JSON on stdin) and print their mentions, one JSON list per article.
# With PURE set, a path hook keeps extension modules out of rasd's package directories, so every rasd module is
# imported from its .py source; other packages load as usual.
RUNNER = """
import json, sys
from datetime import date
from importlib.machinery import FileFinder, SourceFileLoader, SOURCE_SUFFIXES
if sys.argv[1] == "pure":
    source_only = FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES))
    def hook(path, _package=sys.argv[2]):
        if path.startswith(_package):
            return source_only(path)
        raise ImportError(path)
    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()
import rasd.frame
from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources
res = load_resources()
out = {"frame": rasd.frame.__file__, "mentions": []}
for i, text in enumerate(json.load(sys.stdin)):
    art = Article(doc_id=f"c{i}.txt", text=text, content_hash="h", published=date(2024, 3, 14))
    out["mentions"].append([m.to_dict({}) for m in extract(art, res).mentions])
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def compiled_modules() -> list[Path]:
    """The compiled extensions inside the rasd package (none in a plain checkout)."""
    return sorted(PACKAGE.rglob("*.so")) + sorted(PACKAGE.rglob("*.pyd"))


def _run(mode: str) -> dict[str, object]:
    """Extract ARTICLES in a fresh interpreter, compiled as installed or pure-Python."""
    done = subprocess.run([sys.executable, "-c", RUNNER, mode, str(PACKAGE)], input=json.dumps(ARTICLES),
                          capture_output=True, text=True, check=True, timeout=600)
    got: dict[str, object] = json.loads(done.stdout)
    return got


@pytest.mark.skipif(not compiled_modules(), reason="no compiled modules in src/rasd: `make compiled` builds them")
def test_compiled_and_pure_engines_agree() -> None:
    compiled, pure = _run("compiled"), _run("pure")
    assert str(pure["frame"]).endswith(".py")
    assert pure["mentions"] == compiled["mentions"]
    assert any(pure["mentions"])  # the articles give mentions at all: the comparison is not empty


def test_pure_runner_loads_sources_only() -> None:
    pure = _run("pure")
    assert str(pure["frame"]).endswith("frame.py")
    mentions = pure["mentions"]
    assert isinstance(mentions, list) and len(mentions) == len(ARTICLES)
