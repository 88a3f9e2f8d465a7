"""Retold: a second telling of one incident at the very same place on the same day joins its first telling.

An article tells one incident twice: the headline and the body, the news and its details paragraph, one
party's account and the other's ('غارة على بلدة X' then 'وقال الجيش إنه استهدف مخزن أسلحة في X'). The two
tellings name the same town and day and the same attacker, but one reads the victims as civilians and the
other the fighters hit, or one a strike and the other the shelling it caused; the ordinary merge keeps them
apart, and the second telling takes the sources or the toll away from the first. ACLED keeps two strikes on
one town on one day apart only when the text tells them apart, so the fold asks for every sign of one incident:
the same place (a town, a base or a quarter, not a province, a district or a sea, nor a neighbour), the same
day (stated by the text in one telling at least), violent types, attackers of one camp, no side that attacks
in one telling and is hit in the other (an attack and its answer), unless both tell one act of one hand (a strike,
a bomb, an arrest raid: no exchange), whose second telling misread the sides; and it keeps apart what the text tells as
two acts: a ground assault beside shelling from afar, two tellings of two types (or two named by their weapons)
whose weapons differ (a morning's shelling and an afternoon's air strike, drones downed beside a missile that
hit), a bare attack word beside a weapon of another type, and a later telling that opens another incident
('هجوم آخر', 'من جهة أخرى'). The first telling's place stands, and its type unless it was only guessed; the
tolls and sources of both tellings are read as the pipeline reads any claims.
"""

from __future__ import annotations

from collections.abc import Callable

from .merge_compat import DISRUPTED, Unit, allies, side
from .recognize import Recognized

VIOLENT = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
                     "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", DISRUPTED})
CLASH = "Armed clash"
REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})
DEFENCE = frozenset({"anti_aircraft"})  # the defence's own weapon, named beside what it downed
WIDE = frozenset({"admin1", "admin2", "area"})  # a place that holds many towns
ARRESTS = "Arrests"
# acts one side does to the other, not an exchange: two tellings of one such act at one place on one day are one
# incident whatever sides each reads (shelling and clashes are where an attack and its answer meet)
ONE_HAND = frozenset({"Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", ARRESTS})


def join_retold(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each second telling folded into the first telling of its incident (see the module)."""
    out = list(units)
    for u in list(out):
        if u not in out:
            continue
        opens = _opens_another(rec, u)  # but not from a telling of its own sentence ('وفي سياق منفصل، داهمت ... واعتقلت')
        first = [m for m in out[:out.index(u)] if _retells(m, u) and (
            not opens or _one_sentence(m, u) and not any(f.distinct for f in u.frames))]
        if not first:
            continue
        m = first[-1]
        kept = (m.place, m.sub_event, m.sub_from)
        absorb(m, u)
        m.place = kept[0]  # the same place: the first telling's reading of it stands
        if kept[2] != "default":  # and so does its type, unless it was only guessed
            m.sub_event, m.sub_from = kept[1], kept[2]
        out.remove(u)
    return out


def _retells(m: Unit, u: Unit) -> bool:
    """u may tell m's incident again: one place, one stated day, violent types, one attacking camp, no crossed sides."""
    if m.place is None or u.place is None or m.place.location.id != u.place.location.id \
            or m.place.location.feature in WIDE:
        return False  # a province, a district or a sea holds many incidents of one day
    if m.day is None or m.day != u.day or m.date_from != "text" and u.date_from != "text" and not _one_sentence(m, u):
        return False  # a day the story carries is no sign, unless both tell the one sentence that carries it
    if (m.sub_event not in VIOLENT or u.sub_event not in VIOLENT) and not m.sub_event == u.sub_event == ARRESTS:
        return False
    if {m.sub_event, u.sub_event} & {CLASH} and {m.sub_event, u.sub_event} & REMOTE:
        return False  # a ground assault beside shelling from afar ('تصدت لهجوم' and 'سقطت قذائف علي السوق')
    if _bare_word_beside_weapon(m, u) or _bare_word_beside_weapon(u, m):
        return False
    apart = m.sub_event != u.sub_event or m.sub_from == u.sub_from == "weapon"
    mw, uw = set(m.weapons) - DEFENCE, set(u.weapons) - DEFENCE
    if apart and mw and uw and not mw & uw:
        return False  # each telling names its own weapon ('قصفت المدفعية' and 'استهدفت غارة جوية')
    ma, mt, ua, ut = side(m.agent), side(m.target), side(u.agent), side(u.target)
    if m.sub_event == u.sub_event in ONE_HAND:
        return True  # one kind of act at one place on one day: a telling that misread its sides, not an answer
    if ma and ua and not allies(ma, ua):
        return False
    return not (ma and ma == ut or ua and ua == mt)  # an attack and the target's answer


def _one_sentence(m: Unit, u: Unit) -> bool:
    """The two tellings share a body sentence ('داهمت القوة قرية X واعتقلت ثلاثة'): two readings of its one act."""
    return any(f.sent == g.sent and not f.heading for f in m.frames for g in u.frames)


def _bare_word_beside_weapon(a: Unit, b: Unit) -> bool:
    """a reads its type from an attack word alone, naming no weapon ('شنت الميليشيات غارات على قواعد'), b from
    a weapon of another type ('هجوم بالقذائف الصاروخية'): the word may sum up several acts, not this one."""
    return a.sub_from == "trigger" and not a.weapons and b.sub_from == "weapon" and a.sub_event != b.sub_event


def _opens_another(rec: Recognized, u: Unit) -> bool:
    """A frame of u is counted as another incident ('هجوم آخر'), or its sentence opens another matter."""
    text = rec.nt.text
    for f in u.frames:
        sent = rec.sentences[f.sent]
        if f.distinct or any(len(text[sent.start:c.start].split()) <= 1
                             for c in rec.cues_of("new_matter", sent.start, sent.end)):
            return True
    return False
