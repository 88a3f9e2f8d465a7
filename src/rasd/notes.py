"""English notes (ACLED style) and an Arabic summary per event, written from its structured fields.

Nothing is copied from an article: both texts are templates filled with the event's date,
actors, sub-event type, weapons, place (English and Arabic names from the gazetteer and the
actor lexicon) and the conservative figures with the sources that gave them. Example:

    On 24 August 2022, US forces conducted air strikes on Iran-aligned militias in Deir ez-Zor
    (Deir ez-Zor). According to SOHR, 6 people were killed.

    24 آب/أغسطس 2022: غارات جوية من جانب القوات الأمريكية استهدفت الميليشيات الإيرانية في دير الزور.
    عدد القتلى 6 بحسب المرصد السوري لحقوق الإنسان.

Arabic avoids verb-subject agreement with the actor (whose gender the lexicon does not say)
by naming the act first ("غارات جوية من جانب ...") and counts as "عدد القتلى N" (no number-noun
agreement). A source appears under its Arabic display name (sources.tsv `name_ar`), else under
its canonical name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from .claims_summary import claims_summary, source_names_ar
from .records import Actor, Event, Location

# side -> (English label, Arabic label) for actors the text does not name
SIDE_LABELS: dict[str, tuple[str, str]] = {
    "US": ("US forces", "القوات الأمريكية"),
    "IRAN_ALIGNED": ("Iran-aligned militias", "الميليشيات الموالية لإيران"),
    "SYRIA_GOV": ("Syrian government forces", "القوات الحكومية السورية"),
    "RUSSIA": ("Russian forces", "القوات الروسية"),
    "SDF": ("Syrian Democratic Forces", "قوات سوريا الديمقراطية"),
    "ISIS": ("Islamic State", "تنظيم الدولة الإسلامية"),
    "ISRAEL": ("Israeli forces", "القوات الإسرائيلية"),
    "TURKEY": ("Turkish forces", "القوات التركية"),
    "IRAQ_GOV": ("Iraqi government forces", "القوات الحكومية العراقية"),
    "OPPOSITION": ("opposition factions", "فصائل المعارضة"),
    "CIVILIANS": ("civilians", "مدنيين"),
    "OTHER": ("an armed group", "جهة مسلحة"),
    "UNKNOWN": ("unidentified attackers", "مسلحين مجهولين"),
}
MONTHS_AR = ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
             "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
             "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر")
RELATIVE_PLACE = re.compile(r"(north|south|east|west|near|around|outskirts|countryside)\b", re.IGNORECASE)
WITH_THE = frozenset({"Pentagon", "White House", "Coalition", "Houthis"})
# weapon -> (English plural, Arabic plural) for intercepted projectiles
PROJECTILES: dict[str, tuple[str, str]] = {
    "drone": ("drones", "طائرات مسيّرة"), "suicide_drone": ("drones", "طائرات مسيّرة"),
    "rocket": ("rockets", "صواريخ"), "missile": ("missiles", "صواريخ"), "mlrs": ("rockets", "صواريخ"),
    "mortar": ("mortar shells", "قذائف هاون"), "artillery": ("shells", "قذائف"),
}
# sub-event type -> (English verb phrase, preposition before a named target, phrase without a target)
VERBS_EN: dict[str, tuple[str, str, str]] = {
    "Air/drone strike": ("conducted air strikes", "on", "conducted air strikes"),
    "Shelling/artillery/missile attack": ("shelled", "", "carried out shelling"),
    "Remote explosive/landmine/IED": ("detonated an explosive device", "targeting", "detonated an explosive device"),
    "Suicide bomb": ("carried out a suicide bombing", "targeting", "carried out a suicide bombing"),
    "Grenade": ("threw a grenade", "at", "threw a grenade"),
    "Chemical weapon": ("used chemical weapons", "against", "used chemical weapons"),
    "Armed clash": ("clashed", "with", "clashed with an unidentified armed group"),
    "Government regains territory": ("regained territory", "from", "regained territory"),
    "Non-state actor overtakes territory": ("took over territory", "from", "took over territory"),
    "Attack": ("attacked", "", "attacked civilians"),
    "Abduction/forced disappearance": ("abducted", "", "abducted people"),
    "Sexual violence": ("committed sexual violence", "against", "committed sexual violence"),
    "Arrests": ("arrested", "", "made arrests"),
}
# sub-event type -> Arabic noun phrase and the verb that agrees with it ("" = no target verb)
ACTS_AR: dict[str, tuple[str, str]] = {
    "Air/drone strike": ("غارات جوية", "استهدفت"),
    "Shelling/artillery/missile attack": ("قصف", "استهدف"),
    "Remote explosive/landmine/IED": ("تفجير عبوة ناسفة", "استهدف"),
    "Suicide bomb": ("تفجير انتحاري", "استهدف"),
    "Grenade": ("هجوم بقنبلة يدوية", "استهدف"),
    "Chemical weapon": ("هجوم بأسلحة كيميائية", "استهدف"),
    "Armed clash": ("اشتباكات", ""),
    "Government regains territory": ("استعادة السيطرة على مناطق", ""),
    "Non-state actor overtakes territory": ("سيطرة على مناطق", ""),
    "Attack": ("هجوم", "استهدف"),
    "Abduction/forced disappearance": ("عملية خطف", "طالت"),
    "Sexual violence": ("عنف جنسي", "طال"),
    "Arrests": ("حملة اعتقالات", "طالت"),
}


def side_actor(side: str, *, text: str = "") -> Actor:
    """A generic actor standing for a whole side (used when a reviewer sets a side)."""
    name_en, name_ar = SIDE_LABELS.get(side, (side, side))
    return Actor(id=f"side:{side.lower()}", name_en=name_en, name_ar=name_ar, side=side, text=text)


def _known(actor: Actor | None) -> bool:
    """True for an actor with a known side."""
    return actor is not None and actor.side != "UNKNOWN"


def actor_en(actor: Actor | None) -> str:
    """The English name of an actor; sides stand in for unnamed or adjective-only actors."""
    if actor is None or actor.side == "UNKNOWN" or actor.id.endswith("_adj") or not actor.name_en:
        return SIDE_LABELS["UNKNOWN" if actor is None else actor.side][0]
    return actor.name_en


def actor_ar(actor: Actor | None) -> str:
    """The Arabic name of an actor, with the same stand-ins as actor_en."""
    if actor is None or actor.side == "UNKNOWN" or actor.id.endswith("_adj") or not actor.name_ar:
        return SIDE_LABELS["UNKNOWN" if actor is None else actor.side][1]
    return actor.name_ar


def _when_en(day: date | None, precision: int | None) -> str:
    """'On 24 August 2022', 'Around 24 August 2022' (week), 'In August 2022' (month)."""
    if day is None:
        return "On an unknown date"
    if precision == 3:
        return f"In {day:%B %Y}"
    return f"{'Around' if precision == 2 else 'On'} {day.day} {day:%B %Y}"


def _when_ar(day: date | None, precision: int | None) -> str:
    """The Arabic date: '24 آب/أغسطس 2022', 'نحو ...' (week), 'آب/أغسطس 2022' (month)."""
    if day is None:
        return "في تاريخ غير معروف"
    month = MONTHS_AR[day.month - 1]
    if precision == 3:
        return f"{month} {day.year}"
    return f"{'نحو ' if precision == 2 else ''}{day.day} {month} {day.year}"


def _place_en(loc: Location | None) -> str:
    """' in X (Admin1)', ' near X (Admin1)' at precision 2, '' without a place.

    A name that already says where it lies ("northeast of al-Omar oil field") takes no
    preposition, and one that already ends with a parenthesis takes no admin1.
    """
    if loc is None:
        return ""
    name = loc.name_en
    where = f"{name} ({loc.admin1})" if loc.admin1 and not name.endswith(")") else name
    if RELATIVE_PLACE.match(name):
        return f" {where}"
    return f" {'near' if loc.geo_precision == 2 else 'in'} {where}"


def _place_ar(loc: Location | None) -> str:
    """' في X' or ' قرب X' (precision 2), '' without a place."""
    if loc is None:
        return ""
    name = loc.name_ar or loc.name_en
    return f" {'قرب' if loc.geo_precision == 2 else 'في'} {name}"


def _verb_en(event: Event) -> tuple[str, str, str]:
    """English verb phrase, preposition and target-less phrase, made specific by the weapons."""
    sub, weapons = event.sub_event_type, set(event.weapons)
    if sub == "Air/drone strike":
        if weapons & {"drone", "suicide_drone"} and not weapons & {"aircraft", "helicopter"}:
            return "launched a drone attack", "on", "launched a drone attack"
        if "helicopter" in weapons and "aircraft" not in weapons:
            return "conducted helicopter strikes", "on", "conducted helicopter strikes"
    if sub == "Shelling/artillery/missile attack":
        if weapons & {"rocket", "mlrs"}:
            return "fired rockets", "at", "fired rockets"
        if "missile" in weapons:
            return "fired missiles", "at", "fired missiles"
    return VERBS_EN.get(sub, (f"were involved in an event ({sub})", "with", f"were involved in an event ({sub})"))


def _projectiles(event: Event) -> tuple[str, str]:
    """The intercepted projectiles in English and Arabic."""
    for w in event.weapons:
        if w in PROJECTILES:
            return PROJECTILES[w]
    return "projectiles", "مقذوفات"


def _source_list(names: Sequence[str]) -> str:
    """'SOHR', 'SOHR and SANA', 'the Pentagon, SOHR and SANA'."""
    named = [f"the {n}" if n in WITH_THE else n for n in names]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _stating(event: Event, field: str, value: int | None) -> list[str]:
    """The sources whose claim gives exactly the chosen figure of a field."""
    return list(dict.fromkeys(c.source for c in event.claims
                              if c.field == field and c.value == value and c.source))


def _people(n: int, verb: str) -> str:
    """'1 person was killed', '6 people were killed'."""
    return f"1 person was {verb}" if n == 1 else f"{n} people were {verb}"


def _figures(event: Event) -> list[tuple[str, int, list[str]]]:
    """(field, figure, sources stating it) for the reported fatalities and injuries."""
    out = []
    if event.fatalities is not None:
        out.append(("fatalities", event.fatalities, _stating(event, "fatalities", event.fatalities)))
    if event.injured:
        out.append(("injured", event.injured, _stating(event, "injured", event.injured)))
    return out


def casualties_en(event: Event) -> str:
    """The casualty sentence, each figure with the sources that gave it; '' when none were reported."""
    clauses: list[tuple[str, list[str]]] = []
    for field, n, sources in _figures(event):
        if field == "fatalities":
            text = "no one was killed" if n == 0 else _people(n, "killed")
            low, high = event.fatalities_min, event.fatalities_max
            if event.disputed and low is not None and high is not None and low != high:
                text += f" (reported figures range from {low} to {high})"
        else:
            text = _people(n, "injured")
        if clauses and clauses[-1][1] == sources and "(" not in clauses[-1][0]:
            text = f"{clauses[-1][0]} and {n} {'was' if n == 1 else 'were'} injured"
            clauses[-1] = (text, sources)
        else:
            clauses.append((text, sources))
    if not clauses:
        return ""
    said = "; ".join(f"according to {_source_list(src)}, {text}" if src else text for text, src in clauses)
    return said[0].upper() + said[1:] + "."


def _inferred(actor: Actor | None) -> bool:
    """True for an actor no words of the text name: a theatre foe or a place's side (text '', not a reviewer's)."""
    return _known(actor) and actor is not None and not actor.text and not actor.id.startswith("side:")


def inferred_en(event: Event) -> str:
    """The sentence that says which actor no report names and rasd inferred; '' when both are named."""
    roles = [(role, actor) for role, actor in (("attacker", event.actor1), ("target", event.actor2))
             if _inferred(actor)]
    if not roles:
        return ""
    said = " and ".join(f"the {role} ({actor_en(actor)})" for role, actor in roles)
    verb = "are" if len(roles) > 1 else "is"
    return f"{said[0].upper()}{said[1:]} {verb} not named in the reports but inferred from the other side and the place."


def notes_en(event: Event) -> str:
    """One to three English sentences in ACLED's style, the last saying which actor was inferred."""
    when, where = _when_en(event.event_date, event.time_precision), _place_en(event.location)
    a1, a2 = actor_en(event.actor1), actor_en(event.actor2) if _known(event.actor2) else ""
    if event.sub_event_type == "Disrupted weapons use":
        things = _projectiles(event)[0]
        at = where.replace(" in ", " at ", 1).replace(" near ", " towards the area of ", 1)
        first = (f"{when}, {a2} intercepted {things} launched by {a1}{at}" if a2 else
                 f"{when}, {things} launched by {a1} were intercepted{at}")
    else:
        verb, prep, alone = _verb_en(event)
        act = f"{verb} {prep} {a2}".replace("  ", " ") if a2 else alone
        first = f"{when}, {a1} {act}{where}"
    if event.retaliation_for:
        first += ", reportedly in retaliation for an earlier attack"
    rest = [said for said in (casualties_en(event), inferred_en(event)) if said]
    return " ".join([f"{first}.", *rest])


def _source_ar(names: Iterable[str]) -> str:
    """Sources by their Arabic names where sources.tsv gives one, joined with 'و'."""
    arabic = source_names_ar()
    return " و".join(arabic.get(n, n) for n in names)


def _act_ar(event: Event) -> tuple[str, str]:
    """The Arabic act noun phrase and its agreeing verb, made specific by the weapons."""
    sub, weapons = event.sub_event_type, set(event.weapons)
    if sub == "Air/drone strike" and weapons & {"drone", "suicide_drone"} and \
            not weapons & {"aircraft", "helicopter"}:
        return "هجوم بطائرات مسيّرة", "استهدف"
    if sub == "Shelling/artillery/missile attack" and weapons & {"rocket", "mlrs", "missile"}:
        return "هجوم صاروخي", "استهدف"
    return ACTS_AR.get(sub, (f"حدث من نوع {sub}", ""))


def summary_ar(event: Event) -> str:
    """A short Arabic summary: date, act, actors, place, then the casualty figures."""
    when, where = _when_ar(event.event_date, event.time_precision), _place_ar(event.location)
    a1 = actor_ar(event.actor1)
    a2 = actor_ar(event.actor2) if _known(event.actor2) else ""
    sub = event.sub_event_type
    if sub == "Disrupted weapons use":
        launched = f"أطلقها {a1}" if _known(event.actor1) else "أُطلقت"
        act = f"اعتراض {_projectiles(event)[1]} {launched}" + where.replace(" في ", " باتجاه ", 1)
    elif sub == "Armed clash":
        act = f"اشتباكات بين {a1} و{a2 or 'مسلحين مجهولين'}{where}"
    else:
        noun, verb = _act_ar(event)
        by = f" من جانب {a1}" if _known(event.actor1) else ""
        act = f"{noun}{by}" + (f" {verb} {a2}" if a2 and verb else "") + where
    text = f"{when}: {act}."
    figures = []
    for field, n, sources in _figures(event):
        said = ("لم يُقتل أحد" if n == 0 else f"عدد القتلى {n}") if field == "fatalities" else f"عدد الجرحى {n}"
        figures.append(said + (f" بحسب {_source_ar(sources)}" if sources else ""))
    if figures:
        text += " " + "، و".join(figures) + "."
    return text


def annotate(events: Iterable[Event], *, outlets: Mapping[str, str | None] | None = None) -> list[Event]:
    """Events with `notes` and `summary_ar` written where they are empty (reviewer texts stay),
    and `claims_summary` written from the claims (unattributed claims under their outlet)."""
    out = []
    for e in events:
        said = claims_summary(e, outlets=outlets)
        if e.notes and e.summary_ar and e.claims_summary == said:
            out.append(e)
            continue
        out.append(dataclasses.replace(e, notes=e.notes or notes_en(e),
                                       summary_ar=e.summary_ar or summary_ar(e), claims_summary=said))
    return out
