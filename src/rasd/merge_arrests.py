"""Suspects' arrests: a placeless arrest of the people of an incident told before it is at that incident's place.

'واعلنت القياده ان قوه نفذت عمليه دهم في منطقه X اسفرت عن اعتقال اربعه اشخاص يشتبه بتورطهم في زرع العبوه',
'واضاف ان القوات اعتقلت اربعه اشخاص في اطراف المدينه قدموا الدعم للمهاجمين': the arrest names no place the
gazetteer knows, but its sentence ties the men held to the attack just told (its attackers, its suspects, its
device), whose place the follow-up raid shares. The arrest takes the place of the last placed incident told before
it, within a few sentences.
"""

from __future__ import annotations

from dataclasses import replace

from .literal_guard import guard
from .merge_compat import Unit
from .recognize import Recognized

# the men held are the incident's: its attackers, suspects of it, those who backed or planted it
TIED = guard(r"(?<![^\s\"'«(])[وبلف]?(?:ال|لل)?(?:مهاجمين|مهاجمه|منفذين|منفذي|متورطين|مشتبه|يشتبه|تورطهم|زرع)"
             r"(?![^\s\"'»),.،؛])")
REACH = 3  # sentences back from the arrest to the incident it follows


def suspects_place(rec: Recognized, units: list[Unit]) -> list[Unit]:
    """The units with each placeless arrest of an incident's people placed at that incident (see the module)."""
    out: list[Unit] = []
    for u in units:
        if u.place is None and u.sub_event == "Arrests" and _tied(rec, u):
            first = min(f.sent for f in u.frames)
            told = [v for v in units if v.place is not None and v.sub_event != "Arrests"
                    and not all(f.heading for f in v.frames)
                    and first - REACH <= max(f.sent for f in v.frames if not f.heading) < first]
            if told:
                place = max(told, key=lambda v: max(f.sent for f in v.frames if not f.heading)).place
                if place is not None and not any(
                        v.sub_event == "Arrests" and v.place is not None and v.day == u.day
                        and v.place.location.id == place.location.id for v in units):
                    u = replace(u, place=place)  # not when an arrest is placed there that day: the same, told again
        out.append(u)
    return out


def _tied(rec: Recognized, u: Unit) -> bool:
    """An arrest verb or noun of the unit is followed in its sentence by the incident's people ('للمهاجمين',
    'بتورطهم في زرع العبوه'), not 'ردت بإطلاق النار علي مشتبه' before it."""
    text = rec.nt.text
    for f in u.frames:
        sent = rec.sentences[f.sent]
        if not f.heading and f.trigger.payload.get("class") == "arrest" \
                and TIED.search(text, f.trigger.end, sent.end) is not None:
            return True
    return False
