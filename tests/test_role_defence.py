"""Clash roles: the two foes a clash is told between, sentences written for rasd."""

from __future__ import annotations

import pytest

from tests.factories import sides


@pytest.mark.parametrize("text, expected", [
    # 'بين X وY': the first named first, the second its foe, not one party with it (ja_006, qa_008, oa_022, pb_023,
    # nw_023: 'بين' after a clash noun in 36 sentences of 15 sets; 6 lost a foe)
    ("اندلعت أمس معارك ضارية قرب مدينة مأرب بين مسلحي جماعة الحوثي وقوات الجيش الوطني.",
     [("Armed clash", "IRAN_ALIGNED", "OTHER")]),
    # 'من جهة، و... من جهة أخرى', a generic group yielding to the one named after its 'من'
    ("وقعت اشتباكات عنيفة فجر اليوم في قضاء الطارمية بين قوة من الجيش العراقي من جهة، وعناصر من تنظيم داعش من جهة "
     "أخرى.", [("Armed clash", "IRAQ_GOV", "ISIS")]),
    # a group named in quotes (4 docs in 4 sets write 'غرفة عمليات «الفتح المبين»')
    ("دارت مواجهات مساء الأحد في محيط بلدة سراقب بين مقاتلي «الفتح المبين» وقوات النظام.",
     [("Armed clash", "OPPOSITION", "SYRIA_GOV")]),
], ids=["two-foes", "one-side-the-other", "quoted-name"])
def test_clash_between_two_foes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """'اشتباكات بين X وY' names both parties of the clash."""
    assert sides(text) == expected


def test_a_generic_label_yields_to_the_group_it_names_in_a_clash_pair() -> None:
    """'بين «قسد» وميليشيا «الدفاع الوطني»': the class noun before a quoted name labels that group, whose side the
    clash takes (ta_004; the label before a named group is read the same way outside clashes)."""
    got = sides("وقعت اشتباكات عنيفة بين «قسد» وميليشيا «الدفاع الوطني» في حي غويران بمدينة الحسكة ليل أمس.")
    assert [g[1:] for g in got] == [("SDF", "SYRIA_GOV")], got
