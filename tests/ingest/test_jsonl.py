"""JSON Lines article records: ids, fields, and one failure per bad line."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import FAILED, SKIPPED

from .conftest import ARTICLE, ENGLISH, Result

HTML = ("<html><head><title>اشتباكات في ريف حلب</title>"
        "<meta property='og:site_name' content='عنب بلدي'></head><body><article><h1>اشتباكات في ريف حلب</h1>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()) + "</article></body></html>")


def write_jsonl(path: Path, lines: list[object]) -> Path:
    """Write records (dicts are dumped, strings written as they are) one per line."""
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_records_and_bad_lines(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = write_jsonl(tmp_path / "batch.jsonl", [
        {"id": "a1", "text": ARTICLE, "url": "https://enabbaladi.net/1", "title": "قصف", "outlet": "عنب بلدي",
         "published": "2023-11-13T06:43:00+02:00"},
        {"id": 17, "html": HTML},
        "{\"id\": \"broken\", \"text\": ",
        "",
        {"url": "https://example.org/x", "text": ARTICLE + "وتابع."},
        {"text": ARTICLE + "وأضاف."},
        {"id": "b2", "text": ENGLISH},
        {"id": "b3", "text": ARTICLE, "published": "13/11/2023"},
        {"id": "b4", "text": "   "},
        {"id": "b5", "text": 42},
        ["not", "an", "object"],
        {"id": "b6", "title": "بلا نص"},
    ])
    articles, failures = ingest([path])
    assert [a.doc_id for a in articles] == ["a1", "17", "https://example.org/x", "batch.jsonl:6"]
    first, from_html = articles[0], articles[1]
    assert (first.url, first.title, first.outlet) == ("https://enabbaladi.net/1", "قصف", "Enab Baladi")
    assert (first.published, first.published_from, first.path) == (date(2023, 11, 13), "jsonl", str(path))
    assert (from_html.title, from_html.outlet) == ("اشتباكات في ريف حلب", "Enab Baladi")
    assert from_html.text.startswith("اشتباكات في ريف حلب\n")
    assert [(f.doc, f.reason.split(" (")[0]) for f in failures] == [
        ("batch.jsonl:3", "invalid JSON"),
        ("b2", "not Arabic text"),
        ("b3", "published '13/11/2023' is not YYYY-MM-DD or an ISO datetime"),
        ("b4", "the record's 'text' and 'html' are empty"),
        ("b5", "'text' must be a string, not int"),
        ("batch.jsonl:11", "not an article record: an object with 'text' or 'html' is expected"),
        ("batch.jsonl:12", "not an article record: an object with 'text' or 'html' is expected"),
    ]
    assert all(f.kind == FAILED for f in failures)


def test_text_wins_and_html_gives_metadata(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = write_jsonl(tmp_path / "both.jsonl", [{"id": "c", "text": ARTICLE, "html": HTML}])
    [article], _ = ingest([path])
    assert article.text == ARTICLE
    assert (article.title, article.outlet) == ("اشتباكات في ريف حلب", "Enab Baladi")


def test_html_record_without_text(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = write_jsonl(tmp_path / "h.jsonl", [{"id": "h", "html": "<html><body><div>"}])
    _, [failure] = ingest([path])
    assert (failure.doc, failure.reason.split(";")[0]) == ("h", "no main text found in HTML")


SIDECARS = [
    pytest.param({"id": "a.txt", "published": "2023-11-13"}, id="metadata"),
    pytest.param({"doc": "a.txt", "events": []}, id="gold"),
    pytest.param("not json at all", id="garbage-first-line"),
]


@pytest.mark.parametrize("first", SIDECARS)
def test_sidecar_named_directly_is_an_error(tmp_path: Path, ingest: Callable[..., Result], first: object) -> None:
    path = write_jsonl(tmp_path / "side.jsonl", [first, {"id": "x", "text": ARTICLE}])
    articles, [failure] = ingest([path])
    assert articles == []
    assert (failure.doc, failure.kind) == (str(path), FAILED)
    assert failure.reason.startswith("not article records")


@pytest.mark.parametrize("first", SIDECARS)
def test_sidecar_in_directory_is_skipped(tmp_path: Path, ingest: Callable[..., Result], first: object) -> None:
    write_jsonl(tmp_path / "side.jsonl", [first])
    _, [failure] = ingest([tmp_path])
    assert failure.kind == SKIPPED


def test_not_utf8_line(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "g", "text": ARTICLE}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "x", "text": "@"}).encode().replace(b"@", "قصف".encode("cp1256"))
    path.write_bytes(good + b"\n" + bad + b"\n")
    articles, [failure] = ingest([path])
    assert [a.doc_id for a in articles] == ["g"]
    assert failure.doc == "mixed.jsonl:2"
    assert failure.reason.endswith("JSON Lines must be UTF-8")
