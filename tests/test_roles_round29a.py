"""Roles, type and weapons 29a (ca_ study): the aggression a loss is blamed on, a militia's name in quotes after its
label, the subject of 'ان' before 'من X', a statement's own branch under a speaker's label, foreign workers as
civilians, the Malian army at home, a stormed checkpoint as a fight, and RPG rounds and heavy machine guns by their
plural names. Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import extract_text, sides

DAY = date(2024, 2, 14)


def _weapons(text: str) -> list[tuple[str, ...]]:
    """The weapons of each mention of one small article."""
    return [tuple(m.weapons) for m in extract_text(text, published=DAY)]


@pytest.mark.parametrize("text, a1, a2", [
    ("وقالت مصادر محلية إن الغارات على ريف البوكمال قتلت ستة، في حين نعت صفحات مقربة من «حركة النجباء» «ثلاثة "
     "شهداء» قالت إنهم ارتقوا «بالعدوان الأمريكي على نقاط المقاومة»، فجر الاثنين.", "US", "IRAN_ALIGNED"),
    ("وأفادت مصادر أهلية بأن القصف على أطراف مدينة الميادين قتل شابين، وأكدت عائلتاهما أنهما قضيا جراء العدوان "
     "الإسرائيلي على المدينة، مساء الأحد.", "ISRAEL", None),
], ids=["obituary-bil-udwan", "jarraa-udwan"])
def test_the_aggression_a_loss_is_blamed_on_names_the_attacker(text: str, a1: str, a2: str | None) -> None:
    """'ارتقوا بالعدوان الامريكي', 'قضيا جراء العدوان الاسراييلي': when the strike's own clause names no attacker,
    the owner of the aggression its dead are blamed on struck."""
    got = sides(text, published=DAY)
    assert got and got[0][1] == a1, got
    if a2 is not None:
        assert got[0][2] == a2, got


def test_a_militia_label_before_its_quoted_name_yields_to_the_name() -> None:
    """'ميليشيا «الدفاع الوطني»': the guillemets do not make the label an Iran-aligned militia; NDF is the
    government's own."""
    got = sides("وفي مدينة حمص، قُتل مقاتل من ميليشيا «الدفاع الوطني» وجرح رفيقه، مساء الخميس، إثر انفجار "
                "عبوة ناسفة ألصقت بدراجته.", published=DAY)
    assert got and got[0][2] == "SYRIA_GOV", got


@pytest.mark.parametrize("text", [
    "وفي شرق مدينة الأبيض، ذكر ناشطون أن مسلحين من الدعم السريع على ظهر شاحنات صغيرة اقتحموا السوق وأطلقوا النار على "
    "مواطنين رفضوا تسليم هواتفهم، مساء الجمعة، ما أدى إلى مقتل أربعة.",
    "وفي مدينة الأبيض، قال سكان إن مسلحين من الدعم السريع يرتدون ملابس مدنية أطلقوا النار على مواطنين في السوق، "
    "صباح الجمعة، ما أدى إلى مقتل اثنين.",
], ids=["raid-then-shoot", "dressed-then-shoot"])
def test_gunmen_from_x_after_anna_shoot_the_people(text: str) -> None:
    """'ان مسلحين من X ... اطلقوا النار على مواطنين': the men after 'ان' are the verb's subject, not hit; shooting
    residents is an Attack on civilians."""
    got = sides(text, published=DAY)
    assert got and got[0] == ("Attack", "OTHER", "CIVILIANS"), got


def test_a_statement_branch_under_a_speaker_label_is_the_speakers() -> None:
    """'متحدث القوات المسلحة اليمنية: نفذت القوات البحرية عملية': the naval forces of the statement are the
    speaker's own, the Houthis."""
    text = ("🔴 عاجل | متحدث القوات المسلحة اليمنية:\n"
            "نفذت القوات البحرية عملية استهدفت سفينة الشحن (SEA PEARL) في خليج عدن بصاروخين مجنحين، صباح اليوم.")
    got = sides(text, published=DAY)
    assert got and got[0][1] == "IRAN_ALIGNED", got


def test_foreign_workers_taken_are_civilians() -> None:
    """'عاملين أجنبيين': hired workers of no force are civilians."""
    got = sides("وفي جنوب ليبيا، خطف مسلحون مجهولون عاملين أجنبيين كانا يعملان في مزرعة قرب مدينة سبها، مساء الأحد.",
                published=DAY)
    assert got and got[0][2] == "CIVILIANS", got


@pytest.mark.parametrize("text", [
    "أعلن الجيش المالي مقتل ثلاثة من عناصره في هجوم استهدف فجر الخميس حاجزاً أمنياً عند مدخل مدينة موبتي.",
    "قتل جنديان في هجوم على حاجز للجيش قرب مدينة موبتي وسط مالي، فجر الخميس.",
], ids=["army-announces", "checkpoint"])
def test_an_unarmed_attack_on_a_checkpoint_is_a_clash_with_the_army(text: str) -> None:
    """'هجوم استهدف حاجزا امنيا' with no weapon named: a post stormed on foot, a clash, not shelling; in Mali the
    post is the Malian army's (home_forces)."""
    got = sides(text, published=DAY)
    assert got and got[0][0] == "Armed clash" and got[0][2] == "OTHER", got


@pytest.mark.parametrize("text, want, not_want", [
    ("هاجم مسلحون مخفراً للدرك في ولاية هكاري التركية فجر الأحد بأسلحة رشاشة ثقيلة وقذائف صاروخية، فقتل جندي.",
     {"heavy_machine_gun", "rpg"}, {"rocket", "small_arms"}),
    ("أطلقت فصائل مسلحة قذائف صاروخية على مستوطنة المطلة، صباح الأحد.", {"rocket"}, {"rpg"}),
], ids=["ground-assault", "rockets-alone"])
def test_rocket_rounds_beside_machine_guns_are_rpgs(text: str, want: set[str], not_want: set[str]) -> None:
    """'قذائف صاروخية' fired with machine guns or rifles are RPG rounds (weapon_context `only`); fired alone at a
    town they stay rockets. 'أسلحة رشاشة ثقيلة' are heavy machine guns."""
    got = _weapons(text)
    assert got and want <= set(got[0]) and not (not_want & set(got[0])), got
