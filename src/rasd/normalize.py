"""Arabic letter folding with an offset map back to the original text.

The normalizer is a composition of small character maps declared in
``lexicons/charmap.json``; every normalized position maps back to an exact
substring of the original, so spans found on normalized text point into the
article as it was read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import LexiconError

PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
GROUP_ORDER = (
    "strip_invisible", "strip_tatweel", "strip_diacritics", "fold_alef", "fold_alef_maksura",
    "fold_teh_marbuta", "fold_hamza_carriers", "fold_persian_letters", "to_western_digits",
    "fold_punctuation", "fold_spaces", "lower_latin",
)
DIACRITIC_RE = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640]")


def _chars(spec: str) -> list[str]:
    """Expand 'U+0041-U+005A', 'U+00A0' or a literal character into characters."""
    if spec.startswith("U+"):
        lo, _, hi = spec.partition("-")
        a = int(lo[2:], 16)
        b = int(hi[2:], 16) if hi else a
        return [chr(c) for c in range(a, b + 1)]
    return [spec]


@cache
def charmap_groups() -> dict[str, dict[str, str]]:
    """Load and validate the character map data file, once."""
    ref = resources.files("rasd") / "lexicons" / "charmap.json"
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(str(ref), exc.lineno, f"invalid JSON: {exc.msg}") from exc
    groups: dict[str, dict[str, str]] = {}
    for name in GROUP_ORDER:
        spec = data["groups"].get(name)
        if spec is None:
            raise LexiconError(str(ref), 1, f"group {name!r} is missing")
        table: dict[str, str] = {}
        for src, dst in spec.get("map", {}).items():
            for ch in _chars(src):
                table[ch] = ch.lower() if dst == "lower" else dst
        for src in spec.get("delete", []):
            for ch in _chars(src):
                table[ch] = ""
        groups[name] = table
    return groups


def _apply(groups: dict[str, dict[str, str]], names: tuple[str, ...], s: str) -> str:
    """Apply the named groups in order to a short string."""
    for name in names:
        s = "".join(groups[name].get(c, c) for c in s)
    return s


@cache
def translate_table() -> dict[int, str]:
    """One str.translate table composing every group, presentation forms included."""
    groups = charmap_groups()
    table: dict[int, str] = {}
    for name in GROUP_ORDER:
        for ch in groups[name]:
            table[ord(ch)] = _apply(groups, GROUP_ORDER, ch)
    for lo, hi in PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            base = unicodedata.normalize("NFKC", ch)
            if base != ch:
                table[cp] = _apply(groups, GROUP_ORDER, base)
    return {k: v for k, v in table.items() if v != chr(k)}


@cache
def _irregular_re() -> re.Pattern[str]:
    """A regex over every character whose replacement is not exactly one character."""
    chars = sorted(chr(k) for k, v in translate_table().items() if len(v) != 1)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _group_fn(name: str, s: str) -> str:
    """Apply one named group to s."""
    return _apply(charmap_groups(), (name,), s)


def fold_alef(s: str) -> str:
    """Fold hamza-bearing and wasla alef forms: 'أإآٱ' -> 'اااا'."""
    return _group_fn("fold_alef", s)


def fold_alef_maksura(s: str) -> str:
    """Fold alef maksura and Persian yeh: 'على' -> 'علي'."""
    return _group_fn("fold_alef_maksura", s)


def fold_teh_marbuta(s: str) -> str:
    """Fold teh marbuta: 'قاعدة' -> 'قاعده'."""
    return _group_fn("fold_teh_marbuta", s)


def strip_tatweel(s: str) -> str:
    """Remove tatweel: 'صـواريخ' -> 'صواريخ'."""
    return _group_fn("strip_tatweel", s)


def strip_diacritics(s: str) -> str:
    """Remove harakat, tanwin, shadda and Quranic marks: 'ردّاً' -> 'ردا'."""
    return _group_fn("strip_diacritics", s)


def to_western_digits(s: str) -> str:
    """Arabic-Indic and Persian digits to ASCII: '٢٠٢٣' -> '2023'."""
    return _group_fn("to_western_digits", s)


def normalize_text(s: str) -> str:
    """Fold a string for matching without keeping offsets: 'الأمريكيّة' -> 'الامريكيه'."""
    return s.translate(translate_table())


@dataclass(frozen=True, slots=True, eq=False)
class NormText:
    """Normalized text plus a piecewise map from normalized to original offsets."""

    original: str
    text: str
    nstarts: tuple[int, ...]
    ostarts: tuple[int, ...]
    collapsed: tuple[bool, ...]

    def orig_pos(self, n: int) -> int:
        """Original offset of the normalized character at n."""
        if n >= len(self.text):
            return len(self.original)
        i = bisect_right(self.nstarts, n) - 1
        if self.collapsed[i]:
            return self.ostarts[i]
        return self.ostarts[i] + (n - self.nstarts[i])

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) to the original substring, trailing marks included."""
        if end <= start:
            o = self.orig_pos(start)
            return o, o
        ostart = self.orig_pos(start)
        oend = self.orig_pos(end - 1) + 1
        orig = self.original
        while oend < len(orig) and DIACRITIC_RE.match(orig, oend):
            oend += 1
        return ostart, oend

    def orig_text(self, start: int, end: int) -> str:
        """The original substring behind a normalized span."""
        a, b = self.to_orig(start, end)
        return self.original[a:b]


def normalize(original: str) -> NormText:
    """Normalize text for matching and keep the map back to the original offsets."""
    table = translate_table()
    text = original.translate(table)
    nstarts = [0]
    ostarts = [0]
    collapsed = [False]
    delta = 0  # normalized index minus original index so far
    for m in _irregular_re().finditer(original):
        p = m.start()
        rep = table[ord(original[p])]
        npos = p + delta
        if rep:
            nstarts.append(npos)
            ostarts.append(p)
            collapsed.append(True)
        nstarts.append(npos + len(rep))
        ostarts.append(p + 1)
        collapsed.append(False)
        delta += len(rep) - 1
    # drop zero-length segments shadowed by a later one at the same normalized start
    segs: list[tuple[int, int, bool]] = []
    for seg in zip(nstarts, ostarts, collapsed, strict=True):
        if segs and segs[-1][0] == seg[0]:
            segs[-1] = seg
        else:
            segs.append(seg)
    return NormText(original=original, text=text,
                    nstarts=tuple(s[0] for s in segs), ostarts=tuple(s[1] for s in segs),
                    collapsed=tuple(s[2] for s in segs))
