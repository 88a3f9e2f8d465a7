"""Names that tell nothing: a statement not made (attribution_unsaid), a denial, a threat, or the party held responsible.

Who denies an attack ('نفي مستشار لقايد قوات X مسووليه قواته', 'فيما نفت انقره مسووليتها', 'والبنتاغون نفي
تنفيذ اي ضربه') tells no incident, nor does a speaker whose reported words only deny any strike or decline to comment
('قال متحدث باسم X ان القوات "لم تنفذ اي ضربات"', 'قال X انه "لا يعلق علي تقارير"'); and the party a teller holds
responsible ('قالت اللجان ان ..., محمله قوات X المسووليه') is what was said, not who said it; nor does a party that
threatens ('وكان المتحدث باسم X قد توعد بان اي اعتداء لن يمر دون رد', 'وهددت X بالرد'): none is a source of the
incident.
"""

from __future__ import annotations

import re

from .attribution_text import COMPLEMENTIZERS
from .attribution_unsaid import clause_open, unsaid
from .literal_guard import Regex, guard

# a verb of denial that opens its clause's statement: 'نفي', 'ونفت', 'فيما نفت', 'ينفي', 'انكرت', 'كذبت'
DENYING = guard(r"(?<!\S)[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|انكر|انكرت|ينكر|تنكر|كذبت|يكذب|تكذب)(?!\S)")
# a verb of threatening: 'توعد', 'وكانت X قد توعدت', 'هددت', 'يتوعد'
THREATENING = guard(r"(?<!\S)[وف]?(?:توعد|توعدت|توعدوا|يتوعد|تتوعد|هدد|هددت|هددوا|يهدد|تهدد)(?!\S)")
# a verb of blaming before the name ('محمله', 'وحملت الوزاره في بيان', 'يحمل') and the responsibility right after it
BLAMING = guard(r"(?<!\S)[وف]?(?:حمل|حملت|حملوا|يحمل|تحمل|يحملون|محمل|محمله|محملا|محملين)(?!\S)")
RESPONSIBILITY = re.compile(r"[ \"']+(?:ال)?مسووليه(?!\S)")
CLAUSE_WORDS = 6  # words from the verb to the name: 'نفي مستشار لقايد قوات X', 'وحملت الوزاره في بيان X'
DENIAL_AFTER = 2  # words from the name to a denial verb after it: 'والبنتاغون نفي', 'X في بيان نفت'
# what such a denial denies: its own act or part in it ('نفي تنفيذ اي ضربه', 'نفت مسووليتها'), not another's words
# ('نقلت عنه "سانا" نفي صحه البيان, مؤكدا ان الصاروخ سقط ...' tells the incident)
OWN_ACT = ("تنفيذ", "شن", "القيام", "مسووليه", "مسووليت", "علاقت", "اي ")
# reported words that only deny any strike or decline to comment: '"لم تنفذ اي ضربات"', 'انه "لا يعلق علي تقارير"'
NOTHING_SAID = guard(r"(?<![^\s\"'«])(?:(?:لم|لا) [يت]\S+ (?:ب)?(?:اي|ايه) [وف]?(?:ال)?(?:ضرب|غار|هجم|عملي|قصف)\S*"
                     r"|(?:لا|لن) [يت]علق(?!\S))")
SAID_REACH = 8  # words from the name to the complementizer that opens its reported words ('في رد مكتوب علي اسيله')
NOTHING_REACH = 5  # words from the complementizer to the denial ('ان القوات الاميركيه "لم تنفذ')
SENTENCE_ENDS = ".\n"


def told_nothing(text: str, at: int, end: int) -> bool:
    """The name text[at:end] tells nothing of the incident: its statement was not made ('ولم يصدر تعليق من X'), it
    denies ('في المقابل, نفي مستشار لقايد قوات X في تصريحات') or it is held responsible ('محمله قوات X "المسووليه
    الكامله"', 'وحملت الوزاره في بيان X المسووليه'); its clause's opening is found once for the three."""
    lo = clause_open(text, at)
    return unsaid(text, at, lo) or _verb_before(DENYING, text, lo, at) or _verb_before(THREATENING, text, lo, at) or (
        RESPONSIBILITY.match(text, end) is not None and _verb_before(BLAMING, text, lo, at)) or _denies_after(
        text, end) or _threatens_after(text, end) or _said_nothing(text, end)


def _denies_after(text: str, end: int) -> bool:
    """'والبنتاغون نفي تنفيذ اي ضربه': a denial of its own act (OWN_ACT) follows the name within DENIAL_AFTER words,
    in its clause."""
    m = _verb_after(DENYING, text, end)
    return m is not None and text[m.end():m.end() + 12].lstrip().startswith(OWN_ACT)


def _threatens_after(text: str, end: int) -> bool:
    """'وكان المتحدث باسم X قد توعد في بيان سابق': a verb of threatening follows the name within DENIAL_AFTER words
    (besides 'قد'), in its clause."""
    return _verb_after(THREATENING, text, end, skip="قد") is not None


def _verb_after(verb: Regex, text: str, end: int, skip: str = "") -> re.Match[str] | None:
    """The verb within DENIAL_AFTER words (besides `skip`) after the name ending at `end`, in its clause, or None."""
    m = verb.search(text, end, min(len(text), end + 40))
    if m is None or any(ch in text[end:m.start()] for ch in ",،.:;؛\n"):
        return None
    return m if len([w for w in text[end:m.start()].split() if w != skip]) <= DENIAL_AFTER else None


def _said_nothing(text: str, end: int) -> bool:
    """'قال متحدث باسم X ... ان القوات "لم تنفذ اي ضربات"': the name's reported words, opened by a complementizer
    within SAID_REACH words in its sentence, deny any strike or decline to comment within NOTHING_REACH words."""
    stop = min([len(text), end + 400, *(i for ch in SENTENCE_ENDS if (i := text.find(ch, end)) >= 0)])
    words = text[end:stop].split()[:SAID_REACH + 1]
    at = next((i for i, w in enumerate(words) if w.strip("\"'«»,،") in COMPLEMENTIZERS), None)
    if at is None:
        return False
    rest = " ".join(words[at + 1:] + text[end:stop].split()[SAID_REACH + 1:])
    m = NOTHING_SAID.search(rest)
    return m is not None and len(rest[:m.start()].split()) <= NOTHING_REACH


def _verb_before(verb: Regex, text: str, lo: int, at: int) -> bool:
    """A verb of the pattern opens the name's clause (from lo) at most CLAUSE_WORDS words before `at`."""
    return any(len(text[m.end():at].split()) <= CLAUSE_WORDS for m in verb.finditer(text, lo, at))
