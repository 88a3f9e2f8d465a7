"""Map rasd events and mentions onto PLOVER records (Open Event Data Alliance, manual 0.7b1), as JSONL.

PLOVER splits an event into *event* (what), *mode* (how) and *context* (why). rasd's ACLED
sub-event type decides the event and the default mode, its weapons refine the mode, and its
actors' sides give PLOVER actor codes (ISO 3166 alpha-3 or IMG) and sectors (MIL, PRM, REB ...).
Values that PLOVER has no field for are kept under ``rasd:`` keys. The mapping is named
PLOVER_MAPPING and is written into every record, so outputs can be traced to it.
See docs/web.md ("PLOVER export") for the full table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from . import __version__
from .errors import UsageError
from .records import Actor, Event, Location, Mention
from .store import Store

PLOVER_MAPPING = "rasd_plover.v1"
CODEBOOK = "plover-base-0.7b1"


@dataclass(frozen=True, slots=True)
class PloverType:
    """The PLOVER rendering of one ACLED sub-event type."""

    event: str | None  # None: PLOVER has no category for it (written with has_event false)
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    reciprocal: bool = False  # two-sided violence: both actors are PLOVER sources
    weapon_modes: bool = False  # refine the mode from the weapons used


_MIL = ("military",)
# ACLED event type -> sub-event type -> PLOVER; also the taxonomy the review form offers
SUB_EVENT_TYPES: dict[str, dict[str, PloverType]] = {
    "Battles": {
        "Armed clash": PloverType("ASSAULT", ("firearms",), _MIL, reciprocal=True, weapon_modes=True),
        "Government regains territory": PloverType("ASSAULT", (), ("military", "resource"),
                                                   reciprocal=True, weapon_modes=True),
        "Non-state actor overtakes territory": PloverType("ASSAULT", (), ("military", "resource"),
                                                          reciprocal=True, weapon_modes=True),
    },
    "Explosions/Remote violence": {
        "Air/drone strike": PloverType("ASSAULT", ("heavy-weapons",), _MIL),
        "Shelling/artillery/missile attack": PloverType("ASSAULT", ("heavy-weapons",), _MIL),
        "Remote explosive/landmine/IED": PloverType("ASSAULT", ("explosives",), _MIL),
        "Suicide bomb": PloverType("ASSAULT", ("suicide-attack",), _MIL),
        "Grenade": PloverType("ASSAULT", ("explosives",), _MIL),
        "Chemical weapon": PloverType("ASSAULT", (), ("military", "cbrn")),
    },
    "Violence against civilians": {
        "Attack": PloverType("ASSAULT", (), (), weapon_modes=True),
        "Abduction/forced disappearance": PloverType("ASSAULT", ("abduct",)),
        "Sexual violence": PloverType("ASSAULT", ("sexual",)),
    },
    "Protests": {
        "Peaceful protest": PloverType("PROTEST", ("demo",), ("political",)),
        "Protest with intervention": PloverType("PROTEST", ("demo",), ("political",)),
        "Excessive force against protesters": PloverType("ASSAULT", (), ("political",), weapon_modes=True),
    },
    "Riots": {
        "Violent demonstration": PloverType("PROTEST", ("riot",), ("political",)),
        "Mob violence": PloverType("PROTEST", ("riot",)),
    },
    "Strategic developments": {
        "Agreement": PloverType("AGREE"),
        "Arrests": PloverType("COERCE", ("arrest",)),
        "Change to group/activity": PloverType(None),
        "Disrupted weapons use": PloverType("ASSAULT", ("heavy-weapons",), _MIL, weapon_modes=True),
        "Headquarters or base established": PloverType("MOBILIZE", ("troops",), _MIL),
        "Looting/property destruction": PloverType("ASSAULT", ("destroy",)),
        "Non-violent transfer of territory": PloverType("RETREAT", ("withdraw",), ("resource",)),
        "Other": PloverType(None),
    },
}

WEAPON_MODES: dict[str, str] = {  # rasd weapon id -> PLOVER ASSAULT mode
    "rocket": "heavy-weapons", "missile": "heavy-weapons", "drone": "heavy-weapons",
    "suicide_drone": "heavy-weapons", "aircraft": "heavy-weapons", "helicopter": "heavy-weapons",
    "artillery": "heavy-weapons", "mortar": "heavy-weapons", "mlrs": "heavy-weapons",
    "heavy_machine_gun": "heavy-weapons", "anti_aircraft": "heavy-weapons",
    "small_arms": "firearms", "ied": "explosives", "grenade": "explosives", "boat": "explosives",
    "suicide": "suicide-attack",
}

QUAD_CODES: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# the manual's "Schrodt scores" (conflict-cooperation scale)
EVENT_SCALES: dict[str, float] = {
    "ASSAULT": -9.3, "COERCE": -7.2, "PROTEST": -6.6, "MOBILIZE": -5.3, "SANCTION": -5.2,
    "THREATEN": -5.1, "DEMAND": -5.0, "REJECT": -4.2, "ACCUSE": -2.0, "CONSULT": 2.1, "AGREE": 4.2,
    "SUPPORT": 4.6, "CONCEDE": 5.0, "COOPERATE": 6.8, "AID": 7.4, "RETREAT": 7.6,
}

# side -> (actor code, sector); None as code = the country of the event
SIDE_CODES: dict[str, tuple[str | None, str | None]] = {
    "US": ("USA", "MIL"), "SYRIA_GOV": ("SYR", "MIL"), "RUSSIA": ("RUS", "MIL"),
    "TURKEY": ("TUR", "MIL"), "ISRAEL": ("ISR", "MIL"), "IRAQ_GOV": ("IRQ", "MIL"),
    "IRAN_ALIGNED": ("IMG", "PRM"), "ISIS": ("IMG", "REB"), "SDF": ("SYR", "REB"),
    "OPPOSITION": (None, "REB"), "CIVILIANS": (None, "CVL"), "UNKNOWN": (None, "UAF"),
    "OTHER": (None, None),
}
# actors whose code is not their side's: the Iranian state itself, and non-US coalition members
ACTOR_CODES: dict[str, tuple[str, str]] = {
    "iran": ("IRN", "GOV"), "irgc": ("IRN", "MIL"), "quds_force": ("IRN", "MIL"),
    "iran_navy": ("IRN", "MIL"), "iran_adj": ("IRN", "MIL"), "uk_forces": ("GBR", "MIL"),
}

ISO2: dict[str, str] = {
    "SYR": "SY", "IRQ": "IQ", "IRN": "IR", "LBN": "LB", "ISR": "IL", "PSE": "PS", "JOR": "JO",
    "TUR": "TR", "YEM": "YE", "SAU": "SA", "KWT": "KW", "BHR": "BH", "QAT": "QA", "ARE": "AE",
    "OMN": "OM", "EGY": "EG", "LBY": "LY", "SDN": "SD", "TUN": "TN", "DZA": "DZ", "MAR": "MA",
    "SSD": "SS", "SOM": "SO", "DJI": "DJ", "ERI": "ER", "ETH": "ET", "TCD": "TD", "MRT": "MR",
    "USA": "US", "RUS": "RU", "GBR": "GB",
}


def plover_type(event_type: str, sub_event_type: str) -> PloverType:
    """The PLOVER rendering of an ACLED type pair; unknown pairs have no PLOVER event."""
    return SUB_EVENT_TYPES.get(event_type, {}).get(sub_event_type, PloverType(None))


def actor_object(actor: Actor, country_iso3: str | None) -> dict[str, Any]:
    """A PLOVER actor object (code, sector, text, identifier) for a rasd actor."""
    code, sector = ACTOR_CODES.get(actor.id) or SIDE_CODES.get(actor.side, (None, None))
    if code is None and sector is not None:
        code = country_iso3
    return {"code": code, "sector": sector, "actor_text": actor.text or actor.name_ar,
            "identifier_id": f"rasd:{actor.id}", "identifier_text": actor.name_en,
            "rasd:side": actor.side}


def location_object(loc: Location) -> dict[str, Any]:
    """A PLOVER location object (GeoNames field names) with rasd's admin units and precision."""
    iso3 = loc.country_iso3
    return {"name": loc.name_en, "latitude": round(loc.lat, 5), "longitude": round(loc.lon, 5),
            "country code": ISO2.get(iso3 or ""), "cc3": iso3,
            "rasd:id": loc.id, "rasd:name_ar": loc.name_ar, "rasd:admin1": loc.admin1,
            "rasd:admin2": loc.admin2, "rasd:geo_precision": loc.geo_precision}


def _modes(kind: PloverType, weapons: Sequence[str]) -> list[str]:
    """The PLOVER modes: from the weapons when they say more, else the sub-event default."""
    if kind.weapon_modes:
        from_weapons = list(dict.fromkeys(WEAPON_MODES[w] for w in weapons if w in WEAPON_MODES))
        if from_weapons:
            return from_weapons
    return list(kind.modes)


def plover_record(record: Event | Mention, *, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One PLOVER record for an event or a mention; `docs` are the contract doc objects by id."""
    kind = plover_type(record.event_type, record.sub_event_type)
    iso3 = record.location.country_iso3 if record.location else None
    actors = [a for a in (record.actor1, record.actor2) if a is not None]
    if kind.reciprocal:
        source, recipient = actors, []
    else:
        source = [record.actor1] if record.actor1 else []
        recipient = [record.actor2] if record.actor2 else []
    doc_ids = record.documents if isinstance(record, Event) else (record.doc_id,)
    comment = record.notes if isinstance(record, Event) else ""
    if kind.event is None:
        comment = (f"no PLOVER category for ACLED '{record.event_type} / {record.sub_event_type}'"
                   + (f"; {comment}" if comment else ""))
    rec: dict[str, Any] = {
        "id": record.id,
        "has_event": kind.event is not None,
        "date": record.event_date.isoformat() if record.event_date else None,
        "source": [actor_object(a, iso3) for a in source],
        "recipient": [actor_object(a, iso3) for a in recipient],
        "event": [kind.event] if kind.event else [],
        "mode": _modes(kind, record.weapons) if kind.event else [],
        "context": list(kind.contexts),
        "quad_code": QUAD_CODES.get(kind.event or ""),
        "event_scale": EVENT_SCALES.get(kind.event or ""),
        "event_loc": location_object(record.location) if record.location else None,
        "event_text": [e.text for e in record.evidence],
        "dead": record.fatalities,
        "injured": record.injured,
        "comment": comment,
        "cite_info": [_cite(d, docs.get(d, {})) for d in doc_ids],
        "coder": f"rasd {__version__}",
        "rasd:mapping": PLOVER_MAPPING,
        "rasd:event_type": record.event_type,
        "rasd:sub_event_type": record.sub_event_type,
        "rasd:time_precision": record.time_precision,
        "rasd:sources": list(record.sources),
        "rasd:claims": [c.to_dict() for c in record.claims],
        "rasd:confidence": round(record.confidence, 3),
    }
    if isinstance(record, Event):
        rec["rasd:claims_summary"] = record.claims_summary
        rec["rasd:mention_ids"] = list(record.mention_ids)
        rec["rasd:retaliation_for"] = list(record.retaliation_for)
        rec["rasd:status"] = record.status
        rec["rasd:reviews"] = [r.to_dict() for r in record.reviews]
    else:
        rec["rasd:event_id"] = record.event_id
        rec["rasd:doc_id"] = record.doc_id
    return rec


def _cite(doc_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER cite_info object for one source document."""
    return {"citation": doc_id, "url": doc.get("url"), "title": doc.get("title"),
            "publication": doc.get("outlet"), "language": "ar", "coder": "rasd", "codebook": CODEBOOK}


def write_plover(store: Store, *, what: str, out: TextIO) -> int:
    """Write the events (but those reviewers rejected) or mentions of `store` as PLOVER JSONL; return the count."""
    if what not in ("events", "mentions"):
        raise UsageError(f"cannot export {what!r} as PLOVER; choose events or mentions")
    docs = store.doc_infos()
    records: Sequence[Event | Mention] = ([e for e in store.events() if e.status != "rejected"]
                                         if what == "events" else store.mentions())
    for record in records:
        out.write(json.dumps(plover_record(record, docs=docs), ensure_ascii=False) + "\n")
    return len(records)
