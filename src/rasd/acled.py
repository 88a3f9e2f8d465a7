"""Map rasd mentions and events onto ACLED's 31 export columns (see docs/acled_mapping.md)."""

from __future__ import annotations

from collections.abc import Sequence

from .claims_summary import claims_summary
from .records import Actor, Event, Location, Mention

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

POLITICAL_VIOLENCE = "Political violence"
DISORDER_BY_EVENT_TYPE: dict[str, str] = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED codebook table 2: the two sub-event types whose disorder type differs from their event type's
DISORDER_BY_SUB_EVENT_TYPE: dict[str, str] = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": POLITICAL_VIOLENCE,
}

# ACLED actor types with their numeric inter codes (the order used to build `interaction`)
INTER_CODES: dict[str, int] = {
    "State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
    "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8,
}
STATE_OR_EXTERNAL_SIDES: dict[str, str] = {  # side -> home country: state forces there, external elsewhere
    "US": "USA", "SYRIA_GOV": "SYR", "IRAQ_GOV": "IRQ", "RUSSIA": "RUS", "TURKEY": "TUR",
    "ISRAEL": "ISR",
}
FIXED_SIDE_TYPES: dict[str, str] = {
    "ISIS": "Rebel group", "OPPOSITION": "Rebel group", "SDF": "Rebel group",
    "UNKNOWN": "Political militia",  # ACLED codes "Unidentified Armed Group" as a political militia
    "CIVILIANS": "Civilians", "OTHER": "External/Other forces",
}

# ISO 3166-1 alpha-3 -> (ISO numeric, ACLED country name, ACLED region)
COUNTRIES: dict[str, tuple[int, str, str]] = {
    "SYR": (760, "Syria", "Middle East"), "IRQ": (368, "Iraq", "Middle East"),
    "IRN": (364, "Iran", "Middle East"), "LBN": (422, "Lebanon", "Middle East"),
    "ISR": (376, "Israel", "Middle East"), "PSE": (275, "Palestine", "Middle East"),
    "JOR": (400, "Jordan", "Middle East"), "TUR": (792, "Turkey", "Middle East"),
    "YEM": (887, "Yemen", "Middle East"), "SAU": (682, "Saudi Arabia", "Middle East"),
    "KWT": (414, "Kuwait", "Middle East"), "BHR": (48, "Bahrain", "Middle East"),
    "QAT": (634, "Qatar", "Middle East"), "ARE": (784, "United Arab Emirates", "Middle East"),
    "OMN": (512, "Oman", "Middle East"),
    "EGY": (818, "Egypt", "Northern Africa"), "LBY": (434, "Libya", "Northern Africa"),
    "SDN": (729, "Sudan", "Northern Africa"), "TUN": (788, "Tunisia", "Northern Africa"),
    "DZA": (12, "Algeria", "Northern Africa"), "MAR": (504, "Morocco", "Northern Africa"),
    "SSD": (728, "South Sudan", "Eastern Africa"), "SOM": (706, "Somalia", "Eastern Africa"),
    "DJI": (262, "Djibouti", "Eastern Africa"), "ERI": (232, "Eritrea", "Eastern Africa"),
    "ETH": (231, "Ethiopia", "Eastern Africa"), "TCD": (148, "Chad", "Middle Africa"),
    "MRT": (478, "Mauritania", "Western Africa"),
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of an event type / sub-event type pair ('' when unknown)."""
    return DISORDER_BY_SUB_EVENT_TYPE.get(sub_event_type, DISORDER_BY_EVENT_TYPE.get(event_type, ""))


def inter_type(actor: Actor | None, country_iso3: str | None) -> str:
    """ACLED's actor type (inter1/inter2) of an actor, from its side and the country of the event."""
    if actor is None:
        return ""
    if actor.side in STATE_OR_EXTERNAL_SIDES:
        at_home = country_iso3 == STATE_OR_EXTERNAL_SIDES[actor.side]
        return "State forces" if at_home else "External/Other forces"
    if actor.side == "IRAN_ALIGNED":
        return "State forces" if country_iso3 == "IRN" else "Political militia"
    return FIXED_SIDE_TYPES.get(actor.side, "")


def interaction(inter1: str, inter2: str) -> str:
    """ACLED's interaction label: the two actor types, lower code first, or 'X only'."""
    types = sorted((t for t in (inter1, inter2) if t), key=INTER_CODES.__getitem__)
    if not types:
        return ""
    if len(types) == 1:
        return f"{types[0]} only"
    if types == ["Civilians", "External/Other forces"]:
        return "External/Other forces-Civilians"  # ACLED's own spelling of code 78
    return f"{types[0]}-{types[1]}"


def actor_name(actor: Actor | None, country: str) -> str:
    """The actor1/actor2 cell: ACLED's generic names for unidentified groups and civilians."""
    if actor is None:
        return ""
    suffix = f" ({country})" if country else ""
    if actor.side == "UNKNOWN":
        return f"Unidentified Armed Group{suffix}"
    if actor.side == "CIVILIANS":
        return f"Civilians{suffix}"
    return actor.name_en or actor.id


def acled_notes(record: Mention | Event, *, outlets: Sequence[str]) -> str:
    """The notes cell: the English notes, then '[claims: SOHR: 8 killed; Pentagon: 6 or 7 killed]'.

    An event's claims summary is the one stored with it; a mention's is written here, its
    unattributed claims under the outlet of its document (the first of `outlets`).
    """
    if isinstance(record, Event):
        notes, said = record.notes, record.claims_summary or claims_summary(record)
    else:
        notes, said = "", claims_summary(record, outlets={record.doc_id: outlets[0] if outlets else None})
    return f"{notes} [claims: {said}]".strip() if said else notes


def acled_row(record: Mention | Event, *, outlets: Sequence[str], timestamp: int) -> list[str]:
    """One ACLED row (cells in ACLED_COLUMNS order) for a mention or an event."""
    loc = record.location
    iso3 = loc.country_iso3 if loc else None
    iso, country, region = COUNTRIES.get(iso3 or "", (None, "", ""))
    inter1, inter2 = inter_type(record.actor1, iso3), inter_type(record.actor2, iso3)
    notes = acled_notes(record, outlets=outlets)
    sources = list(dict.fromkeys([*record.sources, *(o for o in outlets if o)]))
    cells: dict[str, object] = {
        "event_id_cnty": record.id,
        "event_date": record.event_date.isoformat() if record.event_date else "",
        "year": record.event_date.year if record.event_date else "",
        "time_precision": record.time_precision,
        "disorder_type": disorder_type(record.event_type, record.sub_event_type),
        "event_type": record.event_type, "sub_event_type": record.sub_event_type,
        "actor1": actor_name(record.actor1, country), "assoc_actor_1": "", "inter1": inter1,
        "actor2": actor_name(record.actor2, country), "assoc_actor_2": "", "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilians targeted" if _targets_civilians(record) else "",
        "iso": iso, "region": region, "country": country,
        "admin1": loc.admin1 if loc else "", "admin2": loc.admin2 if loc else "", "admin3": "",
        "location": loc.name_en if loc else "",
        "latitude": f"{loc.lat:.4f}" if loc else "", "longitude": f"{loc.lon:.4f}" if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(sources), "source_scale": "", "notes": notes,
        "fatalities": record.fatalities or 0,
        "tags": "; ".join(_tags(record, loc)), "timestamp": timestamp,
    }
    return ["" if cells[c] is None else str(cells[c]) for c in ACLED_COLUMNS]


def _targets_civilians(record: Mention | Event) -> bool:
    """ACLED's civilian targeting: violence against civilians, or civilians as actor 2 outside battles."""
    if record.event_type == "Violence against civilians":
        return True
    return bool(record.actor2 and record.actor2.side == "CIVILIANS" and record.event_type != "Battles")


def _tags(record: Mention | Event, loc: Location | None) -> list[str]:
    """rasd fields that ACLED has no column for, as 'key=value' tags."""
    tags = [f"confidence={round(record.confidence, 3)}"]
    if record.fatalities is None:
        tags.append("fatalities_unreported")
    if record.injured is not None:
        tags.append(f"injured={record.injured}")
    if record.weapons:
        tags.append(f"weapons={','.join(record.weapons)}")
    if isinstance(record, Event):
        low, high = record.fatalities_min, record.fatalities_max
        if low is not None and high is not None and low != high:
            tags.append(f"fatalities_range={low}-{high}")
        if record.disputed:
            tags.append("disputed")
        tags.append(f"mentions={','.join(record.mention_ids)}")
        tags.append(f"documents={','.join(record.documents)}")
        if record.retaliation_for:
            tags.append(f"retaliation_for={','.join(record.retaliation_for)}")
        if record.status != "unreviewed":
            tags.append(f"review={record.status}")
            edited = dict.fromkeys(r.field for r in record.reviews if r.action == "edit" and r.field)
            if edited:
                tags.append(f"edited={','.join(edited)}")
    else:
        tags.append(f"doc_id={record.doc_id}")
        if record.event_id:
            tags.append(f"event_id={record.event_id}")
    if loc is None:
        tags.append("no_location")
    elif (loc.country_iso3 or "") not in COUNTRIES:
        tags.append(f"unmapped_country={loc.country_iso3 or 'none'}")
    if record.actor1 and not inter_type(record.actor1, loc.country_iso3 if loc else None):
        tags.append(f"unmapped_side={record.actor1.side}")
    if record.actor2 and not inter_type(record.actor2, loc.country_iso3 if loc else None):
        tags.append(f"unmapped_side={record.actor2.side}")
    if not disorder_type(record.event_type, record.sub_event_type):
        tags.append(f"unmapped_event_type={record.event_type}")
    return tags
