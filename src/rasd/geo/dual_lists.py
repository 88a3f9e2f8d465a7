"""A dual head's second name after a direction of the first: 'طالت منطقتي A شمال العاصمه وB في مدخلها الجنوبي'.

A dual head ('منطقتي', 'بلدتي') announces two names. When the writer places the first one with a direction ('شمال
العاصمه') before naming the second, the second name still belongs to the dual list and takes its head, though the
direction puts it farther from the first than a list's usual gap.
"""

from __future__ import annotations

from collections.abc import Callable

from .units import Unit, _replace

MAX_DIRECTION_WORDS = 3  # 'شمال العاصمه', 'جنوب مدينه X': a bearing and a short reference


def after_direction(units: list[Unit], unit: Unit, prefix: str, text: str,
                    directional: Callable[[str], bool]) -> Unit | None:
    """The bare name after 'و' as the second member of the dual list right before it, when only a direction phrase of
    the first member lies between them ('منطقتي A شمال العاصمه وB'); None otherwise."""
    if not units or unit.head is not None or unit.desc is not None or not prefix.startswith("و"):
        return None
    prev = units[-1]
    head = prev.outer or prev.head
    if head is None or head.number != "du" or prev.list_first is not None or prev.sentence != unit.sentence:
        return None
    words = text[prev.end:unit.start - len(prefix)].split()
    if not 2 <= len(words) <= MAX_DIRECTION_WORDS or not directional(" ".join(words)):
        return None
    return _replace(unit, head=head, inherited=True, feature=unit.feature or head.feature, desc=prev.desc,
                    list_first=len(units) - 1)
