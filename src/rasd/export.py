"""Write stored mentions or events as JSONL, flat CSV, ACLED-style CSV or GeoJSON.

Exports are deterministic: the same database gives the same bytes (records in store order,
UTF-8, "\\n" line ends, no export-time clock). See docs/acled_mapping.md for the ACLED columns.
Events a reviewer rejected are left out of every event export; every exported event carries its
claims summary ("SOHR: 8 killed; Pentagon: 6 or 7 killed"), its review status and the reviewer
decisions behind it (who, when, why, what).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .acled import ACLED_COLUMNS, acled_row
from .claims_summary import claims_summary
from .errors import UsageError
from .records import Event
from .store import Store

WHATS: tuple[str, ...] = ("mentions", "events")
FORMATS: tuple[str, ...] = ("jsonl", "csv", "acled", "geojson", "plover")

_PLACE_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                  "actor1_side", "actor2", "actor2_side", "location", "admin1", "admin2",
                  "country_iso3", "lat", "lon", "geo_precision", "weapons")
MENTION_CSV_COLUMNS: tuple[str, ...] = (
    "id", "event_id", "doc_id", *_PLACE_COLUMNS, "fatalities", "injured", "sources", "confidence",
    "trigger", "rule", "claims_summary",
)
EVENT_CSV_COLUMNS: tuple[str, ...] = (
    "id", "mention_ids", "documents", *_PLACE_COLUMNS, "fatalities", "fatalities_min",
    "fatalities_max", "disputed", "injured", "sources", "confidence", "notes", "claims_summary",
    "status", "reviews",
)


def mention_records(store: Store) -> list[dict[str, Any]]:
    """Every stored mention as its output-contract dict (with its article's `doc` object)."""
    docs = store.doc_infos()
    return [m.to_dict(docs[m.doc_id]) for m in store.mentions()]


def exported_events(store: Store) -> list[Event]:
    """The stored events that exports show: all but those a reviewer rejected, in store order."""
    return [e for e in store.events() if e.status != "rejected"]


def event_records(store: Store) -> list[dict[str, Any]]:
    """Every exported event as its output-contract dict (with `claims_summary` and `reviews`)."""
    return [e.to_dict() for e in exported_events(store)]


def review_line(review: dict[str, Any]) -> str:
    """One reviewer decision in a cell: '2024-05-01T09:00:00+00:00 rima edit fatalities=4: CENTCOM figure'."""
    what = review["action"]
    if review["action"] == "edit":
        what += f" {review['field']}={json.dumps(review['value'], ensure_ascii=False)}"
    elif review["action"] == "merge":
        what += f" into {review['value']}"
    elif review["action"] == "split":
        what += f" mention {review['mention_id']}"
    return f"{review['at']} {review['who']} {what}" + (f": {review['why']}" if review["why"] else "")


def write_export(store: Store, *, what: str, fmt: str, out: TextIO) -> int:
    """Write the mentions or events of `store` to `out` in format `fmt`; return the records written."""
    if what not in WHATS:
        raise UsageError(f"cannot export {what!r}; choose one of {', '.join(WHATS)}")
    writers: dict[str, Callable[[Store, str, TextIO], int]] = {
        "jsonl": _write_jsonl, "csv": _write_csv, "acled": _write_acled, "geojson": _write_geojson,
        "plover": _write_plover,
    }
    if fmt not in writers:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](store, what, out)


def _write_plover(store: Store, what: str, out: TextIO) -> int:
    """PLOVER JSON Lines (see rasd.plover)."""
    from .plover import write_plover

    return write_plover(store, what=what, out=out)


def _records(store: Store, what: str) -> list[dict[str, Any]]:
    """The contract dicts of `what`."""
    return mention_records(store) if what == "mentions" else event_records(store)


def _write_jsonl(store: Store, what: str, out: TextIO) -> int:
    """One contract dict per line."""
    records = _records(store, what)
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def _write_csv(store: Store, what: str, out: TextIO) -> int:
    """Flat columns: names and sides of actors, place fields, ;-joined lists."""
    columns = MENTION_CSV_COLUMNS if what == "mentions" else EVENT_CSV_COLUMNS
    records = _records(store, what)
    if what == "mentions":
        docs = store.doc_infos()
        said = [claims_summary(m, outlets={m.doc_id: docs.get(m.doc_id, {}).get("outlet")})
                for m in store.mentions()]
        records = [rec | {"claims_summary": s} for rec, s in zip(records, said, strict=True)]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for rec in records:
        flat = flatten(rec)
        writer.writerow([_cell(flat.get(c)) for c in columns])
    return len(records)


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """A contract dict with actor and location objects spread into flat columns."""
    flat = {k: v for k, v in rec.items() if k not in ("actor1", "actor2", "location", "doc")}
    for key in ("actor1", "actor2"):
        actor = rec.get(key) or {}
        flat[key] = actor.get("name_en")
        flat[f"{key}_side"] = actor.get("side")
    loc = rec.get("location") or {}
    flat["location"] = loc.get("name_en")
    for key in ("admin1", "admin2", "country_iso3", "lat", "lon", "geo_precision"):
        flat[key] = loc.get(key)
    if "fatalities_range" in rec:
        flat["fatalities_min"], flat["fatalities_max"] = rec["fatalities_range"]
    if "reviews" in rec:
        flat["reviews"] = " | ".join(review_line(r) for r in rec["reviews"])
    return flat


def _cell(value: Any) -> str:
    """A CSV cell: '' for null, true/false, lists joined with ';'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _write_acled(store: Store, what: str, out: TextIO) -> int:
    """ACLED's 31 columns; the timestamp is when the record last changed in the store."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    docs = store.doc_infos()
    if what == "mentions":
        saved = store.ingested_at()
        mentions = store.mentions()
        for m in mentions:
            writer.writerow(acled_row(m, outlets=_outlets(docs, [m.doc_id]),
                                      timestamp=int(saved[m.doc_id].timestamp())))
        return len(mentions)
    updated = store.event_updated_at()
    events = exported_events(store)
    for e in events:
        writer.writerow(acled_row(e, outlets=_outlets(docs, e.documents),
                                  timestamp=int(updated[e.id].timestamp())))
    return len(events)


def _outlets(docs: dict[str, dict[str, Any]], doc_ids: Sequence[str]) -> list[str]:
    """The outlets of the given documents, in order, skipping unknown ones."""
    return [docs[d]["outlet"] for d in doc_ids if d in docs and docs[d].get("outlet")]


def _write_geojson(store: Store, what: str, out: TextIO) -> int:
    """A FeatureCollection of points, one feature per line; records without a place are counted."""
    records = _records(store, what)
    features = []
    for rec in records:
        loc = rec.get("location")
        if not loc or loc.get("lat") is None or loc.get("lon") is None:
            continue
        features.append({"type": "Feature", "id": rec["id"],
                         "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                         "properties": rec})
    head = {"type": "FeatureCollection", "rasd:what": what,
            "rasd:skipped": len(records) - len(features)}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [')
    for i, feature in enumerate(features):
        out.write(("\n" if i == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
    out.write("\n]}\n" if features else "]}\n")
    return len(features)
