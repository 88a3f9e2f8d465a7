"""Frame clan: a tribal fight told with its toll or its gunfire is a clash, and a renewed fight is a past one.

'نزاع عشايري في ناحيه X يخلف قتيلين'; 'مقتل شخصين ... في نزاع عشايري اندلع عصر امس'; 'نزاع عشايري صار عصر
امس ...' followed by 'الرمي استمر ساعه بالاسلحه المتوسطه'; 'الاربعاء: تجدد النزاع العشايري في ناحيه X'."""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .subevent import weapons_in

CLAN_TRIGGERS = frozenset({"tribal_n"})  # 'نزاع عشايري': weak alone, a clash with its toll or its fire
FIRING = frozenset({"clash", "shoot"})  # 'تبادل لاطلاق النار', 'اطلاق نار': the fire of the fight
GUNFIRE = (["النار"], ["نار"])  # 'اطلاق النار': the launch verb firing guns, not rockets
SHOOTING = frozenset({"رمي", "الرمي"})  # Iraqi 'الرمي استمر ساعه': the shooting, not a throw
RENEWED = frozenset({"تجدد", "تجددت"})  # the past verb opening its clause, or the noun 'renewal' after a word
TOLL_STEMS = ("قتل", "اصيب", "اصابه", "مقتل", "جرح", "سقط", "لقي", "استشهد")  # a toll before 'في تجدد'
TOLL_REACH = 12  # words before 'في تجدد' where the toll may stand ('قتل 5 اشخاص واصيب 9 في تجدد ...')


def clan_fight(rec: Recognized, trig: Match[Entry]) -> bool:
    """'نزاع عشايري' is an incident when its sentence tells a death or a wound or names the weapons fired, or the
    next sentence, telling no other incident, tells the toll, the fire or the weapons ('الرمي استمر ساعه
    بالاسلحه المتوسطه', 'الحصيله: قتيلان')."""
    if trig.payload.id not in CLAN_TRIGGERS:
        return False
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return False
    if _told(rec, sent.start, sent.end):
        return True
    at = rec.sentences.index(sent) + 1
    if at >= len(rec.sentences):
        return False
    nxt = rec.sentences[at]
    text = rec.nt.text
    trigs = [t for t in rec.near("triggers", nxt.start, nxt.end) if t.start >= nxt.start]
    if any(t.payload.get("class") not in FIRING and t.key not in SHOOTING
           and text[t.end:t.end + 6].split()[:1] not in GUNFIRE for t in trigs) or rec.cues_of("new_matter", nxt.start, nxt.end):
        return False  # 'وفي حادث منفصل، القي مجهولون قنبله': the next sentence tells an incident of its own
    return _told(rec, nxt.start, nxt.end) or any(t.payload.id not in CLAN_TRIGGERS for t in trigs)


def _told(rec: Recognized, start: int, end: int) -> bool:
    """A death, a wound or a weapon named in [start, end)."""
    return any(rec.cues_of(kind, start, end) for kind in ("killed", "injured")) or bool(weapons_in(rec, start, end))


def renewed(text: str, cs: int, c: Match[Entry]) -> bool:
    """'تجدد النزاع في ...', 'الاربعاء: تجدد القصف': 'تجدد' opening its clause (after a day heading's colon at
    most) is the past verb 'was renewed', a fight told; after a word ('خشيه تجدد', 'انباء عن تجدد') it is the noun."""
    if c.key not in RENEWED or c.prefix not in ("", "و", "ب"):
        return False
    before = text[cs:c.start - len(c.prefix)].strip()
    if c.prefix == "ب" or before.split()[-1:] in (["في"], ["خلال"]):
        return _toll_before(before)  # 'قتل 5 اشخاص في تجدد الاشتباكات': the renewed fight the toll was taken in
    return not before or before.endswith(":")


def _toll_before(before: str) -> bool:
    """A death or wound verb or noun among the words before 'في تجدد': the toll of the renewed fight."""
    return any(w.lstrip("و").startswith(TOLL_STEMS) for w in before.split()[-TOLL_REACH:])
