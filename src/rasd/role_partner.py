"""Role partners: who joins a raid or landing beside its maker, and the force whose patrol makes the raid.

'داهمت دوريه لقسد منازل في القريه': the patrol's owner raided ('agent'), not a target; 'انزال جوي مشترك بين
التحالف وقسد': the first named leads, the second is its partner ('skip'); 'بمؤازره من قوات التحالف' the backer.
"""

from __future__ import annotations

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import l_clitic

RAID_VERBS = frozenset({"داهمت", "داهم", "داهموا", "دهمت", "دهم", "دهموا", "اقتحمت", "اقتحم", "اقتحموا", "اعتقلت",
                        "اعتقل", "اعتقلوا", "طوقت", "طوق"})  # verbs whose subject is the force that came in
UNIT_NOUNS = frozenset({"دوريه", "دوريات", "دوريتين", "قوه", "قوات", "رتل", "ارتال", "مجموعه", "عناصر", "وحده",
                        "وحدات", "مفرزه"})  # a body of men, the raiding force's part
JOINT_WORDS = frozenset({"مشترك", "مشتركه", "المشترك", "المشتركه"})


def raiding_unit_owner(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'داهمت دوريه لX', 'ودهمت دوريات ل"X"': X owns the patrol that is the raid verb's subject, so X raided."""
    text = rec.nt.text
    if not l_clitic(text, m):
        return False
    words = text[max(floor, m.start - 30):m.start].replace('"', " ").split()
    if words and words[-1] in ("ل", "لل"):
        words = words[:-1]
    return len(words) >= 2 and words[-1] in UNIT_NOUNS and words[-2].removeprefix("و").removeprefix("ف") in RAID_VERBS


def joint_first(text: str, m: Match[Entry], floor: int) -> bool:
    """'(انزال جوي) مشترك بين X وY': X, the first named of a joint operation, made it."""
    words = text[max(floor, m.start - 24):m.start].replace('"', " ").split()
    return len(words) >= 2 and words[-1] == "بين" and words[-2].removeprefix("و") in JOINT_WORDS and not m.prefix


def joint_second(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'مشترك بين X وY': Y, joined by 'و' to the first named of a joint operation, is its partner."""
    text = rec.nt.text
    lead = m.start - len(m.prefix)
    if not m.prefix.startswith("و"):
        before = text[:m.start].rstrip(' "')
        if not before.endswith(" و"):
            return False  # 'بين X و"Y"': the conjunction alone before a quoted name
        lead = len(before) - 1
    return any(a.end <= lead and a.start >= floor and not text[a.end:lead].strip(' "') and joint_first(text, a, floor)
               for a in rec.near("actors", lead - 60, lead))


JOINED_PEOPLE = frozenset({"مرتزقه", "عناصر", "قوات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "مقاتلي"})


def joined_partner(text: str, first: Match[Entry], second: Match[Entry]) -> bool:
    """'X مع Y', 'X وY', 'X ومرتزقه Y' before a raid: Y went in beside X, one party with it (not 'بين X وY')."""
    if first.end > second.start or text[max(0, first.start - 6):first.start].split()[-1:] in (["بين"], ["وبين"]):
        return False
    gap = text[first.end:second.start - len(second.prefix)].replace('"', " ").split()
    if second.prefix.startswith("و"):
        return not gap  # 'X وY'
    return gap in (["مع"], ["و"]) or (len(gap) == 1 and gap[0].startswith("و") and gap[0][1:] in JOINED_PEOPLE)
