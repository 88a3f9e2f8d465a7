"""Frame: candidate incident frames per trigger and clause, with the reasons for every rejection.

A frame is one trigger read in its clause: attacker, target, place, date,
weapons, sub-event type, casualty claims, sources and the evidence sentence.
Negated, hypothetical, threatened, aggregate and exercise triggers are not
incidents; weak triggers (fall, launch, explosion) need a weapon word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .claims import casualty_claims, sentence_sources
from .matcher import Match
from .records import Actor, Claim
from .recognize import Recognized
from .resources import Entry
from .roles import UNKNOWN_ACTOR, clause_roles, sentence_opponent, site_target
from .segment import Sentence

AIR_POWERS = frozenset({"US", "ISRAEL", "TURKEY", "RUSSIA", "SYRIA_GOV", "IRAQ_GOV"})
WEAPON_PRIORITY = ("suicide", "ied", "suicide_drone", "drone", "helicopter", "aircraft", "missile", "mlrs",
                   "rocket", "artillery", "mortar", "grenade", "heavy_machine_gun", "small_arms")
EVENT_TYPE = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Armed clash": "Battles", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Disrupted weapons use": "Strategic developments",
}


@dataclass(slots=True)
class Frame:
    """One trigger read in its clause (mutable while the frame stage builds it)."""

    sent: int
    clause: tuple[int, int]
    trigger: Match[Entry]
    agent: Actor | None
    target: Actor | None
    places: list[Any]
    time: Any | None
    date_from: str
    weapons: tuple[str, ...]
    sub_event: str
    sub_from: str  # weapon | trigger | default
    claims: list[Claim] = field(default_factory=list)
    sources: tuple[str, ...] = ()
    retaliation: bool = False
    no_casualties: bool = False


@dataclass(frozen=True, slots=True)
class Rejected:
    """A trigger that is not an incident, and why."""

    start: int
    end: int
    reason: str


def _words(text: str, a: int, b: int) -> int:
    """Words in text[a:b]."""
    return len(text[a:b].split()) if b > a else 0


def blocked(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """Why a trigger in a clause is not an incident, or None when it may be one."""
    text = rec.nt.text
    cs, ce = clause
    for c in rec.cues:
        kind = c.payload.get("kind")
        if c.start < cs or c.end > ce:
            continue
        if kind == "nonevent" and c.start <= trig.start and c.end >= trig.end:
            return f"'{c.key}' names a launcher or a non-event"
        if c.end <= trig.start:
            gap = _words(text, c.end, trig.start)
            if kind == "negation" and gap <= 3:
                return f"negated by '{c.key}'"
            if kind in ("hypothetical", "threat") and gap <= 6:
                return f"{kind} ('{c.key}')"
        if kind == "exercise":
            return f"exercise ('{c.key}')"
        if kind == "aggregate" and abs(c.start - trig.start) < 40:
            return f"aggregate or trend ('{c.key}')"
    for q in rec.quantities:
        if q.end <= trig.start and _words(text, q.end, trig.start) == 0 and cs <= q.start:
            if getattr(q, "kind", "") == "ordinal":
                continue
            if q.value is None or q.value >= 10 or q.kind == "vague":
                return f"aggregate count '{q.text}'"
    strength = trig.payload.get("strength")
    if strength == "weak" and not _weapons_in(rec, cs, ce):
        return "weak trigger without a weapon"
    if trig.payload.get("class") == "explosion" and not set(_weapons_in(rec, cs, ce)) & {"ied", "suicide"}:
        return "explosion without a device named"
    return None


def _weapons_in(rec: Recognized, start: int, end: int) -> tuple[str, ...]:
    """Weapon codes named in [start, end), skipping aircraft that only fly over."""
    text = rec.nt.text
    over = [c for c in rec.cues if c.payload.get("kind") == "overflight" and start <= c.start < end]
    out: list[str] = []
    for w in rec.weapons:
        if w.start < start or w.end > end:
            continue
        if any(c.end <= w.start and _words(text, c.end, w.start) <= 3 for c in over):
            continue
        if w.payload.id not in out:
            out.append(w.payload.id)
    return tuple(out)


def sub_event_for(trig: Match[Entry], weapons: tuple[str, ...], agent: Actor | None,
                  target: Actor | None, rec: Recognized, clause: tuple[int, int]) -> tuple[str, str]:
    """ACLED sub-event type and where it came from (weapon, trigger or default rule)."""
    cls = trig.payload.get("class")
    if cls == "intercept":
        part = rec.cues_of("intercept_part", clause[0], clause[1])
        if not part:
            return "Disrupted weapons use", "trigger"
    for code in WEAPON_PRIORITY:
        if code in weapons:
            sub = _weapon_sub(code)
            if code == "small_arms" and target and target.side == "CIVILIANS":
                sub = "Attack"
            if sub:
                return sub, "weapon"
    trig_sub = trig.payload.get("sub_event")
    if trig_sub:
        if trig_sub == "Attack" and not (target and target.side == "CIVILIANS"):
            return "Armed clash", "trigger"
        return trig_sub, "trigger"
    if target and target.side == "CIVILIANS" and cls in ("attack", "shoot"):
        return "Attack", "default"
    if cls in ("strike", "target", "attack") and agent and agent.side in AIR_POWERS:
        return "Air/drone strike", "default"
    return "Shelling/artillery/missile attack", "default"


def _weapon_sub(code: str) -> str:
    """The sub-event a weapon code implies (from the weapons lexicon rows)."""
    return {
        "suicide": "Suicide bomb", "ied": "Remote explosive/landmine/IED", "suicide_drone": "Air/drone strike",
        "drone": "Air/drone strike", "helicopter": "Air/drone strike", "aircraft": "Air/drone strike",
        "missile": "Shelling/artillery/missile attack", "mlrs": "Shelling/artillery/missile attack",
        "rocket": "Shelling/artillery/missile attack", "artillery": "Shelling/artillery/missile attack",
        "mortar": "Shelling/artillery/missile attack", "grenade": "Grenade", "small_arms": "Armed clash",
    }.get(code, "")


def choose_places(rec: Recognized, clause: tuple[int, int], sent: Sentence) -> list[Any]:
    """The place(s) of an incident in a clause: the most precise, several when coordinated."""
    text = rec.nt.text
    cands = [p for p in rec.places if p.start >= clause[0] and p.end <= clause[1]]
    if not cands:
        cands = [p for p in rec.places if p.start >= sent.start and p.end <= sent.end]
    if not cands:
        return []
    cands = [p for p in cands if not text[max(0, p.start - 12):p.start].rstrip().endswith(("من", "انطلقت من"))] or cands
    best = min(p.location.geo_precision for p in cands)
    top = [p for p in cands if p.location.geo_precision == best]
    precise_kinds = [p for p in top if p.kind in ("site", "locality")]
    if precise_kinds:
        top = precise_kinds
    chosen = [top[0]]
    for p in top[1:]:
        gap = text[chosen[-1].end:p.start].strip(" ,")
        if gap in ("", "و") or (len(gap.split()) <= 1 and p.location.id != chosen[-1].location.id):
            if all(p.location.id != c.location.id for c in chosen):
                chosen.append(p)
    return chosen


def choose_time(rec: Recognized, clause: tuple[int, int], sent: Sentence, trig: Match[Entry]) -> Any | None:
    """The time expression of an incident: in its clause, else its sentence (nearest the trigger)."""
    usable = [t for t in rec.times if t.date is not None and getattr(t, "kind", "") != "since"]
    for lo, hi in (clause, (sent.start, sent.end)):
        cands = [t for t in usable if t.start >= lo and t.end <= hi]
        if cands:
            return min(cands, key=lambda t: abs(t.start - trig.start) + (0 if t.start < trig.start else 5))
    return None


def build_frames(rec: Recognized) -> tuple[list[Frame], list[Rejected]]:
    """Every incident frame of an article, and every rejected trigger with its reason."""
    frames: list[Frame] = []
    rejected: list[Rejected] = []
    last_source: dict[str, str] = {}
    for si, sent in enumerate(rec.sentences):
        sources = sentence_sources(rec, sent, last_source)
        sent_frames: list[Frame] = []
        for clause in sent.clauses:
            for trig in rec.triggers:
                if trig.start < clause[0] or trig.end > clause[1]:
                    continue
                why = blocked(rec, clause, trig)
                if why:
                    rejected.append(Rejected(trig.start, trig.end, why))
                    continue
                if any(f.clause == clause for f in sent_frames):
                    continue  # one incident per clause: later triggers restate it
                sent_frames.append(_frame(rec, si, sent, clause, trig, sources))
        casualty_claims(rec, sent, sent_frames, sources)
        if not sent_frames and sources and frames and frames[-1].sent == si - 1 and rec.cues_of(
                "continuation", sent.start, sent.end):
            last = frames[-1]
            last.sources = tuple(dict.fromkeys((*last.sources, *sources)))
        frames.extend(sent_frames)
    return frames, rejected


def _frame(rec: Recognized, si: int, sent: Sentence, clause: tuple[int, int], trig: Match[Entry],
           sources: tuple[str, ...]) -> Frame:
    """Read one trigger in its clause into a frame."""
    agent, target = clause_roles(rec, clause, trig)
    places = choose_places(rec, clause, sent)
    if target is None:
        lo = places[0].start if places else clause[0]
        hi = places[-1].end if places else clause[1]
        target = site_target(rec, max(clause[0], lo - 40), min(clause[1], hi + 10))
    if target is None and agent is not None:
        target = sentence_opponent(rec, sent.start, sent.end, agent.side, trig.start)
    if agent is None and target is not None:
        opp = sentence_opponent(rec, clause[0], clause[1], target.side, trig.start)
        agent = opp
    weapons = _weapons_in(rec, clause[0], clause[1])
    sub, sub_from = sub_event_for(trig, weapons, agent, target, rec, clause)
    retal = bool(rec.cues_of("retaliation", clause[0], trig.start)) or bool(
        rec.cues_of("retaliation", sent.start, clause[0]))
    t = choose_time(rec, clause, sent, trig)
    return Frame(sent=si, clause=clause, trigger=trig, agent=agent, target=target, places=places,
                 time=t, date_from="text" if t else "none", weapons=weapons, sub_event=sub, sub_from=sub_from,
                 sources=sources, retaliation=retal)


def unknown_agent() -> Actor:
    """The explicit 'unidentified' attacker used when the text names none."""
    return UNKNOWN_ACTOR


def event_type_of(sub: str) -> str:
    """ACLED event type of a sub-event type."""
    return EVENT_TYPE.get(sub, "Explosions/Remote violence")


def frame_date(f: Frame, published: date | None) -> tuple[date | None, int | None, str]:
    """Date, precision and provenance of a frame (publication day when the article gives none)."""
    if f.time is not None:
        return f.time.date, f.time.precision, "text"
    if published is not None:
        return published, 1, "publication_day"
    return None, None, "none"
