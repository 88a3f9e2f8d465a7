"""Roles and dialect triggers 28a (ba_ study): the spoken 'shot' verbs that carry their victim, the Iraqi 'ذب'
(threw) and 'رمي بين X وY' (an exchange of fire), 'N شهدا' without its hamza, the attacker hung by 'ل' on a repelled
attack, the host of a hit compound named by a nisba, and more shop-owner nouns of civilians. Sentences written for
rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, rejection_reasons, sides

DAY = date(2024, 5, 8)


@pytest.mark.parametrize("text, a2", [
    ("وبحي المشلب بالرقة، أول امبارح العصر، تنين على موتور طخّوه لشب من الأسايش قدّام الفرن وهربوا.", None),
    ("بالسوق الشرقي بمدينة الحسكة، مبارح بالليل، انطخّ عنصر من قسد قدّام محله وأخدوه عالمشفى.", "SDF"),
], ids=["object-pronoun", "passive"])
def test_a_spoken_shot_verb_with_its_victim_is_an_incident(text: str, a2: str | None) -> None:
    """'طخوه', 'انطخ X': the gun is in the verb; the one named after the passive was shot, he did not shoot."""
    got = sides(text, published=DAY)
    assert got, rejection_reasons(text, published=DAY)
    assert got[0][1] != a2 or a2 is None, got
    if a2 is not None:
        assert got[0][2] == a2, got


@pytest.mark.parametrize("text", [
    "وقال أحد سكان الحي: «كنا قاعدين بالبيت وسمعنا طخ كتير من جهة السوق بمدينة الحسكة، وما حدا طلع».",
    "وقال صاحب دكان بمدينة الرقة: «الدورية كانت تطخ على كل شي بيتحرك بالشارع».",
], ids=["noun", "witness-habit"])
def test_the_gunfire_noun_and_a_witness_habit_are_no_incident(text: str) -> None:
    """'سمعنا طخ', 'كانت تطخ على': the noun of gunfire and a witness's ongoing verb tell no shot victim."""
    assert extract_text(text, published=DAY) == []


def test_the_iraqi_dhabb_with_a_grenade_is_a_throw() -> None:
    """'ذب رمانة يدوية على بيت': the Iraqi verb throws the weapon its clause names (a grenade attack)."""
    got = sides("وبناحية السلام بالعمارة، بعد نص الليل، شخص مجهول ذبّ رمانة يدوية على دار واحد من المعلمين.",
                published=DAY)
    assert got and got[0][0] == "Grenade", got


def test_a_lie_is_no_throw() -> None:
    """'كذب' reads 'ك' + 'ذب': no throw, even with a grenade in the clause."""
    text = "وقال مصدر في شرطة البصرة إن خبر رمي قنبلة يدوية على مدرسة في حي الجمهورية كذب."
    assert "'كذب': a lie, not the Iraqi 'ذب' (threw)" in rejection_reasons(text, published=DAY)


def test_fire_between_two_parties_is_a_clash() -> None:
    """'صار رمي بين قوة من الشرطة ومطلوبين': Iraqi 'رمي' between two parties is an exchange of fire."""
    got = sides("وبقضاء علي الغربي، عصر أمس، صار رمي بين مفرزة من الشرطة المحلية ومسلحين مطلوبين للقضاء قرب "
                "السوق، وانصاب واحد منهم.", published=DAY)
    assert got and got[0][0] == "Armed clash", got


def test_a_dialect_martyr_count_without_hamza_kills() -> None:
    """'صارت ٣ شهدا': the spoken plural without its hamza counts the dead of the strike told."""
    ms = extract_text("غارة على بلدة برج رحال جنوب لبنان الصبح، والحصيلة صارت ٣ شهدا بيناتهن مرا.", published=DAY)
    assert ms and ms[0].fatalities == 3, ms


@pytest.mark.parametrize("text, a1, a2", [
    ("صدّت وحدات الجيش الوطني مساء أمس هجوماً لميليشيا الحوثي على مواقعها في جبهة حيفان جنوبي تعز.",
     "IRAN_ALIGNED", "OTHER"),
    ("أعلن المركز الإعلامي أن قوات سوريا الديمقراطية صدّت فجر اليوم هجوماً لخلايا داعش على نقطة في بلدة ذيبان.",
     "ISIS", "SDF"),
], ids=["yemen", "syria"])
def test_the_attacker_hung_on_a_repelled_attack_attacked(text: str, a1: str, a2: str) -> None:
    """'صدت القوات هجوماً لX على مواقعها': X attacked, the force that repelled it was attacked."""
    got = sides(text, published=DAY)
    assert got and got[0][1:] == (a1, a2), got


def test_a_repelled_attack_with_no_owner_keeps_its_subject() -> None:
    """'صدت القوات هجوماً على مواقعها' names no attacker: the subject stays as it was read."""
    got = sides("صدّت وحدات الجيش الوطني مساء أمس هجوماً على مواقعها في جبهة حيفان جنوبي تعز.", published=DAY)
    assert got and got[0][1] == "OTHER", got


def test_a_compound_hosting_coalition_troops_is_their_side() -> None:
    """'مجمع X الذي يضم قوات للتحالف الدولي': the host's troops, named by 'ل' + the coalition, were hit."""
    got = sides("سقطت ثلاثة صواريخ فجر أمس في محيط مجمّع السفارة الذي يضم قوات للتحالف الدولي وسط بغداد.",
                published=DAY)
    assert got and got[0][2] == "US", got


@pytest.mark.parametrize("owner", ["صاحب معرض للأثاث", "صاحب محطة وقود", "صاحب مطعم شعبي"])
def test_more_shop_owners_are_civilians(owner: str) -> None:
    """'قتل صاحب معرض', 'صاحب محطة', 'صاحب مطعم': an owner of a business is no armed party: Attack."""
    got = sides(f"وفي الديوانية، أطلق مسلحون مجهولون النار ليل أمس على {owner} في حي العصري فأردوه قتيلاً.",
                published=DAY)
    assert got and got[0] == ("Attack", "UNKNOWN", "CIVILIANS"), got


@pytest.mark.parametrize("text, toll", [
    ("سقطت قذيفة هاون على سوق ناحية السلام جنوب العمارة عصر أمس، والحمد لله ماكو إصابات.", (0, 0)),
    ("سقط صاروخ على منزل في بلدة الغازية جنوب لبنان الصبح، والحمد لله ما في شهدا.", (None, None)),
], ids=["makou", "ma-fi"])
def test_a_spoken_negation_before_a_loss_noun_counts_no_dead(text: str, toll: tuple[int | None, ...]) -> None:
    """'ماكو إصابات', 'ما في شهدا': the spoken 'there is none' negates the loss noun, no toll of the dead."""
    ms = extract_text(text, published=DAY)
    assert ms and (ms[0].fatalities, ms[0].injured) == toll, ms
