"""Arabic letter folding with an offset map back to the original text.

The normalizer is a composition of small character maps declared in
``lexicons/charmap.json``; every normalized position maps back to an exact
substring of the original, so spans found on normalized text point into the
article as it was read.

Each original character becomes zero, one or several normalized characters
(a deleted diacritic, a folded letter, an expanded presentation-form ligature
such as 'ﻻ' -> 'لا'). The offset map is piecewise: runs of one-to-one
characters, plus one "collapsed" segment per expanded character whose
normalized characters all point at that one original character.

One fold depends on context: a tatweel standing alone between spaces is a
dash ('لندن ـ «القدس العربي»:'), folded to '-' character for character; a
tatweel stretching a letter is deleted like a diacritic.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

from .errors import LexiconError
from .literal_guard import finditer_near

# Presentation forms folded through NFKC: Arabic Presentation Forms-A and -B, plus the
# vertical, CJK-compatibility and small punctuation forms that share the U+FB50-U+FEFF span.
PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFE70, 0xFEFE))
GROUP_ORDER = (
    "strip_invisible", "strip_tatweel", "strip_diacritics", "fold_alef", "fold_alef_maksura",
    "fold_teh_marbuta", "fold_hamza_carriers", "fold_persian_letters", "to_western_digits",
    "fold_punctuation", "fold_spaces", "lower_latin",
)
# Deleted marks that belong to the letter before them: a span ending at that letter takes them along.
TRAILING_GROUPS = ("strip_tatweel", "strip_diacritics")
# Groups whose one-to-one folds inside the Arabic block run as str.replace passes (see _folder).
BULK_GROUPS = ("fold_alef", "fold_alef_maksura", "fold_teh_marbuta", "fold_hamza_carriers", "fold_punctuation")
ARABIC_BLOCK = (0x0600, 0x06FF)
PROBE_CHARS, DENSE_SHARE = 128, 8  # text whose first 128 characters have over 1/8 changed is "dense"
SHORT_CHARS = 128  # up to this length str.translate beats the replace passes and the split (no probe either)
SPEC_RE = re.compile(r"U\+[0-9A-F]{4,6}(?:-U\+[0-9A-F]{4,6})?|.", re.S)
# an honorific after a holy name ('مقر خاتم الانبياء (ص) للدفاع الجوي', 'اهل البيت (ع)'), dropped with the space
# before it so that the name around it reads as one phrase
HONORIFIC_RE = re.compile(r"(?<=\w) ?[(\[](?:ص|ع|رض|عج|قدس)[)\]]")  # after a word, never alone
HONORIFIC_BRACKETS = ("(", "[")  # one of them follows a match's start at once or after its space
TATWEEL = "\u0640"
# a tatweel standing alone between spaces is a dash ('لندن ـ «القدس العربي»:', 'ليل الجمعة ـ السبت'), not a
# letter's stretch: it folds to '-' character for character instead of vanishing


def _json_line(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of needle in text (1 if absent)."""
    pos = text.find(needle)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 1


def _chars(spec: str) -> list[str]:
    """Expand 'U+0041-U+005A', 'U+00A0' or a literal character into characters."""
    if spec.startswith("U+"):
        lo, _, hi = spec.partition("-")
        a = int(lo[2:], 16)
        b = int(hi[2:], 16) if hi else a
        return [chr(c) for c in range(a, b + 1)]
    return [spec]


def _group_table(path: str, raw: str, name: str, spec: object) -> dict[str, str]:
    """Validate one charmap group and expand it into a character -> replacement table."""
    line = _json_line(raw, f'"{name}"')
    if not isinstance(spec, dict) or set(spec) - {"map", "delete"}:
        raise LexiconError(path, line, f"group {name!r} must be an object with 'map' and/or 'delete'")
    mapping = spec.get("map", {})
    deleted = spec.get("delete", [])
    if not isinstance(mapping, dict) or not isinstance(deleted, list):
        raise LexiconError(path, line, f"group {name!r}: 'map' must be an object and 'delete' a list")
    table: dict[str, str] = {}
    for src, dst in [*mapping.items(), *((d, "") for d in deleted)]:
        if not isinstance(src, str) or not SPEC_RE.fullmatch(src):
            raise LexiconError(path, line, f"group {name!r}: {src!r} is neither one character nor U+XXXX[-U+YYYY]")
        if not isinstance(dst, str):
            raise LexiconError(path, line, f"group {name!r}: the replacement of {src!r} must be a string")
        for ch in _chars(src):
            table[ch] = ch.lower() if dst == "lower" else dst
    return table


@cache
def charmap_groups() -> dict[str, dict[str, str]]:
    """Load and validate the character map data file, once."""
    ref = resources.files("rasd") / "lexicons" / "charmap.json"
    path = str(ref)
    raw = ref.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LexiconError(path, exc.lineno, f"invalid JSON: {exc.msg}") from exc
    groups_spec = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups_spec, dict):
        raise LexiconError(path, 1, "the file must be an object with a 'groups' object")
    unknown = sorted(set(groups_spec) - set(GROUP_ORDER))
    if unknown:
        raise LexiconError(path, _json_line(raw, f'"{unknown[0]}"'),
                           f"unknown group {unknown[0]!r}; known groups: {', '.join(GROUP_ORDER)}")
    groups: dict[str, dict[str, str]] = {}
    for name in GROUP_ORDER:
        if name not in groups_spec:
            raise LexiconError(path, 1, f"group {name!r} is missing")
        groups[name] = _group_table(path, raw, name, groups_spec[name])
    return groups


def _apply(groups: dict[str, dict[str, str]], names: tuple[str, ...], s: str) -> str:
    """Apply the named groups in order to a short string."""
    for name in names:
        s = "".join(groups[name].get(c, c) for c in s)
    return s


@cache
def translate_table() -> dict[int, str]:
    """One str.translate table composing every group, presentation forms included (changed characters only)."""
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
                folded = _apply(groups, GROUP_ORDER, base)
                # an isolated or spacing form of marks alone ('ﹰ' = space + fathatan) folds to nothing
                table[cp] = "" if folded.isspace() and not base.isspace() else folded
    return {k: v for k, v in table.items() if v != chr(k)}


class _Folder(NamedTuple):
    """translate_table() prepared for folding: bulk one-to-one pairs, then a split over the other changes."""

    bulk: tuple[tuple[str, str], ...]  # (character, replacement) applied with str.replace
    split_re: re.Pattern[str]  # one capturing class over every other changed character
    table: dict[str, str]  # changed character -> replacement
    irregular: frozenset[str]  # changed characters whose replacement is not exactly one character
    ascii: dict[int, str]  # the ASCII part of the table, for str.translate's fast path on ASCII text
    ascii_irregular: re.Pattern[str] | None  # the irregular ASCII characters, if any
    full: tuple[int | str | None, ...]  # the whole table indexed by code point, for dense text
    irregular_re: re.Pattern[str]  # every irregular character


@cache
def _folder() -> _Folder:
    """Build the folding plan once.

    The one-to-one folds of BULK_GROUPS inside the Arabic block (frequent letters
    and punctuation: ة أ إ ى ، ...) run as one ``str.replace`` pass each. Every other
    changed character splits the text (odd parts), is mapped and joined back. All
    loops run in C; ``str.translate`` instead pays an object lookup per character,
    except on ASCII text (English), where it has a fast path that _fold takes. Text
    dense in changed characters (fully vocalized, presentation forms) is translated
    too: the split would cost a Python object per changed character.
    """
    groups = charmap_groups()
    table = {chr(k): v for k, v in translate_table().items()}
    bulk = tuple(sorted((c, table[c]) for g in BULK_GROUPS for c in groups[g]
                        if c in table and len(table[c]) == 1 and ARABIC_BLOCK[0] <= ord(c) <= ARABIC_BLOCK[1]))
    rest = sorted(set(table) - {c for c, _ in bulk})
    split_re = re.compile("([" + "".join(re.escape(c) for c in rest) + "])")
    irregular = frozenset(c for c, v in table.items() if len(v) != 1)
    ascii_irregular = sorted(c for c in irregular if c.isascii())
    full: list[int | str | None] = list(range(max(map(ord, table)) + 1))
    for c, v in table.items():
        full[ord(c)] = v or None
    return _Folder(bulk, split_re, table, irregular, {ord(c): v for c, v in table.items() if c.isascii()},
                   re.compile("[" + "".join(re.escape(c) for c in ascii_irregular) + "]") if ascii_irregular else None,
                   tuple(full), re.compile("[" + "".join(re.escape(c) for c in sorted(irregular)) + "]"))


def _dense(folder: _Folder, s: str) -> bool:
    """True when the opening of s has so many changed characters that str.translate is cheaper."""
    return len(folder.split_re.findall(s, 0, PROBE_CHARS)) * DENSE_SHARE > min(len(s), PROBE_CHARS)


def _fold_split(s: str) -> tuple[str, list[str]]:
    """s after the bulk passes, and its split at the other changed characters (odd parts, not yet mapped)."""
    folder = _folder()
    for ch, rep in folder.bulk:
        s = s.replace(ch, rep)
    return s, folder.split_re.split(s)


def _fold(s: str) -> str:
    """Apply translate_table() to s (see _folder); a short string (a name, a line) is translated outright."""
    folder = _folder()
    if s.isascii():
        return s.translate(folder.ascii)
    s = _dashes(s)
    if _honorifics(s):
        s = HONORIFIC_RE.sub("", s)
    if len(s) <= SHORT_CHARS or _dense(folder, s):
        return s.translate(folder.full)
    s, parts = _fold_split(s)
    if len(parts) == 1:
        return s
    parts[1::2] = map(_folder().table.__getitem__, parts[1::2])
    return "".join(parts)


@cache
def _trailing_re() -> re.Pattern[str]:
    """A regex over the deleted marks (diacritics, tatweel) that a span ending before them takes along."""
    groups = charmap_groups()
    chars = sorted({c for g in TRAILING_GROUPS for c, rep in groups[g].items() if not rep})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]*")


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


def fold_hamza_carriers(s: str) -> str:
    """Fold hamza on waw and on yeh: 'مؤتمر' -> 'موتمر', 'رئيس' -> 'رييس'."""
    return _group_fn("fold_hamza_carriers", s)


def strip_tatweel(s: str) -> str:
    """Remove tatweel: 'صـواريخ' -> 'صواريخ'."""
    return _group_fn("strip_tatweel", s)


def strip_diacritics(s: str) -> str:
    """Remove harakat, tanwin, shadda and Quranic marks: 'ردّاً' -> 'ردا'."""
    return _group_fn("strip_diacritics", s)


def to_western_digits(s: str) -> str:
    """Arabic-Indic and Persian digits to ASCII: '٢٠٢٣' -> '2023', '۱۴' -> '14'."""
    return _group_fn("to_western_digits", s)


def normalize_text(s: str) -> str:
    """Fold a string for matching without keeping offsets: 'الأمريكيّة' -> 'الامريكيه'."""
    return _fold(s)


@dataclass(frozen=True, slots=True, eq=False)
class NormText:
    """Normalized text plus a piecewise map from normalized to original offsets.

    Segment i starts at normalized offset ``nstarts[i]`` and original offset
    ``ostarts[i]``; a collapsed segment is the expansion of one original
    character, so every normalized offset in it maps to that character.
    """

    original: str
    text: str
    nstarts: tuple[int, ...]
    ostarts: tuple[int, ...]
    collapsed: tuple[bool, ...]

    def orig_pos(self, n: int) -> int:
        """Original offset of the normalized character at n (len(original) at or past the end)."""
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
        last = self.original[oend - 1]
        if last.isspace() or last == TATWEEL:  # marks belong to a letter; a tatweel a span ends on is a dash
            return ostart, oend
        m = _trailing_re().match(self.original, oend)
        return ostart, m.end() if m else oend

    def orig_text(self, start: int, end: int) -> str:
        """The original substring behind a normalized span."""
        a, b = self.to_orig(start, end)
        return self.original[a:b]


def _honorifics(s: str) -> frozenset[int]:
    """The offsets of the characters of every honorific in s (see HONORIFIC_RE).

    The pattern opens with a lookbehind, so a plain finditer tries it at every character; every match holds its
    bracket at most one character (the space) after its start, so it is tried only there (finditer_near).
    """
    if "(" not in s and "[" not in s:
        return frozenset()
    found = finditer_near(HONORIFIC_RE, s, HONORIFIC_BRACKETS, 1)
    return frozenset(p for m in found for p in range(m.start(), m.end()))


def _dashes(s: str) -> str:
    """s with every run of tatweels that stands alone between spaces (or the text's edges) made as many '-' (the
    same length, so offsets hold)."""
    parts: list[str] = []
    done = 0
    a = s.find(TATWEEL)
    while a >= 0:  # str.find, not a regex: most texts hold a tatweel or two ('الـ'), and few a dash
        b = a + 1
        while b < len(s) and s[b] == TATWEEL:
            b += 1
        if (a == 0 or s[a - 1].isspace()) and (b == len(s) or s[b].isspace()):
            parts += (s[done:a], "-" * (b - a))
            done = b
        a = s.find(TATWEEL, b)
    return s if not parts else "".join(parts) + s[done:]


def normalize(original: str) -> NormText:
    """Normalize text for matching and keep the map back to the original offsets."""
    folder = _folder()
    irregular: list[tuple[int, str]]  # (original offset, replacement) of every irregular character
    src = _dashes(original)  # the original but for its dash tatweels, character for character
    cut = _honorifics(src)
    if cut:  # rare: one character at a time, the honorifics' characters deleted
        reps = ["" if p in cut else folder.table.get(ch, ch) for p, ch in enumerate(src)]
        text = "".join(reps)
        irregular = [(p, rep) for p, rep in enumerate(reps) if len(rep) != 1]
    elif src.isascii() or _dense(folder, src):
        ascii = src.isascii()
        text = src.translate(folder.ascii if ascii else folder.full)
        found = (folder.ascii_irregular if ascii else folder.irregular_re)
        irregular = [(m.start(), folder.table[m[0]]) for m in found.finditer(src)] if found else []
    else:
        text, parts = _fold_split(src)
        if len(parts) == 1:
            return NormText(original=original, text=text, nstarts=(0,), ostarts=(0,), collapsed=(False,))
        changed = parts[1::2]
        places = list(accumulate(map(len, parts)))  # one-to-one so far: place 2i is changed[i]'s offset
        reps = parts[1::2] = list(map(folder.table.__getitem__, changed))
        text = "".join(parts)
        irregular = [] if folder.irregular.isdisjoint(changed) else [
            (places[2 * i], reps[i]) for i, ch in enumerate(changed) if ch in folder.irregular]
    if not irregular:
        return NormText(original=original, text=text, nstarts=(0,), ostarts=(0,), collapsed=(False,))
    nstarts = [0]
    ostarts = [0]
    collapsed = [False]
    delta = 0  # normalized index minus original index so far
    for p, rep in irregular:
        npos = p + delta
        if rep:
            if nstarts[-1] == npos:
                nstarts.pop()
                ostarts.pop()
                collapsed.pop()
            nstarts.append(npos)
            ostarts.append(p)
            collapsed.append(True)
        if nstarts[-1] == npos + len(rep):  # a segment shadowed by this one at the same normalized start
            nstarts.pop()
            ostarts.pop()
            collapsed.pop()
        nstarts.append(npos + len(rep))
        ostarts.append(p + 1)
        collapsed.append(False)
        delta += len(rep) - 1
    return NormText(original=original, text=text, nstarts=tuple(nstarts), ostarts=tuple(ostarts),
                    collapsed=tuple(collapsed))
