"""lexicon: every failure mode reported as file:line: message, the packaged files, and the folding tool."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from rasd.errors import LexiconError
from rasd.lexicon import check_all, iter_lexicon_files, load_table, parse_table, versions
from tests import tool_modules

PATH = "lexicons/demo.tsv"
HEADER = [
    "# id: demo",
    "# version: 1",
    "# language: ar",
    "# source: written for these tests",
    "# columns: id, side, count, variants, note",
    "# required: id, variants",
    "# list: variants",
    "# arabic: variants",
    "# unique: id, variants",
    "# enum side: US|IRAN_ALIGNED",
    "# int: count",
]
GOOD = ["base\tUS\t2\tالقاعده|قاعده\ta note", "militia\tIRAN_ALIGNED\t\tالفصايل|قصف*"]


def tsv(*rows: str, header: list[str] | None = None) -> str:
    """Lexicon text: the header (default HEADER) and the rows, one per line."""
    return "\n".join([*(HEADER if header is None else header), *rows]) + "\n"


def replaced(key: str, line: str | None) -> list[str]:
    """HEADER with the line for key replaced (None: dropped)."""
    out: list[str] = []
    for h in HEADER:
        if not h.startswith(f"# {key}:"):
            out.append(h)
        elif line is not None:
            out.append(line)
    return out


def test_parses_a_good_table() -> None:
    t = parse_table(PATH, tsv(*GOOD))
    assert (t.name, t.version, t.source, t.columns) == ("demo", "1", "written for these tests",
                                                        ("id", "side", "count", "variants", "note"))
    assert [r.line for r in t.rows] == [12, 13]
    assert t.rows[0].get("note") == "a note" and t.rows[1].get("count") == ""
    assert t.rows[0].many("variants") == ("القاعده", "قاعده") and t.rows[1].many("variants") == ("الفصايل", "قصف*")


def test_comments_blank_lines_and_crlf_are_accepted() -> None:
    text = tsv("# a comment between rows", "", GOOD[0], "   ", GOOD[1]).replace("\n", "\r\n")
    t = parse_table(PATH, text)
    assert [r.line for r in t.rows] == [14, 16]
    assert t.rows[0].get("note") == "a note"


CASES = [
    ("missing-header-key", tsv(*GOOD, header=replaced("source", None)), 1, "header '# source: ...' is missing"),
    ("unknown-header-key", tsv(*GOOD, header=[*HEADER, "# owner: someone"]), 12, "unknown header key 'owner'"),
    ("header-key-twice", tsv(*GOOD, header=[*HEADER, "# version: 2"]), 12,
     "header key 'version' is given twice (first on line 2)"),
    ("enum-twice", tsv(*GOOD, header=[*HEADER, "# enum  side: US"]), 12, "header key 'enum side' is given twice"),
    ("wrong-id", tsv(*GOOD, header=replaced("id", "# id: actors")), 1,
     "header id 'actors' differs from the file name 'demo'"),
    ("version-not-integer", tsv(*GOOD, header=replaced("version", "# version: 1.2")), 2,
     "header version '1.2' is not a positive integer"),
    ("column-twice", tsv(*GOOD, header=replaced("columns", "# columns: id, side, count, variants, id")), 5,
     "columns ['id'] are declared twice"),
    ("undeclared-column", tsv(*GOOD, header=replaced("int", "# int: amount")), 11,
     "header names unknown columns ['amount']"),
    ("undeclared-enum-column", tsv(*GOOD, header=replaced("enum side", "# enum kind: a|b")), 10,
     "header names unknown columns ['kind']"),
    ("byte-order-mark", "\ufeff" + tsv(*GOOD), 1, "byte-order mark"),
    ("too-many-cells", tsv(GOOD[0], "x\tUS\t1\tقصف\tnote\textra"), 13, "6 cells, but the header declares 5"),
    ("empty-required-cell", tsv(GOOD[0], "\tUS\t1\tقصف"), 13, "id is empty"),
    ("empty-required-list", tsv(GOOD[0], "x\tUS\t1\t"), 13, "variants is empty"),
    ("empty-between-bars", tsv("x\tUS\t1\tقصف||ضرب"), 12, "variants: empty value between '|'"),
    ("trailing-bar", tsv("x\tUS\t1\tقصف|"), 12, "variants: empty value between '|'"),
    ("leading-space", tsv("x\tUS\t1\t قصف"), 12, "variants: stray spaces in ' قصف'"),
    ("double-space", tsv("x\tUS\t1\tدير  الزور"), 12, "variants: stray spaces in 'دير  الزور'"),
    ("space-in-scalar", tsv("x \tUS\t1\tقصف"), 12, "id: stray spaces in 'x '"),
    ("star-not-at-end", tsv("x\tUS\t1\tقص*ف"), 12, "variants: '*' may only end a variant: 'قص*ف'"),
    ("star-alone", tsv("x\tUS\t1\t*"), 12, "variants: '*' may only end a variant: '*'"),
    ("changed-by-normalizer", tsv("x\tUS\t1\tالقاعدة الأمريكية"), 12,
     "variants: 'القاعدة الأمريكية' changes under rasd's normalizer; write it as 'القاعده الامريكيه'"),
    ("diacritics", tsv("x\tUS\t1\tقَصف"), 12, "write it as 'قصف'"),
    ("presentation-form", tsv("x\tUS\t1\t\ufefb"), 12, "write it as 'لا'"),
    ("enum-violation", tsv("x\tRUSSIA\t1\tقصف"), 12, "side: 'RUSSIA' is not one of ['IRAN_ALIGNED', 'US']"),
    ("non-integer", tsv("x\tUS\tthree\tقصف"), 12, "count: 'three' is not an integer"),
    ("non-ascii-integer", tsv("x\tUS\t٣\tقصف"), 12, "count: '٣' is not an integer"),
    ("duplicate-id", tsv(*GOOD, "base\tUS\t1\tضرب"), 14, "id: duplicate 'base' (first on line 12)"),
    ("duplicate-variant", tsv(*GOOD, "x\tUS\t1\tضرب|قاعده"), 14, "variants: duplicate 'قاعده' (first on line 12)"),
]


@pytest.mark.parametrize(("text", "line", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_failure_modes_report_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(LexiconError) as exc:
        parse_table(PATH, text)
    assert str(exc.value).startswith(f"{PATH}:{line}: ")
    assert message in exc.value.msg
    assert (exc.value.path, exc.value.line) == (PATH, line)


def test_every_packaged_lexicon_passes() -> None:
    assert check_all() == []
    names = {p.stem for p in iter_lexicon_files()}
    assert {"actors", "triggers", "weapons", "sources", "cues", "site_sides"} <= names
    assert set(versions()) == names
    assert all(v.isdigit() for v in versions().values())


def test_missing_packaged_lexicon() -> None:
    with pytest.raises(LexiconError, match="lexicon file is missing"):
        load_table("no_such_lexicon")


def test_check_all_reports_one_line_per_broken_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "demo.tsv").write_text(tsv(*GOOD), encoding="utf-8")
    (tmp_path / "broken.tsv").write_text(tsv(*GOOD).replace("# id: demo", "# id: broken") + "x\tUS\t1\tقصف|\n",
                                         encoding="utf-8")
    (tmp_path / "latin1.tsv").write_bytes("# id: latin1\n# source: caf\xe9\n".encode("latin-1"))
    monkeypatch.setattr("rasd.lexicon.lexicon_dir", lambda: tmp_path)
    assert check_all() == [
        f"{tmp_path / 'broken.tsv'}:14: variants: empty value between '|'",
        f"{tmp_path / 'latin1.tsv'}:0: not UTF-8 (invalid continuation byte)",
    ]


@pytest.fixture(scope="module")
def fold_tool() -> ModuleType:
    """tools/fold_lexicon.py, imported from its path (tools/ is not a package)."""
    return tool_modules.load("fold_lexicon")


def test_fold_tool_makes_a_table_pass(fold_tool: ModuleType) -> None:
    raw = tsv("base\tUS\t2\tالقاعدة| قاعدة |القاعدة\tنص عادي", "x\tUS\t1\tصـواريخ  «غراد»")
    with pytest.raises(LexiconError):
        parse_table(PATH, raw)
    folded, changed = fold_tool.fold_text(raw)
    assert changed == 2
    t = parse_table(PATH, folded)
    assert t.rows[0].many("variants") == ("القاعده", "قاعده")
    assert t.rows[0].get("note") == "نص عادي"  # not an arabic column: kept as written
    assert t.rows[1].many("variants") == ('صواريخ "غراد"',)
    assert fold_tool.fold_text(folded) == (folded, 0)
