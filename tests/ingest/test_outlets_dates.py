"""Outlet-name lookup and the small date readers ingest uses."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.ingest.dates import numeric_date, parse_published
from rasd.ingest.outlets import BYLINE, DATELINE, LINE, outlets

LOOKUPS = [
    pytest.param("تلفزيون سوريا", LINE, "Syria TV", id="masthead"),
    pytest.param("الجزيرة نت", LINE, "Al Jazeera", id="unnormalized-input"),
    pytest.param("المرصد السوري لحقوق الإنسان", LINE, "SOHR", id="monitor"),
    pytest.param("دير الزور 24", LINE, "Deir Ezzor 24", id="digits"),
    pytest.param("الميادين", LINE, None, id="city-not-outlet"),
    pytest.param("الميادين", BYLINE, "Al Mayadeen", id="city-name-as-site"),
    pytest.param("الميادين", DATELINE, None, id="place-not-in-dateline"),
    pytest.param("الحرة", DATELINE, "Al Hurra", id="word-in-dateline"),
    pytest.param("الحرة", LINE, None, id="word-alone"),
    pytest.param("سبأ", LINE, "Saba", id="saba"),
    pytest.param("syria tv", LINE, "Syria TV", id="canonical-lowercase"),
    pytest.param("قناة محلية", BYLINE, None, id="unknown"),
]


@pytest.mark.parametrize(("name", "context", "expected"), LOOKUPS)
def test_lookup(name: str, context: str, expected: str | None) -> None:
    assert outlets().lookup(name, context=context) == expected


HOSTS = [
    pytest.param("www.syria.tv", "Syria TV", id="www"),
    pytest.param("english.enabbaladi.net", "Enab Baladi", id="subdomain"),
    pytest.param("almasirah.net.ye", "Al Masirah", id="country-tld"),
    pytest.param("example.org", None, id="unknown"),
    pytest.param("tv", None, id="bare-tld"),
]


@pytest.mark.parametrize(("host", "expected"), HOSTS)
def test_from_host(host: str, expected: str | None) -> None:
    assert outlets().from_host(host) == expected


def test_canonicalize_keeps_unknown_names() -> None:
    assert outlets().canonicalize(" Local Gazette ") == "Local Gazette"
    assert outlets().canonicalize("العربية") == "Al Arabiya"


NUMERIC = [
    pytest.param("2023.11.13 | 06:43 دمشق", date(2023, 11, 13), id="dotted"),
    pytest.param("2023-11-13", date(2023, 11, 13), id="iso"),
    pytest.param("13/11/2023", date(2023, 11, 13), id="day-first"),
    pytest.param("11/13/2023", date(2023, 11, 13), id="month-first-when-forced"),
    pytest.param("٠٥/٠٢/٢٠٢٤", date(2024, 2, 5), id="arabic-indic"),
    pytest.param("2023.13.40", None, id="impossible"),
    pytest.param("12345/11/2023", None, id="too-many-digits"),
    pytest.param("الساعة 06:43", None, id="time-only"),
]


@pytest.mark.parametrize(("line", "expected"), NUMERIC)
def test_numeric_date(line: str, expected: date | None) -> None:
    assert numeric_date(line) == expected


PUBLISHED = [
    pytest.param("2023-11-13", date(2023, 11, 13), id="date"),
    pytest.param("2023-11-13T06:43:00+02:00", date(2023, 11, 13), id="datetime-offset"),
    pytest.param("2023-11-13T23:30:00Z", date(2023, 11, 13), id="datetime-z-date-as-written"),
    pytest.param("2023-11-13 06:43", date(2023, 11, 13), id="space-separated"),
]


@pytest.mark.parametrize(("value", "expected"), PUBLISHED)
def test_parse_published(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["13/11/2023", "2023-02-30", "", "2023-11-13Tnoon"],
                         ids=["slashed", "impossible", "empty", "bad-time"])
def test_parse_published_refuses(value: str) -> None:
    with pytest.raises(ValueError, match="published"):
        parse_published(value)
