"""Unconfirmed claims: a unit told only in sentences that the article itself says no one has confirmed.

'زعم المتحدث ... استهداف سفينة تجارية في خليج عدن, وهو ما لم تؤكده اي جهه مستقله', 'بعد ساعات من اعلان القوات
المسلحه استهداف سفن في البحر الاحمر, وهو ما لم تؤكده مصادر مستقله': the sentence reports a party's claim of an
attack and adds that nothing bears it out ('وهو ما لم ...', 'الامر الذي لم ...' + a verb of confirming). When every
frame of a unit lies in such a sentence, before the remark, the unit is a claim, not an incident the article
reports; a unit that any other sentence tells (a headline, an account of the strike) stays. A figure the remark
doubts ('وهو رقم لم تؤكده المصادر') is no such remark: the incident is told, only its toll is disputed.
A rumour is no incident either: a sentence that reports what pages or accounts circulate ('تداولت صفحات انباء عن',
'ما تداولته حسابات عن', 'الحديث المتداول عن') and in which someone denies it or the writer could not verify it
('نفت ... ما تداولته', '... ونفت مصادر وقوع اي هجوم', 'ولم يتسن لنا التحقق منها', 'انه غير صحيح').
"""

from __future__ import annotations

from .frame import Frame
from .literal_guard import guard
from .recognize import Recognized

# 'وهو ما لم تؤكده', 'وهي ما لم يؤكدها', 'الامر الذي لم يؤكده', 'وهو ما لم يتسن تاكيده' (normalized text)
UNCONFIRMED = guard(r"(?<!\S)(?:(?:و)?(?:هو|هي) ما|(?:و)?الامر الذي) لم (?:توكد|يوكد|تثبت|يثبت)(?:ه|ها)?(?!\S)"
                    r"|(?<!\S)(?:(?:و)?(?:هو|هي) ما|(?:و)?الامر الذي) لم (?:يتسن|يتم) (?:تاكيده|تاكيدها)(?!\S)")
# 'تداولت', 'ما تداولته', 'انباء تداولتها', 'المتداوله', 'يتداولها' (any word of the verb of circulating)
CIRCULATED = guard(r"(?<!\S)\S*تداول\S*")
# a denial of it ('نفت', 'نفي صحه', 'نافيا'), told before the circulating word ('نفت X ما تداولته')
DENIED = guard(r"(?<!\S)(?:و|ف)?(?:نفت|نفي|ينفي|تنفي|نافيا|نافيه)(?!\S)")
# doubt told after the trigger: not verified, untrue, or a denial that it happened ('ونفت مصادر وقوع اي هجوم')
DOUBTED = guard(r"(?<!\S)(?:و|ف)?لم (?:يتسن|نتمكن|يتمكن|تتمكن)(?: \S+)? (?:من )?(?:التحقق|التاكد)(?!\S)"
                r"|غير صحيح|(?<!\S)لا صحه(?!\S)|(?<!\S)عاري(?:ه)? عن الصحه"
                r"|(?<!\S)(?:و|ف)?(?:نفت|نفي|ينفي|تنفي|نافيا|نافيه)(?: \S+){0,4} (?:ذلك|وقوع|حدوث|صحته|صحتها)(?!\S)")


def unconfirmed_only(rec: Recognized, frames: list[Frame]) -> bool:
    """Every frame of the unit is told before a remark in its own sentence that no one has confirmed it, or in a
    sentence that reports a rumour and doubts it."""
    return bool(frames) and all(not f.heading and (_remarked(rec, f) or _rumour(rec, f)) for f in frames)


def _rumour(rec: Recognized, f: Frame) -> bool:
    """The frame's sentence circulates a report before the trigger and denies it or says it was not verified."""
    text = rec.nt.text
    sent = rec.sentences[f.sent]
    said = CIRCULATED.search(text, sent.start, f.trigger.start)
    if said is None:
        return False
    return DENIED.search(text, sent.start, said.start()) is not None \
        or DOUBTED.search(text, said.end(), sent.end) is not None


def _remarked(rec: Recognized, f: Frame) -> bool:
    """The frame's sentence goes on, after its trigger, to say that no one has confirmed what it tells."""
    sent = rec.sentences[f.sent]
    return UNCONFIRMED.search(rec.nt.text, f.trigger.end, sent.end) is not None
