"""Round 51 (h1, places): a village the Sahel's and the Horn's town lists lack is no town spelled with the other
voicing across the country."""

from __future__ import annotations

import pytest

from rasd.geo import locate
from rasd.geo.voicing import voicing_agrees
from rasd.normalize import normalize


@pytest.mark.parametrize(("arabic", "latins", "want"), [
    ("سيتينغا", ("Zitenga",), False),  # س is no z
    ("كوتوغو", ("Koudougou", "Kudugu"), False),  # ت is no d
    ("تيرا", ("Dire",), False),
    ("كونا", ("Djenne", "Jene"), False),  # ك is no j
    ("بورزنغا", ("Bourzanga",), True),
    ("كونغوسي", ("Kongoussi",), True),
    ("طوبلي", ("Dhobley",), True),  # ط writes the Somali dh
    ("عيل ظير", ("Ceel Dheer",), True),  # the Somali c (ع) is left out
    ("قنصح ديري", ("Qansax Dheere",), True),
])
def test_voicing_agrees(arabic: str, latins: tuple[str, ...], want: bool) -> None:
    """Stops and sibilants keep their voicing one for one: t/d, s/z, k/g."""
    assert voicing_agrees(arabic, latins) is want


@pytest.mark.parametrize(("text", "not_want", "want"), [
    ("في بوركينا فاسو، هاجم مسلحون مساء الأحد موقعاً للجيش في بلدة سيتينغا وقتلوا ثلاثة جنود.", "Zitenga", None),
    ("وفي مالي، نصب مسلحون كميناً لدورية قرب بلدة كونا وسط البلاد.", "Djenne", None),
    ("في بوركينا فاسو، هاجم مسلحون مساء الأحد موقعاً للجيش في بلدة بورزنغا وقتلوا ثلاثة جنود.", None, "Bourzanga"),
    ("في الصومال، دارت اشتباكات عنيفة قرب بلدة طوبلي الحدودية.", None, "Dhobley"),
], ids=["seytenga", "konna", "bourzanga", "dhobley"])
def test_a_far_town_must_keep_the_voicing(text: str, not_want: str | None, want: str | None) -> None:
    """A town taken however far it lies (TOWN_LISTS) is spelled with the name's voicing, or the name stays unread."""
    got = [r.location.name_en for r in locate(normalize(text))]
    assert not_want is None or not_want not in got, got
    assert want is None or want in got, got


# a village told by its bearing from a town is the namesake near the town that way, not a larger one farther out
# (pm_019, pm_020, ou_002)
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("داهمت قوات الاحتلال فجر الخميس بلدة العطارة جنوب غرب جنين واعتقلت شابين.", "Al-Attara", "Atara"),
], ids=["attara-sw-of-jenin"])
def test_a_bearing_from_a_town_picks_the_near_namesake(text: str, want: str, not_want: str) -> None:
    """'X جنوب غرب Y': a namesake within 40 km of Y that way beats a larger one 50 km out the same way."""
    got = [r.location.name_en for r in locate(normalize(text))]
    assert want in got and not_want not in got, got
