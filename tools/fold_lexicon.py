"""Rewrite the Arabic columns of a lexicon file in rasd's normalized form (a one-off editing aid).

Usage: python tools/fold_lexicon.py src/rasd/lexicons/actors.tsv [...]
Editors may type natural Arabic spelling; this folds it so `rasd lexicon check` passes.
It also drops duplicate variants inside one cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rasd.normalize import normalize_text


def fold_file(path: Path) -> None:
    """Fold every '# arabic:' column of one TSV lexicon in place."""
    lines = path.read_text(encoding="utf-8").split("\n")
    columns: list[str] = []
    arabic: set[str] = set()
    out = []
    for line in lines:
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("columns:"):
                columns = [c.strip() for c in body[8:].split(",")]
            elif body.startswith("arabic:"):
                arabic = {c.strip() for c in body[7:].split(",")}
            out.append(line)
            continue
        if not line.strip():
            out.append(line)
            continue
        cells = line.split("\t")
        for i, col in enumerate(columns[: len(cells)]):
            if col in arabic and cells[i]:
                seen: list[str] = []
                for v in cells[i].split("|"):
                    v = " ".join(normalize_text(v).split())
                    if v and v not in seen:
                        seen.append(v)
                cells[i] = "|".join(seen)
        out.append("\t".join(cells))
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        fold_file(Path(arg))
