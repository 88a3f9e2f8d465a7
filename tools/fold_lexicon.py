"""Rewrite the Arabic columns of lexicon files in rasd's normalized form (an editing aid).

Usage: python tools/fold_lexicon.py src/rasd/lexicons/actors.tsv [...]

Editors may type natural Arabic spelling ("القاعدة الأمريكية"); this folds every
cell of the columns the header declares ``# arabic:`` so that ``rasd lexicon
check`` passes ("القاعده الامريكيه"), squeezes stray spaces, and drops a
variant repeated inside one cell. Other columns and every comment line are
kept byte for byte. It prints how many cells changed per file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rasd.normalize import normalize_text


def _fold_cell(cell: str) -> str:
    """Fold each '|'-separated variant, squeeze spaces, drop empty and repeated variants."""
    seen: list[str] = []
    for v in cell.split("|"):
        v = " ".join(normalize_text(v).split())
        if v and v not in seen:
            seen.append(v)
    return "|".join(seen)


def fold_text(text: str) -> tuple[str, int]:
    """Fold the '# arabic:' columns of one lexicon's text; return the new text and the cells changed."""
    columns: list[str] = []
    arabic: set[str] = set()
    out: list[str] = []
    changed = 0
    for line in text.split("\n"):
        if line.startswith("#"):
            key, _, val = line[1:].partition(":")
            if key.strip() == "columns":
                columns = [c.strip() for c in val.split(",")]
            elif key.strip() == "arabic":
                arabic = {c.strip() for c in val.split(",")}
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        cells = line.split("\t")
        for i, col in enumerate(columns[: len(cells)]):
            if col in arabic and cells[i]:
                folded = _fold_cell(cells[i])
                changed += folded != cells[i]
                cells[i] = folded
        out.append("\t".join(cells))
    return "\n".join(out), changed


def main(argv: list[str]) -> int:
    """Fold every file named on the command line in place."""
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for arg in argv:
        path = Path(arg)
        text, changed = fold_text(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {changed} cells folded")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
