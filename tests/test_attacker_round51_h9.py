"""Round 51 (h9): the attacker side of an incident, read from its own telling, not the story around it."""

from __future__ import annotations

import pytest

from tests.factories import sides

BLAST = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    # a raid on villagers, then a mine among other villagers: the raiders planted nothing
    ("داهمت قوات سوريا الديمقراطية صباح الأحد منازل في بلدة ذيبان بريف دير الزور الشرقي واعتقلت أربعة شبان من "
     "أهلها. وقتل مدنيان وأصيب ثالث، ظهر الأحد، بانفجار لغم أرضي قرب بلدة ذيبان أثناء رعيهم الأغنام."),
    # an attack on truffle hunters, then a war remnant that killed shepherds
    ("قتل خمسة مدنيين بهجوم نفذه تنظيم الدولة على جامعي الكمأة قرب بلدة السخنة يوم الجمعة. "
     "وقتل راعيان، يوم السبت، بانفجار لغم من مخلفات الحرب قرب بلدة السخنة."),
])
def test_mine_borrows_no_attacker_from_another_incident(text: str) -> None:
    """A mine that went off among civilians keeps an unknown hand, whoever did the incident told before it."""
    blasts = [s for s in sides(text) if s[0] == BLAST]
    assert blasts and blasts[0][1] == "UNKNOWN"


@pytest.mark.parametrize(("text", "attacker", "target"), [
    # a hedge ('يعتقد أنها') between the cells and 'تتبع لX' keeps X the cells' patron, not the one hit
    ("وكانت خلايا يعتقد أنها تتبع لتنظيم داعش قد هاجمت مساء السبت نقطة لقوات سوريا الديمقراطية على أطراف بلدة "
     "ذيبان بريف دير الزور الشرقي، ما أدى إلى مقتل عنصرين.", "ISIS", "SDF"),
    ("هاجمت مجموعة يرجح أنها تتبع لتنظيم داعش فجر الاثنين حاجزا لقوات سوريا الديمقراطية قرب بلدة ذيبان بريف دير "
     "الزور الشرقي.", "ISIS", "SDF"),
])
def test_hedged_patron_of_the_attackers(text: str, attacker: str, target: str) -> None:
    """Cells 'believed to belong to X' that attacked a post: X attacked, the post's owner was hit."""
    got = sides(text)
    assert got and got[0][1:] == (attacker, target)


@pytest.mark.parametrize("text", [
    "تعرضت ربية للجيش بناحية العظيم لهجوم من الدواعش ليلة البارحة حدود الساعة ٨ بالليل، والمعلومات الأولية شهيدين.",
    "اختطف الدواعش راعيين اثنين قرب ناحية العظيم شمالي ديالى فجر اليوم.",
])
def test_spoken_plural_of_isis_members(text: str) -> None:
    """'الدواعش', the plural of ISIS members in spoken news, names ISIS."""
    got = sides(text)
    assert got and got[0][1] == "ISIS"


def test_bare_media_centre_of_an_sdf_story_speaks_for_the_sdf() -> None:
    """'أفاد المركز الإعلامي بأن وحداته اعتقلت': in an article that names the SDF, its media centre's units acted."""
    text = ("هاجم مسلحون مجهولون فجر الاثنين حاجزا لقوات سوريا الديمقراطية قرب بلدة ذيبان بريف دير الزور الشرقي. "
            "وفي سياق متصل، أفاد المركز الإعلامي بأن وحداته نفذت صباح اليوم عملية أمنية في بلدة الشحيل بريف دير "
            "الزور الشرقي، أسفرت عن اعتقال أربعة أشخاص.")
    arrests = [s for s in sides(text) if s[0] == "Arrests"]
    assert arrests and arrests[0][1] == "SDF"


def test_drone_air_arm_of_sanaa_is_the_houthis() -> None:
    """'سلاح الجو المسيّر', the drone arm named in Sanaa's military statements, is the Houthis' own force."""
    text = "نفذ سلاح الجو المسيّر فجر اليوم عملية استهدفت منشآت حيوية في منطقة جازان بطائرتين مسيّرتين."
    got = sides(text)
    assert got and got[0][1] == "IRAN_ALIGNED"
