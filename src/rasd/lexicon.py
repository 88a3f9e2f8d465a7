"""Load and validate the human-editable lexicon files (TSV with a self-describing header).

Every lexicon is a UTF-8 TSV file under ``rasd/lexicons/``. Its header lines
declare provenance and schema, so one generic loader validates all of them:

    # id: actors                    (required; equals the file stem)
    # version: 3                    (required, a positive integer; bump when entries change meaning)
    # language: ar                  (required)
    # source: who wrote it, from what (required)
    # columns: id, side, name_en, variants   (required; the TSV column order)
    # required: id, side                      (cells that may not be empty)
    # list: variants                          (cells split on "|")
    # arabic: variants                        (cells that must be unchanged by rasd's normalizer)
    # unique: id                              (no value may repeat in these columns)
    # enum side: US|IRAN_ALIGNED|...          (allowed values)
    # int: value                              (integer cells)

Errors are reported as ``file:line: message``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError
from .normalize import normalize_text

HEADER_KEYS = {"id", "version", "language", "source", "columns", "required", "list", "arabic",
               "unique", "int", "note"}
REQUIRED_HEADER_KEYS = ("id", "version", "language", "source", "columns")
MARKER_RE = re.compile(r"[^*]+\*?")
INT_RE = re.compile(r"-?[0-9]+")
VERSION_RE = re.compile(r"[1-9][0-9]*")


@dataclass(frozen=True, slots=True)
class Row:
    """One lexicon entry with the line it came from."""

    line: int
    cells: dict[str, str]
    lists: dict[str, tuple[str, ...]]

    def get(self, col: str) -> str:
        """A scalar cell ('' when empty)."""
        return self.cells.get(col, "")

    def many(self, col: str) -> tuple[str, ...]:
        """A list cell as a tuple of values."""
        return self.lists.get(col, ())


@dataclass(frozen=True, slots=True)
class Table:
    """A parsed lexicon file."""

    name: str
    path: str
    version: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def lexicon_dir() -> Path:
    """The directory holding the packaged lexicon files."""
    return Path(str(resources.files("rasd") / "lexicons"))


def _split_names(v: str) -> list[str]:
    """Split a comma-separated header value."""
    return [x.strip() for x in v.split(",") if x.strip()]


@dataclass(frozen=True, slots=True)
class _Header:
    """A parsed '# key: value' header: values, enums, the line of each key, and the first data line index."""

    values: dict[str, str]
    enums: dict[str, set[str]]
    lines: dict[str, int]
    body: int

    def names(self, key: str) -> set[str]:
        """A comma-separated header value as a set of column names."""
        return set(_split_names(self.values.get(key, "")))


def _parse_header(path: str, lines: list[str]) -> _Header:
    """Read the '# key: value' header lines at the top of the file."""
    header: dict[str, str] = {}
    enums: dict[str, set[str]] = {}
    where: dict[str, int] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        body = lines[i][1:].strip()
        if body and ":" in body:
            key, _, val = body.partition(":")
            key, val = key.strip(), val.strip()
            if key.startswith("enum "):
                key = "enum " + key[5:].strip()
            if key in where:
                raise LexiconError(path, i + 1, f"header key {key!r} is given twice (first on line {where[key]})")
            where[key] = i + 1
            if key.startswith("enum "):
                enums[key[5:]] = {x.strip() for x in val.split("|") if x.strip()}
            elif key in HEADER_KEYS:
                header[key] = val
            else:
                raise LexiconError(path, i + 1, f"unknown header key {key!r}; allowed: {sorted(HEADER_KEYS)}")
        i += 1
    for key in REQUIRED_HEADER_KEYS:
        if key not in header:
            raise LexiconError(path, 1, f"header '# {key}: ...' is missing")
    return _Header(values=header, enums=enums, lines=where, body=i)


def _check_cell(path: str, lineno: int, col: str, value: str, *, arabic: bool) -> None:
    """Validate one value: normalizer-idempotent, marker syntax, no stray spaces."""
    if value != value.strip() or "  " in value:
        raise LexiconError(path, lineno, f"{col}: stray spaces in {value!r}")
    if arabic:
        if not MARKER_RE.fullmatch(value):
            raise LexiconError(path, lineno, f"{col}: '*' may only end a variant: {value!r}")
        norm = normalize_text(value)
        if norm != value:
            raise LexiconError(path, lineno,
                               f"{col}: {value!r} changes under rasd's normalizer; write it as {norm!r}")


def parse_table(path: str, text: str) -> Table:
    """Parse and validate lexicon text; raise LexiconError at the first problem."""
    if text.startswith("\ufeff"):
        raise LexiconError(path, 1, "the file starts with a byte-order mark; save it as UTF-8 without BOM")
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    h = _parse_header(path, lines)
    header, enums, i = h.values, h.enums, h.body
    name = Path(path).stem
    if header["id"] != name:
        raise LexiconError(path, h.lines["id"], f"header id {header['id']!r} differs from the file name {name!r}")
    if not VERSION_RE.fullmatch(header["version"]):
        raise LexiconError(path, h.lines["version"],
                           f"header version {header['version']!r} is not a positive integer")
    columns = tuple(_split_names(header["columns"]))
    if len(set(columns)) != len(columns):
        twice = sorted({c for c in columns if columns.count(c) > 1})
        raise LexiconError(path, h.lines["columns"], f"columns {twice} are declared twice")
    required, lists, arabic = h.names("required"), h.names("list"), h.names("arabic")
    unique, ints = h.names("unique"), h.names("int")
    for key in ("required", "list", "arabic", "unique", "int", *(f"enum {c}" for c in enums)):
        declared = {key[5:]} if key.startswith("enum ") else h.names(key)
        unknown = declared - set(columns)
        if unknown:
            raise LexiconError(path, h.lines[key], f"header names unknown columns {sorted(unknown)}")
    seen: dict[str, dict[str, int]] = {c: {} for c in unique}
    rows: list[Row] = []
    for idx in range(i, len(lines)):
        lineno = idx + 1
        raw = lines[idx]
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) > len(columns):
            raise LexiconError(path, lineno, f"{len(parts)} cells, but the header declares {len(columns)}")
        parts += [""] * (len(columns) - len(parts))
        cells = dict(zip(columns, parts, strict=True))
        row_lists: dict[str, tuple[str, ...]] = {}
        for col, value in cells.items():
            if col in required and not value:
                raise LexiconError(path, lineno, f"{col} is empty")
            values = value.split("|") if (col in lists and value) else ([value] if value else [])
            for v in values:
                if not v:
                    raise LexiconError(path, lineno, f"{col}: empty value between '|'")
                _check_cell(path, lineno, col, v, arabic=col in arabic)
                if col in enums and v not in enums[col]:
                    raise LexiconError(path, lineno, f"{col}: {v!r} is not one of {sorted(enums[col])}")
                if col in ints and not INT_RE.fullmatch(v):
                    raise LexiconError(path, lineno, f"{col}: {v!r} is not an integer")
                if col in unique:
                    if v in seen[col]:
                        raise LexiconError(path, lineno,
                                           f"{col}: duplicate {v!r} (first on line {seen[col][v]})")
                    seen[col][v] = lineno
            if col in lists:
                row_lists[col] = tuple(values)
        rows.append(Row(line=lineno, cells=cells, lists=row_lists))
    return Table(name=name, path=path, version=header["version"], source=header["source"],
                 columns=columns, rows=tuple(rows))


@cache
def load_table(name: str) -> Table:
    """Load one packaged lexicon by name (file stem), validated, once per process."""
    path = lexicon_dir() / f"{name}.tsv"
    if not path.exists():
        raise LexiconError(str(path), 0, "lexicon file is missing; reinstall rasd")
    return parse_table(str(path), path.read_text(encoding="utf-8"))


def iter_lexicon_files() -> Iterator[Path]:
    """Every lexicon file in the package, sorted."""
    yield from sorted(lexicon_dir().rglob("*.tsv"))


def check_all() -> list[str]:
    """Validate every lexicon file; return one 'file:line: message' per broken file."""
    errors: list[str] = []
    for path in iter_lexicon_files():
        try:
            parse_table(str(path), path.read_text(encoding="utf-8"))
        except LexiconError as exc:
            errors.append(str(exc))
        except UnicodeDecodeError as exc:
            errors.append(f"{path}:0: not UTF-8 ({exc.reason})")
    return errors


def versions() -> dict[str, str]:
    """Lexicon name -> version, recorded on every run."""
    out = {}
    for path in iter_lexicon_files():
        out[path.stem] = load_table(path.stem).version
    return out
