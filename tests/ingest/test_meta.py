"""The --meta sidecar: loading, matching documents, and precedence over other sources."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rasd.errors import UsageError
from rasd.ingest import DocMeta, load_meta, read_inputs

from .conftest import ARTICLE, Result

PAGE_TEXT = "icon\n2023.11.13 | 06:43 دمشق\nتلفزيون سوريا - وكالات\n" + ARTICLE


def write_meta(path: Path, records: list[dict[str, object] | str]) -> Path:
    """Write a metadata file, one record (or raw line) per line."""
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records),
                    encoding="utf-8")
    return path


def test_load_meta_keys(tmp_path: Path) -> None:
    meta = write_meta(tmp_path / "meta.jsonl", [
        {"id": "001.txt", "path": "001.txt", "published": "2023-11-13", "outlet": "Syria TV", "language": "ar"},
        {"path": "pages/002.html", "published": None, "outlet": "تلفزيون سوريا"},
        {"id": "r9", "url": "https://sana.sy/?p=1", "title": "عنوان", "published": "2022-08-24T09:00:00Z"},
    ])
    index = load_meta(str(meta))
    assert set(index) == {"001.txt", "pages/002.html", "002.html", "r9"}
    assert index["001.txt"] == DocMeta(line=1, id="001.txt", path="001.txt", published=date(2023, 11, 13),
                                       outlet="Syria TV")
    assert index["002.html"].outlet == "Syria TV"
    assert index["002.html"].published is None
    assert index["r9"].published == date(2022, 8, 24)


def test_ambiguous_base_name_is_not_a_key(tmp_path: Path) -> None:
    meta = write_meta(tmp_path / "m.jsonl", [{"path": "a/x.txt"}, {"path": "b/x.txt"}])
    assert set(load_meta(str(meta))) == {"a/x.txt", "b/x.txt"}


BAD = [
    pytest.param(["{\"id\": \"a\""], ":1: invalid JSON", id="invalid-json"),
    pytest.param([{"id": "a"}, "[1]"], ":2: a JSON object is expected, not list", id="not-object"),
    pytest.param([{"published": "2023-11-13"}], ":1: give 'id' or 'path'", id="no-key"),
    pytest.param([{"id": "a", "published": "13/11/2023"}], ":1: published '13/11/2023' is not", id="bad-date"),
    pytest.param([{"id": "a", "outlet": 5}], ":1: 'outlet' must be a string, not int", id="bad-type"),
    pytest.param([{"id": "a"}, {"id": "a"}], ":2: 'a' is already described on line 1", id="duplicate"),
]


@pytest.mark.parametrize(("records", "message"), BAD)
def test_bad_meta_is_a_usage_error(tmp_path: Path, records: list[dict[str, object] | str], message: str) -> None:
    meta = write_meta(tmp_path / "m.jsonl", records)
    with pytest.raises(UsageError) as err:
        load_meta(str(meta))
    assert str(err.value).startswith(str(meta) + message)


def test_missing_meta_file_fails_before_reading(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read --meta file"):
        read_inputs([str(tmp_path)], meta=str(tmp_path / "nope.jsonl"))


def test_meta_matches_base_name_and_wins(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "001.txt").write_text(PAGE_TEXT, encoding="utf-8")
    meta = write_meta(tmp_path / "meta.jsonl", [
        {"id": "001.txt", "path": "001.txt", "published": "2023-11-12", "outlet": "عنب بلدي",
         "url": "https://enabbaladi.net/x", "title": "عنوان من الملف"}])
    [article], _ = ingest([tmp_path / "docs"], meta=meta, published=date(2020, 1, 1))
    assert (article.published, article.published_from) == (date(2023, 11, 12), "meta")
    assert (article.outlet, article.url, article.title) == ("Enab Baladi", "https://enabbaladi.net/x", "عنوان من الملف")


NO_META = "no meta line"
PRECEDENCE = [
    pytest.param(NO_META, None, (date(2023, 11, 13), "debris"), id="debris-alone"),
    pytest.param(None, date(2024, 5, 5), (date(2024, 5, 5), "flag"), id="flag-beats-debris"),
    pytest.param(None, None, (date(2023, 11, 13), "debris"), id="meta-null-date-falls-through"),
    pytest.param("2023-11-10", date(2024, 5, 5), (date(2023, 11, 10), "meta"), id="meta-beats-flag"),
]


@pytest.mark.parametrize(("meta_date", "flag", "expected"), PRECEDENCE)
def test_date_precedence(tmp_path: Path, ingest: Callable[..., Result], meta_date: str | None,
                         flag: date | None, expected: tuple[date, str]) -> None:
    path = tmp_path / "p.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    records: list[dict[str, object] | str] = [] if meta_date == NO_META else [{"path": str(path), "published": meta_date}]
    meta = write_meta(tmp_path / "m.jsonl", records)
    [article], _ = ingest([path], meta=meta, published=flag)
    assert (article.published, article.published_from) == expected
    assert article.outlet == "Syria TV"


def test_jsonl_record_matched_by_id(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "k1", "text": ARTICLE, "published": "2021-01-05"}, ensure_ascii=False),
                       encoding="utf-8")
    meta = write_meta(tmp_path / "m.jsonl", [{"id": "k1", "published": "2021-01-04", "outlet": "SANA"}])
    [article], _ = ingest([records], meta=meta)
    assert (article.published, article.published_from, article.outlet) == (date(2021, 1, 4), "meta", "SANA")
