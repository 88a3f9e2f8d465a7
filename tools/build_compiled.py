"""Compile rasd's engine modules with mypyc in place (opt-in speed), or remove the compiled modules again.

The engine is plain Python; this builds C extensions of its modules next to their sources in `src/` (Python
imports an extension before a `.py` of the same name), so the editable install in `.venv` runs them. `--clean`
deletes every built extension and the build directory, which brings back the pure-Python engine.

Usage:
    python tools/build_compiled.py [--set engine|hot] [--opt 0-3] [--jobs N]   # build (make compiled)
    python tools/build_compiled.py --clean                                      # remove (make pure)
    python tools/build_compiled.py --list [--set hot|engine]                    # modules a set compiles

mypyc ships inside the mypy package of the dev extras. Compiled modules check declared types at run time, so an
annotation narrower than what the code passes raises TypeError: `tests/test_compiled.py` runs compiled and pure
engines side by side on a few inline articles when compiled modules are present.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
BUILD = ROOT / "build" / "mypyc"

# Modules outside extraction (command line, web app, store, exports, evaluation, fusion, ingest): they stay Python.
NOT_ENGINE = (
    "rasd/__init__.py", "rasd/acled.py", "rasd/agreement.py", "rasd/evaluate.py", "rasd/export.py", "rasd/fuse*.py", "rasd/living.py",
    "rasd/migrations.py", "rasd/notes.py", "rasd/pipeline.py", "rasd/plover.py", "rasd/review.py",
    "rasd/serialize.py", "rasd/store.py", "rasd/geo/__init__.py",
    "rasd/records.py",  # the store reads its dataclass fields' annotations, which compiled classes hold as types
)
# The profile's heavy families (recognition with place finding, sentence frames, casualty claims; README
# "Throughput"), with the helpers they call in their inner loops.
HOT = (
    "rasd/recognize.py", "rasd/matcher.py", "rasd/scan.py", "rasd/normalize.py", "rasd/segment.py",
    "rasd/literal_guard.py", "rasd/numbers.py", "rasd/geo/*.py", "rasd/frame*.py",
    "rasd/claim*.py", "rasd/timex*.py", "rasd/scene*.py",
)


def modules(which: str) -> list[str]:
    """Source paths (relative to src/) of the modules a set compiles, sorted."""
    if which == "engine":
        chosen = {p for pat in ("rasd/*.py", "rasd/geo/*.py") for p in _glob(pat)}
    else:
        chosen = {p for pat in HOT for p in _glob(pat)}
    dropped = {p for pat in NOT_ENGINE for p in _glob(pat)}
    return sorted(chosen - dropped)


def _glob(pattern: str) -> list[str]:
    """Paths under src/ matching one pattern, as posix strings relative to src/."""
    return [p.relative_to(SRC).as_posix() for p in SRC.glob(pattern)]


def built() -> list[Path]:
    """Every compiled extension now in src/ (the modules' shims and mypyc's shared library)."""
    return sorted(p for p in SRC.rglob("*.so") if p.is_file()) + sorted(SRC.rglob("*.pyd"))


def clean() -> int:
    """Remove the compiled extensions and the build directory; return how many files went."""
    gone = built()
    for p in gone:
        p.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)
    return len(gone)


def _parallel_compile(jobs: int) -> None:
    """Let the C compiler run on `jobs` files of one extension at once (setuptools compiles them one by one, and
    mypyc puts every module's C file into one shared library), the largest files first."""
    from distutils.ccompiler import CCompiler  # setuptools' own copy once setuptools is imported

    def compile_all(self: Any, sources: list[str], output_dir: str | None = None, macros: Any = None,
                    include_dirs: Any = None, debug: bool = False, extra_preargs: Any = None,
                    extra_postargs: Any = None, depends: Any = None) -> list[str]:
        macros, objects, extra_postargs, pp_opts, todo = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        order = sorted((o for o in objects if o in todo), key=lambda o: -os.path.getsize(todo[o][0]))
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            list(pool.map(lambda o: self._compile(o, *todo[o], cc_args, extra_postargs, pp_opts), order))
        return list(objects)

    CCompiler.compile = compile_all  # type: ignore[method-assign]


def build(which: str, opt: str, jobs: int) -> None:
    """Compile one set in place with mypyc (C compiler at -O`opt`, `jobs` compilers at once)."""
    from mypyc.build import mypycify  # imported here: the tool's --clean and --list need no mypyc
    from setuptools import setup

    _parallel_compile(jobs)
    clean()
    paths = modules(which)
    os.chdir(SRC)
    started = time.perf_counter()
    ext = mypycify(
        ["--config-file", str(ROOT / "pyproject.toml"), *paths],
        opt_level=opt, debug_level="0", multi_file=True, target_dir=str(BUILD / "c"),
    )
    setup(
        name="rasd-compiled", ext_modules=ext,
        script_args=["-q", "build_ext", "--inplace", "--build-temp", str(BUILD / "tmp"), "--build-lib",
                     str(BUILD / "lib"), "--parallel", str(jobs)],
    )
    took = time.perf_counter() - started
    print(f"compiled {len(paths)} modules ({which}, -O{opt}) in {took:.0f} s; {len(built())} extensions in src/")


def main(argv: list[str] | None = None) -> int:
    """Command line: build a set, list it, or clean."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("hot", "engine"), default="engine", help="modules to compile (default engine)")
    ap.add_argument("--opt", choices=("0", "1", "2", "3"), default="1", help="C optimisation level (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C compilers run at once")
    ap.add_argument("--clean", action="store_true", help="remove compiled modules (back to pure Python)")
    ap.add_argument("--list", action="store_true", help="print the modules the set compiles")
    args = ap.parse_args(argv)
    if args.clean:
        print(f"removed {clean()} compiled files")
    elif args.list:
        print("\n".join(modules(args.set)))
    else:
        build(args.set, args.opt, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
