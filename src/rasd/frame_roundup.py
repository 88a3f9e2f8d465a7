"""Frame round-ups: the lead that sums up a period's incidents by kind, and a negation over a list of kinds."""

from __future__ import annotations

import re

from .matcher import Match
from .recognize import Recognized
from .resources import Entry

# what closes the round-up's list of kinds and opens a clause of its own ('..., في وقت تواصل فيه القوات ...')
LIST_ENDS = re.compile(r"(?:^|\s)و?(?:في وقت|فيما|بينما|في حين)(?=\s)|:")


def round_up(rec: Recognized, trig: Match[Entry]) -> str | None:
    """'شهد الاسبوع المنصرم تصاعدا في الحوادث, تراوحت بين ضربه جويه ... وهجوم ... في كركوك', 'سلسله حوادث
    تنوعت بين القنص والتفجير': the triggers after a range verb of a period's incidents (up to the clause that
    closes the list) name the kinds of the incidents summed up, which the article itemises after it; so do the
    triggers after 'ابرز ما رصدته ... من حوادث' up to its colon."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return None
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    for c in rec.cues_of("roundup", sent.start, at):
        if LIST_ENDS.search(text, c.end, at) is None and (c.payload.id == "roundup_lead" or _kind_first(rec, c.end)):
            return f"a round-up of the period's incidents by kind ('{c.key}'), not one incident"
    return None


def _kind_first(rec: Recognized, pos: int) -> bool:
    """The list after the range verb opens with an attack word ('تنوعت بين قصف ...'), not a number ('مجموعه تتراوح بين
    ثلاثه وخمسه عناصر')."""
    first = WORD.search(rec.nt.text, pos)
    return first is not None and any(t.start - len(t.prefix) == first.start()
                                     for t in rec.near("triggers", first.start(), first.end()))


WORD = re.compile(r"\S+")
ANY = frozenset({"اي", "ايه"})  # 'دون ان تسجل اي A او B': 'any' puts each item of the list under the negation
OR = frozenset({"او", "ولا"})
LEAD_WORDS = 2  # 'تسجل', 'يتم رصد': the verb of the negation before 'اي'
ITEM_WORDS = 3  # 'اشتباكات', 'اصابات بشريه': the items before the last one


def negated_item(rec: Recognized, a: int, b: int) -> bool:
    """'دون ان تسجل اي اشتباكات او اطلاق نار', 'من دون ان تسجل اي غاره او استهداف': text[a:b], from a negation cue to
    a trigger, holds a verb, 'اي' and the list's first item, itself a trigger, joined to the trigger by 'او/ولا', so
    the negation covers the trigger too ('لم تتبن اي جهه عمليه الاغتيال او التفجير' negates the claim, not the
    blast: the word after 'اي' is no trigger)."""
    text = rec.nt.text
    ws = list(WORD.finditer(text, a, b))
    if len(ws) < 3 or ws[-1].group() not in OR or "," in text[a:b]:
        return False
    at = next((i for i, w in enumerate(ws[:LEAD_WORDS + 1]) if w.group() in ANY), None)
    if at is None or not 0 < len(ws) - at - 2 <= ITEM_WORDS or any(w.group() in OR for w in ws[at + 1:-1]):
        return False
    first = ws[at + 1].start()
    return any(t.start - len(t.prefix) == first for t in rec.near("triggers", first, ws[at + 1].end()))
