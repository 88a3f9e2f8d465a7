"""Frame sweeps: arrests told over many places or as a count of cases, a tally rather than one arrest raid.

'شنت قوات الاحتلال حملة اعتقالات واسعة في بلدات محافظة بيت لحم طالت 11 مواطنا', 'طالت 14 مواطنا من محافظات
الضفة', 'حملة دهم في عدد من قرى ريف الرقة', 'في حملة تفتيش شملت مناطق في حزام بغداد', 'وثق المكتب 19 حالة
اعتقال': the arrests are summed over the towns of a province, the provinces of a region or the places here and
there that the teller does not name one by one, so no town holds them; an ACLED coder codes the raids an article
tells town by town ('اعتقلت ... ستة شبان من بلدة بيت أمر', '11 مواطنا ... في المدينة وبلدتي بيت أمر وسعير').
"""

from __future__ import annotations

from .frame_tally import UNPLACED
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

ARRESTS = frozenset({"arrest", "arrest_noun"})  # triggers.tsv rows of an arrest
SCOPE = frozenset({"في", "من", "علي", "بين", "شملت", "طالت", "شمل", "طال"})  # what opens the places swept
SOME = frozenset({"عدد", "عده", "مختلف", "معظم", "شتي", "كافه"})  # 'في عدد من قري', 'في مختلف محافظات'
DURING = frozenset({"خلالها", "خلاله", "فيها"})  # 'اعتقل خلالها 11 شابا': the arrests of the campaign told before
SWEEP_WORDS = 8  # 'حمله اعتقالات واسعه طالت 14 مواطنا من محافظات': the words from the arrest to its places


def swept(rec: Recognized, trig: Match[Entry]) -> str | None:
    """Why an arrest trigger tells arrests swept over many places or counted as cases (see the module), or None."""
    if trig.payload.id not in ARRESTS:
        return None
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    if any(c.payload.id == "case_count" and c.end <= at and not text[c.end:at].strip()
           for c in rec.cues_of("sweep", max(0, at - 12), at)):
        return "a count of arrest cases ('19 حالة اعتقال'), not one arrest raid"
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return None
    if text[trig.end:trig.end + 12].split()[:1] and text[trig.end:trig.end + 12].split()[0] in DURING and any(
            swept(rec, t) for t in rec.near("triggers", sent.start, at) if t.end <= at):
        return "the arrests made during a campaign swept over many places ('اعتقل خلالها'), a tally"
    if UNPLACED.search(text, trig.end, sent.end) is not None:
        return "arrests whose places the teller does not name ('دون تحديد اماكن الاعتقال'), a tally"
    for c in rec.cues_of("sweep", trig.end, sent.end):
        if c.payload.id != "sweep_places" or c.prefix not in ("", "ب") or "," in text[trig.end:c.start]:
            continue
        if len(text[trig.end:c.start].split()) > SWEEP_WORDS:
            break
        lead = text[:c.start - len(c.prefix)].split()[-2:]
        if c.prefix == "ب" or lead[-1:] and lead[-1] in SCOPE or (
                len(lead) == 2 and lead[0] in SCOPE | SOME and lead[1] in SOME | {"من"}):
            return f"arrests swept over many places ('{c.key}'), a tally, not one arrest raid"
    return None
