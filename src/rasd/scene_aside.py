"""Scene helpers for places a clause names aside from its incident: the town of the hospital the wounded were taken
to ('نقلت الي مستشفي رفيديا الحكومي في نابلس'), the place of a cause a claim is made for ('نصره لاهلنا في غزه',
'دعما لشعبنا الصامد في قطاع غزه', 'تضامنا مع غزه') and where displaced people came from or went ('يؤوي نازحين من
شمال القطاع')."""

from __future__ import annotations

from typing import Any

HOSPITALS = ("مستشفي", "مشفي", "مستشفيات", "المستشفي", "المشفي")  # a word ending so names a hospital
TAKEN = ("نقل", "اسعف", "ونقل", "واسعف", "نقلت", "نقلوا", "نقلا", "نقلته", "نقلتهم", "نقلهم")  # 'نقل/اسعف ... الي'
SOLIDARITY = frozenset({"نصره", "ونصره", "دعما", "ودعما", "اسنادا", "واسنادا", "تضامنا", "وتضامنا", "دفاعا",
                        "ودفاعا", "ثارا", "وثارا"})  # a cause the attack is claimed for, not where it struck
CAUSE_STEMS = ("اهل", "شعب", "الشعب", "مقاوم", "المقاوم", "اخو", "الاخو", "غزه", "فلسطين", "الفلسطيني", "القضيه",
               "الاقصي", "القدس", "قطاع", "لبنان", "المظلوم", "الصامد", "دماء", "لدماء")  # whom or what it is for
STOPS = (",", ".", ":", "\n", "!", "؟", "?")
DISPLACED = ("نازح", "النازح", "ونازح", "والنازح", "مهجر", "المهجر", "والمهجر", "ومهجر")  # the displaced (word starts)


def aside(text: str, p: Any) -> bool:
    """A place the clause names aside from its incident: a hospital's town after a transfer or a cause's place."""
    return hospital_in(text[max(0, p.start - 90):p.start]) or for_cause(text, p) or displaced(text[max(0, p.start - 40):p.start])


def displaced(before: str) -> bool:
    """'كان يؤوي عشرات النازحين من شمال القطاع', 'نازحه من مدينه غزه', 'عوده النازحين الي شمال القطاع': where the
    displaced came from or go back to, not where the incident struck (10 dev docs in 9 sets)."""
    words = before.split()[-2:]
    return len(words) == 2 and words[1] in ("من", "الي") and words[0].startswith(DISPLACED)


def hospital_in(before: str) -> bool:
    """'نقل الي مشفي ميداني في البوكمال', 'نقلت الي مستشفي رفيديا الحكومي في نابلس', 'نقلوا الي مستشفي العوده
    بالنصيرات': the town of the hospital the wounded were taken to (up to three words name the hospital)."""
    words = before.split()[-9:]
    if words[-1:] not in (["في"], ["ب"]):
        return False
    k = next((k for k in (-2, -3, -4, -5) if len(words) >= -k and words[k].endswith(HOSPITALS)), None)
    if k is None or any(w.endswith(STOPS) for w in words[k:-1]):
        return False
    return any(w in ("الي", "علي") or w.startswith(TAKEN) for w in words[:k][-3:])


def for_cause(text: str, p: Any) -> bool:
    """A place in a phrase of solidarity or support up to eight words before it in its clause: 'ونصره لاهلنا
    المظلومين في غزه', 'دعما للشعب الفلسطيني الصامد في قطاع غزه', 'ودفاعا عن لبنان', 'في نصره غزه'."""
    before = text[max(0, p.start - 80):p.start]
    cut = max(before.rfind(c) for c in STOPS)
    words = [w.strip('"«»(') for w in before[cut + 1:].split()][-8:]
    for k, w in enumerate(words):
        if w not in SOLIDARITY:
            continue
        nxt = words[k + 1:k + 3]
        if not nxt:
            return True  # 'في نصره غزه': the place right after the cue
        first = nxt[0][2:] if nxt[0].startswith("لل") else nxt[0][1:] if nxt[0].startswith("ل") else None
        if first is None and nxt[0] in ("مع", "عن"):
            first = nxt[1] if len(nxt) > 1 else ""
            if not first:
                return True  # 'تضامنا مع غزه', 'دفاعا عن لبنان'
        if first is not None and first.startswith(CAUSE_STEMS):
            return True
    return False
