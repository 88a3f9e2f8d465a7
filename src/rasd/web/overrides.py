"""Reviewer overrides in the web app: form values, recording with a rebuild, and the review state shown.

A review action does what `rasd review` does: it stores the override (who, when, why) and
rebuilds the events at once (rasd.living.update_events: re-fuse, apply every override with
rasd.review, link, annotate), so the pages, the API and the exports all show the decision.
The pages also apply the overrides to the stored events when they read them
(rasd.review.apply_overrides, idempotent on rebuilt events), which gives each event's review
status and keeps decisions visible even in a database whose events were not rebuilt since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import RULESET
from ..errors import UsageError
from ..living import update_events
from ..notes import SIDE_LABELS
from ..records import Event
from ..review import EDITABLE_FIELDS, EventReview, apply_overrides, check_edit
from ..store import Store

SIDES: tuple[str, ...] = tuple(SIDE_LABELS)  # the actor sides of DESIGN.md, for the edit form
COUNT_FIELDS = ("fatalities", "injured")


def parse_edit(field_name: str, raw: str) -> Any:
    """The override value of a form edit, checked by rasd.review.check_edit; UsageError when invalid.

    Counts are digits (empty = not reported), time_precision 1-3, weapons comma-separated.
    """
    if field_name not in EDITABLE_FIELDS:
        raise UsageError(f"{field_name!r} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
    raw = raw.strip()
    value: Any = raw
    if field_name in COUNT_FIELDS or field_name == "time_precision":
        if raw == "" and field_name in COUNT_FIELDS:
            value = None
        elif raw.isdigit():
            value = int(raw)
        else:
            raise UsageError(f"{field_name}: {raw!r} is not a whole number"
                             + ("; leave it empty for 'not reported'" if field_name in COUNT_FIELDS else ""))
    elif field_name == "weapons":
        value = [w.strip() for w in raw.split(",") if w.strip()]
    return check_edit(field_name, value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reviewed:
    """An event as the pages show it, with its review state from rasd.review."""

    event: Event
    review: EventReview = EventReview()

    @property
    def status(self) -> str:
        """unreviewed, accepted, edited or rejected."""
        return self.review.status

    @property
    def hidden(self) -> bool:
        """True when reviewers rejected the event (it stays in the database, flagged)."""
        return self.review.status == "rejected"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewedSet:
    """All events as shown, and the overrides that could not be applied (with the reason)."""

    events: list[Reviewed]
    problems: list[str]

    def find(self, event_id: str) -> Reviewed | None:
        """The event with this id, or None."""
        return next((r for r in self.events if r.event.id == event_id), None)

    def absorbed_by(self, event_id: str) -> str | None:
        """The id of the event that absorbed `event_id` (after a merge), if any."""
        return next((r.event.id for r in self.events if event_id in r.event.absorbed_ids), None)


def reviewed_events(store: Store) -> ReviewedSet:
    """The stored events with every override applied (rasd.review), in date order."""
    mentions = store.mentions()
    assignments = {m.id: m.event_id for m in mentions if m.event_id}
    outlets = {doc: info.get("outlet") for doc, info in store.doc_infos().items()}
    result = apply_overrides(store.events(), assignments, mentions, store.overrides(), outlets=outlets)
    return ReviewedSet(events=[Reviewed(event=e, review=result.reviews.get(e.id, EventReview()))
                               for e in result.events], problems=list(result.problems))


def record(store: Store, *, action: str, who: str, why: str, event_id: str, field: str | None = None,
           value: Any = None, mention_id: str | None = None) -> list[str]:
    """Store one override and rebuild the events as `rasd review` does; return skipped overrides."""
    store.add_override(action=action, who=who, why=why, event_id=event_id, field=field, value=value,
                       mention_id=mention_id)
    run = store.start_run(command="serve review", ruleset=RULESET, lexicon_versions={})
    result = update_events(store, run_id=run)
    store.finish_run(run, n_articles=0, n_failed=0, n_mentions=0, n_events=result.events)
    return list(result.problems)


def history_of(r: Reviewed, overrides: Sequence[Any]) -> list[Any]:
    """The stored overrides about this event or the events it absorbed, oldest first."""
    ids = {r.event.id, *r.event.absorbed_ids}
    mentions = set(r.event.mention_ids)
    return [o for o in overrides if o.event_id in ids or (o.mention_id and o.mention_id in mentions)]
