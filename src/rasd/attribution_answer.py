"""Answered attacks: the side that replies to an attack on it is no source of that attack where others tell it.

'اعلن حزب الله مسووليته عن القصف وقال انه جاء ردا علي غاره X': Hezbollah tells its own reply, and names the strike
on X only as the reason for it; when the article tells that strike elsewhere (with its own tellers), Hezbollah is not
one of its sources. A strike known only from the reply keeps the replying side as its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution import SourceReader
from .literal_guard import guard

ADOPTING = frozenset({"تبني", "تبنت", "تبنيه", "تبنيها", "مسووليته", "مسووليتها", "مسووليتهم"})
ANSWER_HEADS = ("ردا علي", "رد علي", "في رد علي", "انتقاما", "ثارا")  # a zone opened by these tells the attack answered


def _answering(reader: SourceReader, f: Any) -> set[str]:
    """The sources of zone frame f that speak for the side answering it: the side of the actor named by the source,
    which is the attacker of an incident of the article it is a source of, and not f's attacker."""
    rec = reader.rec
    if not rec.nt.text.startswith(ANSWER_HEADS, f.clause[0]):
        return set()
    agent = f.agent.side if f.agent is not None else None
    out: set[str] = set()
    for k in range(f.sent, -1, -1):  # the name of a claimant the sentence inherits ('اعلن فيها:' then its items)
        for n in reader._noted(k):
            if n.sid not in f.sources or n.sid in out:
                continue
            sides = {a.payload.get("side") for a in rec.near("actors", n.match.start - 40, n.match.end)
                     if a.start < n.match.end and n.match.start < a.end} - {"", "UNKNOWN", agent}
            if sides:
                out.add(n.sid)
    return out


def _sides_of(reader: SourceReader, si: int, sid: str) -> set[str]:
    """The sides of the actors named inside source sid's names in sentence si ('المتحدث العسكري باسم جماعه الحوثي')."""
    rec = reader.rec
    return {a.payload.get("side") for n in reader._noted(si) if n.sid == sid
            for a in rec.near("actors", n.match.start - 40, n.match.end)
            if a.start < n.match.end and n.match.start < a.end} - {"", "UNKNOWN", None}


def _adopted(reader: SourceReader, h: Any) -> bool:
    """'قد اعلن في بيان تبني استهداف السفينه': the trigger is the object of a word of adoption (its speaker did it)."""
    text = reader.rec.nt.text
    return bool(set(text[max(h.clause[0], h.trigger.start - 40):h.trigger.start].split()) & ADOPTING)


# a body's own dead or wounded: 'مقتل اثنين من منتسبيها', 'اصابه ثلاثه من عناصره' (a partitive with its pronoun)
OWN_LOSSES = guard(r"(?<!\S)من (منتسبي|عناصر|مقاتلي|مجاهدي|افراد|اعضاء|جنود)(ها|ه|هم|نا)(?!\S)")


def _own_losses(reader: SourceReader, h: Any) -> bool:
    """'وكانت هييه الحشد الشعبي قد اعلنت مقتل اثنين من منتسبيها في الهجوم': the speaker tells its own losses in the
    attack told before (it is that attack's victim and teller), it claims no attack of its own."""
    text = reader.rec.nt.text
    sent = reader.rec.sentences[h.sent]
    return OWN_LOSSES.search(text, sent.start, sent.end) is not None


def _drop_own_attacks(reader: SourceReader, frames: Sequence[Any]) -> None:
    """'واعلن المتحدث باسم الحوثيين ان قواته استهدفت السفينه' after 'وقالت سنتكوم ان قواتها دمرت منصتين': a side that
    claims its own attack in a sentence with no place of its own is no source of the other side's attack told before
    (the sentence's words went on with that incident only for want of a place)."""
    for h in frames:
        if h.places or h.zone or h.heading or not h.sources or h.agent is not None and h.agent.side == "UNKNOWN" \
                or _own_losses(reader, h):
            continue
        for sid in h.sources:
            own = _sides_of(reader, h.sent, sid)
            if len(own) != 1 or not (h.agent.side in own if h.agent is not None else _adopted(reader, h)) or (
                    h.target is not None and h.target.side in own):
                continue
            for g in frames:
                if g.sent >= h.sent or sid not in g.sources or g.agent is None or g.agent.side in own | {"UNKNOWN"} \
                        or g.sub_event == "Armed clash":  # both sides fight in a clash: each tells its own part
                    continue
                if any(sid in reader.claimed(k)[0] for k in range(g.sent, h.sent)):
                    continue  # told by the side in its own words as well
                g.sources = tuple(s for s in g.sources if s != sid)


def drop_answering(reader: SourceReader, frames: Sequence[Any]) -> None:
    """Take the answering side's sources off every attack a reply answers that another sentence tells with its own
    sources at the same place, and a side's claim of its own attack off the other side's attack told before (frames:
    the article's frames, changed in place)."""
    _drop_own_attacks(reader, frames)
    for f in frames:
        if not f.zone or not f.sources:
            continue
        gone = _answering(reader, f)
        if not gone:
            continue
        ids = {p.location.id for p in f.places}
        told = [g for g in frames if g.sent != f.sent and ids & {p.location.id for p in g.places}]
        if told:  # the answering side that tells the attack itself as well stays its source
            gone -= {s for g in told for s in g.sources}
            f.sources = tuple(s for s in f.sources if s not in gone)
