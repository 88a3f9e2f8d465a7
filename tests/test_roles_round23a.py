"""Roles 23a (wa_ study and the leftovers three studies asked for): a fronted teller, a state body telling of harm
to its citizens, a nisba inside a monitor's name, the object's holder of a later verb, 'the armed factions' in Iraq,
bare 'مقاومون' in the West Bank, an operations room told again, the factions' foe on Syria's north-west front.
Sentences written for rasd in wording unlike the articles that showed them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text", [
    # a fronted subject of a verb of telling with a quote or 'that' (wa_008, va_004, tb_003: 3 docs / 3 sets)
    'قيادة عمليات بغداد أكدت في بيان "سقوط صاروخين نوع كاتيوشا في أرض خالية قرب ناحية اليوسفية مساء أمس".',
    "خلية الإعلام الأمني قالت إن قذيفتين سقطتا مساء أمس في بستان قرب ناحية الرشاد من دون إصابات.",
], ids=["quote", "that"])
def test_a_fronted_teller_is_no_attacker(text: str) -> None:
    """'X أكدت في بيان "سقوط ..."': who tells of the fall did not fire."""
    got = sides(text, published=date(2024, 5, 9))
    assert got and all(a1 != "IRAQ_GOV" for _, a1, _ in got), got


def test_a_fronted_claimant_announcing_its_act_still_did_it() -> None:
    """'X تعلن "تحييد" ...': the subject's own verb of announcing stands between it and the act (sb_017)."""
    got = sides('الاستخبارات التركية تعلن "تحييد" قيادي في حزب العمال الكردستاني بضربة قرب قضاء سنجار.',
                published=date(2024, 5, 9))
    assert got and got[0][1] == "TURKEY", got


def test_the_state_telling_of_rockets_on_its_citizens_did_not_fire_them() -> None:
    """'ذكرت قيادة العمليات المشتركة أن صواريخ أطلقتها مجموعة ... سقطت على منازل مواطنين': a body of the state whose
    country the article lies in tells of harm to civilians (tb_003, va_004: 2 docs / 2 sets)."""
    got = sides('وذكرت قيادة العمليات المشتركة في بيان أن "صاروخين أطلقتهما جماعة خارجة عن القانون سقطا فجر اليوم على '
                'منازل مواطنين في حي الجهاد ببغداد، ما أدى إلى إصابة امرأة".', published=date(2024, 5, 9))
    assert got and all(a1 != "IRAQ_GOV" for _, a1, _ in got), got


def test_a_nisba_inside_a_monitors_name_speaks_for_no_state() -> None:
    """'قال المرصد السوري ان طائرات ... استهدفت': 'السوري' of the monitor's name is not the government (qa_003,
    ub_010: 2 docs / 2 sets)."""
    got = sides('وقال المرصد السوري لحقوق الإنسان إن طائرات "مجهولة الهوية يرجح أنها إسرائيلية" استهدفت فجر اليوم '
                "مستودعاً لفصائل موالية لإيران قرب مدينة الميادين.", published=date(2024, 2, 3))
    assert got and all(a1 != "SYRIA_GOV" for _, a1, _ in got), got


def test_the_holder_after_a_later_verbs_object_was_hit() -> None:
    """'... وعبوة ناسفة تستهدف جيب الاحتلال في X': the genitive of the vehicle the later verb hit is its holder."""
    got = sides("مقاومون يفجرون عبوة ناسفة تستهدف جيب الاحتلال قرب بلدة يعبد جنوب غرب جنين.",
                published=date(2024, 6, 2))
    assert got and got[0][1:] == ("OTHER", "ISRAEL"), got


@pytest.mark.parametrize("text", [
    "وقال أحد عناصر الفصائل المسلحة للجزيرة إن مسيرة هاجمت فجر اليوم سيارة تقل قياديين في منطقة جرف النصر.",
    "قتل ثلاثة من عناصر كتائب حزب الله مساء أمس بضربة من طائرة مسيرة استهدفت سيارتهم قرب ناحية القائم، في أخطر "
    "تصعيد منذ أسابيع بين الفصائل المسلحة والقوات الأمريكية.",
], ids=["member-tells", "background-pair"])
def test_the_armed_factions_in_iraq_are_no_syrian_opposition(text: str) -> None:
    """'الفصائل المسلحة' in Iraqi news is the Iran-aligned factions (wa_001, va_004 and ~28 Iraqi docs)."""
    got = sides(text, published=date(2024, 1, 10))
    assert got and all(a1 != "OPPOSITION" for _, a1, _ in got), got


def test_bare_resistance_fighters_in_the_west_bank_are_palestinian_fighters() -> None:
    """'اشتباك بين مقاومين وقوات الاحتلال' (wa_014, dz_016, ey_015, ez_017, ho_013: 9 docs / 9 sets)."""
    got = sides("واندلع اشتباك مسلح فجر اليوم بين مقاومين وقوة إسرائيلية خاصة تسللت إلى بلدة قباطية جنوب جنين.",
                published=date(2024, 6, 2))
    assert got and {got[0][1], got[0][2]} == {"OTHER", "ISRAEL"}, got


def test_bare_resistance_fighters_elsewhere_name_no_party() -> None:
    """In Lebanon 'ثلة من المقاومين' at a funeral is no party to the strike told."""
    got = sides("وأدت ثلة من المقاومين التحية للشهيد الذي سقط بغارة إسرائيلية على سيارة في بلدة عيترون أمس.",
                published=date(2024, 6, 2))
    assert all("OTHER" not in g[1:] for g in got), got


def test_an_operations_room_told_again_is_the_room_named_first() -> None:
    """'وقالت غرفة العمليات في بيان إن مقاتليها استهدفوا ...' after 'غرفة عمليات "الفتح المبين"' (wb_007)."""
    got = sides('أعلنت غرفة عمليات "الفتح المبين" أمس صد محاولة تسلل على محور بلدة كفرنبل. وقالت غرفة العمليات في بيان '
                "إن مقاتليها استهدفوا اليوم عربة عسكرية على محور بلدة الحويز بصاروخ موجه.", published=date(2023, 6, 2))
    assert any(a1 == "OPPOSITION" for _, a1, _ in got), got


def test_the_factions_strike_the_government_on_the_north_west_front() -> None:
    """The opposition's foe in Idlib, Hama and Latakia is the government (theatre_foes)."""
    got = sides("قصفت فصائل المعارضة بقذائف المدفعية صباح اليوم محيط بلدة كرناز بريف حماة الشمالي.",
                published=date(2023, 6, 2))
    assert got and got[0][1:] == ("OPPOSITION", "SYRIA_GOV"), got
