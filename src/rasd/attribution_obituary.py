"""Obituaries: a body that mourns its dead ('نعت هييه الحشد الشعبي الشهيدين') tells the strike only when its words do.

'ونعت كتايب حزب الله في بيان ثلاثه من مجاهديها قالت انهم ارتقوا جراء الغارات' tells how they died, so the mourner
is a source of the strike told before; 'ونعي حزب الله لاحقا سرور "شهيدا علي طريق القدس"' names the dead and
nothing else, so it is none, and in 'وزعم الجيش ان طايرته قضت علي عنصرين, فيما نعي الحزب احدهما' only the words
before the obituary carry over; a contrast clause with its own teller after it ('نعي الحزب عنصرا, بينما زعم الجيش انه
قياديا') is that teller's account of the same strike, and carries over too.
"""

from __future__ import annotations

from .attribution import SourceReader, claimed_before
from .attribution_clause import contrast_cut

MOURNING = frozenset({"نعت", "نعي", "ينعي", "تنعي", "تزف", "يزف", "زفت"})  # cues.tsv attribution words that mourn


def story_sources(reader: SourceReader, si: int) -> tuple[str, ...]:
    """The claimants of sentence si that an incident told before takes: all of them, unless the sentence holds a bare
    obituary (a mourning verb with no incident word after it), whose words and what follows are left out up to a
    contrast clause with a teller of its own."""
    strong = tuple(reader.claimed(si)[0])
    rec = reader.rec
    sent = rec.sentences[si]
    mourning = [c for c in rec.cues_of("attribution", sent.start, sent.end) if c.key in MOURNING]
    if not strong or not mourning:
        return strong
    cue = mourning[0]
    if rec.near("triggers", cue.end, sent.end):
        return strong  # 'نعت ... الشهيدين, وقالت انهما قضيا بعدوان غادر نفذته طايره': the obituary tells the strike
    before = claimed_before(reader, si, cue.start - len(cue.prefix))
    cut = contrast_cut(reader, si, cue.end)  # '..., بينما ادعي جيش العدو انه قيادي': the other side's words go on
    after = [n.sid for n in reader.noted.get(si, []) if cut is not None and n.match.start >= cut]
    return tuple(s for s in strong if s in before or s in after)
