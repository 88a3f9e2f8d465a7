"""Claimants: a sentence in which a named force claims an incident as its own act.

News retells a raid twice: the scene with an unnamed attacker ('هاجمت مجموعة مسلحة نقطة ...',
'تعرضت السفينة لهجوم') and, often in another sentence, the claim of the group behind it ('زعم التنظيم
أن عناصره اقتحموا الثكنة', 'تبنى المتحدث باسم الجماعة الهجوم'). sentence_claimant finds that group;
the frame stage makes it the attacker of the incidents of the sentence that name none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import actor_from
from .segment import Sentence

if TYPE_CHECKING:
    from .frame import Frame

ADOPT_VERBS = frozenset({"تبني", "تبنت", "يتبني", "تتبني", "تبناه", "تبنته", "تبناها", "تبنتها", "تبنوا"})
RESPONSIBILITY = frozenset({"مسووليته", "مسووليتها", "مسووليتهم", "مسووليتهما"})
ANNOUNCE = ("اعلن", "تعلن", "يعلن")  # 'اعلنت X مسووليتها', 'X تعلن مسووليتها'
SAY_VERBS = frozenset({"زعم", "زعمت", "ادعي", "ادعت", "اعلن", "اعلنت", "قال", "قالت", "اكد", "اكدت", "افاد", "افادت",
                       "يزعم", "تزعم", "يقول", "تقول"})
OWN_UNITS = frozenset({"عناصره", "عناصرها", "مقاتليه", "مقاتليها", "مقاتلوه", "مقاتلوها", "قواته", "قواتها",
                       "قواتهم", "جماعته", "جماعتها", "مجاهديه", "مجاهديها", "مجاهدوه", "مجاهدوها", "وحداته",
                       "وحداتها", "مسلحيه", "مسلحوه"})  # the speaker's own men: 'زعم التنظيم ان عناصره اقتحموا'
THAT = frozenset({"ان", "بان", "انه", "انها"})
ACT_STEMS = ("اقتحم", "هاجم", "استهدف", "قصف", "شن", "نفذ", "فجر", "دمر", "اغار", "اطلق", "ضرب")  # 'ان عناصره اقتحموا'
KILL_STEM = "قتل"  # 'ان مقاتليه قتلوا 11 عنصرا': killed a number (not 'قتلوا في الهجوم': they were killed)
DENIED = frozenset({"لم", "لا", "دون", "ولم", "ولا", "نفت", "نفي", "تنفي", "ينفي", "ونفت", "ونفي", "عدم", "اي"})
HABITUAL = frozenset({"معظم", "معظمها", "اغلب", "اغلبها", "عاده", "اعتادت", "اعتاد", "مماثله", "سبق", "السنوات",
                      "غالبا", "كعادتها", "كعادته"})  # 'تبنت معظمها', 'اعتادت اعلان مسووليتها عن هجمات مماثله'
COUNTS = frozenset({"اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرات", "العشرات"})
REACH = 12  # words after a claim word in which its claimant may stand ('تبني المتحدث العسكري باسم جماعه الحوثي ...')
WORD = re.compile(r"[^\s\"'.,:;()«»]+")
# what a claim sentence must hold: an adopting verb or a responsibility word, or the speaker's own men after 'ان'
CLAIM_HINT = guard("|".join(sorted(ADOPT_VERBS | RESPONSIBILITY | OWN_UNITS)))


def _claim_word(words: list[tuple[int, int, str]]) -> int | None:
    """The index of the word that makes the sentence a claim, None when it is none."""
    for i, (_, _, w) in enumerate(words):
        bare = w.removeprefix("و")
        if bare in ADOPT_VERBS or (w in RESPONSIBILITY and any(
                x.removeprefix("و").startswith(ANNOUNCE) for _, _, x in words[max(0, i - 6):i])):
            return i
        if bare in SAY_VERBS and any(words[j][2] in THAT and words[j + 1][2] in OWN_UNITS and _acts(words[j + 2:j + 4])
                                     for j in range(i + 1, min(i + REACH, len(words) - 1))):
            return i
    return None


def _acts(after: list[tuple[int, int, str]]) -> bool:
    """The speaker's own men did the act ('اقتحموا الثكنه', 'قتلوا 11 عنصرا'), not fended one off ('صدوا الهجوم')."""
    if not after:
        return False
    verb = after[0][2].removeprefix("و")
    if verb.startswith(ACT_STEMS):
        return True
    return verb.startswith(KILL_STEM) and len(after) > 1 and (after[1][2].isdigit() or after[1][2] in COUNTS)


def _claimant(rec: Recognized, sent: Sentence, at: int, stop: int) -> Match[Entry] | None:
    """The force named as the subject of the claim word at `at`: the first after it (the verb comes first) up to
    `stop`, else the last before it."""
    forces = [m for m in rec.near("actors", sent.start, stop) if m.end <= stop and m.payload.get("kind") == "force"
              and m.payload.get("side") not in ("UNKNOWN", "CIVILIANS")]
    after = [m for m in forces if m.start >= at]
    before = [m for m in forces if m.end <= at]
    return after[0] if after else (before[-1] if before else None)


def sentence_claimant(rec: Recognized, sent: Sentence) -> Actor | None:
    """The force a sentence tells claiming an incident as its own act ('زعم تنظيم داعش ان عناصره اقتحموا الثكنه',
    'وتبنت X الهجومين', 'تبني المتحدث العسكري باسم جماعه الحوثي الهجوم', 'اعلنت X مسووليتها'), None when the claim
    is denied or negated ('لم تعلن اي جهه مسووليتها', 'نفت X'), habitual ('تبنت معظمها', 'اعتادت اعلان
    مسووليتها'), or names no force."""
    text = rec.nt.text
    if min(sent.start, sent.end) >= 0 and CLAIM_HINT.search(text, sent.start, sent.end) is None:
        return None  # no word _claim_word looks for: most sentences
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, sent.start, sent.end)]
    i = _claim_word(words)
    if i is None:
        return None
    if any(w in DENIED for _, _, w in words[max(0, i - 4):i]) or any(w in HABITUAL for _, _, w in words):
        return None
    start, end, _ = words[i]
    that = next((s for s, _, w in words[i + 1:i + REACH] if w in THAT), None)
    stop = that if that is not None else words[min(len(words) - 1, i + REACH)][1]
    m = _claimant(rec, sent, start, stop)
    return actor_from(rec, m) if m is not None else None


def claim_agents(rec: Recognized, sent: Sentence, frames: list[Frame]) -> None:
    """Give the claimant of a claim sentence to the incidents it tells or continues that name no attacker, or only
    an unnamed one ('مجموعه مسلحه', 'مسلحون'), when it is not their target's side (not to the incident it answers,
    'ردا على قصف المواصي')."""
    pending = [f for f in frames if not (f.mutual or f.zone) and (f.agent is None or f.agent.side == "UNKNOWN")]
    if not pending:
        return
    claimant = sentence_claimant(rec, sent)
    if claimant is None:
        return
    for f in pending:
        if f.target is None or f.target.side != claimant.side:
            f.agent = claimant
