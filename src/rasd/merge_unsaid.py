"""Unplaced tellers: a body that says it did not name where or when its act was is no source of an incident others tell.

'من جهته، قال الجيش إن قواته "احبطت بنيه تحتيه" في المنطقه، من دون ان يذكر البلده بالاسم' or 'نعى الحزب عنصرا من
دون ان يحدد مكان استشهاده': the body tells an act of its own somewhere, and the text says it left the place (or the
day) out, so it does not attest the incident its sentence was merged into. When the incident has tellers of its own
(the health ministry's toll, the civil defence), the body's name leaves the incident's sources, unless it gives a count
of its own ('قالت الوزاره ان قواتها حيدت ثلاثه ارهابيين ..., من دون ان تحدد الموقع' tells the toll); an incident
told by no one else keeps it. "بدقه" ('من دون ان يحدد الموقع بدقه') leaves only the precise spot out: the body still told
the place, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution import SourceReader
from .literal_guard import guard
from .recognize import Recognized
from .records import Claim

# what a teller left out: the place or the day ('مكان', 'الموقع', 'البلده', 'موعد', 'تاريخ'), or a pronoun for them
WHERE_WHEN = r"(?:ال)?(?:مكان|اماكن|موقع|مواقع|بلده|منطقه|موعد|مواعيد|توقيت|تاريخ)\S*"
UNSAID = guard(r"(?<!\S)دون (?:ان [يت](?:حدد|ذكر|سم|كشف عن|شر الي) " + WHERE_WHEN
               + r"|ان [يت]حدد(?:ها|ه|هما|هم)(?!\S)|(?:ذكر|تحديد|الاشاره الي) " + WHERE_WHEN
               + r"|تفاصيل(?=[.,،]|$))")
PRECISE = guard(r"^(?: \S+){0,3} بدقه")  # 'من دون ان يحدد الموقع بدقه': only the exact spot is left out


def placed_sources(rec: Recognized, frames: Sequence[Any], told: tuple[str, ...], claims: Sequence[Claim]
                   ) -> tuple[str, ...]:
    """The sources `told` of a unit's frames without a body that only told, in its own unplaced words, an act the
    others tell (see the module): every sentence of the frames where it claims leaves the place out after its name,
    and it gives the incident no count of its own; `told` unchanged when no other source would remain."""
    reader = SourceReader(rec)
    unplaced: dict[str, bool] = {}
    for si in sorted({f.sent for f in frames}):
        vague = _unplaced_teller(rec, reader, si)
        for sid in set(reader.claimed(si)[0]) & set(told):
            unplaced[sid] = unplaced.get(sid, True) and sid == vague
    counted = {c.source for c in claims if isinstance(c.value, int) and c.value > 0}
    gone = {sid for sid, flag in unplaced.items() if flag and sid not in counted}
    kept = tuple(s for s in told if s not in gone)
    return kept if gone and kept else told


def _unplaced_teller(rec: Recognized, reader: SourceReader, si: int) -> str | None:
    """The source named last before sentence si's 'دون ان يحدد مكان ...' (the one whose words leave it out), or None."""
    text = rec.nt.text
    sent = rec.sentences[si]
    m = UNSAID.search(text, sent.start, sent.end)
    if m is None or PRECISE.search(text[m.end():sent.end]):
        return None
    named = [n for n in reader._noted(si) if n.match.end <= m.start()]
    return named[-1].sid if named else None
