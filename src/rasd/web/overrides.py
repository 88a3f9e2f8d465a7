"""Reviewer overrides as the web app shows them: applied to the stored events right away.

``rasd run`` applies overrides during fusion (rasd.review); until then the pages and the JSON
API show each event with its overrides applied here, so a correction is visible at once. The
exports are not changed: they write the stored events, byte for byte as ``rasd export`` does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import UsageError
from ..records import Event
from ..store import Override

SIDES: tuple[str, ...] = ("US", "IRAN_ALIGNED", "SYRIA_GOV", "RUSSIA", "SDF", "ISIS", "ISRAEL", "TURKEY",
                          "IRAQ_GOV", "OPPOSITION", "CIVILIANS", "OTHER", "UNKNOWN")


def _date(raw: str) -> str:
    """A YYYY-MM-DD date."""
    try:
        return date.fromisoformat(raw.strip()).isoformat()
    except ValueError as exc:
        raise UsageError(f"{raw!r} is not a date; write YYYY-MM-DD") from exc


def _count(raw: str) -> int | None:
    """A non-negative whole number, or empty for 'not reported'."""
    raw = raw.strip()
    if raw == "":
        return None
    if not raw.isdigit():
        raise UsageError(f"{raw!r} is not a whole number; leave it empty for 'not reported'")
    return int(raw)


def _precision(raw: str) -> int:
    """An ACLED precision code 1, 2 or 3."""
    if raw.strip() not in ("1", "2", "3"):
        raise UsageError(f"{raw!r} is not a precision code; use 1, 2 or 3")
    return int(raw)


def _text(raw: str) -> str:
    """Free text, trimmed."""
    return raw.strip()


def _nonempty(raw: str) -> str:
    """A required label."""
    if not raw.strip():
        raise UsageError("this field may not be empty")
    return raw.strip()


def _side(raw: str) -> str:
    """One of the actor sides of DESIGN.md."""
    if raw.strip() not in SIDES:
        raise UsageError(f"{raw!r} is not a side; use one of {', '.join(SIDES)}")
    return raw.strip()


# field name -> parser of the form value; the value stored in the override is the parsed one
EDITABLE_FIELDS: dict[str, Callable[[str], Any]] = {
    "event_date": _date, "time_precision": _precision, "event_type": _nonempty,
    "sub_event_type": _nonempty, "fatalities": _count, "injured": _count, "notes": _text,
    "summary_ar": _text, "actor1.side": _side, "actor2.side": _side,
}


def parse_edit(field_name: str, raw: str) -> Any:
    """The override value for an edit of `field_name` typed as `raw`; UsageError when invalid."""
    if field_name not in EDITABLE_FIELDS:
        raise UsageError(f"{field_name!r} cannot be edited here; editable: {', '.join(EDITABLE_FIELDS)}")
    return EDITABLE_FIELDS[field_name](raw)


def apply_edit(event: Event, field_name: str, value: Any) -> Event:
    """The event with one edited field (dates parsed, actor sides replaced inside the actor)."""
    if field_name in ("actor1.side", "actor2.side"):
        key = field_name.split(".")[0]
        actor = getattr(event, key)
        if actor is None:
            return event
        return dataclasses.replace(event, **{key: dataclasses.replace(actor, side=value)})
    if field_name == "event_date":
        return dataclasses.replace(event, event_date=date.fromisoformat(value) if value else None)
    if field_name not in EDITABLE_FIELDS:
        return event  # an edit of a field this app does not know; rasd.review decides at the next run
    return dataclasses.replace(event, **{field_name: value})


@dataclass(frozen=True, slots=True, kw_only=True)
class Reviewed:
    """An event as shown: overrides applied, with its review status and what changed."""

    event: Event
    status: str = "unreviewed"  # unreviewed | accepted | edited | rejected | merged
    edited: dict[str, Any] = field(default_factory=dict)
    merged_into: str | None = None
    split_mentions: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()

    @property
    def hidden(self) -> bool:
        """True when the event is out of the dataset (rejected or merged into another)."""
        return self.status in ("rejected", "merged")


def apply_for_display(events: Sequence[Event], overrides: Sequence[Override]) -> list[Reviewed]:
    """Every event with its overrides applied in order (edits, accept/reject, merge, split)."""
    by_id: dict[str, Reviewed] = {e.id: Reviewed(event=e) for e in events}
    for ov in overrides:
        current = by_id.get(ov.event_id or "")
        if current is None:
            continue
        current = dataclasses.replace(current, overrides=(*current.overrides, ov))
        if ov.action == "edit" and ov.field:
            current = dataclasses.replace(
                current, event=apply_edit(current.event, ov.field, ov.value),
                edited={**current.edited, ov.field: ov.value},
                status="edited" if current.status in ("unreviewed", "accepted") else current.status)
        elif ov.action == "accept":
            current = dataclasses.replace(current, status="accepted")
        elif ov.action == "reject":
            current = dataclasses.replace(current, status="rejected")
        elif ov.action == "split" and ov.mention_id:
            ev = current.event
            current = dataclasses.replace(
                current, split_mentions=(*current.split_mentions, ov.mention_id),
                event=dataclasses.replace(ev, mention_ids=tuple(m for m in ev.mention_ids
                                                                if m != ov.mention_id)))
        elif ov.action == "merge" and isinstance(ov.value, str) and ov.value in by_id:
            by_id[ov.value] = _absorb(by_id[ov.value], current.event)
            current = dataclasses.replace(current, status="merged", merged_into=ov.value)
        by_id[current.event.id] = current
    return [by_id[e.id] for e in events]


def _absorb(target: Reviewed, other: Event) -> Reviewed:
    """`target` with the mentions, documents, sources, claims and evidence of `other` added."""
    ev = target.event

    def union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(dict.fromkeys((*a, *b)))

    merged = dataclasses.replace(
        ev, mention_ids=union(ev.mention_ids, other.mention_ids),
        documents=union(ev.documents, other.documents), sources=union(ev.sources, other.sources),
        claims=union(ev.claims, other.claims), evidence=union(ev.evidence, other.evidence))
    return dataclasses.replace(target, event=merged)
