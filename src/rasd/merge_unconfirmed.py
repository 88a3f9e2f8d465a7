"""Unconfirmed claims: a unit told only in sentences that the article itself says no one has confirmed.

'زعم المتحدث ... استهداف سفينة تجارية في خليج عدن, وهو ما لم تؤكده اي جهه مستقله', 'بعد ساعات من اعلان القوات
المسلحه استهداف سفن في البحر الاحمر, وهو ما لم تؤكده مصادر مستقله': the sentence reports a party's claim of an
attack and adds that nothing bears it out ('وهو ما لم ...', 'الامر الذي لم ...' + a verb of confirming). When every
frame of a unit lies in such a sentence, before the remark, the unit is a claim, not an incident the article
reports; a unit that any other sentence tells (a headline, an account of the strike) stays. A figure the remark
doubts ('وهو رقم لم تؤكده المصادر') is no such remark: the incident is told, only its toll is disputed.
"""

from __future__ import annotations

from .frame import Frame
from .literal_guard import guard
from .recognize import Recognized

# 'وهو ما لم تؤكده', 'وهي ما لم يؤكدها', 'الامر الذي لم يؤكده', 'وهو ما لم يتسن تاكيده' (normalized text)
UNCONFIRMED = guard(r"(?<!\S)(?:(?:و)?(?:هو|هي) ما|(?:و)?الامر الذي) لم (?:توكد|يوكد|تثبت|يثبت)(?:ه|ها)?(?!\S)"
                    r"|(?<!\S)(?:(?:و)?(?:هو|هي) ما|(?:و)?الامر الذي) لم (?:يتسن|يتم) (?:تاكيده|تاكيدها)(?!\S)")


def unconfirmed_only(rec: Recognized, frames: list[Frame]) -> bool:
    """Every frame of the unit is told before a remark in its own sentence that no one has confirmed it."""
    return bool(frames) and all(not f.heading and _remarked(rec, f) for f in frames)


def _remarked(rec: Recognized, f: Frame) -> bool:
    """The frame's sentence goes on, after its trigger, to say that no one has confirmed what it tells."""
    sent = rec.sentences[f.sent]
    return UNCONFIRMED.search(rec.nt.text, f.trigger.end, sent.end) is not None
