"""Reviewer overrides, applied after every fusion in the order they were made, by stable event ids.

Overrides live in the store's overrides table (who, when, why) and are never consumed, so
they survive re-extraction and re-fusion: every run fuses afresh and applies all of them
again. Event ids they name are followed through `absorbed_ids`, so a decision about an event
that fusion later merged into another applies to the survivor. The actions:

* accept / reject: set the event's review status. A rejected event stays in the database
  (its id, links and history are kept, and a later accept restores it) but exports leave it
  out by default.
* edit: set one field (EDITABLE_FIELDS, the same names and values as the web app): the event
  is rebuilt by fusion every run and the edit is applied on top; status becomes "edited"
  unless the event was rejected.
* merge: ``event_id`` is merged into the event named by ``value`` (the survivor keeps its id
  and lists the other in ``absorbed_ids``); the survivor keeps its own edits and status.
* split: ``mention_id`` leaves its event and becomes an event of its own, with the stable id
  ``split_event_id(mention_id)``. Fusion is told (`apart`) never to put the mention back
  with the mentions of the event it left. When a re-extraction of the article replaced the
  mention (new text, new mention ids), the split follows its successor (`successors`): the
  new mention of the same document that continues the split event (rasd.fuse.continued).

Every event carries the decisions applied to it (``Event.reviews``: who, when, why, what), so
the exports show them; a merge moves the absorbed event's decisions to the survivor.

An override that can no longer be applied (its event or mention is gone, a value is invalid)
is reported in `Reviewed.problems` and skipped; it stays in the table.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .errors import UsageError
from .fuse import continued, new_event_id, split_event_id
from .fuse_event import build_event
from .notes import SIDE_LABELS, side_actor
from .records import Event, Mention, Review
from .store import Override

STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "edited", "rejected")


def _date(v: Any) -> str | None:
    """An ISO date string (or None)."""
    if v is None:
        return None
    if not isinstance(v, str):
        raise UsageError(f"{v!r} is not a date; write YYYY-MM-DD")
    try:
        return date.fromisoformat(v).isoformat()
    except ValueError as exc:
        raise UsageError(f"{v!r} is not a date; write YYYY-MM-DD") from exc


def _count(v: Any) -> int | None:
    """A non-negative whole number or None (not reported)."""
    if v is None or (type(v) is int and v >= 0):
        return v
    raise UsageError(f"{v!r} is not a whole number >= 0 (or null for 'not reported')")


def _precision(v: Any) -> int:
    """An ACLED precision code."""
    if type(v) is int and v in (1, 2, 3):
        return v
    raise UsageError(f"{v!r} is not a precision code; use 1, 2 or 3")


def _label(v: Any) -> str:
    """A non-empty string."""
    if isinstance(v, str) and v.strip():
        return v.strip()
    raise UsageError(f"{v!r}: this field may not be empty")


def _text(v: Any) -> str:
    """Any string."""
    if isinstance(v, str):
        return v.strip()
    raise UsageError(f"{v!r} is not text")


def _side(v: Any) -> str:
    """An actor side of DESIGN.md."""
    if v in SIDE_LABELS:
        return str(v)
    raise UsageError(f"{v!r} is not a side; use one of {', '.join(SIDE_LABELS)}")


def _weapons(v: Any) -> list[str]:
    """A list of weapon names."""
    if isinstance(v, list) and all(isinstance(w, str) and w for w in v):
        return list(dict.fromkeys(v))
    raise UsageError(f"{v!r} is not a list of weapon names")


EDITABLE_FIELDS: dict[str, Callable[[Any], Any]] = {
    "event_date": _date, "time_precision": _precision, "event_type": _label,
    "sub_event_type": _label, "fatalities": _count, "injured": _count, "notes": _text,
    "summary_ar": _text, "actor1.side": _side, "actor2.side": _side, "weapons": _weapons,
}


def check_edit(field_name: str, value: Any) -> Any:
    """The normalized value of an edit, or UsageError naming what is wrong."""
    if field_name not in EDITABLE_FIELDS:
        raise UsageError(f"{field_name!r} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
    return EDITABLE_FIELDS[field_name](value)


def apply_edit(event: Event, field_name: str, value: Any) -> Event:
    """The event with one field set (value already checked by `check_edit`)."""
    if field_name in ("actor1.side", "actor2.side"):
        actor = event.actor1 if field_name == "actor1.side" else event.actor2
        if actor is not None and actor.side == value:
            return event
        new = side_actor(value, text=actor.text if actor else "")
        if field_name == "actor1.side":
            return dataclasses.replace(event, actor1=new)
        return dataclasses.replace(event, actor2=new)
    if field_name == "event_date":
        return dataclasses.replace(event, event_date=date.fromisoformat(value) if value else None)
    if field_name == "weapons":
        return dataclasses.replace(event, weapons=tuple(value))
    changes: dict[str, Any] = {field_name: value}
    return dataclasses.replace(event, **changes)


def review_of(ov: Override) -> Review:
    """The review record of a stored override (the value of an edit or a merge; lists as tuples)."""
    value = ov.value if ov.action in ("edit", "merge") else None
    if isinstance(value, list):
        value = tuple(str(v) for v in value)
    elif value is not None and not isinstance(value, int | str):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return Review(override=ov.id, action=ov.action, who=ov.who, at=ov.at.isoformat(), why=ov.why,
                  event_id=ov.event_id, mention_id=ov.mention_id, field=ov.field, value=value)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReview:
    """An event's review status, the overrides behind it, and the fields reviewers set."""

    status: str = "unreviewed"
    reviews: tuple[Review, ...] = ()
    edited: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Reviewed:
    """Events and links after the overrides, each reviewed event's status, and what was skipped."""

    events: list[Event]
    assignments: dict[str, str]
    reviews: dict[str, EventReview]
    problems: list[str] = field(default_factory=list)


def successors(overrides: Sequence[Override], events: Sequence[Event],
               mentions: Sequence[Mention]) -> dict[str, str]:
    """Split mention ids that a re-extraction replaced -> the mention that continues each.

    The successor is found through the event the split made (``split_event_id``): its mention
    if that still exists, else the new mention that continues it (rasd.fuse.continued: same
    document and signature). Splits with no successor are left out.
    """
    current = {m.id for m in mentions}
    missing = sorted({ov.mention_id for ov in overrides
                      if ov.action == "split" and ov.mention_id and ov.mention_id not in current})
    if not missing:
        return {}
    by_id = {e.id: e for e in events}
    out: dict[str, str] = {}
    heirs: dict[str, list[str]] | None = None
    for mid in missing:
        ev = by_id.get(split_event_id(mid))
        if ev is None:
            continue
        alive = [x for x in ev.mention_ids if x in current]
        if not alive:
            if heirs is None:
                linked = {x for e in events for x in e.mention_ids}
                heirs = {}
                for new, eid in sorted(continued(mentions, events, linked).items()):
                    heirs.setdefault(eid, []).append(new)
            alive = heirs.get(ev.id, [])
        if alive:
            out[mid] = alive[0]
    return out


def apart(overrides: Sequence[Override], events: Sequence[Event],
          mentions: Sequence[Mention] = ()) -> dict[str, frozenset[str]]:
    """Mention id -> ids of the events it was split off (and of the events that absorbed those).

    With `mentions`, a split mention that a re-extraction replaced is followed to its successor.
    """
    absorbed_by = {a: e.id for e in events for a in e.absorbed_ids}
    moved = successors(overrides, events, mentions) if mentions else {}
    out: dict[str, set[str]] = {}
    for ov in overrides:
        if ov.action != "split" or not ov.mention_id or not ov.event_id:
            continue
        mid = moved.get(ov.mention_id, ov.mention_id)
        banned, eid = out.setdefault(mid, set()), ov.event_id
        while eid and eid not in banned:
            banned.add(eid)
            eid = absorbed_by.get(eid, "")
    return {m: frozenset(ids) for m, ids in out.items()}


def pinned(overrides: Sequence[Override], events: Sequence[Event]) -> frozenset[str]:
    """Ids of the stored events that reviewers merged other events into (fusion keeps them whole)."""
    absorbed_by = {a: e.id for e in events for a in e.absorbed_ids}
    out: set[str] = set()
    for ov in overrides:
        if ov.action == "merge" and isinstance(ov.value, str):
            eid, seen = ov.value, set()
            while eid in absorbed_by and eid not in seen:
                seen.add(eid)
                eid = absorbed_by[eid]
            out.add(eid)
    return frozenset(out)


def apply_overrides(events: Sequence[Event], assignments: Mapping[str, str], mentions: Sequence[Mention],
                    overrides: Sequence[Override], *, outlets: Mapping[str, str | None] | None = None
                    ) -> Reviewed:
    """Apply every override in order (see the module docstring)."""
    if not overrides:
        return Reviewed(events=list(events), assignments=dict(assignments), reviews={})
    state = _State(events, assignments, mentions, outlets or {})
    state.moved = successors(overrides, events, mentions)
    for ov in sorted(overrides, key=lambda o: o.id):
        try:
            state.apply(ov)
        except UsageError as exc:
            state.problems.append(f"override {ov.id} ({ov.action} by {ov.who}): {exc}")
    return state.result()


class _State:
    """The events while overrides are applied to them."""

    def __init__(self, events: Sequence[Event], assignments: Mapping[str, str],
                 mentions: Sequence[Mention], outlets: Mapping[str, str | None]) -> None:
        self.events = {e.id: e for e in events}
        self.where = dict(assignments)
        self.members: dict[str, list[str]] = {}
        for mid, eid in sorted(assignments.items()):
            self.members.setdefault(eid, []).append(mid)
        self.mentions = {m.id: m for m in mentions}
        self.outlets = outlets
        self.redirect = {a: e.id for e in events for a in e.absorbed_ids}
        self.edits: dict[str, list[tuple[str, Any]]] = {}
        self.reviews: dict[str, EventReview] = {}
        self.problems: list[str] = []
        self.moved: dict[str, str] = {}  # split mention replaced by a re-extraction -> its successor

    def resolve(self, eid: str | None) -> str:
        """The current id of an event, following merges; UsageError when it is gone."""
        seen: set[str] = set()
        cur = eid
        while cur is not None and cur not in self.events and cur not in seen:
            seen.add(cur)
            cur = self.redirect.get(cur)
        if cur is None or cur not in self.events:
            raise UsageError(f"event {eid} no longer exists")
        return cur

    def _existing(self, eid: str | None) -> str | None:
        """The current id of an event (following merges), or None when it is gone."""
        try:
            return self.resolve(eid)
        except UsageError:
            return None

    def note(self, eid: str, ov: Override, *, status: str | None = None, edited: str | None = None) -> None:
        """Log an override on an event and update its status."""
        r = self.reviews.get(eid, EventReview())
        self.reviews[eid] = EventReview(
            status=status or r.status, reviews=(*r.reviews, review_of(ov)),
            edited=r.edited + ((edited,) if edited and edited not in r.edited else ()))

    def apply(self, ov: Override) -> None:
        """Apply one override."""
        if ov.action == "split":
            self.split(ov)
            return
        target = self.resolve(ov.event_id) if ov.event_id else \
            self.resolve(self.where.get(ov.mention_id or "", None))
        if ov.action == "accept":
            self.note(target, ov, status="accepted")
        elif ov.action == "reject":
            self.note(target, ov, status="rejected")
        elif ov.action == "edit":
            value = check_edit(ov.field or "", ov.value)
            self.events[target] = apply_edit(self.events[target], ov.field or "", value)
            self.edits.setdefault(target, []).append((ov.field or "", value))
            status = self.reviews.get(target, EventReview()).status
            self.note(target, ov, status="edited" if status in ("unreviewed", "accepted") else status,
                      edited=ov.field)
        elif ov.action == "merge":
            self.merge(target, ov)
        else:
            raise UsageError(f"unknown action {ov.action!r}")

    def rebuild(self, eid: str, absorbed: Sequence[str]) -> None:
        """Rebuild an event from its members, then apply its edits again."""
        members = [self.mentions[m] for m in self.members[eid]]
        event = build_event(eid, members, absorbed=absorbed, outlets=self.outlets)
        for name, value in self.edits.get(eid, ()):
            event = apply_edit(event, name, value)
        self.events[eid] = event

    def merge(self, source: str, ov: Override) -> None:
        """Merge event `source` into the event named by the override's value."""
        if not isinstance(ov.value, str):
            raise UsageError("a merge needs the id of the event to merge into as its value")
        into = self.resolve(ov.value)
        if into != source:
            for mid in self.members.pop(source):
                self.where[mid] = into
                self.members[into].append(mid)
            gone = self.events.pop(source)
            absorbed = (*self.events[into].absorbed_ids, source, *gone.absorbed_ids)
            self.rebuild(into, tuple(dict.fromkeys(a for a in absorbed if a != into)))
            self.redirect[source] = into
            old = self.reviews.pop(source, EventReview())
            mine = self.reviews.get(into, EventReview())
            self.reviews[into] = dataclasses.replace(mine, reviews=mine.reviews + old.reviews)
            self.edits.pop(source, None)
        self.note(into, ov)

    def split(self, ov: Override) -> None:
        """Move a mention out of its event into an event of its own."""
        mid = self.moved.get(ov.mention_id or "", ov.mention_id)
        if not mid or mid not in self.where:
            raise UsageError(f"mention {ov.mention_id} no longer exists")
        cur = self.where[mid]
        if len(self.members[cur]) == 1:  # apart already (fusion keeps split mentions apart)
            left = self._existing(ov.event_id)
            if left is not None and left != cur:
                self.note(left, ov)
            self.note(cur, ov)
            return
        self.members[cur].remove(mid)
        self.rebuild(cur, self.events[cur].absorbed_ids)
        new = split_event_id(mid)
        while new in self.events:
            new = new_event_id(new)
        self.members[new] = [mid]
        self.where[mid] = new
        self.rebuild(new, ())
        self.note(cur, ov)
        self.note(new, ov)

    def result(self) -> Reviewed:
        """The final events (by date, then id) with their review status and trail, links and problems."""
        events = sorted((replace(e, status=self.reviews[e.id].status, reviews=self.reviews[e.id].reviews)
                         if e.id in self.reviews else e
                         for e in self.events.values()), key=lambda e: (e.event_date or date.max, e.id))
        return Reviewed(events=events, assignments=self.where, reviews=self.reviews, problems=self.problems)
