"""Fuse: mentions of one incident, within and across articles, become one event with a stable id.

Which mentions belong together is decided in rasd.fuse_cluster (ACLED's same day / place /
actors / type rule made tolerant of reporting differences, blocked so that cost grows
near-linearly); which value of each field wins in rasd.fuse_event. This module keeps the
dataset *living*: event ids survive re-runs.

Id rules:
  * the last run is remembered (``previous``: mention id -> event id, plus the mention ids the
    stored events list): the pairs of one previous event are joined before any other pair,
    as far as the current rules still link them, so a re-run on the same mentions gives the
    same events and ids, new reports join existing events, and a wrong join that a fixed rule
    no longer makes is undone; events a reviewer merged others into (``History.pinned``) are
    kept whole; ``History.regroup`` forgets the old grouping (after a rule change) and keeps
    only the ids;
  * a cluster keeps the id of its previous event; when it holds mentions of several
    previous events (a new report bridged them), it keeps the oldest id (``History.age``:
    smaller is older; unknown ages count as newest, then more mentions, then the smaller id)
    and lists the others, with whatever they had absorbed before, in ``absorbed_ids``;
  * a mention of a re-extracted document (its text changed, so its mentions have new ids)
    continues the stored event its predecessor belonged to (``continued``), so reviewer
    merges, splits and edits keep applying to it;
  * a previous id goes to the cluster holding most of its mentions; a cluster without one
    inherits a stored event that vanished with its mention ids (a re-extracted document)
    when they share a document, day, place, type and attacker side;
  * a mention a reviewer split off an event (``History.apart``) never rejoins that event's
    mentions, and a cluster formed around it gets ``split_event_id(mention id)``;
  * otherwise the id is derived from the smallest mention id of the cluster.
"""

from __future__ import annotations

import gc
import hashlib
from collections import Counter
from collections.abc import Container, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .fuse_cluster import cluster
from .fuse_event import build_event
from .fuse_keys import Features, Interner, features
from .records import Event, Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class History:
    """What fusion remembers from earlier runs and from reviewers; every part is optional."""

    events: Sequence[Event] = ()  # the stored events (ids, mention ids, absorbed ids)
    age: Mapping[str, Any] = field(default_factory=dict)  # event id -> sortable key, smaller = older
    apart: Mapping[str, frozenset[str]] = field(default_factory=dict)  # mention -> events it left
    pinned: frozenset[str] = frozenset()  # events kept whole: reviewers merged other events into them
    regroup: bool = False  # True: previous events only lend their ids, the grouping starts afresh
    outlets: Mapping[str, str | None] = field(default_factory=dict)  # doc id -> outlet


def new_event_id(mention_id: str) -> str:
    """The id of an event first formed around `mention_id`."""
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


def split_event_id(mention_id: str) -> str:
    """The id of the event a reviewer split `mention_id` into."""
    return "ev-" + hashlib.sha1(f"split|{mention_id}".encode()).hexdigest()[:16]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, restoring its state afterwards.

    Fusion allocates millions of small acyclic objects (tuples, clusters, events); each
    allocation burst would trigger collections that walk every live object, the caller's
    mentions included, which at a million mentions costs more than fusion itself. Nothing
    fusion builds holds a reference cycle, so reference counting frees it all the same.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def fuse(mentions: Sequence[Mention], previous: Mapping[str, str] | None = None, *,
         history: History | None = None) -> tuple[list[Event], dict[str, str]]:
    """Fuse mentions into events; return the events (by date, then id) and mention id -> event id."""
    with _gc_paused():
        return _fuse(mentions, previous, history or History())


def _fuse(mentions: Sequence[Mention], previous: Mapping[str, str] | None,
          hist: History) -> tuple[list[Event], dict[str, str]]:
    """fuse() without the collector."""
    mention_ids = [m.id for m in mentions]
    order = sorted(range(len(mentions)), key=mention_ids.__getitem__)  # the canonical order: by id
    for a, b in zip(order, order[1:], strict=False):
        if mention_ids[a] == mention_ids[b]:
            raise ValueError(f"fuse: mention id {mention_ids[a]!r} occurs twice")
    ordered = [mentions[k] for k in order]
    prev = dict(previous or {})
    for ev in hist.events:
        for mid in ev.mention_ids:
            prev.setdefault(mid, ev.id)
    for mid, eid in continued(mentions, hist.events, prev).items():
        prev.setdefault(mid, eid)
    ids = Interner()
    # read the mentions in the order they come (memory order), then put the features in id order
    feats = features(mentions, prev, hist.apart, hist.pinned, ids).reordered(order)
    groups = cluster(feats, remember=not hist.regroup)
    names = {v: k for k, v in ids.ids.items()}
    chosen = _assign_ids(groups, feats, names, ordered, hist)
    events: list[Event] = []
    assignments: dict[str, str] = {}
    # build in the order the mentions came (memory order); the events are sorted afterwards
    for g in sorted(range(len(groups)), key=lambda g: order[groups[g][0]]):
        eid, absorbed = chosen[g]
        members = [ordered[i] for i in groups[g]]
        events.append(build_event(eid, members, absorbed=absorbed, outlets=hist.outlets))
        for m in members:
            assignments[m.id] = eid
    events.sort(key=lambda e: (e.event_date or date.max, e.id))
    return events, assignments


def _age_key(eid: str, hist: History, count: int) -> tuple[int, Any, int, str]:
    """Older first: known ages by age, then unknown ones; then more mentions, then the id."""
    age = hist.age.get(eid)
    return (0, age, -count, eid) if age is not None else (1, 0, -count, eid)


def _assign_ids(groups: list[list[int]], feats: Features, names: Mapping[int, str],
                ordered: Sequence[Mention], hist: History) -> list[tuple[str, tuple[str, ...]]]:
    """(event id, absorbed ids) for every group, by the rules of the module docstring."""
    counts: list[Counter[int] | None] = []
    holder: dict[int, tuple[int, int]] = {}  # previous id -> (members held, group index) of the winner
    prev, ban = feats.prev, feats.ban
    remembered = any(prev)
    for g, group in enumerate(groups):
        c: Counter[int] | None = None
        for i in group if remembered else ():
            p = prev[i]
            if p and p not in ban[i]:
                c = c if c is not None else Counter()
                c[p] += 1
        counts.append(c)
        for p, n in (c or {}).items():
            if p not in holder or n > holder[p][0]:
                holder[p] = (n, g)
    prior = {e.id: e for e in hist.events}
    used = {names[p] for p in holder} | set(prior)
    out: list[tuple[str, tuple[str, ...]]] = []
    orphans = _orphans(prior, {names[p] for p in holder})
    for g, group in enumerate(groups):
        held = sorted(((names[p], n) for p, n in (counts[g] or {}).items() if holder[p][1] == g),
                      key=lambda en: _age_key(en[0], hist, en[1]))
        won = [e for e, _ in held]
        if won:
            eid = won[0]
            absorbed = [*won[1:]]
        else:
            eid = (_inherit(group, ordered, orphans) if orphans else None) or \
                _fresh_id(group, feats, ordered, used)
            absorbed = []
        used.add(eid)
        if prior:
            for old in (eid, *won[1:]):
                if old in prior:
                    absorbed.extend(prior[old].absorbed_ids)
        out.append((eid, tuple(dict.fromkeys(a for a in absorbed if a != eid))))
    return out


def _orphans(prior: Mapping[str, Event], used: set[str]) -> dict[str, list[Event]]:
    """Stored events none of whose mentions remain linked to them, by document."""
    by_doc: dict[str, list[Event]] = {}
    for ev in prior.values():
        if ev.id not in used:
            for d in ev.documents:
                by_doc.setdefault(d, []).append(ev)
    return by_doc


def continued(mentions: Sequence[Mention], events: Sequence[Event], linked: Container[str]) -> dict[str, str]:
    """Mentions of a re-extracted document -> the stored event their predecessor belonged to.

    A re-extraction (the article's text changed) replaces its mentions with new ids. A stored
    event that lists mentions which are gone lost them from its documents that none of its
    remaining mentions come from. A new mention (not in `linked`) of such a document continues
    the one of those events with its signature (day, place, type, attacker side), or the only
    one when the document has one such event and one new mention.
    """
    if not events:
        return {}
    present = {m.id: m.doc_id for m in mentions}
    lost: dict[str, list[Event]] = {}
    for ev in events:
        if all(x in present for x in ev.mention_ids):
            continue
        kept = {present[x] for x in ev.mention_ids if x in present}
        for d in ev.documents:
            if d not in kept:
                lost.setdefault(d, []).append(ev)
    fresh: dict[str, list[Mention]] = {}
    for m in mentions if lost else ():
        if m.doc_id in lost and m.id not in linked:
            fresh.setdefault(m.doc_id, []).append(m)
    out: dict[str, str] = {}
    for d, news in fresh.items():
        candidates = lost[d]
        for m in news:
            key = signature(m)
            same = [e for e in candidates if signature(e) == key]
            if len(same) == 1:
                out[m.id] = same[0].id
            elif len(candidates) == 1 and len(news) == 1:
                out[m.id] = candidates[0].id
    return out


def signature(e: Event | Mention) -> tuple[object, ...]:
    """Day, place, type and attacker side: what an event keeps across a re-extraction."""
    return (e.event_date, e.location.id if e.location else None, e.sub_event_type,
            e.actor1.side if e.actor1 else None)


def _inherit(group: list[int], ordered: Sequence[Mention], orphans: dict[str, list[Event]]) -> str | None:
    """A vanished stored event this new cluster continues (shared document and signature)."""
    for i in group:
        m = ordered[i]
        for ev in orphans.get(m.doc_id, ()):
            if signature(ev) == signature(m):
                for docs in ev.documents:
                    orphans[docs] = [e for e in orphans.get(docs, []) if e.id != ev.id]
                return ev.id
    return None


def _fresh_id(group: list[int], feats: Features, ordered: Sequence[Mention], used: set[str]) -> str:
    """A new id: the split id of a split-off mention, else one from the smallest mention id."""
    split = [ordered[i].id for i in group if feats.ban[i]]  # group indices ascend, so ids do too
    eid = split_event_id(split[0]) if split else new_event_id(ordered[group[0]].id)
    while eid in used:
        eid = new_event_id(eid)
    return eid
