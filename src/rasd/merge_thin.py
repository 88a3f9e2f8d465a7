"""Units too thin to code: no attacker, target or casualty, and at most a weapon its words name.

A thin twin is a telling that names neither side, at the place and on the day of an incident told with its sides.

'تعرض موقع عسكري في محيط بلده X لعدوان جوي اسراييلي فجر اليوم, في حين تمكنت وسايط الدفاع الجوي من التصدي لعدد من
الصواريخ', 'اقتحمت قوات الاحتلال البلده ... واندلعت مواجهات مع الشبان ..., قبل ان تستهدف المسيره تجمعا لهم': the
second trigger (the missiles met, the clashes of the raid) tells a part of the incident the sentence already told,
and read alone it has no attacker, no target and no casualties, only the weapon its words name. Beside a unit of the
article at the same place and day that names an attacker or a target, such a unit is too thin to code: the weapon
alone does not make it an incident of its own (merge.to_mentions drops it with its reason).
"""

from __future__ import annotations

from .merge_compat import Unit, side
from .merge_tolls import has_casualties
from .recognize import Recognized
from .records import Claim

ARREST_REACH = 40  # characters after an arrest trigger in which the count of those held starts
PERIODS = frozenset({"الشهر", "الاسبوع", "الاشهر", "الاسابيع", "العام"})  # 'مطلع الشهر الجاري', 'خلال الاسبوع'
ARREST_WORDS = 3  # words at most between them ('القاء القبض علي سبعه', 'اعتقلت اليوم الظهر 5')


def _dated_abduction(u: Unit) -> bool:
    """'اختطف مستوطنون مساء امس راعي اغنام في X': an abduction with its own day and place is an incident even when
    its takers and victim are words no dictionary holds."""
    return u.sub_event == "Abduction/forced disappearance" and u.date_from == "text" and any(
        f.trigger.payload.get("class") == "abduction" and not f.heading for f in u.frames)


def _counted_arrest(rec: Recognized, u: Unit) -> bool:
    """'نفذت وحدات خاصة صباح اليوم عملية امنية ... اسفرت عن القاء القبض علي سبعه اشخاص': an arrest with its own day and
    the count of those held right after it (a time or a preposition between: 'اعتقلت اليوم الظهر 5 متهمين') is an
    incident, though no dictionary names its force or the people held."""
    if u.sub_event != "Arrests" or u.date_from != "text":
        return False
    text = rec.nt.text
    for f in u.frames:
        sent = rec.sentence_at(f.trigger.start)
        if f.heading or f.trigger.payload.get("class") != "arrest" or sent is None \
                or PERIODS & set(text[sent.start:sent.end].split()):
            continue  # 'اعتقلت خلالها 31 شخصا خلال الشهر': a month's count, no one arrest
        if any(q.start >= f.trigger.end and len(text[f.trigger.end:q.start].split()) <= ARREST_WORDS
               and q.kind != "ordinal" and (q.value or 0) >= 1
               for q in rec.near("quantities", f.trigger.end, f.trigger.end + ARREST_REACH)):
            return True
    return False


def too_thin(rec: Recognized, u: Unit, units: list[Unit], claims: list[Claim]) -> bool:
    """No attacker, target or casualty, and no weapon or only a thin twin's: too thin to code, unless it is a dated
    abduction or a dated arrest with the count of those held."""
    return side(u.agent) is None and u.target is None and (not u.weapons or thin_twin(u, units)) \
        and not has_casualties(claims) and not _dated_abduction(u) and not _counted_arrest(rec, u)


def thin_twin(u: Unit, units: list[Unit]) -> bool:
    """Another unit of the article is placed at u's place on u's day and names an attacker or a target."""
    if u.place is None or u.day is None:
        return False
    here = u.place.location.id
    return any(v is not u and v.place is not None and v.place.location.id == here and v.day == u.day
               and (side(v.agent) is not None or v.target is not None) for v in units)
