"""Obituaries: a body that mourns its dead ('نعت هييه الحشد الشعبي الشهيدين') tells the strike only when its words do.

'ونعت كتايب حزب الله في بيان ثلاثه من مجاهديها قالت انهم ارتقوا جراء الغارات' tells how they died, so the mourner
is a source of the strike told before; 'ونعي حزب الله لاحقا سرور "شهيدا علي طريق القدس"' names the dead and
nothing else, so it is none, and in 'وزعم الجيش ان طايرته قضت علي عنصرين, فيما نعي الحزب احدهما' only the words
before the obituary carry over; a contrast clause with its own teller after it ('نعي الحزب عنصرا, بينما زعم الجيش انه
قياديا') is that teller's account of the same strike, and carries over too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .attribution import SourceReader, claimed_before
from .attribution_clause import contrast_cut
from .literal_guard import guard

# 'من دون ان يوضح ما اذا كان ...': what follows is what the mourner left unsaid (but 'من دون ان تذكر مكان الاستهداف'
# takes the strike as told)
UNSAID = guard(r"(?<!\S)(?:من )?دون ان (?:يوضح|توضح|يحدد|تحدد|يذكر|تذكر|يكشف|تكشف) ما اذا(?!\S)")
MOURNING = frozenset({"نعت", "نعي", "ينعي", "تنعي", "تزف", "يزف", "زفت"})  # cues.tsv attribution words that mourn


def story_sources(reader: SourceReader, si: int) -> tuple[str, ...]:
    """The claimants of sentence si that an incident told before takes: all of them, unless the sentence holds a bare
    obituary (a mourning verb with no incident word after it), whose words and what follows are left out up to a
    contrast clause with a teller of its own."""
    strong = tuple(reader.claimed(si)[0])
    cue = _bare_obituary(reader, si) if strong else None
    if cue is None:
        return strong
    before = claimed_before(reader, si, cue)
    cut = contrast_cut(reader, si, cue)  # '..., بينما ادعي جيش العدو انه قيادي': the other side's words go on
    after = [n.sid for n in reader.noted.get(si, []) if cut is not None and n.match.start >= cut]
    return tuple(s for s in strong if s in before or s in after)


def mourned_only(reader: SourceReader, si: int, frames: Sequence[Any]) -> None:
    """'اعلنت الوزاره سقوط شهيد في الغاره, فيما نعي الحزب احد عناصره': the frames of sentence si told before a bare
    obituary keep only the tellers that story_sources leaves (frames: the sentence's frames)."""
    cue = _bare_obituary(reader, si)
    if cue is None:
        return
    told = story_sources(reader, si)
    for f in frames:
        if f.trigger.start < cue:
            f.sources = tuple(s for s in f.sources if s in told)


def _bare_obituary(reader: SourceReader, si: int) -> int | None:
    """Where the first mourning verb of sentence si begins when no incident word follows it, up to words the mourner
    did not say ('ونعي الحزب احد عناصره, من دون ان يوضح ما اذا كان هو الذي قتل في الغاره'); None without one."""
    rec = reader.rec
    sent = rec.sentences[si]
    mourning = [c for c in rec.cues_of("attribution", sent.start, sent.end) if c.key in MOURNING]
    if not mourning:
        return None
    cue = mourning[0]
    unsaid = UNSAID.search(rec.nt.text, cue.end, sent.end)
    if rec.near("triggers", cue.end, unsaid.start() if unsaid else sent.end):
        return None  # 'نعت ... الشهيدين, وقالت انهما قضيا بعدوان غادر نفذته طايره': the obituary tells the strike
    return cue.start - len(cue.prefix)
