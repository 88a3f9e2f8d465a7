"""A second coder's gold read as mentions, so two coders' annotations are scored by the same rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .evaluate import as_list, check_gold

Dict = Mapping[str, Any]


def coder_mentions(gold: Sequence[Dict]) -> list[dict[str, Any]]:
    """Each required event of a coder's gold as a mention dict: first listed value of each field, cluster as event id.

    An optional event is left out (the coder would not insist on it); a `split_ok` event gives one
    mention per location, any other event one mention at its first location.
    """
    check_gold(gold)
    mentions: list[dict[str, Any]] = []
    for line in gold:
        for event in line["events"]:
            if event.get("optional"):
                continue
            locations = event["locations"] if event.get("split_ok") else event["locations"][:1]
            for n, loc in enumerate(locations or [{}]):
                mentions.append(_mention(str(line["doc"]), event, loc, n))
    return mentions


def _mention(doc: str, event: Dict, loc: Dict, n: int) -> dict[str, Any]:
    """One mention dict in the export contract's shape for one event at one location."""
    target = _first(event.get("actor2_side"))
    return {
        "id": f"{doc}#{event['id']}" + (f"/{n + 1}" if n else ""),
        "doc_id": doc,
        "event_id": event.get("cluster"),
        "event_date": event.get("date"),
        "sub_event_type": _first(event.get("sub_event_type")),
        "actor1": {"side": _first(event.get("actor1_side"))},
        "actor2": {"side": target} if target is not None else None,
        "location": {"name_en": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon")},
        "fatalities": event.get("fatalities"),
        "injured": event.get("injured"),
        "weapons": list(event.get("weapons") or []),
        "sources": list(event.get("sources") or []),
    }


def _first(value: Any) -> Any:
    """The first value of a gold field that may be a list, a single value or absent (None)."""
    return next(iter(as_list(value)), None)
