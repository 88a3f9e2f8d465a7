"""Clause-scoped attribution: a teller named after 'في حين/فيما/بينما' tells its own clause, not the one before it.

'قتل عنصران بانفجار عبوه ناسفه ..., في حين اعلنت قياده العمليات المشتركه ان قوه من الجيش نصبت كمينا ...': the
command tells the ambush of its clause; the blast told before the contrast word is not its words. A contrast clause
whose teller tells no incident of its own ('..., فيما اعلنت وزاره الصحه ارتفاع الحصيله'), or retells the same one
from the other side at the same place ('اعلن حزب الله ان مقاتليه قصفوا ثكنه, فيما قال الجيش الاسراييلي ان 15
قذيفه اطلقت نحو المنطقه'), is left alone: its teller tells the earlier incident too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution import SPEAKER_KINDS, SourceReader, claimed_before
from .claim_scope import near_place
from .literal_guard import guard
from .timex_scope import cause_zone

# the contrast word that opens a second clause with its own teller ('في حين اعلنت', 'فيما قال', 'بينما ذكرت')
CONTRAST = guard(r"(?<!\S)[وف]?(?:في حين|فيما|بينما)\s+")
NOT_CONSTRUCT = frozenset({"الي", "التي", "الذي"})  # words after an indefinite noun that make no construct with it
VERB_GAP = 1  # characters between the contrast word's trailing space and the verb of saying (a stray tatweel or mark)


def contrast_cut(reader: SourceReader, si: int, since: int = -1) -> int | None:
    """Where the first contrast clause of sentence si opened by a verb of saying (after `since`) begins (None without
    one)."""
    rec = reader.rec
    sent = rec.sentences[si]
    verbs = [c.start - len(c.prefix) for c in rec.near("cues", sent.start, sent.end)
             if c.payload.kind in SPEAKER_KINDS]
    for m in CONTRAST.finditer(rec.nt.text, max(sent.start, since), sent.end):
        if any(0 <= v - m.end() <= VERB_GAP for v in verbs):
            return m.start()
    return None


def scope_sources(reader: SourceReader, si: int, frames: Sequence[Any], sources: tuple[str, ...]) -> None:
    """Give each frame of sentence si told before a contrast clause that tells an incident of its own only the
    tellers named before that clause (frames: the sentence's frames, whose `sources` are set to `sources` already)."""
    cut = contrast_cut(reader, si) if len(sources) > 0 else None
    later = [g for g in frames if cut is not None and g.trigger.start >= cut]
    if cut is None or not later:
        return
    apart = [f for f in frames if f.trigger.start < cut and all(_apart(f, g) for g in later)]
    if not apart or _refers_back(reader, cut, min(g.trigger.start for g in later)):
        return
    before = tuple(s for s in claimed_before(reader, si, cut) if s in sources)
    for f in apart:
        f.sources = before


def _refers_back(reader: SourceReader, cut: int, first: int) -> bool:
    """The contrast clause names an incident by a definite noun before its own one ('فيما قالت وزاره الدفاع ان الضربه
    جاءت ردا علي هجمات ...'): its teller speaks of the incident told before."""
    text = reader.rec.nt.text
    return any(t.start < first and text.startswith("ال", t.start) for t in reader.rec.near("triggers", cut, first))


def _apart(f: Any, g: Any) -> bool:
    """Frames f and g are of two kinds, placed, and at no place near each other: two incidents, not one told twice
    ('15 قذيفه اطلقت من لبنان' after 'قصفوا ثكنه': the shells' origin is no second place)."""
    return f.sub_event != g.sub_event and not g.retold and bool(f.places and g.places) and not any(
        near_place(p.location, q.location) for p in f.places for q in g.places)


def answered_causes(reader: SourceReader, frames: Sequence[Any]) -> None:
    """'ردا علي الغاره, استهدف مقاتلونا ثكنه X': a frame inside the cause an answer names by a definite noun takes no
    teller of its sentence when the sentence tells the answer too (frames: the sentence's frames); the teller tells its
    answer and only names the cause, which the article tells with tellers of its own. An indefinite cause ('ردا علي
    غاره اسراييليه علي بلده Y صباح اليوم') is told there, and keeps its teller."""
    rec = reader.rec
    inside = [f for f in frames if cause_zone(rec, f.trigger.start) is not None and _definite(rec.nt.text, f.trigger)]
    if inside and len(inside) < len(frames):
        for f in inside:
            f.sources = ()


def _definite(text: str, trig: Any) -> bool:
    """The trigger is a definite noun or the head of a definite construct ('الغاره', 'اعتداءات العدو')."""
    if text.startswith("ال", trig.start):
        return True
    nxt = text[trig.end:trig.end + 20].split()[:1]
    return bool(nxt) and nxt[0].startswith("ال") and nxt[0] not in NOT_CONSTRUCT
