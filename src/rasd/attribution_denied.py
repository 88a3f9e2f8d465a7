"""Names that tell nothing: a statement not made (attribution_unsaid), a denial, or the party held responsible.

Who denies an attack ('نفي مستشار لقايد قوات X مسووليه قواته', 'فيما نفت انقره مسووليتها') tells no incident, and
the party a teller holds responsible ('قالت اللجان ان ..., محمله قوات X المسووليه') is what was said, not who said
it: neither is a source of the incident.
"""

from __future__ import annotations

import re

from .attribution_unsaid import clause_open, unsaid
from .literal_guard import Regex, guard

# a verb of denial that opens its clause's statement: 'نفي', 'ونفت', 'فيما نفت', 'ينفي', 'انكرت', 'كذبت'
DENYING = guard(r"(?<!\S)[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|انكر|انكرت|ينكر|تنكر|كذبت|يكذب|تكذب)(?!\S)")
# a verb of blaming before the name ('محمله', 'وحملت الوزاره في بيان', 'يحمل') and the responsibility right after it
BLAMING = guard(r"(?<!\S)[وف]?(?:حمل|حملت|حملوا|يحمل|تحمل|يحملون|محمل|محمله|محملا|محملين)(?!\S)")
RESPONSIBILITY = re.compile(r"[ \"']+(?:ال)?مسووليه(?!\S)")
CLAUSE_WORDS = 6  # words from the verb to the name: 'نفي مستشار لقايد قوات X', 'وحملت الوزاره في بيان X'


def told_nothing(text: str, at: int, end: int) -> bool:
    """The name text[at:end] tells nothing of the incident: its statement was not made ('ولم يصدر تعليق من X'), it
    denies ('في المقابل, نفي مستشار لقايد قوات X في تصريحات') or it is held responsible ('محمله قوات X "المسووليه
    الكامله"', 'وحملت الوزاره في بيان X المسووليه'); its clause's opening is found once for the three."""
    lo = clause_open(text, at)
    return unsaid(text, at, lo) or _verb_before(DENYING, text, lo, at) or (
        RESPONSIBILITY.match(text, end) is not None and _verb_before(BLAMING, text, lo, at))


def _verb_before(verb: Regex, text: str, lo: int, at: int) -> bool:
    """A verb of the pattern opens the name's clause (from lo) at most CLAUSE_WORDS words before `at`."""
    return any(len(text[m.end():at].split()) <= CLAUSE_WORDS for m in verb.finditer(text, lo, at))
