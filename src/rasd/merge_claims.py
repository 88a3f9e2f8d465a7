"""Claims: a party's own voice about the incident the article reports joins that incident, not a second one.

An article tells an incident, and then the voice of a party to it: the attacker's claim of responsibility
('وكانت فصائل المقاومة قد تبنت استهداف قاعدة ... بطائرة مسيرة', 'اعلنت الجماعة مسووليتها عن الهجوم'), a
fighting group's statement that its men hit the raiders ('قالت الكتيبة في بيان ان مقاتليها استهدفوا آليات
العدو'), or the attacker's own count of the enemy it hit ('قالت الوزارة انها حيدت 4 ارهابيين في منطقة X').
The voice names its own type, sides and a vaguer place, so the ordinary merge keeps it apart and it takes
the report's tolls or sources away. It joins the one report of the body told on a compatible day, at its
place (or one the claim names more vaguely, 'في منطقة X', within CLAIM_KM), whose sides are the claim's pair;
with two such reports it joins none (two real incidents of one day). The report's place stands; so do its type and sides when the voice is the other
side's (the reversed dyad), and its 'Disrupted weapons use' when the claim says the downed weapon hit. A claim
of an act of its own stays apart: the report's target striking back with other weapons, a ground fight beside a strike.
"""

from __future__ import annotations

from collections.abc import Callable

from .frame import Frame
from .merge_compat import DISRUPTED, Unit, km, one_pair, places_ok, reversed_dyad
from .recognize import Recognized
from .role_claimant import sentence_claimant

TITLE_WORDS = 24  # a title line, like frame_clause.TITLE_WORDS
AREA = ("منطقة", "منطقه")  # the area around a town, as a claim names it
CLAIM_KM = 15.0  # a claim's place ('منطقة سنجار', 'مطار اربيل') lies this near the report's own
VIOLENT = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
                     "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", DISRUPTED})
CLASH = "Armed clash"
REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


def join_claims(rec: Recognized, units: list[Unit], absorb: Callable[[Unit, Unit], None]) -> list[Unit]:
    """The units with each party's claim folded into the one report it tells again (see the module)."""
    out = list(units)
    voiced = {id(u) for u in out if _voice(rec, u)}
    for u in [u for u in out if id(u) in voiced]:
        reports = [m for m in out if m is not u and id(m) not in voiced and _tells(m, u)]
        if len(reports) != 1 or _another_act(reports[0], u):
            continue
        m = reports[0]
        kept = (m.place, m.sub_event, m.sub_from, m.agent, m.target)
        other_side = reversed_dyad(m, u)
        absorb(m, u)
        m.place = kept[0]
        if other_side or kept[1] == DISRUPTED:
            m.sub_event, m.sub_from = kept[1], kept[2]
        if other_side:
            m.agent, m.target = kept[3], kept[4]
        out.remove(u)
    return out


def _voice(rec: Recognized, u: Unit) -> bool:
    """Every body sentence of u is a party's claim of the act as its own, or the attacker's own account (a
    headline or the article's title line may have joined it)."""
    body = [f for f in u.frames if not (f.heading or _title(rec, f))]
    return bool(body) and u.place is not None and all(
        f.own_account or sentence_claimant(rec, rec.sentences[f.sent]) is not None for f in body)


def _title(rec: Recognized, f: Frame) -> bool:
    """f is told in the article's first line, a short one (the page's title, maybe cut at '..')."""
    text = rec.nt.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return end != -1 and rec.sentences[f.sent].start < end and len(text[start:end].split()) <= TITLE_WORDS


def _tells(m: Unit, u: Unit) -> bool:
    """m is a report of the body that the voice u may tell again: a violent type, a compatible day, a place
    the same place, or one the claim names more vaguely
    within CLAIM_KM; neither an answer to another incident nor one of a list's places, and no side outside one pair."""
    if m.place is None or u.place is None or all(f.heading for f in m.frames):
        return False
    if m.sub_event not in VIOLENT or u.sub_event not in VIOLENT:
        return False
    if any(f.retaliation or len(f.places) > 1 for f in (*m.frames, *u.frames)):
        return False  # an answer to another incident, or one of several places a statement lists
    lm, lu = m.place.location, u.place.location
    vague = lu.geo_precision > lm.geo_precision or lu.text.startswith(AREA)  # 'في منطقة سنجار'
    near = lm.id == lu.id or vague and (places_ok(m, u) or lm.country_iso3 == lu.country_iso3
                                        and km(lm, lu) <= CLAIM_KM)
    return near and _days(m, u) and one_pair(m, u)


def _another_act(m: Unit, u: Unit) -> bool:
    """The claim tells an act of its own: the report's target striking back with weapons the report names
    none of ('استهدفوا دبابة بقذيفة' beside an air strike), a ground fight beside a strike from afar, or a voice's
    ground fight beside drones the air defences downed ('قال الناطق إن القوات صدت الهجوم' and 'أسقطت دفاعاتها
    مسيرتين'; a voice's 'تم التصدي لها' beside the fight it repelled is that fight)."""
    if reversed_dyad(m, u) and m.weapons and u.weapons and not set(m.weapons) & set(u.weapons):
        return True
    return {m.sub_event, u.sub_event} & {CLASH} != set() and {m.sub_event, u.sub_event} & REMOTE != set() or (
        u.sub_event == CLASH and m.sub_event == DISRUPTED)


def _days(m: Unit, u: Unit) -> bool:
    """The same day, or a day apart when the claim is dated only by its telling (published after midnight)."""
    if m.day is None or u.day is None or m.day == u.day:
        return True
    return u.date_from != "text" and abs((m.day - u.day).days) <= 1

