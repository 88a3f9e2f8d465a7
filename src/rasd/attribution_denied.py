"""Names a statement denies or blames: 'نفي X مسووليته عن القصف', 'محمله X المسووليه الكامله'.

Who denies an attack ('نفي مستشار لقايد قوات X مسووليه قواته', 'فيما نفت انقره مسووليتها') tells no incident, and
the party a teller holds responsible ('قالت اللجان ان ..., محمله قوات X المسووليه') is what was said, not who said
it: neither is a source of the incident.
"""

from __future__ import annotations

import re

# a verb of denial that opens its clause's statement: 'نفي', 'ونفت', 'فيما نفت', 'ينفي', 'انكرت', 'كذبت'
DENYING = re.compile(r"(?<!\S)[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|انكر|انكرت|ينكر|تنكر|كذبت|يكذب|تكذب)(?!\S)")
# a verb of blaming before the name ('محمله', 'وحملت الوزاره في بيان', 'يحمل') and the responsibility right after it
BLAMING = re.compile(r"(?<!\S)[وف]?(?:حمل|حملت|حملوا|يحمل|تحمل|يحملون|محمل|محمله|محملا|محملين)(?!\S)")
RESPONSIBILITY = re.compile(r"[ \"']+(?:ال)?مسووليه(?!\S)")
CLAUSE_ENDS = ".,،:;؛\n"
CLAUSE_WORDS = 6  # words from the verb to the name: 'نفي مستشار لقايد قوات X', 'وحملت الوزاره في بيان X'


def denied(text: str, at: int) -> bool:
    """The name beginning at `at` is the subject of a verb of denial earlier in its clause ('في المقابل, نفي مستشار
    لقايد قوات X في تصريحات'): it denies, it tells no incident."""
    return _verb_before(DENYING, text, at)


def blamed(text: str, at: int, end: int) -> bool:
    """The name text[at:end] is held responsible ('محمله قوات X "المسووليه الكامله"', 'وحملت الوزاره في بيان X
    المسووليه'): the one blamed, no teller."""
    return RESPONSIBILITY.match(text, end) is not None and _verb_before(BLAMING, text, at)


def _verb_before(verb: re.Pattern[str], text: str, at: int) -> bool:
    """A verb of the pattern opens the name's clause at most CLAUSE_WORDS words before `at`."""
    lo = max(text.rfind(ch, 0, at) for ch in CLAUSE_ENDS) + 1
    return any(len(text[m.end():at].split()) <= CLAUSE_WORDS for m in verb.finditer(text, lo, at))
