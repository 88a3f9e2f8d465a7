"""Round 42 place data (tools/gazetteer_fixes.py, h4): a district without an Arabic name leaves the Latin-only file
when its seat town is already there, spelled like it (sentences and rows written for these tests)."""

from __future__ import annotations

from tests import tool_modules

from .conftest import assert_read_at


def test_unseated_districts() -> None:
    """A district whose seat is a Latin-only town of it spelled alike is dropped; one with no such town, or with a
    town of another name, stays."""
    fixes = tool_modules.load("gazetteer_fixes")
    rec = tool_modules.gazetteer_rec
    seated = rec("d1", "admin2", "admin2", "SDN", [], lat=11.1, lon=31.7, name_en="Abu Qirfa", admin2="Abu Qirfa")
    alone = rec("d2", "admin2", "admin2", "SDN", [], lat=12.0, lon=30.0, name_en="Wadi Nur", admin2="Wadi Nur")
    other = rec("d3", "admin2", "admin2", "SDN", [], lat=13.0, lon=29.0, name_en="Umm Tala", admin2="Umm Tala")
    town = rec("t1", "locality", "locality", "SDN", [], lat=11.45, lon=31.2, name_en="Abu Qirfah", admin2="Abu Qirfa")
    hamlet = rec("t2", "locality", "locality", "SDN", [], lat=13.1, lon=29.1, name_en="Karkoj", admin2="Umm Tala")
    assert [d.id for d in fixes.unseated([seated, alone, other], [town, hamlet])] == ["d2", "d3"]


def test_seat_town_read() -> None:
    """The town named after its district is read at its own point, no longer tied with the district's centroid."""
    assert_read_at("صدت القوات هجوما على مدينة أبو جبيهة بولاية جنوب كردفان فجر الخميس", "Abu Jibeha", 11.456, 31.229)
