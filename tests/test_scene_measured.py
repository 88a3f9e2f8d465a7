"""scene_measured.py, round 40 (h1): a place the incident is measured from, close by ('علي بعد كيلومترين من X'),
is its place, not a launch point; a far one only reckons it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.geo.distances import measured_from
from rasd.normalize import normalize
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت القذيفة على بعد نحو كيلومترين من ", 2.0),
    ("سقطت القذيفة على مسافة 3 كم من ", 3.0),
    ("سقطت القذيفة على بعد مئات الأمتار من ", 0.0),
    ("انطلقت القذيفة من ", None),
], ids=["dual", "digits", "metres", "no-distance"])
def test_the_distance_measured_from_a_place(text: str, expected: float | None) -> None:
    """'علي بعد/مسافه N كم من X': the distance the text gives from the place after من."""
    t = normalize(text).text
    assert measured_from(t, len(t)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أفاد مصدر أمني في الموصل بسقوط قذيفتين في بستان على بعد نحو كيلومترين من سد الموصل شمال المدينة",
     ["Mosul Dam"]),
    ("قال مصدر في كركوك إن صاروخا سقط على بعد مئات الأمتار من قاعدة كي وان", ["K-1 / Kirkuk air base"]),
    ("أفاد مصدر أمني في الموصل بسقوط قذيفتين في بستان على بعد نحو 20 كيلومترا من سد الموصل", ["Mosul"]),
], ids=["two-km-from-a-site", "metres-from-a-base", "far-only-reckons"])
def test_a_place_measured_close_by_is_the_scene(text: str, expected: list[str]) -> None:
    """Round 40 (fa_002: 'علي بعد نحو كيلومترين من مصفي X', read as a launch point after من, left the teller's town)."""
    assert scene_text.chosen(text) == expected
