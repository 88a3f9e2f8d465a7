"""Places a clause names that are not its incident's: a body's town or seat, where a convoy was heading."""

from __future__ import annotations

from typing import Any

from .recognize import Recognized
from .scene_anaphora import PROCLITICS

BODY_NOUNS = frozenset({"مجلس", "بلديه", "محافظ", "قايمقام", "قايممقام", "قايمقاميه", "قايممقاميه", "شرطه", "مكتب",
                        "مدير", "مديرو", "رييس", "قايد", "لجنه", "لجان", "محكمه", "جامعه", "حاكم", "والي", "امن", "اسايش"})
# 'عضو لجنه الصلح التابعه لمجلس هجين المدني', 'محافظ نينوي', 'مدير ناحيه سرسنك': the body's town names the
# body; the incident's place is told elsewhere in the clause; 'مديريه امن (اسايش) السليمانيه', 'مديريه اسايش دهوك'
# (5 dev docs of 5 sets): a security directorate named after its province; 'مصدر في قايممقاميه سنجار': the district
# office
LOCAL_OFFICIALS = (("مسوول", "محلي"), ("مسوولون", "محليون"), ("مسوولين", "محليين"))
# 'وقال مسوول محلي في العماديه ان ...' (9 half-A docs of 8 sets): the town an official speaks for, not the village
# the clause goes on to name ('مصدر محلي في القايم' is no such: a local source is often at the scene)
SEAT_KINDS = frozenset({"government", "agency", "monitor", "official"})
# 'قالت وزاره الصحه الفلسطينيه في غزه ان ...': where a reporting body sits (not a hospital: 'مصادر في مستشفي
# النجار برفح' ... 'حي الجنينه شرقي المدينه', its town is the one the report goes on to name)
HEADING = frozenset({"متجه", "متجهه", "متجهين", "متجهتين", "المتجه", "المتجهه", "المتجهين", "متوجه", "متوجهه",
                     "متوجهين", "المتوجه", "المتوجهه", "المتوجهين", "طريقها", "طريقه", "طريقهم", "ماشيه", "ماشي",
                     "ماشيين", "سايره", "ساير", "سايرين", "مسرعه", "مسرع"})
# 'قافله ... كانت متجهه الي مدينه دير الزور', 'سفينه متجهه الي موانيها', 'في طريقها الي الجبهه': where it was going;
# 'سياره كانت ماشيه باتجاه معسكر X', 'سايره صوب المدينه' (a vehicle's motion told in dialect or with a direction word)
DIRECTIONS = frozenset({"الي", "نحو", "باتجاه", "صوب"})
PROJECTILES = ("مسير", "صاروخ", "صواريخ", "قذيف", "قذايف", "طاير", "مقذوف")  # ... unless a weapon was


def _bare(word: str) -> str:
    """A word without its conjunction / preposition proclitics and article ('لمجلس' -> 'مجلس')."""
    for _ in range(2):
        if len(word) > 3 and word[0] in PROCLITICS:
            word = word[1:]
    if word.startswith("ال") and len(word) > 4 or word.startswith("لل") and len(word) > 4:
        word = word[2:]
    return word


def body_place(rec: Recognized, p: Any) -> bool:
    """A place that names a body ('لمجلس هجين', 'محافظ نينوي') or the seat of a reporting body that a locative
    preposition joins to its name ('وزاره الصحه الفلسطينيه في غزه', 'الدفاع المدني بغزه')."""
    memo = rec.cache("body_place")
    got = memo.get(id(p))
    if got is None:
        got = memo[id(p)] = _find_body_place(rec, p)
    return got


def _find_body_place(rec: Recognized, p: Any) -> bool:
    """The uncached body_place."""
    text = rec.nt.text
    before = text[max(0, p.start - 60):p.start]
    words = before.replace('"', " ").replace("(", " ").replace(")", " ").split()
    if words and _bare(words[-1]) in BODY_NOUNS and not before.rstrip().endswith((",", ".", ":")):
        return True
    if len(words) >= 3 and words[-1] == "في" and (_bare(words[-3]), words[-2]) in LOCAL_OFFICIALS:
        return True
    glued = text[p.start - 1:p.start] == "ب" if p.start else False
    gap_lo = p.start - 1 if glued else p.start - len(" ".join(words[-1:])) - 1 if words[-1:] == ["في"] else None
    if gap_lo is None:
        return False
    for m in rec.near("sources", p.start - 60, p.start):
        if (m.payload.kind in SEAT_KINDS and m.payload.get("class") != "المستشفي" and " " in text[m.start:m.end]
                and not text[m.end:gap_lo].strip()):  # (a one-word name may be a common word: 'الطايرات المسيره')
            return True
    return False


def heading_to(text: str, p: Any) -> bool:
    """'علي قافله شاحنات كانت متجهه الي مدينه دير الزور, قرب بلده التبني': the place a vehicle, ship or party
    was heading to (right after الي / نحو / باتجاه and a word of heading, a head noun allowed) is not where it was hit; a
    projectile's is ('مسيرتين متجهتين نحو قاعده فكتوريا': its target)."""
    before = text[max(0, p.start - 60):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = [w.strip('"') for w in before[cut + 1:].split()][-5:]
    for k in range(1, len(words)):
        if words[k] in DIRECTIONS and words[k - 1] in HEADING and len(words) - k <= 2:
            return not any(w.startswith(PROJECTILES) for w in words[max(0, k - 3):k - 1])
    return False
