"""Scene, round 34a (from the ia_ (v32) study, package P1): a subdistrict near which a road's spot lies beats the road's
ends; a vehicle's destination told with a word of motion ('ماشيه باتجاه X') is no scene when a town is named again;
'القريه' after a village the gazetteer lacks whose name opens with a two-letter word ('قريه تل X') stands for that
village, not for a town named before it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.normalize import normalize
from rasd.scene_anaphora import anaphoric_town
from rasd.scene_bodies import heading_to
from tests import scene_text


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت عبوة ناسفة رتلا على الطريق الواصل بين السماوة والديوانية قرب ناحية الشنافية فجر اليوم.",
     ["Nahiyat ash Shinafiyah"]),
    ("استهدفت عبوة ناسفة رتلا على الطريق الواصل بين السماوة والديوانية فجر اليوم.", ["Samawah"]),
    ("استهدفت عبوة ناسفة رتلا على الطريق الواصل بين السماوة والديوانية في ناحية الشنافية فجر اليوم.", ["Samawah"]),
], ids=["near-subdistrict", "no-spot", "in-subdistrict"])
def test_a_subdistrict_near_the_spot_beats_the_road_ends(text: str, expected: list[str]) -> None:
    """'قرب ناحيه X' after 'الطريق الرابط بين A وB' names the spot; a unit the road only runs in ('في ناحيه X')
    does not, and the first end still stands for the road."""
    assert scene_text.chosen(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("ضربت مسيرة سيارة كانت ماشية باتجاه مطار بغداد", True),
    ("استهدفت عبوة حافلة سائرة صوب مدينة كركوك", True),
    ("استهدفت عبوة رتلا كان متجهة نحو مدينة كركوك", True),
    ("أطلقت صواريخ باتجاه مطار بغداد", False),
    ("ضربت مسيرة سيارة في مطار بغداد", False),
], ids=["dialect-motion", "saira-sawb", "heading-nahw", "projectile", "locative"])
def test_a_vehicle_s_destination(phrase: str, expected: bool) -> None:
    """The place after a word of motion and a direction word is where the vehicle was going."""
    rec = scene_text.rec_of(phrase)
    last = max(rec.places, key=lambda p: p.start)
    assert heading_to(rec.nt.text, last) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أخبار الحسكة\nقصفت المدفعية قرية تل كرمة في ريف بلدة تل تمر. وسقطت قذائف على القرية ومحيطها.", []),
    ("أخبار الحسكة\nقصفت المدفعية قرية أم كرمة في ريف بلدة تل تمر. وسقطت قذائف على القرية ومحيطها.", []),
    ("قصفت المدفعية أطراف بلدة تل تمر. وسقطت قذائف على البلدة ومحيطها.", ["Tall Tamr"]),
], ids=["tall-village", "umm-village", "known-town"])
def test_the_village_a_two_letter_name_opens(text: str, expected: list[str]) -> None:
    """'قريه تل X' / 'قريه ام X' the gazetteer lacks: a later 'القريه' is that village, not the page's town."""
    rec = scene_text.rec_of(text)
    at = rec.nt.text.rfind(normalize("على").text)
    assert [p.location.name_en for p in anaphoric_town(rec, at, len(rec.nt.text))] == expected
