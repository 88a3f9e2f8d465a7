"""Decode document bytes (UTF-8, UTF-16/32 with BOM, Windows-1256) and check that the text is Arabic."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from .types import MIN_ARABIC_SHARE, Rejected

BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
CONTROL_BYTES = frozenset(range(0x01, 0x09)) | frozenset(range(0x0e, 0x1b)) | frozenset(range(0x1c, 0x20))
CONTROL_TABLE = bytes(sorted(CONTROL_BYTES))  # bytes.translate deletes them: their count without a Python loop
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAX_CONTROL_SHARE = 0.01  # text files carry almost no C0 control bytes; 1% means binary
LEGACY_ARABIC_SHARE = 0.5  # a Windows-1256 guess must give mostly Arabic letters to be believed
ACCENTED_RE = re.compile("[\u00c0-\u00ff]")
MAX_ACCENTED_SHARE = 0.01  # French letters of Windows-1256 inside Arabic words mean a wrong code page


def arabic_share(text: str) -> tuple[int, float]:
    """Number of letters and the share of them that are Arabic: 'سوريا TV' -> (7, 5/7)."""
    letters = sum(map(str.isalpha, text))  # counted in C: this runs on every document
    if not letters:
        return 0, 0.0
    arabic = sum(map(str.isalpha, "".join(ARABIC_RE.findall(text))))
    return letters, arabic / letters


def check_arabic(text: str) -> None:
    """Reject text without letters or with too few Arabic letters."""
    if not text.strip():
        raise Rejected("the document holds only whitespace")
    n, share = arabic_share(text)
    if n == 0:
        raise Rejected("the document has no letters (only digits, punctuation or symbols)")
    if share < MIN_ARABIC_SHARE:
        raise Rejected(f"not Arabic text ({round(share * 100)}% Arabic letters); rasd reads Arabic news")


def _plausible(text: str) -> bool:
    """True when decoded text is mostly Arabic and free of control characters."""
    if CONTROL_RE.search(text):
        return False
    n, share = arabic_share(text)
    accented = len(ACCENTED_RE.findall(text))
    return n > 0 and share >= LEGACY_ARABIC_SHARE and accented <= MAX_ACCENTED_SHARE * n


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Try BOM-less UTF-16 (NUL bytes between ASCII characters) and keep it only if it reads as Arabic."""
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, enc
    return None


def _check_binary(data: bytes) -> None:
    """Reject bytes that are not text: NUL bytes or too many control bytes."""
    if b"\x00" in data:
        raise Rejected("binary file (NUL bytes); rasd reads text, HTML or JSON Lines")
    controls = len(data) - len(data.translate(None, CONTROL_TABLE))
    if controls > MAX_CONTROL_SHARE * len(data):
        raise Rejected(f"binary file ({controls} control bytes); rasd reads text, HTML or JSON Lines")


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode document bytes; return (text, encoding) or raise Rejected.

    Order: a byte-order mark; strict UTF-8; the encoding the document declares
    (HTML meta charset); Windows-1256 when it yields mostly Arabic letters;
    BOM-less UTF-16 read the same way; charset-normalizer's best guess.
    """
    if not data:
        raise Rejected("empty file")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise Rejected(f"has a {enc} byte-order mark but is not valid {enc} "
                               f"(byte {exc.start}); re-save it as UTF-8") from exc
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found:
            return found
    _check_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    legacy = data.decode("cp1256", errors="replace")
    if "\ufffd" not in legacy and _plausible(legacy):
        return legacy, "cp1256"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise Rejected("unknown text encoding (not UTF-8, UTF-16 or Windows-1256); re-save it as UTF-8")
    return str(best), best.encoding


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 kB ('<meta charset=...>'), if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii") if m else None
