"""The living dataset: re-fuse every stored mention, apply reviewer overrides, link, annotate, store.

One call does the whole event side of a run, in this order (each step reads the previous):

1. fuse (rasd.fuse) remembering the stored events, so ids stay stable; reviewer splits and
   merges are fusion constraints too (a split mention stays apart, a merged event whole);
2. apply the overrides in order (rasd.review): accept, reject, edit, merge, split;
3. link retaliations (rasd.retaliation) on the reviewed events;
4. write English notes and Arabic summaries (rasd.notes) where a reviewer has not, and the
   claims summary of every event ("SOHR: 8 killed; Pentagon: 6 or 7 killed");
5. replace the stored events and the mention -> event links in one transaction.

An event's age, which decides the id kept when fusion merges two stored events, is when the
first of its documents entered the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from .fuse import History, fuse
from .notes import annotate
from .records import Event
from .retaliation import link_retaliation
from .review import EventReview, apart, apply_overrides, pinned
from .store import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class Update:
    """What an update of the events did."""

    events: int
    reviews: Mapping[str, EventReview]
    problems: tuple[str, ...]


def event_ages(events: Sequence[Event], ingested: Mapping[str, datetime]) -> dict[str, datetime]:
    """Event id -> when the first of its documents entered the store (events with none are left out)."""
    ages: dict[str, datetime] = {}
    for e in events:
        seen = [ingested[d] for d in e.documents if d in ingested]
        if seen:
            ages[e.id] = min(seen)
    return ages


def update_events(store: Store, *, run_id: int, regroup: bool = False) -> Update:
    """Re-fuse, review, link, annotate and store every event; return counts and skipped overrides.

    `regroup` forgets how mentions were grouped before (after a change of the fusion rules);
    event ids are still kept wherever an event's mentions stay mostly together.
    """
    mentions = store.mentions()
    prior = store.events()
    overrides = store.overrides()
    outlets = {doc: info.get("outlet") for doc, info in store.doc_infos().items()}
    history = History(events=prior, age=event_ages(prior, store.ingested_at()),
                      apart=apart(overrides, prior, mentions), pinned=pinned(overrides, prior), outlets=outlets,
                      regroup=regroup)
    previous = {m.id: m.event_id for m in mentions if m.event_id}
    events, assignments = fuse(mentions, previous, history=history)
    reviewed = apply_overrides(events, assignments, mentions, overrides, outlets=outlets)
    final = annotate(link_retaliation(reviewed.events, mentions), outlets=outlets)
    store.replace_events(final, reviewed.assignments, run_id=run_id)
    return Update(events=len(final), reviews=reviewed.reviews, problems=tuple(reviewed.problems))
