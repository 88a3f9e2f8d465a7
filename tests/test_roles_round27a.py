"""Roles 27a (aa_ study): who was hit and what kind of event it was. A person of no force shot by gunmen is a
civilian (an Attack), small arms fired at civilians carried from the story are an Attack, gunmen aiming at a post
with no stand-off weapon fight a clash, the men a 'بنيران X' names fired, and a tribal feud has tribes on both
sides. Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.records import Actor
from rasd.subevent import against_civilians
from tests.factories import sides

DAY = date(2024, 5, 8)


@pytest.mark.parametrize("text", [
    "وفي كركوك، أطلق مسلحون مجهولون النار مساء أمس على صاحب متجر للملابس في حي الواسطي وأردوه قتيلاً.",
    "اغتال مسلحان مجهولان، ليل أمس، عضواً في المجلس البلدي لمدينة الرقة أثناء خروجه من منزله.",
    "أقدم مسلحون مجهولون مساء أمس على إطلاق الرصاص على الرئيسة المشتركة لمجلس بلدة الصور أمام منزلها.",
], ids=["shop-owner", "council-member", "co-chair"])
def test_a_person_of_no_force_shot_by_gunmen_is_a_civilian(text: str) -> None:
    """'أطلق مسلحون النار على صاحب متجر': a shopkeeper or a council member is no armed party: Attack."""
    got = sides(text, published=DAY)
    assert got and got[0] == ("Attack", "UNKNOWN", "CIVILIANS"), got


def test_a_policeman_shot_by_gunmen_stays_a_clash() -> None:
    """Forces stay out of the civilian nouns: gunmen firing on a police patrol fight a clash."""
    got = sides("وفي كركوك، أطلق مسلحون مجهولون الرصاص الحي مساء أمس على دورية للشرطة الاتحادية في حي الواسطي.",
                published=DAY)
    assert got and got[0][0] == "Armed clash" and got[0][2] != "CIVILIANS", got


CIVILIAN = Actor(id="civilians", name_en="Civilians", name_ar="مدنيون", side="CIVILIANS")
SOLDIERS = Actor(id="iraq_army", name_en="Iraqi army", name_ar="الجيش العراقي", side="IRAQ_GOV")


@pytest.mark.parametrize("sub, sub_from, weapons, target, expected", [
    ("Armed clash", "weapon", ("sniper", "small_arms"), CIVILIAN, "Attack"),
    ("Armed clash", "weapon", ("small_arms",), SOLDIERS, "Armed clash"),
    ("Armed clash", "trigger", ("small_arms",), CIVILIAN, "Armed clash"),
    ("Armed clash", "weapon", ("small_arms", "mortar"), CIVILIAN, "Armed clash"),
], ids=["sniper-civilians", "soldiers", "clash-word", "standoff"])
def test_small_arms_at_carried_civilians_are_an_attack(sub: str, sub_from: str, weapons: tuple[str, ...],
                                                       target: Actor, expected: str) -> None:
    """A clause typed a ground fight by its rifles becomes an Attack once its carried target is civilians; a clash
    word or a stand-off weapon keeps its type."""
    assert against_civilians(sub, sub_from, weapons, target) == expected


def test_gunmen_aiming_at_a_post_with_no_weapon_fight_a_clash() -> None:
    """'استهدف مسلحون نقطة للجيش': gunmen on foot with no stand-off weapon named fight, they do not shell."""
    got = sides("استهدف مسلحون مجهولون، ليل أمس، حاجزاً للجيش السوري على طريق دير الزور - تدمر، ما أدى إلى مقتل "
                "عنصرين.", published=DAY)
    assert got and got[0][0] == "Armed clash", got


def test_the_men_named_after_binayran_fired() -> None:
    """'قتل جنديان بنيران عناصر داعش الذين هاجموا': the men whose fire killed them are no victims."""
    got = sides("قتل جنديان، مساء أمس، بنيران عناصر «داعش» الذين هاجموا برج مراقبة للجيش العراقي قرب قضاء "
                "الحضر جنوب الموصل.", published=DAY)
    assert got and got[0][1] == "ISIS", got


@pytest.mark.parametrize("text", [
    "قتل شخصان وأصيب ثلاثة، عصر أمس، في نزاع عشائري بالأسلحة المتوسطة في ناحية الدير شمالي البصرة.",
    "تجدد النزاع بين عشيرتين في قضاء الرفاعي شمالي الناصرية أمس وحصل رمي كثيف بالأسلحة المتوسطة أصيب فيه خمسة.",
], ids=["tribal-feud", "between-two-tribes"])
def test_a_tribal_feud_has_tribes_on_both_sides(text: str) -> None:
    """'نزاع عشائري', 'النزاع بين عشيرتين': both sides are the tribes' armed men (OTHER), not unknowns."""
    got = sides(text, published=DAY)
    assert got and got[0] == ("Armed clash", "OTHER", "OTHER"), got
