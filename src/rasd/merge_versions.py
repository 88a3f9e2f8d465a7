"""Versions: a second telling of one incident, tied to it by an explicit cue, joins it whatever type it reads.

Two tellings of one incident in one article can read as two types or with one side
unnamed: the other party's version ('في المقابل، قال جيش الاحتلال في بيان إن قواته قضت
على مسلحين ... جراء انفجار عبوة' beside the clash told before it), a statement that
places a strike only in its country ('في المقابل، ذكرت سنتكوم في بيان نشرته فجر اليوم أن
قواتها نفذت ضربة في العراق'), and a drone downed 'minutes after the barrage' ('أسقطت في
أجواء X بعد دقائق من الرشقة') beside that barrage on X. ACLED keeps two strikes on one town
on one day apart, so only the cue joins them: the later unit opens its sentence with
'في المقابل' and a verb of saying, or its clause ties it to a salvo just told; the two
must then share the place (or the version names only the place's country), the day (a
statement's publication day may be the next one) and the pair of sides.
"""

from __future__ import annotations

from collections.abc import Callable

from .literal_guard import guard
from .merge_compat import DISRUPTED, Unit, one_pair
from .recognize import Recognized

# 'في المقابل، قال/ذكرت/أعلن X': the other party's version opens its sentence
VERSION = guard(r"^[\s,]*و?في المقابل\s*,?\s*(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|زعم|زعمت|ادعي|ادعت|"
                     r"اكد|اكدت|اشار|اشارت)(?!\S)")
# 'من جهته، زعم جيش الاحتلال أن قواته تعرضت لإطلاق نار': a party's contested version ('قال' there often tells more)
CLAIMED = guard(r"^[\s,]*و?(?:من جهته|من جهتها|بدوره|بدورها)\s*,?\s*(?:زعم|زعمت|ادعي|ادعت)(?!\S)")
# 'بعد دقائق من الرشقة': a weapon downed minutes after the salvo just told
SALVO = guard(r"(?<!\S)بعد (?:دقايق|دقيقه|لحظات) (?:من|علي) (?:ال\S+)")
# 'في بيان نشرته فجر اليوم': the time after a statement's publishing verb dates the statement
STATEMENT_TIME = guard(r"(?<!\S)(?:بيان|بلاغ|تغريده|منشور) (?:نشره|نشرته|اصدره|اصدرته|بثه|بثته)(?:\s+\S+){0,3}\s*$")
ATTACKS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
                     "Remote explosive/landmine/IED"})  # what a version or a downed weapon may tell again
WIDE = frozenset({"country_only", "region"})


def join_versions(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each cued version folded into the incident it tells again (see the module)."""
    out = list(units)
    for u in list(out):
        cue = _cue(rec, u)
        if not cue or u not in out:
            continue
        first = min(f.sent for f in u.frames)
        told = [m for m in out[:out.index(u)] if _tells(rec, m, u, first, cue)]
        if not told:
            continue
        m = told[-1]
        kept = (m.sub_event, m.sub_from, m.place)
        absorb(m, u)
        m.sub_event, m.sub_from, m.place = kept  # the first telling's type and place stand
        out.remove(u)
    return out


def _cue(rec: Recognized, u: Unit) -> str:
    """'version' when a sentence of the unit opens with 'في المقابل' and a verb of saying (or 'من جهته' and 'زعم'),
    'salvo' when a downing is tied to a salvo just told, else ''."""
    if u.place is None or any(f.heading for f in u.frames):
        return ""
    text = rec.nt.text
    heads = [text[rec.sentences[f.sent].start:f.trigger.start] for f in u.frames]  # both patterns anchor at ^
    if any(p.search(h) for h in heads for p in (VERSION, CLAIMED)):
        return "version"
    if u.sub_event == DISRUPTED and any(SALVO.search(text, rec.sentences[f.sent].start, rec.sentences[f.sent].end)
                                        for f in u.frames):
        return "salvo"
    return ""


def _tells(rec: Recognized, m: Unit, u: Unit, first: int, cue: str) -> bool:
    """The earlier unit m is the incident the cued unit u tells again: an attack of the body told before u's
    sentence, at the same place (or in the country u names alone), on a compatible day, with the same pair."""
    if m.place is None or u.place is None or m.sub_event not in ATTACKS or all(g.heading for g in m.frames) \
            or not any(g.sent < first and not g.heading for g in m.frames):
        return False
    if cue == "salvo" and m.sub_event == "Armed clash":
        return False
    lm, lu = m.place.location, u.place.location
    if lm.id != lu.id and not (cue == "version" and lu.flagged in WIDE and lu.country_iso3 == lm.country_iso3):
        return False
    return _days_agree(rec, m, u) and one_pair(m, u)


def _days_agree(rec: Recognized, m: Unit, u: Unit) -> bool:
    """Same day, no day on either side, or u dated only by its statement's publication the day after."""
    if m.day is None or u.day is None or m.day == u.day:
        return True
    t = next((f.time for f in u.frames if f.time is not None and f.time.date == u.day), None)
    return t is not None and (u.day - m.day).days == 1 and \
        STATEMENT_TIME.search(rec.nt.text[max(0, t.start - 60):t.start]) is not None

