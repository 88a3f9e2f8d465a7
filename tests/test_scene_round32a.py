"""Scene, round 32a (from the ga_ study, P1h): a social-media page's name after the title's '|' and on its byline
lines is no place; a town the arrested or killed come from, after a dual ('شابين من بلده X'), beats the opening
'وفي X,' it lies in; the victims' home area after a death verb or as '"الشهيدين" من ابناء ريف X' is not the scene.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.scene_pages import page_name
from tests import scene_text

TITLED = "انفجار عبوة بسيارة عسكرية قرب مدينة الباب | أخبار ريف حلب الآن\nأخبار ريف حلب الآن\nانفجرت عبوة قرب مدينة الباب."


@pytest.mark.parametrize(("text", "flags"), [
    (TITLED, [False, True, True, False]),
    ("غارة على مواقع للفصائل | أخبار ريف حلب\nقصفت طائرات مواقع للفصائل في ريف حلب.", [False, False]),
    ("غارة على مواقع للفصائل | حلب\nحلب - وكالة محلية\nقصفت طائرات مواقع للفصائل في ريف حلب.", [False, False]),
    ("📡 غارة على مواقع | صفحة أخبار ريف حلب\n🔴 صفحة أخبار ريف حلب · منذ ساعة\nقصفت طائرات مواقع في ريف حلب.",
     [True, True, False]),
], ids=["page-and-byline", "no-byline", "place-only-section", "marks-around-byline"])
def test_a_page_name_with_its_byline_is_no_place(text: str, flags: list[bool]) -> None:
    """Only a title tail that a later line opens with, and that holds words besides the place, is a page's name."""
    rec = scene_text.rec_of(text)
    assert [page_name(rec.nt.text, p) for p in rec.places] == flags


@pytest.mark.parametrize(("text", "expected"), [
    (TITLED, ["al-Bab"]),
    ("انفجار عبوة بسيارة عسكرية | أخبار ريف حلب الآن\nأخبار ريف حلب الآن\nانفجرت عبوة بسيارة عسكرية.", []),
], ids=["post-town", "page-only"])
def test_the_scene_skips_the_page_name(text: str, expected: list[str]) -> None:
    """The post's own town is the scene; a page name that is the only place named gives none."""
    assert scene_text.chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وفي نابلس، اعتقلت قوات الاحتلال فجر اليوم شابين من بلدة بيتا جنوب المدينة.", ["Beita"]),
    ("وفي جنين، اعتقلت قوات الاحتلال شخصين من بلدة قباطية جنوب المدينة.", ["Qabatiya"]),
    ("وفي جنين، اعتقلت قوات الاحتلال طفلين من بلدة قباطية جنوب المدينة.", ["Qabatiya"]),
], ids=["two-young-men", "two-people", "two-children"])
def test_a_dual_of_residents_gives_their_town(text: str, expected: list[str]) -> None:
    """After an opening 'وفي X,', the town of the two arrested inside X is the scene."""
    assert scene_text.chosen(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مدنيان من ريف إدلب الجنوبي بانفجار لغم أرضي.", []),
    ("قتل مدنيان في ريف إدلب الجنوبي بانفجار لغم أرضي.", ["Idlib southern countryside"]),
    ('وقالت الفصائل إن "الشهيدين" من أبناء ريف حماة الشمالي سقطا في اشتباك.', []),
    ("استشهد شابان من بلدة سلواد في اشتباك مع قوات الاحتلال.", ["Silwad"]),
], ids=["killed-from-area", "killed-in-area", "martyrs-sons-of", "town-kept"])
def test_the_victims_home_area_is_not_the_scene(text: str, expected: list[str]) -> None:
    """'قتل مدنيان من ريف X' and '"الشهيدين" من ابناء ريف X' tell where the dead came from; a town stays."""
    assert scene_text.chosen(text) == expected
