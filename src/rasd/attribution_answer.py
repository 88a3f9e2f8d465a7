"""Answered attacks: the side that replies to an attack on it is no source of that attack where others tell it.

'اعلن حزب الله مسووليته عن القصف وقال انه جاء ردا علي غاره X': Hezbollah tells its own reply, and names the strike
on X only as the reason for it; when the article tells that strike elsewhere (with its own tellers), Hezbollah is not
one of its sources. A strike known only from the reply keeps the replying side as its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution import SourceReader

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


def drop_answering(reader: SourceReader, frames: Sequence[Any]) -> None:
    """Take the answering side's sources off every attack a reply answers that another sentence tells with its own
    sources at the same place (frames: the article's frames, changed in place)."""
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
