"""Merge 21a: the other side's interception of the claimed weapons, the camps of a clash told by two voices, and
a clash with the attack told in its own sentence."""

from __future__ import annotations

from rasd.merge_compat import Unit, sides_ok
from rasd.records import Actor
from tests.factories import extract_text as run


def _actor(side: str) -> Actor:
    """An actor of one side."""
    return Actor(id=side.lower(), name_en=side, name_ar="", side=side)


def _clash(agent: str, target: str) -> Unit:
    """A placeless, undated clash unit between two sides."""
    return Unit(frames=[], place=None, day=None, precision=None, date_from="none", agent=_actor(agent),
                target=_actor(target), sub_event="Armed clash", sub_from="trigger")


def test_the_army_and_its_militias_are_one_camp_of_a_clash() -> None:
    """SANA's 'قسد حاولت التسلل' (the army against the SDF) and SOHR's 'مسلحون موالون لإيران هاجموا نقطة لقسد'
    are one clash told by two voices; a third party is not."""
    assert sides_ok(_clash("SDF", "SYRIA_GOV"), _clash("IRAN_ALIGNED", "SDF"))
    assert not sides_ok(_clash("SDF", "SYRIA_GOV"), _clash("TURKEY", "SDF"))


def test_the_other_side_downing_the_claimed_drones_is_the_same_attack() -> None:
    """A claimed drone swarm and the army's 'two drones intercepted over the region' in the next sentence are one
    incident, placed at the town the claim names."""
    ms = run("أعلن حزب الله صباح اليوم أنه أطلق سرباً من الطائرات المسيرة نحو قاعدة عسكرية قرب كريات شمونة.\n"
             "وقال الجيش الإسرائيلي إن طائرتين مسيرتين أطلقتا من لبنان اعترضتا فوق إصبع الجليل.")
    assert [m.location.name_en for m in ms if m.location is not None] == ["Qiryat Shmona"]


def test_a_clash_and_the_attack_of_its_sentence_are_one_operation_whoever_reads_first() -> None:
    """'تصدّوا لقوة حاولت التقدم ..., واستهدفوا دبابة': the clash read with the army first and the attack read with
    the fighters first are one operation."""
    ms = run("وقال المتحدث باسم الفصائل إن مقاتليه تصدوا لقوة من الجيش حاولت التقدم نحو بلدة اللطامنة صباح اليوم، "
             "واستهدفوا دبابة بصاروخ مضاد للدروع.")
    assert len(ms) == 1
