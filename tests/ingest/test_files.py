"""Reading files, directories and stdin: doc ids, failures, skips, limits, duplicates."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import FAILED, SKIPPED, read_inputs
from rasd.ingest.files import looks_like_html

from .conftest import ARTICLE, ENGLISH, Result

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
PAGE = ("<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>غارة قرب البوكمال</title></head>"
        "<body><article><h1>غارة قرب البوكمال</h1>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()) + "</article></body></html>")


def test_txt_file(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "000_abc.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [article], failures = ingest([path])
    assert failures == []
    assert article.doc_id == "000_abc.txt"
    assert article.path == str(path)
    assert article.text == ARTICLE
    assert article.content_hash == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert (article.encoding, article.published, article.published_from, article.debris) == ("utf-8", None, None, ())
    assert article.title == ARTICLE.splitlines()[0]


ENCODED = [
    pytest.param(ARTICLE.encode("cp1256"), "cp1256", id="windows-1256"),
    pytest.param(ARTICLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
    pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode(), "utf-8-sig", id="utf-8-bom"),
]


@pytest.mark.parametrize(("data", "encoding"), ENCODED)
def test_encoded_txt_file(tmp_path: Path, ingest: Callable[..., Result], data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [article], _ = ingest([path])
    assert (article.text, article.encoding) == (ARTICLE, encoding)


BAD_FILES = [
    pytest.param(b"", "empty file", id="empty"),
    pytest.param(b"  \n\n\t ", "only whitespace", id="whitespace"),
    pytest.param(PNG, "binary file", id="png-bytes"),
    pytest.param(ENGLISH.encode(), "not Arabic text (0% Arabic letters)", id="english"),
    pytest.param(bytes(range(128, 256)) * 10, "unknown text encoding", id="unknown-encoding"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_bad_file_is_one_failure(tmp_path: Path, ingest: Callable[..., Result], data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    articles, [failure] = ingest([path])
    assert articles == []
    assert (failure.doc, failure.kind) == (str(path), FAILED)
    assert reason in failure.reason
    assert "\n" not in failure.reason


def test_huge_file(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(ARTICLE.encode() * (5 * 1024 * 1024 // len(ARTICLE.encode()) + 1))
    _, [failure] = ingest([path])
    assert failure.reason.startswith("document is 5.0 MB; the limit is 5 MB, split it")


def test_missing_path_and_url(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    articles, failures = ingest([tmp_path / "missing.txt", "https://example.com/a", good])
    assert [a.doc_id for a in articles] == ["good.txt"]
    assert [(f.doc, f.reason) for f in failures] == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        ("https://example.com/a", "URLs are not fetched; save the page and pass the file"),
    ]


def test_directory_mixing_good_and_bad(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    (tmp_path / "a_utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_cp1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "c_scan.txt").write_bytes(PNG)
    (tmp_path / "d_empty.txt").write_bytes(b"")
    (tmp_path / "e_english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "f_notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    sub = tmp_path / "g_pages"
    sub.mkdir()
    (sub / "page.html").write_text(PAGE, encoding="utf-8")
    (sub / "broken.htm").write_text("<html><body><div>", encoding="utf-8")
    (tmp_path / "h_articles.jsonl").write_text(
        json.dumps({"id": "r1", "text": ARTICLE}, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"id": "a_utf8.txt", "published": "2024-01-02"}) + "\n",
                                         encoding="utf-8")
    articles, failures = ingest([tmp_path])
    assert [a.doc_id for a in articles] == ["a_utf8.txt", "b_cp1256.txt", "page.html", "r1"]
    assert [a.encoding for a in articles] == ["utf-8", "cp1256", "utf-8", "utf-8"]
    got = [(Path(f.doc).name, f.kind, f.reason.split(" (")[0].split(";")[0]) for f in failures]
    assert got == [
        ("c_scan.txt", FAILED, "binary file"),
        ("d_empty.txt", FAILED, "empty file"),
        ("e_english.txt", FAILED, "not Arabic text"),
        ("f_notes.md", SKIPPED, "not a .txt, .html, .htm or .jsonl file"),
        ("broken.htm", FAILED, "no main text found in HTML"),
        ("h_articles.jsonl:2", FAILED, "invalid JSON"),
        ("meta.jsonl", SKIPPED, "not article records: the first line has no 'text' or 'html' field"),
    ]


def test_same_file_twice_is_skipped(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    articles, [failure] = ingest([path, path])
    assert len(articles) == 1
    assert (failure.doc, failure.kind) == ("a.txt", SKIPPED)
    assert failure.reason == f"same text as {path}, already read"


def test_same_name_different_text_is_an_error(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    for sub, text in (("one", ARTICLE), ("two", ARTICLE + "وأكد المصدر ذلك.\n")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(text, encoding="utf-8")
    articles, [failure] = ingest([tmp_path])
    assert [a.path for a in articles] == [str(tmp_path / "one" / "a.txt")]
    assert failure.kind == FAILED
    assert failure.reason == f"doc id already used by {tmp_path / 'one' / 'a.txt'}; rename one of them"


STDIN = [
    pytest.param(ARTICLE.encode("utf-8"), "txt", id="text"),
    pytest.param(ARTICLE.encode("cp1256"), "txt", id="text-cp1256"),
    pytest.param(PAGE.encode("utf-8"), "html", id="html"),
]


@pytest.mark.parametrize(("data", "kind"), STDIN)
def test_stdin_single_document(ingest: Callable[..., Result], data: bytes, kind: str) -> None:
    [article], failures = ingest(["-"], stdin=data)
    assert failures == []
    assert article.doc_id == f"stdin-{hashlib.sha256(data).hexdigest()[:16]}"
    assert article.path is None
    assert ARTICLE.splitlines()[0] in article.text
    assert (article.title == "غارة قرب البوكمال") is (kind == "html")


def test_stdin_jsonl(ingest: Callable[..., Result]) -> None:
    lines = ["", json.dumps({"text": ARTICLE}, ensure_ascii=False), "[1, 2]",
             json.dumps({"id": "x", "text": ARTICLE + "وتابع."}, ensure_ascii=False)]
    articles, [failure] = ingest(["-"], stdin="\n".join(lines).encode())
    assert [a.doc_id for a in articles] == ["stdin:2", "x"]
    assert (failure.doc, failure.reason) == (
        "stdin:3", "not an article record: an object with 'text' or 'html' is expected")


def test_unknown_extension_named_directly_is_sniffed(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    (tmp_path / "page.php").write_text(PAGE, encoding="utf-8")
    (tmp_path / "article").write_text(ARTICLE, encoding="utf-8")
    articles, failures = ingest([tmp_path / "page.php", tmp_path / "article"])
    assert failures == []
    assert [(a.doc_id, a.title) for a in articles] == [
        ("page.php", "غارة قرب البوكمال"), ("article", ARTICLE.splitlines()[0])]


def test_published_flag(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [article], _ = ingest([path], published=date(2024, 3, 1))
    assert (article.published, article.published_from) == (date(2024, 3, 1), "flag")


def test_read_inputs_is_lazy_and_never_raises_for_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(PNG)
    items = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "nope")])
    assert [type(x).__name__ for x in items] == ["IngestFailure", "IngestFailure"]


SNIFF = [
    pytest.param(b"<!DOCTYPE html><html>", True, id="doctype"),
    pytest.param(b"\xef\xbb\xbf  <html lang='ar'>", True, id="bom-and-spaces"),
    pytest.param("<قصف> على المدينة".encode(), False, id="angle-bracket-text"),
    pytest.param(ARTICLE.encode(), False, id="text"),
]


@pytest.mark.parametrize(("head", "expected"), SNIFF)
def test_looks_like_html(head: bytes, expected: bool) -> None:
    assert looks_like_html(head) is expected
