"""Names in a statement that was not made: 'ولم يصدر تعليق من X', 'لم يتسن لـX التحقق', 'ولم يعلن X عن اصابات'.

A news report closes by saying who has not (yet) commented, or that the outlet could not
check a figure; the name there told nothing about the incident, so it is no source.
"""

from __future__ import annotations

from .literal_guard import guard

# a negated verb of commenting, confirming or checking: 'ولم يصدر (حتي الان) اي تعليق', 'لم تعلق', 'لم يعقب',
# 'لم يتسن', 'لم ترد (علي طلب)', 'لم يتمكن ... من التحقق', 'لم يستجب', and of announcing: 'ولم يعلن الجيش عن
# اصابات', 'لم تعلن الجماعه مسووليتها' ('لم يذكر X عدد القتلي' is not one: X told the strike, not its toll)
UNSAID = guard(r"(?<!\S)[وف]?لم [يت](?:صدر|علق|عقب|تسن|تسني|رد|تمكن|ستجب|علن)(?!\S)")
CLAUSE_ENDS = ".,،:;؛\n"


def clause_open(text: str, at: int) -> int:
    """Where the clause holding `at` opens: right after the last clause mark before it (0 for none)."""
    return max(text.rfind(ch, 0, at) for ch in CLAUSE_ENDS) + 1


def unsaid(text: str, at: int, lo: int | None = None) -> bool:
    """The name beginning at `at` stands in a negated statement opened earlier in its clause ('ولم يصدر تعليق رسمي
    من X حتي الان', 'لم يتسن لـX التحقق من الرقم'): it said nothing the article reports. lo: the clause's opening,
    when the caller has it."""
    lo = clause_open(text, at) if lo is None else lo
    return any(m.end() <= at for m in UNSAID.finditer(text, lo, at))
