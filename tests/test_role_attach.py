"""Role attachments: what an owner, outlet or origin phrase before an actor makes of it, sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # an outlet's owner tells of the raid, it neither made nor took it (not 'المسيرة' the drone)
    ('ذكرت قناة "المسيرة" التابعة للحوثيين أن طائرات التحالف شنت غارتين على مديرية صرواح في محافظة مأرب مساء أمس.',
     ("Air/drone strike", "OTHER", "IRAN_ALIGNED")),
    # fired from a side's positions: that side fired it, the people counted before were hit
    ("أصيب طفلان بقذيفة هاون أطلقت من مواقع ميليشيا الحوثي على حي سكني في مدينة تعز صباح اليوم.",
     ("Shelling/artillery/missile attack", "IRAN_ALIGNED", "CIVILIANS")),
    ("سقطت قذيفتا هاون من مواقع قوات النظام على بلدة الشحيل مساء أمس، ما أدى إلى إصابة امرأة.",
     ("Shelling/artillery/missile attack", "SYRIA_GOV", "CIVILIANS")),
    # a war remnant: the group that left the mine is no party to the blast, its victims are civilians
    ("قتل راعيان بانفجار لغم أرضي من مخلفات تنظيم داعش في بادية تدمر أمس.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "CIVILIANS")),
    # a vehicle owned by a force whose name begins with ل ('لقوات النظام'): the owner was hit
    ("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية تابعة لقوات النظام قرب مدينة الصنمين.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "SYRIA_GOV")),
], ids=["outlet-owner", "from-positions-taiz", "from-positions-shahil", "war-remnant", "owned-by-l-name"])
def test_owner_outlet_and_origin(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'تابعة لـX' after an outlet, 'من مواقع X' after a weapon, 'من مخلفات X' and 'تابعة لقوات X' each give X its part."""
    assert sides(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # 'مصدره مواقع X', 'مصدره X' after the attack: X fired it
    ("تعرضت قرية الطويلة صباح اليوم لقصف صاروخي مصدره مواقع قوات النظام، دون تسجيل إصابات.",
     ("Shelling/artillery/missile attack", "SYRIA_GOV", None)),
    ("تعرضت بلدة كنصفرة لقصف مدفعي مصدره قوات النظام، ما أدى إلى إصابة طفل.",
     ("Shelling/artillery/missile attack", "SYRIA_GOV", "CIVILIANS")),
    # 'استهداف X موقعا': the verbal noun's subject, followed at once by the thing hit, targeted it
    ("قتل جندي من الجيش اللبناني إثر استهداف جيش الاحتلال نقطة عسكرية بمسيرة في بلدة العديسة أمس.",
     ("Air/drone strike", "ISRAEL", "OTHER")),
    ("أصيب عنصران من قوات الأمن إثر استهداف تنظيم داعش حاجزاً أمنياً بعبوة ناسفة في قضاء الطارمية.",
     ("Remote explosive/landmine/IED", "ISIS", "IRAQ_GOV")),
    ("قتل مقاتل من قسد إثر استهداف الجيش التركي دورية بطائرة مسيرة قرب مدينة القامشلي.",
     ("Air/drone strike", "TURKEY", "SDF")),
], ids=["source-positions", "source-named", "masdar-subject-lebanon", "masdar-subject-isis", "masdar-subject-turkey"])
def test_source_and_masdar_subject(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'قصف مصدره مواقع X' and 'استهداف X موقعا' make X the attacker; 'استهداف X' alone stays X hit."""
    assert sides(text) == [expected]


def test_masdar_object_alone_is_hit() -> None:
    """'استهداف X' with nothing hit after it: X is the object of the targeting."""
    assert sides("قتل ثلاثة عناصر إثر استهداف قوات النظام بطائرة مسيرة قرب بلدة سراقب أمس.")[0][2] == "SYRIA_GOV"


@pytest.mark.parametrize("text, expected", [
    # the holder of the place hit is the target, even with a back-reference as the first attack noun ('بعد ساعات
    # من الغارات'; ob_003's construction, 10 docs in 9 sets name a place 'الخاضعة لسيطرة X')
    ('وبعد ساعات من الغارات، سقطت قذائف صاروخية على قرية الكبينة الخاضعة لسيطرة "هيئة تحرير الشام" في ريف '
     "اللاذقية.", [("Shelling/artillery/missile attack", "UNKNOWN", "OPPOSITION")]),
    # fired from a place a side holds: that side fired (it is no target)
    ("سقطت ثلاثة صواريخ أطلقت من أطراف قرية حطلة، إحدى القرى الخاضعة لسيطرة قوات النظام، على محيط حقل كونيكو "
     "مساء أمس.", [("Shelling/artillery/missile attack", "SYRIA_GOV", "US")]),
    # a quoted partner of the attacker ('بمشاركة عناصر من "X"') is no target (ob_007; quoted names in 5 sets)
    ('نفذت مروحيات التحالف الدولي فجر اليوم، بمشاركة عناصر من "قوات سوريا الديمقراطية"، عملية إنزال جوي في بلدة '
     "ذيبان بريف دير الزور.", [("Air/drone strike", "US", "ISIS")]),  # the coalition's own foe in Syria
], ids=["held-place-target", "held-place-origin", "quoted-partner"])
def test_holder_of_a_place_and_a_quoted_partner(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'الخاضعة لسيطرة X' makes X the one hit, or the one firing from there; 'بمشاركة عناصر من "X"' a partner."""
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed group 'مرتبطة بأجهزة X' is X's proxy: it attacks, with X's side; X is no party hit (ja_007, la_006,
    # qb_001; the side: ne_004, oi_008, pg_004, ok_006)
    ("قالت قوات سوريا الديمقراطية إن مقاتليها صدوا هجوماً شنته مجموعات مسلحة مرتبطة بأجهزة النظام على قرية الجنينة.",
     [("Armed clash", "SYRIA_GOV", "SDF")]),
    # but things 'مرتبطة بـX' that were hit are X's, so X was hit with them
    ("قال الجيش الأمريكي إنه شن ضربات على مخازن في مدينة البوكمال مرتبطة بالحرس الثوري.",
     [("Air/drone strike", "US", "IRAN_ALIGNED")]),
], ids=["group-linked-to-backer", "things-linked-to-owner"])
def test_linked_to_a_backer(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'مجموعات مرتبطة بأجهزة X': X backs the group, which fights on X's side; 'مخازن مرتبطة بـX': X owns what was
    hit."""
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the backer after the organ it acts through, in 'ل': 'مرتبطة بالأجهزة الأمنية للحكومة X'
    ("أعلنت قسد أن مقاتليها أحبطوا ليل الأحد هجوماً شنته مجموعة مسلحة مرتبطة بالأجهزة الأمنية للحكومة السورية "
     "على نقاطها في بلدة ذيبان.", [("Armed clash", "SYRIA_GOV", "SDF")]),
    # 'مسلحون موالون لX' as the subject of the verb: X's side attacks, on foot (not X's air force)
    ("هاجم مسلحون موالون للحكومة السورية نقطة لقسد في قرية الكسرة مساء أمس.", [("Armed clash", "SYRIA_GOV", "SDF")]),
    # a named group keeps its own side, its backer stays no party
    ("قتل عنصر من قسد برصاص قوات الدفاع الوطني الموالية لإيران في قرية الكسرة مساء أمس.",
     [("Armed clash", "SYRIA_GOV", "SDF")]),
    # the unnamed group after the weapon that killed: its backer's side fired
    ("قتل عنصر من قسد برصاص مسلحين موالين لإيران في قرية الكسرة مساء أمس.", [("Armed clash", "IRAN_ALIGNED", "SDF")]),
], ids=["organ-of-backer", "loyal-gunmen", "named-group-keeps-side", "loyal-gunmen-fired"])
def test_an_unnamed_group_fights_for_its_backer(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'مجموعات مسلحة مرتبطة بـX', 'مسلحون موالون لـX': the unnamed group attacks with its backer's side (ne_004,
    oi_008, pg_004, ok_006: 4 docs, 4 rA batches)."""
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the vehicle hit belongs to a unit of the army named after 'في': the army was hit, 'في' names no place
    ("انفجر لغم أرضي صباح اليوم بناقلة جند تابعة لأحد أفواج اللواء 30 في الحشد الشعبي قرب قضاء بيجي.",
     ("Remote explosive/landmine/IED", "UNKNOWN", "IRAN_ALIGNED")),
    # a post of an ordinal-numbered division: the same construction in another theatre
    ("قصفت مسيرة تركية مساء أمس موقعاً للفرقة الثانية عشرة في قوات سوريا الديمقراطية قرب بلدة تل تمر.",
     ("Air/drone strike", "TURKEY", "SDF")),
], ids=["unit-owned-vehicle", "unit-post"])
def test_a_units_force_after_fi_is_the_one_hit(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """'تابعة لأحد ألوية الفرقة 15 في الجيش X', 'موقعاً للواء 52 في الحشد': the force whose unit owned what was hit
    (rb_008, rb_009, pb_006, cx_025, na_010: 5 docs, 5 sets)."""
    assert sides(text) == [expected]


def test_unit_start_reads_the_unit_chain() -> None:
    """The unit phrase's start: a unit noun, two number or ordinal words at most, and 'لاحد' or another unit before."""
    from rasd.normalize import normalize
    from rasd.role_attach import unit_start

    class _M:  # the least of a Match that unit_start reads
        def __init__(self, start: int) -> None:
            self.start, self.prefix = start, ""

    for raw, lead in [("عجلة تابعة لأحد ألوية الفرقة 15 في الجيش", "لاحد"), ("منتسبي اللواء الرابع عشر في الحشد", "اللواء"),
                      ("انفجار في قلب المدينة في الجيش", None), ("جندي في الجيش", None)]:
        text = normalize(raw).text
        at = unit_start(text, _M(text.rfind(" ") + 1), 0)  # type: ignore[arg-type]
        assert (text[at:].split()[0] if at is not None else None) == lead, raw
