"""Merge units and their compatibility: whether two units of one article can be the same incident.

A unit is one frame bound to one place (or a group of merged units); two are compatible when their dates,
places, sides and types do not contradict each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .coref import same_party
from .frame import Frame
from .fuse_keys import DISRUPTED
from .fuse_keys import km as haversine
from .place_town import told_as_town
from .records import Actor, Location
from .role_fallbacks import CIVIL_OBJECT
from .subevent import GROUND_ONLY, PLATFORMS, STANDOFF

SPECIFIC = ("weapon", "trigger")
DAY_WINDOW = {1: 0, 2: 3, 3: 15}
ORDINAL_WORDS = 10  # 'الاولي' .. 'العاشره'; a larger number is a serial ('العمليه رقم (147)')


def km(a: Location, b: Location) -> float:
    """Great-circle distance between two locations in km."""
    return haversine(a.lat, a.lon, b.lat, b.lon)


@dataclass(slots=True)
class Unit:
    """A frame bound to one place, or a group of merged units (mutable while merging)."""

    frames: list[Frame]
    place: Any | None
    day: date | None
    precision: int | None
    date_from: str
    agent: Actor | None
    target: Actor | None
    sub_event: str
    sub_from: str
    weapons: list[str] = field(default_factory=list)
    told: bool = False  # its date is only the day the incident was told: a day off from the incident's own


def dates_ok(a: Unit, b: Unit) -> bool:
    """Compatible dates: equal, within the coarser precision window; a publication-day guess is soft (1 day)."""
    if a.day is None or b.day is None:
        return True
    if "publication_day" in (a.date_from, b.date_from):
        return a.date_from == b.date_from or abs((a.day - b.day).days) <= 1
    if a.told or b.told:  # 'اعلن الجهاز, اليوم الثلاثاء, مقتل شخصين': told a day after it happened
        return abs((a.day - b.day).days) <= 1
    window = max(DAY_WINDOW.get(a.precision or 1, 0), DAY_WINDOW.get(b.precision or 1, 0))
    if a.date_from == b.date_from == "narrative" and a.place is not None and b.place is not None \
            and a.place.location.id == b.place.location.id:
        window = max(window, 1)  # a day carried over from the story ('ليل الثلاثاء وفجر الاربعاء') may be a night off
    if _elaboration(a, b) or _elaboration(b, a):
        return True
    return abs((a.day - b.day).days) <= window


def _elaboration(a: Unit, b: Unit) -> bool:
    """'قتل مواطن مساء امس برصاص قناص في حي X' then 'كان عائدا الي منزله في حي X حين استهدفه قناص': a sentence told
    after the incident, with no time of its own, dated the next day only by a later date of the story, details it
    (same place and type; neither dated by its telling)."""
    return a.date_from == "text" and b.date_from == "narrative" and not (a.told or b.told) and a.day is not None \
        and b.day is not None and (b.day - a.day).days == 1 and a.sub_event == b.sub_event \
        and a.place is not None and b.place is not None and a.place.location.id == b.place.location.id \
        and bool(a.frames) and bool(b.frames) and min(g.sent for g in b.frames) > max(g.sent for g in a.frames)


def places_ok(a: Unit, b: Unit) -> bool:
    """Compatible places: same, or the coarser one contains or lies near the precise one."""
    if a.place is None or b.place is None:
        return True
    la, lb = a.place.location, b.place.location
    if la.id == lb.id:
        return True
    pa, pb = la.geo_precision, lb.geo_precision
    if la.feature == lb.feature == "admin2" or ("admin2" in (la.feature, lb.feature) and 1 in (pa, pb)
                                                and la.admin2 and lb.admin2 and la.admin2 != lb.admin2):
        return False  # 'مديريه الصليف' then 'مديريه الزيديه' ('ميناء راس عيسي' then 'مديريه الزيديه'): two incidents
    if _quarter_of(la, lb) or _quarter_of(lb, la):
        return True  # 'في بغداد' then 'حي العامل': the city that names its province holds the quarter told
    if pa == 1 and pb == 1:  # two villages of their own names 2.6 km apart (عيتا الشعب, راميه) are two places
        return km(la, lb) < (1.5 if settlement(la) and settlement(lb) else 3)
    if settlement(la) and settlement(lb):  # 'اطراف يارون' (precision 2) is not Houla, 15 km away
        return km(la, lb) <= (10 if _near(la) or _near(lb) else 5)
    coarse, fine = (la, lb) if pa >= pb else (lb, la)
    if coarse.geo_precision == 2:  # '85 ميلا بحريا جنوب شرقي ميناء نشطون' measured from 'قبالة نشطون': one anchor
        return km(coarse, fine) <= 40 or _measured_from(la, lb) or _measured_from(lb, la)
    if coarse.country_iso3 and coarse.country_iso3 == fine.country_iso3 and (
            coarse.flagged in ("country_only", "region") or coarse.admin1 is None):
        # but a wide region of one province ('وادي حوران' in Anbar) holds only its province and surroundings
        return (coarse.admin1 is None or fine.admin1 is None or coarse.admin1 == fine.admin1
                or km(coarse, fine) <= 150)
    if coarse.admin1 and fine.admin1 and coarse.country_iso3 == fine.country_iso3:
        return coarse.admin1 == fine.admin1
    return km(coarse, fine) <= 150


QUARTER_KM = 20  # a quarter of Baghdad lies up to ~15 km from the city's point


def quarter(loc: Location) -> bool:
    """A quarter of a city in the gazetteer ('حي العامل', 'البياع')."""
    return loc.feature == "neighbourhood"


def _quarter_of(q: Location, city: Location) -> bool:
    """q is a quarter of the city that names its province ('حي العامل' and 'بغداد'), told once by each; a district's
    town is no such city (Gaza's quarters are as many incidents as Gaza City's strikes of the day)."""
    return quarter(q) and settlement(city) and city.admin1 is not None and \
        city.name_en == city.admin1 == q.admin1 and km(q, city) <= QUARTER_KM


def _measured_from(a: Location, b: Location) -> bool:
    """a is a point measured from b's own anchor ('جنوب شرقي ميناء نشطون' and 'قبالة نشطون'), far at sea or not."""
    return "/" in a.id and "/" not in b.id and a.id.split("/")[0] == b.id


def settlement(loc: Location) -> bool:
    """A named town or village itself, or its outskirts (not an area around it such as 'ريف X')."""
    return loc.feature == "locality" and "/" not in loc.id and loc.flagged is None


def _near(loc: Location) -> bool:
    """A place given as the vicinity of a town ('قرب القامشلي'): vaguer than the town or its outskirts."""
    return loc.text.startswith(("قرب", "بالقرب", "على مقربة"))


def _id(a: Actor | None) -> str | None:
    """The actor's id, or None."""
    return a.id if a is not None else None


def side(a: Actor | None) -> str | None:
    """A known side, or None."""
    return a.side if a is not None and a.side != "UNKNOWN" else None


def _firm(a: Actor | None) -> str | None:
    """A side the text gives the actor itself: a group's backer's side ('مسلحون موالون لX') contradicts no telling."""
    return None if a is not None and a.backed else side(a)


def sides_ok(a: Unit, b: Unit) -> bool:
    """Compatible actors: no contradiction between known sides, and not the reverse dyad."""
    aa, at, ba, bt = _firm(a.agent), _firm(a.target), _firm(b.agent), _firm(b.target)
    if a.sub_event == b.sub_event == "Armed clash" or clash_goes_on(a, b) or clash_goes_on(b, a):
        return len(_camps(aa, at, ba, bt)) <= 2  # a clash has no attacker: compare the pair of sides ('تصدوا لقوه
        # حاولت التقدم ..., واستهدفوا دبابه': the clash and the attack told in its sentence are one operation)
    if a.sub_event == b.sub_event == DISRUPTED:  # 'اعتراض مسيرة اطلقها الحوثيون' and 'الدفاعات اعترضت طائرة':
        return len(_camps(aa, at, ba, bt)) <= 2  # the launcher or the defence first
    if aa and ba and not allies(aa, ba):
        return False
    if at and bt and not allies(at, bt) and not _turkish_foe(aa, ba, at, bt) and CIVIL_OBJECT not in (
            _id(a.target), _id(b.target)) and not (
            "CIVILIANS" in (at, bt) and (any(f.sent == g.sent for f in a.frames for g in b.frames)
                                         or aa and aa == ba and _attackers_word(a, b))):
        return False  # but a home hit and the fighters killed in it, or a family killed in the raid told, are one;
        # so are civilians killed and the militants the attacker says it hit ('زعم الجيش انه استهدف مخربين')
    return not reversed_dyad(a, b)


def _camps(*sides: str | None) -> set[str]:
    """The camps of a clash's sides as two tellings name them: the Syrian army in one voice and the militias that
    fight beside it in the other ('ميليشيا قسد حاولت التسلل' against 'مسلحون موالون لايران هاجموا نقطه لقسد')
    are one camp."""
    out = {s for s in sides if s and s != "CIVILIANS"}
    return out - {"IRAN_ALIGNED"} if out >= ALLIED else out


def _attackers_word(a: Unit, b: Unit) -> bool:
    """One of the two is only the attacker's own account, with no day of its own, of an incident at the other's
    place ('زعم الجيش انه استهدف مخربين داخل مبني في جباليا' after the family killed in Jabalia camp)."""
    if a.place is None or b.place is None or km(a.place.location, b.place.location) > 5:
        return False
    return any(all(f.own_account and f.date_from != "text" for f in u.frames) for u in (a, b))


def reversed_dyad(a: Unit, b: Unit) -> bool:
    """The reverse dyad: one unit's attacker is the other's target, by party."""
    return one_party(a.agent, b.target) or one_party(a.target, b.agent)


def one_party(a: Actor | None, b: Actor | None) -> bool:
    """Two actors of one known side that are not sworn foes (the army and the RSF are both OTHER)."""
    return side(a) is not None and same_party(a, b)


ALLIED = frozenset({"SYRIA_GOV", "IRAN_ALIGNED"})  # 'مرتزقه حكومه دمشق' in a headline, 'الدفاع الوطني' below


# Turkey's word for its Kurdish foes ('بي كا كا/واي بي جي') and the Syrian Kurds' own: one target in two tellings
KURDISH = frozenset({"SDF", "OTHER"})


def _turkish_foe(aa: str | None, ba: str | None, at: str | None, bt: str | None) -> bool:
    """Turkey attacks in both tellings, one naming its target the PKK and the other the SDF: one target."""
    return aa == ba == "TURKEY" and {at, bt} == KURDISH


def allies(x: str, y: str) -> bool:
    """The same side, or the Syrian government and the militias that fight beside it (one party in one report)."""
    return x == y or {x, y} == ALLIED


def one_pair(m: Unit, u: Unit) -> bool:
    """Two tellings name no side outside one pair, whoever each calls the attacker."""
    camps: list[str] = []
    for s in (side(m.agent), side(m.target), side(u.agent), side(u.target)):
        if s and s != "CIVILIANS" and not any(allies(s, c) for c in camps):
            camps.append(s)
    return len(camps) <= 2


def types_ok(a: Unit, b: Unit) -> bool:
    """Compatible types: equal when both are stated, a default type yields to a stated one."""
    if DISRUPTED in (a.sub_event, b.sub_event):
        return a.sub_event == b.sub_event or _partly_downed(a, b) or _partly_downed(b, a) or _downed_next(a, b) \
            or _downed_next(b, a)
    if clash_goes_on(a, b) or clash_goes_on(b, a):
        return True
    if _on_foot_beside_standoff(a, b) or _on_foot_beside_standoff(b, a):
        return False
    if a.sub_from in SPECIFIC and b.sub_from in SPECIFIC:
        wa, wb = set(a.weapons), set(b.weapons)
        if a.sub_from == b.sub_from == "weapon" and wa and wb and (wa <= wb or wb <= wa):
            return True  # 'هجوم بمسيره وصاروخين' then 'صاروخان سقطا داخل القاعده': a detail of the same attack
        return a.sub_event == b.sub_event or _fired_by(a, b) or _fired_by(b, a)
    return True


def _on_foot_beside_standoff(a: Unit, b: Unit) -> bool:
    """'هاجم مستوطنون مزارعين ... ورشقوهم بالحجارة' beside 'عبوة ناسفة انفجرت قرب آلية' the same day nearby: a raid of
    attackers with no guns or bombs (settlers) is not the bomb, shell or drone of the other telling."""
    return a.agent is not None and a.agent.id in GROUND_ONLY and not set(a.weapons) & STANDOFF \
        and b.sub_from == "weapon" and bool(set(b.weapons) & STANDOFF)


AIR_FIRED = frozenset({"rocket", "missile", "guided_missile"})  # what a plane, drone or helicopter fires


def _fired_by(a: Unit, b: Unit) -> bool:
    """One teller names only the munition ('اعتداء بعده صواريخ', b) and another the plane or drone that fired it
    ('مقاتلات سلاح الجو دمرت منظومه رادار', a, naming nothing but what flies and what it fires: not a summary of
    attacks 'بطائرات مسيره وصواريخ واسلحه خفيفه'): one air strike told twice, not a missile attack of its own."""
    fired = set(b.weapons) - {"anti_aircraft"}
    return a.sub_event == "Air/drone strike" and b.sub_event == "Shelling/artillery/missile attack" \
        and bool(fired) and fired <= AIR_FIRED and bool(PLATFORMS & set(a.weapons)) \
        and set(a.weapons) - {"anti_aircraft"} <= PLATFORMS | AIR_FIRED and a.sub_from == b.sub_from == "weapon"


def _partly_downed(a: Unit, b: Unit) -> bool:
    """'تصدت الدفاعات لصواريخ العدوان' beside 'نفذ العدو عدوانا بالصواريخ ... واسقطت معظمها': the defence (b) downed
    part of this attack (a), told with a weapon of its own or none (a drone downed is not the rockets that fell)."""
    downed = set(b.weapons) - {"anti_aircraft"}
    return b.sub_event == DISRUPTED and any(f.intercepted for f in a.frames) and (
        not downed or bool(downed & set(a.weapons)))


def _downed_next(a: Unit, b: Unit) -> bool:
    """'اطلق سربا من المسيرات نحو قاعده قرب X' then 'وقال الجيش ان مسيرتين اطلقتا من لبنان اعترضتا فوق Y': the
    other side tells, in the same or the next sentence, that the very weapons of the attack (a) were downed (b)."""
    downed = set(b.weapons) - {"anti_aircraft"}
    return b.sub_event == DISRUPTED and bool(downed) and downed <= set(a.weapons) and any(
        0 <= g.sent - f.sent <= 1 and not f.heading for f in a.frames for g in b.frames)


ATTACKS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
PROJECTILES = frozenset({"anti_aircraft", "rocket"})  # the defence itself, and 'المقذوفات' it engaged


def defence_of(a: Unit, b: Unit) -> bool:
    """'ومؤكده ان الدفاعات الجويه تصدت لعدد من المقذوفات المعاديه' beside the strike told on that place and day: the
    defence of the side attacked, engaging projectiles it does not name, is part of the strike (between the
    strike's own two sides or their allies, in either order, on its very day), not an interception of its own
    (a drone downed stays apart, and so does the rocket fire a retaliation answers)."""
    for x, y in ((a, b), (b, a)):
        if y.sub_event == DISRUPTED and x.sub_event in ATTACKS and set(y.weapons) <= PROJECTILES \
                and x.day == y.day and y.place is not None and _air_defence(y) \
                and not any(f.retaliation for f in x.frames) \
                and all(any(allies(s, t) for t in (side(x.agent), side(x.target)) if t)
                        for s in (side(y.agent), side(y.target)) if s):
            return True
    return False


def _air_defence(u: Unit) -> bool:
    """The unit tells an air defence at work ('الدفاعات الجويه', 'تصدت', 'اعترضت'), not a launcher found."""
    return "anti_aircraft" in u.weapons or any(f.trigger.payload.get("class") == "intercept" for f in u.frames)


def clash_goes_on(a: Unit, b: Unit) -> bool:
    """'فجروا عبوه بآليه ..., كما خاضوا اشتباكات مع القوه': a clash that names no attacker, told in the same
    sentence as an attack, is the same operation (one event per place, day and pair); so is one between the same
    two sides ('استهدفوا دبابه ..., مؤكده ان مقاتليها يخوضون اشتباكات مع قوات الاحتلال')."""
    if b.sub_event != "Armed clash" or a.sub_event == "Armed clash":
        return False
    if same_town_day(a, b):
        return True
    pair = {side(a.agent), side(a.target)} - {None}
    own = {side(b.agent), side(b.target)} - {None} <= pair
    return any((f.agent is None or own) and any(g.sent == f.sent for g in a.frames)
               for f in b.frames if f.sub_event == "Armed clash" and not f.heading)  # the body's clash, also after
    # its headline joined


def same_town_day(a: Unit, b: Unit) -> bool:
    """A shooting told at a town and clashes told there the same day ('اقتحام ... ومواجهات في محيط المدرسة' then
    'استشهد شاب برصاص الاحتلال في البلدة'): the raid's one event, whoever each telling names first."""
    return a.sub_event == "Attack" and a.place is not None and b.place is not None and a.day is not None \
        and a.day == b.day and a.place.location.id == b.place.location.id and a.place.location.geo_precision == 1


def numbered_apart(a: Unit, b: Unit) -> bool:
    """'وفي العمليه الثانيه ...' and 'اما العمليه الثالثه ...': two operations a series numbers apart are two
    incidents, however close their places."""
    na = {f.ordinal for f in a.frames if f.ordinal}
    nb = {f.ordinal for f in b.frames if f.ordinal}
    words = {n for n in na | nb if n <= ORDINAL_WORDS}  # 'الثالثه' and 'رقم (147)' may number one operation twice
    return bool(na and nb) and not na & nb and (words == na | nb or not words)


def items_apart(a: Unit, b: Unit) -> bool:
    """Two items of one list ('X في قصف منزل في حي A, وستة في قصف خيام قرب B'): two incidents, however close."""
    return any(f.item >= 0 and f.item == g.item and f.sent == g.sent and f.clause != g.clause
               for f in a.frames for g in b.frames)


def fineness(loc: Location, split: bool) -> tuple[int, bool, bool, bool]:
    """How precise a place is (lower is finer): its precision, then, between two places of one clause, a sea or
    province before a whole country ('اسقطت مسيرات اطلقت من اليمن فوق البحر الاحمر'), then a quarter before the
    city that holds it ('حي العامل' over a title's 'في بغداد'), then a place the text calls a village or town
    before any other of its precision ('شرقي بلدة حوارين' over the lead's 'ريف حمص الشرقي')."""
    return loc.geo_precision, split and loc.flagged == "country_only", not quarter(loc), not told_as_town(loc)
