"""Frozen record types that travel through the pipeline; every offset points into Article.text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A labelled stretch of the original article text with its normalized value."""

    start: int
    end: int
    label: str
    value: str
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One input document: original text, metadata, and the ranges that are page debris."""

    doc_id: str
    text: str
    content_hash: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_from: str | None = None  # meta | flag | html | feed | jsonl | debris
    debris: tuple[tuple[int, int], ...] = ()
    encoding: str = "utf-8"

    def doc_info(self) -> dict[str, Any]:
        """The `doc` object of the output contract."""
        info: dict[str, Any] = {}
        if self.url:
            info["url"] = self.url
        if self.path or not self.url:
            info["path"] = self.path
        info["title"] = self.title
        info["outlet"] = self.outlet
        info["published"] = self.published.isoformat() if self.published else None
        return info


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """An actor resolved against the actor lexicon."""

    id: str
    name_en: str
    name_ar: str
    side: str
    text: str = ""
    start: int | None = None
    end: int | None = None
    backed: bool = False  # the side is the backer's of an unnamed group ('مسلحون موالون لX'), not the group's own

    def to_dict(self) -> dict[str, Any]:
        """The actor object of the output contract."""
        return {"id": self.id, "name_en": self.name_en, "name_ar": self.name_ar,
                "side": self.side, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A place resolved against the gazetteer, with ACLED geo_precision."""

    id: str
    name_en: str
    name_ar: str
    country_iso3: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    geo_precision: int
    text: str = ""
    start: int | None = None
    end: int | None = None
    feature: str = "locality"
    flagged: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The location object of the output contract."""
        return {"id": self.id, "name_en": self.name_en, "name_ar": self.name_ar,
                "country_iso3": self.country_iso3, "admin1": self.admin1, "admin2": self.admin2,
                "lat": round(self.lat, 5), "lon": round(self.lon, 5),
                "geo_precision": self.geo_precision, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One value for one field as one source states it, with its evidence span."""

    field: str
    value: int | str | None
    min: int | None = None
    max: int | None = None
    source: str | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim object of the output contract."""
        d = asdict(self)
        d.pop("doc_id")
        return d


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """A sentence or phrase in a document that supports a mention."""

    doc_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The evidence object of the output contract."""
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One incident as one article reports it."""

    id: str
    doc_id: str
    event_date: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    weapons: tuple[str, ...] = ()
    fatalities: int | None = None
    injured: int | None = None
    claims: tuple[Claim, ...] = ()
    sources: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    event_id: str | None = None
    trigger: str = ""
    retaliation: bool = False
    rule: str = ""

    def to_dict(self, doc: dict[str, Any] | None = None) -> dict[str, Any]:
        """The mention record of the output contract."""
        return {
            "id": self.id, "event_id": self.event_id, "doc_id": self.doc_id, "doc": doc or {},
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "location": self.location.to_dict() if self.location else None,
            "weapons": list(self.weapons),
            "fatalities": self.fatalities, "injured": self.injured,
            "claims": [c.to_dict() for c in self.claims],
            "sources": list(self.sources),
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger, "rule": self.rule,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    """One reviewer decision as applied to an event: what, who, when, why (an override, rasd.review)."""

    override: int
    action: str  # accept | reject | edit | merge | split
    who: str
    at: str  # ISO 8601 time the decision was recorded
    why: str
    event_id: str | None = None  # the event the decision named (a merged or split one may differ)
    mention_id: str | None = None  # split: the mention taken out
    field: str | None = None  # edit: the field set
    value: int | str | tuple[str, ...] | None = None  # edit: the value set; merge: the event merged into

    def to_dict(self) -> dict[str, Any]:
        """The review object of the output contract."""
        return {"override": self.override, "action": self.action, "who": self.who, "at": self.at,
                "why": self.why, "event_id": self.event_id, "mention_id": self.mention_id,
                "field": self.field, "value": list(self.value) if isinstance(self.value, tuple) else self.value}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One incident, fused from the mentions of one or more articles."""

    id: str
    event_date: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    weapons: tuple[str, ...] = ()
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    disputed: bool = False
    injured: int | None = None
    claims: tuple[Claim, ...] = ()
    sources: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    mention_ids: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    retaliation_for: tuple[str, ...] = ()
    notes: str = ""
    summary_ar: str = ""
    absorbed_ids: tuple[str, ...] = field(default=())
    status: str = "unreviewed"  # unreviewed | accepted | edited | rejected (reviewer overrides)
    reviews: tuple[Review, ...] = ()  # the reviewer decisions behind `status` and any edits, oldest first
    claims_summary: str = ""  # "SOHR: 8 killed; Pentagon: 6 or 7 killed" (rasd.claims_summary)

    def to_dict(self) -> dict[str, Any]:
        """The event record of the output contract."""
        return {
            "id": self.id,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "location": self.location.to_dict() if self.location else None,
            "weapons": list(self.weapons),
            "fatalities": self.fatalities,
            "fatalities_range": [self.fatalities_min, self.fatalities_max],
            "disputed": self.disputed,
            "injured": self.injured,
            "claims": [c.to_dict() | {"doc_id": c.doc_id} for c in self.claims],
            "sources": list(self.sources),
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "mention_ids": list(self.mention_ids), "documents": list(self.documents),
            "retaliation_for": list(self.retaliation_for),
            "notes": self.notes, "summary_ar": self.summary_ar, "claims_summary": self.claims_summary,
            "absorbed_ids": list(self.absorbed_ids), "status": self.status,
            "reviews": [r.to_dict() for r in self.reviews],
        }
