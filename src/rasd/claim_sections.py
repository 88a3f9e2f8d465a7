"""Sections: a risen toll goes on with the incident its own paragraph tells, not with an earlier paragraph's.

A round-up tells one incident per paragraph ('السبت / - قتل اثنان بضربه ... الاثنين / - هاجم مسلحون نقطه ...
وكانت خليه الاعلام الامني قد اعلنت مقتل جنديين, غير ان الحصيله ارتفعت الي ثلاثه قتلي'): the toll that rose is that
of the attack told just before it in its paragraph, though only the strike of an earlier paragraph had a toll so far.
A sentence right under a sub-heading of the body ('هجوم علي ورشيخ' / 'وفي اقليم X, صدت القوات هجوما ..., اكد فيه
مقتل جندي') that tells an incident of its own keeps its toll, even when its place is unknown: it does not go on with
the story of the section before. A short unpunctuated line under a body sentence that gives a counted toll
('الحصيله الاوليه: 5 شهداء و11 جريح' in a post) is no title: it goes on with the incident just told; so does one on a
line of its own right under the line of a post that tells an incident at a place, even when that line is unpunctuated
too ('... يستهدف مقرا في قريه X فجر اليوم' / 'ارتقاء شهيدين واصابه اخرين'). A sentence that opens on another matter
('من جهه اخري', 'وفي حادث منفصل') continues no story, nor does a live blog's stamped post that names no town
('21:30 | الجيش ...'): its speaker is no source of the post above.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .definite_noun import definite
from .literal_guard import guard
from .recognize import Recognized
from .segment import Sentence

if TYPE_CHECKING:
    from .frame import Frame

ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")  # a section title has words: 'هجوم علي ورشيخ', 'الاثنين'


def own_paragraph(rec: Recognized, sent: Sentence, frames: list[Frame], tolled: Frame) -> Frame:
    """The placed incident told last before sent in sent's own paragraph, when the tolled incident (the one whose toll
    the sentence seemed to raise) lies in an earlier paragraph; else the tolled incident."""
    sentences = rec.sentences
    if sentences[tolled.sent].paragraph == sent.paragraph:
        return tolled
    own = [f for f in frames if f.sent > tolled.sent and f.places and not f.heading and not f.zone
           and sentences[f.sent].paragraph == sent.paragraph and sentences[f.sent].start < sent.start]
    return own[-1] if own else tolled


def under_heading(rec: Recognized, si: int, sent_frames: list[Frame]) -> bool:
    """Sentence si comes right under a sub-heading of the body ('هجوم علي ورشيخ' / 'وفي اقليم X, صدت القوات ...
    هجوما شنه مسلحو الحركه ..., اكد فيه مقتل جندي') and tells an incident of its own (a verb or an indefinite noun, not
    'الهجوم' told again): a new section, whose toll is its own even when its place is unknown."""
    sentences = rec.sentences
    title = sentences[si - 1] if si else None
    if title is None or not title.heading or all(s.heading for s in sentences[:si - 1]):
        return False  # the title block is no section of the body
    if not ARABIC_WORD.search(rec.nt.text, title.start, title.end):
        return False  # '00:18', '👁 58.3K': a live blog's time stamp or counter, no section title
    return any(not f.zone and not f.heading and not _definite(f) for f in sent_frames)


def _definite(f: Frame) -> bool:
    """The frame's trigger is a definite noun ('الهجوم', 'والضربه'): the incident told again."""
    trig = f.trigger
    return trig.payload.get("pos") == "noun" and (trig.prefix.endswith("ال") or definite(trig.key))


DUAL_TOLLS = ("killed_two", "injured_two")  # cues.tsv ids of dual casualty nouns ('شهيدين', 'جريحان'): a count of two


def post_toll(rec: Recognized, si: int, sent: Sentence, frames: list[Frame]) -> Frame | None:
    """The incident told at a place in the sentence right above sentence si, when si is an unpunctuated line of its own
    (a post's) that tells a counted toll and no incident of its own ('... يستهدف مقرا في قريه X فجر اليوم' / 'ارتقاء شهيدين')."""
    if not sent.heading or not si or rec.near("triggers", sent.start, sent.end):
        return None
    lo, hi = sent.start, sent.end
    if "\n" not in rec.nt.text[rec.sentences[si - 1].end:lo]:
        return None  # 'اشتباكات ليليه في X.. والاسعاف: قتيلان و9 جرحي': the title's second half, not a post's next line
    cues = [c for c in rec.near("cues", lo, hi) if c.payload.kind in ("killed", "injured") and c.end <= hi]
    if not cues or not (rec.near("quantities", lo, hi) or any(c.payload.id in DUAL_TOLLS for c in cues)):
        return None
    above = [f for f in frames if f.sent == si - 1 and f.places and not f.zone]
    return above[-1] if above else None


STAMP = re.compile(r"[^\w\n]{0,4}[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}\s*(?:[|\-\u2013]|$)")
# a live blog's time stamp opening a post: '22:45 |', or '23:05' alone on its line (not 'تحديث 13:30:', an update
# of the story told above)


def opens_post(rec: Recognized, si: int) -> bool:
    """Sentence si opens a stamped post of a live blog ('21:30 | الجيش ...', or the line under a bare '21:30')."""
    text, sent = rec.nt.text, rec.sentences[si]
    if STAMP.match(text, sent.start):
        return True
    prev = rec.sentences[si - 1] if si else None
    return prev is not None and bool(STAMP.fullmatch(text[prev.start:prev.end].strip()))


def toll_line(rec: Recognized, si: int, sent: Sentence) -> bool:
    """Sentence si is a short line without final punctuation (a 'heading') that gives a counted toll under a sentence of
    the body ('الحصيله: شخص متوفي و4 جرحي', 'كتايب X تزف 4 من مجاهديها ارتقوا'): a post's next line, not a title."""
    if not sent.heading or not si or rec.sentences[si - 1].heading:
        return False
    lo, hi = sent.start, sent.end
    return bool(rec.near("quantities", lo, hi)) and any(
        rec.cues_of(kind, lo, hi) for kind in ("killed", "injured") if kind in rec.cue_index)


def new_matter(rec: Recognized, sent: Sentence) -> bool:
    """The sentence opens on another matter ('من جهه اخري', 'وفي حادث منفصل'): it continues no story; but 'ومن جهه
    اخري' answering a 'فمن جهه,' of a sentence just before sets one party's account against the other's (tb, ub, vb,
    wb: 5 docs tell the two sides' statements of a clash so)."""
    text = rec.nt.text
    return any(len(text[sent.start:c.start].split()) <= 1 for c in rec.cues_of("new_matter", sent.start, sent.end)
               ) and not any(ONE_HAND.match(text, s.start) or ONE_HAND.search(text, s.start, s.end) for s in
                             rec.sentences if sent.start - PAIR_REACH <= s.start < sent.start)


ONE_HAND = guard(r"[^.\n]{0,40}?(?<!\S)[وف]من جهه\s*[,،]")  # 'وقدم كل طرف روايته, فمن جهه, قال ...'
PAIR_REACH = 600  # characters back to the 'فمن جهه,' the 'ومن جهه اخري' answers
