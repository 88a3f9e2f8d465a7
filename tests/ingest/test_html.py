"""HTML pages: trafilatura main text, site name, canonical URL, and a cross-checked publication date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest.html import extract_html, with_title
from rasd.ingest.types import Rejected

from .conftest import Result

BODY = (
    "<p>نفذت طائرات حربية غارات على مواقع تابعة لمجموعات مسلحة قرب مدينة البوكمال في ريف دير الزور الشرقي، "
    "بحسب ما أفاد ناشطون محليون صباح اليوم.</p>"
    "<p>وأضاف الناشطون أن الغارات استهدفت مستودعات للذخيرة وأدت إلى اندلاع حرائق في المكان، "
    "دون ورود معلومات عن الخسائر البشرية حتى الآن.</p>"
)


def page(*, head: str = "", visible_date: str = "", charset: str = "utf-8", title: str = "غارات قرب البوكمال") -> str:
    """A small news page: navigation, an article with an optional visible date line, a footer."""
    date_line = f"<p class='date'>{visible_date}</p>" if visible_date else ""
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='{charset}'>"
            f"<title>{title} | موقع</title>{head}</head><body>"
            "<header><nav><a href='/'>الرئيسية</a> <a href='/news'>أخبار</a></nav></header>"
            f"<article><h1>{title}</h1>{date_line}{BODY}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


FULL_HEAD = (
    "<meta property='og:site_name' content='تلفزيون سوريا'>"
    "<meta property='og:title' content='غارات قرب البوكمال'>"
    "<meta property='article:published_time' content='2023-11-13T06:43:00+02:00'>"
    "<link rel='canonical' href='https://www.syria.tv/news/strikes-albukamal'>"
)


def test_html_page_with_metadata(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "strikes.html"
    path.write_text(page(head=FULL_HEAD, visible_date="13 تشرين الثاني 2023"), encoding="utf-8")
    [article], failures = ingest([path])
    assert failures == []
    assert article.doc_id == "strikes.html"
    assert article.url == "https://www.syria.tv/news/strikes-albukamal"
    assert article.outlet == "Syria TV"
    assert article.title == "غارات قرب البوكمال"
    assert article.text.splitlines()[0] == "غارات قرب البوكمال"
    assert (article.published, article.published_from) == (date(2023, 11, 13), "html")
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert [article.text[s:e] for s, e in article.debris] == ["13 تشرين الثاني 2023"]


def test_visible_levantine_date_beats_a_missing_meta_date(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "p.html"
    path.write_text(page(visible_date="13 تشرين الثاني 2023"), encoding="utf-8")
    [article], _ = ingest([path])
    assert (article.published, article.published_from) == (date(2023, 11, 13), "html")


def test_visible_numeric_date(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "p.html"
    path.write_text(page(visible_date="2023.11.13 | 06:43 دمشق"), encoding="utf-8")
    [article], _ = ingest([path])
    assert (article.published, article.published_from) == (date(2023, 11, 13), "html")


def test_no_january_first_guess(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """A page without a machine-readable date gets no date, not trafilatura's year-only 1 January."""
    path = tmp_path / "p.html"
    path.write_text(page(head="<link rel='canonical' href='https://example.org/2023/news/1'>"), encoding="utf-8")
    [article], _ = ingest([path], published=date(2023, 11, 20))
    assert (article.published, article.published_from) == (date(2023, 11, 20), "flag")


def test_literal_january_first_is_kept() -> None:
    doc = extract_html(page(head="<meta property='article:published_time' content='2024-01-01T10:00:00Z'>"))
    assert doc.markup_date == date(2024, 1, 1)


SITES = [
    pytest.param("<meta property='og:site_name' content='Enab Baladi'>", "Enab Baladi", id="english-site-name"),
    pytest.param("<meta property='og:site_name' content='الميادين'>", "Al Mayadeen", id="ambiguous-name-as-site"),
    pytest.param("<meta property='og:site_name' content='شبكة أخبار المنطقة'>", "شبكة أخبار المنطقة", id="unknown-kept"),
    pytest.param("<link rel='canonical' href='https://www.aljazeera.net/news/1'>", "Al Jazeera", id="from-host"),
    pytest.param("<link rel='canonical' href='https://example.org/news/1'>", "example.org", id="unknown-host"),
]


@pytest.mark.parametrize(("head", "outlet"), SITES)
def test_outlet_from_site(head: str, outlet: str | None) -> None:
    assert extract_html(page(head=head)).outlet == outlet


def test_windows_1256_page(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(page(charset="windows-1256").encode("cp1256"))
    [article], _ = ingest([path])
    assert article.encoding == "cp1256"
    assert "مستودعات للذخيرة" in article.text


BROKEN = [
    pytest.param("<html><body><div>", id="unclosed"),
    pytest.param("<html><head><title>عنوان</title></head><body></body></html>", id="empty-body"),
    pytest.param("<html><body><script>render()</script></body></html>", id="javascript-only"),
]


@pytest.mark.parametrize("markup", BROKEN)
def test_broken_html(markup: str) -> None:
    with pytest.raises(Rejected) as err:
        extract_html(markup)
    assert err.value.reason.startswith("no main text found in HTML")


TITLES = [
    pytest.param("عنوان", "عنوان\nنص", "عنوان\nنص", id="already-first"),
    pytest.param("عنوان الخبر", "نص", "عنوان الخبر\nنص", id="prepended"),
    pytest.param(None, "نص", "نص", id="no-title"),
]


@pytest.mark.parametrize(("title", "body", "expected"), TITLES)
def test_with_title(title: str | None, body: str, expected: str) -> None:
    assert with_title(title, body) == expected
