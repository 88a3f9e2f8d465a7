"""The Arabic words the rules hold in code are spelled as the normalizer leaves them, as the lexicons' are.

The rules read normalized text: a word list entry written 'خسائر' or 'اسرائيلي' never meets its word there, which
reads 'خساير' and 'اسراييلي'. The few lists compared with the original spelling or shown to people are named here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.normalize import normalize

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rasd"
ARABIC = re.compile("[\u0600-\u06ff]")
UNFOLDED = re.compile("[\u0622\u0623\u0625\u0671\u0624\u0626\u0649\u0629\u0640\u064b-\u0652]")  # never in normalized text
ORIGINAL_SPELLING = {  # module, constant: why the unfolded spelling is right
    ("claim_words.py", "NOT_NAMES"): "compared with the original text's word (orig_text)",
    ("merge_claims.py", "AREA"): "compared with a place's original text",
    ("evaluate.py", "SOURCE_ALIASES"): "gold files' source names, as shared/tools/score.py reads them",
    ("notes.py", "MONTHS_AR"): "display text of the Arabic notes",
}
PATTERN_CALLS = frozenset({"guard", "compile"})
ORIGINAL_PATTERNS = {  # module, constant of a pattern run over the original text
    ("attribution_text.py", "DIACRITICS"),  # strips marks from the original spelling
    ("claim_split.py", "BREAKDOWN"),  # 'موزّعين' in the original gap between a toll and its parts
}


def _strings(node: ast.AST) -> Iterator[str]:
    """The string constants of a literal collection (tuple, list, set, frozenset(...), dict keys)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for e in node.elts:
            yield from _strings(e)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple"):
        for a in node.args:
            yield from _strings(a)
    elif isinstance(node, ast.Dict):
        for k in node.keys:
            if k is not None:
                yield from _strings(k)


def _modules() -> list[Path]:
    """Every module of the package."""
    return sorted(PACKAGE.rglob("*.py"))


def _constants(tree: ast.Module) -> Iterator[tuple[str, int, ast.AST]]:
    """(name, line, value) of the module-level assignments."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            yield node.targets[0].id, node.lineno, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            yield node.target.id, node.lineno, node.value


def word_list_misspellings(path: Path) -> list[str]:
    """'file:line NAME: word -> folded' for each Arabic entry of a module-level word list the normalizer changes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for name, line, value in _constants(tree):
        if isinstance(value, ast.Constant) or (path.name, name) in ORIGINAL_SPELLING:
            continue  # one string: a pattern's source or a message, checked below if it is a pattern
        for s in _strings(value):
            folded = normalize(s).text
            if ARABIC.search(s) and folded != s:
                out.append(f"{path.name}:{line} {name}: {s!r} -> {folded!r}")
    return out


def pattern_misspellings(path: Path) -> list[str]:
    """'file:line: letters' for each regex literal (guard(...), re.compile(...)) holding a letter normalized away."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {line for name, line, _ in _constants(tree) if (path.name, name) in ORIGINAL_PATTERNS}
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and node.args and node.lineno not in skip
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in PATTERN_CALLS):
            for sub in ast.walk(node.args[0]):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and UNFOLDED.search(sub.value):
                    out.append(f"{path.name}:{node.lineno}: {''.join(sorted(set(UNFOLDED.findall(sub.value))))!r}")
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_word_lists_are_spelled_as_normalized_text(path: Path) -> None:
    """No word list entry the rules can never meet."""
    assert word_list_misspellings(path) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_patterns_hold_no_letter_the_normalizer_folds(path: Path) -> None:
    """No regex alternative spelled with hamza seats, alef maqsura, ta marbuta or marks the text has lost."""
    assert pattern_misspellings(path) == []


@pytest.mark.parametrize("source, found", [
    ('HARM = frozenset({"ضحايا", "خسائر"})\n', ["m.py:1 HARM: 'خسائر' -> 'خساير'"]),
    ('STOPS = (".", "؟")\n', ["m.py:1 STOPS: '؟' -> '?'"]),
    ('STATES = frozenset({"اسراييلي", "روسي"})\n', []),
    ('MESSAGE = "لا توجد أحداث"\n', []),  # one string: not a word list
])
def test_the_word_list_check_finds_unfolded_entries(tmp_path: Path, source: str, found: list[str]) -> None:
    """The check itself: an entry the normalizer changes is reported with its folded form."""
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert word_list_misspellings(path) == found


@pytest.mark.parametrize("source, found", [
    ('R = guard(r"(?:مؤكده|محققه)")\n', ["m.py:1: 'ؤ'"]),
    ('R = re.compile(r"\\sفى\\s")\n', ["m.py:1: 'ى'"]),
    ('R = guard(r"[,،.:;؛]")\n', []),  # Arabic punctuation in a class: redundant, not wrong
])
def test_the_pattern_check_finds_unfolded_letters(tmp_path: Path, source: str, found: list[str]) -> None:
    """The check itself: a pattern literal with a hamza seat or alef maqsura is reported."""
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert pattern_misspellings(path) == found
