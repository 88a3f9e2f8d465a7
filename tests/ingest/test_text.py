"""Decoding document bytes and refusing what is not Arabic text."""

from __future__ import annotations

import codecs

import pytest

from rasd.ingest.text import arabic_share, check_arabic, decode_bytes
from rasd.ingest.types import Rejected

from .conftest import ARTICLE, ENGLISH

DECODED = [
    pytest.param(ARTICLE.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(ARTICLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
    pytest.param(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
    pytest.param(ARTICLE.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    pytest.param(ARTICLE.encode("utf-32"), "utf-32", id="utf-32-bom"),
    pytest.param(ARTICLE.encode("cp1256"), "cp1256", id="windows-1256"),
    pytest.param(ARTICLE.encode("iso8859_6"), "iso8859_6", id="iso-8859-6-by-charset-normalizer"),
]


@pytest.mark.parametrize(("data", "encoding"), DECODED)
def test_decode_bytes(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert (text, found) == (ARTICLE, encoding)


REFUSED = [
    pytest.param(b"", "empty file", id="empty"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file (NUL bytes)", id="png"),
    pytest.param(b"\x01\x02\x03\x04" * 40 + "نص".encode(), "binary file (", id="control-bytes"),
    pytest.param(bytes(range(128, 256)) * 10, "unknown text encoding", id="unknown-encoding"),
    pytest.param(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "byte-order mark but is not valid", id="broken-utf-8-bom"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSED)
def test_decode_bytes_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(Rejected) as err:
        decode_bytes(data)
    assert reason in err.value.reason


def test_declared_charset_is_used_after_utf8() -> None:
    text, encoding = decode_bytes("غارة".encode("cp1256"), declared="windows-1256")
    assert (text, encoding) == ("غارة", "cp1256")


SHARES = [
    pytest.param("قصف مدفعي", (8, 1.0), id="arabic"),
    pytest.param("قناة CNN", (7, 4 / 7), id="mixed"),
    pytest.param("2023 - 11", (0, 0.0), id="no-letters"),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_arabic_share(text: str, expected: tuple[int, float]) -> None:
    assert arabic_share(text) == expected


CHECKS = [
    pytest.param(" \n\t\n", "only whitespace", id="whitespace"),
    pytest.param("2023/11/13 - 06:43", "no letters", id="digits"),
    pytest.param(ENGLISH, "not Arabic text (0% Arabic letters); rasd reads Arabic news", id="english"),
    pytest.param("قصف " + "drone " * 10, "not Arabic text (6% Arabic letters)", id="mostly-english"),
]


@pytest.mark.parametrize(("text", "reason"), CHECKS)
def test_check_arabic_refuses(text: str, reason: str) -> None:
    with pytest.raises(Rejected) as err:
        check_arabic(text)
    assert reason in err.value.reason


def test_check_arabic_accepts_arabic_with_english_names() -> None:
    check_arabic(ARTICLE + "Reuters, CENTCOM\n")
