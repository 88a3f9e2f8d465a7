"""Operations in general: a unit told only by a bare plural 'operations' or 'attacks' is no incident of its own.

'مصير العمليات في البحر الاحمر', 'مرحله جديده من العمليات', 'ان العمليات البحريه مستمره', 'تزامن هجمات خلايا داعش مع
الضربات', 'ردا علي هجمات اسفرت عن مقتل جنود الشهر الماضي': the plural noun names a campaign, a threat, a forecast or
a past series, not one act at one place on one day. A unit whose every trigger is such a noun, that no verb of
doing carries out ('شنت هجمات علي', 'نفذت عمليات'), that names no weapon ('طالت الهجمات بالطيران المسير قاعده
X') and that gives no casualties, is no codable incident (the weapon and the casualties are tested in
merge.to_mentions).
"""

from __future__ import annotations

from .frame import Frame
from .recognize import Recognized

GENERIC_PLURALS = frozenset({"عمليات", "العمليات", "هجمات", "الهجمات"})
DOING = frozenset({"شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "شنها", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ",
                   "ينفذون", "تنفيذ", "بتنفيذ", "نفذها"})  # 'شنت الطائرات هجمات علي X': acts carried out
DOING_REACH = 5  # words from the verb of doing to its plural object ('وشنت فصائل المقاومه الاسلاميه هجمات')
STOPS = (",", ".", ":", "\n", "!", "?")


def generic_only(rec: Recognized, frames: list[Frame]) -> bool:
    """Every frame is told by a bare plural 'operations'/'attacks' that no verb of doing carries out."""
    return all(f.trigger.key in GENERIC_PLURALS and not _carried_out(rec.nt.text, f.trigger.start) for f in frames)


def _carried_out(text: str, at: int) -> bool:
    """A verb of doing opens the clause up to five words before the plural ('نفذت الفصائل عمليات')."""
    before = text[max(0, at - 80):at]
    cut = max(before.rfind(c) for c in STOPS)
    words = before[cut + 1:].split()[-(DOING_REACH + 1):]
    return any(w.removeprefix("و") in DOING for w in words)
