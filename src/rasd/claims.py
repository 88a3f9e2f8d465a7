"""Claims: casualty figures and sources read from a sentence, each kept with its evidence span."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .recognize import Recognized
from .records import Claim
from .segment import Sentence

if TYPE_CHECKING:
    from .frame import Frame

CASUALTY_FIELDS = {"killed": "fatalities", "injured": "injured"}


def _words(text: str, a: int, b: int) -> int:
    """Words in text[a:b]."""
    return len(text[a:b].split()) if b > a else 0


def sentence_sources(rec: Recognized, sent: Sentence, last: dict[str, str]) -> tuple[str, ...]:
    """Canonical sources a sentence attributes its content to (named, or 'the channel' referring back)."""
    lo, hi = sent.start, sent.end
    text = rec.nt.text
    cues = rec.near("cues", lo, hi)
    blocked = [c for c in cues if c.payload.kind == "not_source"]
    has_cue = any(c.payload.kind in ("attribution", "continuation") for c in cues)
    found: list[str] = []
    for s in rec.near("sources", lo, hi):
        if s.start < lo or s.end > hi:
            continue
        if any(a.start <= s.start and s.end <= a.end and a.end - a.start > s.end - s.start
               and not any(x.start == a.start and x.end == a.end for x in rec.near("sources", a.start, a.end))
               for a in rec.near("actors", s.start - 120, s.end)):
            continue  # 'حزب الله' inside 'كتائب حزب الله' names an actor, not a source
        if any(b.start <= s.start < b.end for b in blocked):
            continue
        sid = s.payload.id
        cls = s.payload.get("class")
        if cls:
            last[cls] = sid
        last[""] = sid
        if has_cue and sid not in found:
            found.append(sid)
    if has_cue:
        for c in cues:
            if c.payload.kind != "source_anaphor" or not (lo <= c.start < hi):
                continue
            if any(s.start <= c.start < s.end for s in rec.near("sources", lo, c.end)):
                continue
            key = text[c.start:c.end]
            ref = last.get(key) or (last.get("") if key.startswith("المصدر") else None)
            if ref and ref not in found:
                found.append(ref)
    return tuple(found)


def _quantity_near(rec: Recognized, cue_start: int, cue_end: int, lo: int, hi: int) -> Any | None:
    """The quantity that counts a casualty cue: right after it (مقتل 4) or just before it (8 قتلى)."""
    text = rec.nt.text
    best = None
    best_gap = 99
    for q in rec.near("quantities", lo, hi):
        if q.start < lo or q.end > hi or getattr(q, "kind", "") == "ordinal":
            continue
        if q.start >= cue_end:
            gap = _words(text, cue_end, q.start)
            ok = gap <= 3
        elif q.end <= cue_start:
            gap = _words(text, q.end, cue_start)
            ok = gap <= 4
        else:
            continue
        if ok and gap < best_gap:
            best, best_gap = q, gap
    return best


def casualty_claims(rec: Recognized, sent: Sentence, frames: list[Frame], sources: tuple[str, ...]) -> None:
    """Attach fatality and injury claims of a sentence to the nearest frame of that sentence."""
    if not frames:
        return
    lo, hi = sent.start, sent.end
    source = sources[0] if sources else None
    nocas = rec.cues_of("no_casualties", lo, hi)
    if nocas:
        c = nocas[0]
        target = _nearest_frame(frames, c.start)
        a, b = rec.nt.to_orig(c.start, c.end)
        target.no_casualties = True
        target.claims.append(Claim(field="fatalities", value=0, min=0, max=0, source=source,
                                   text=rec.nt.original[a:b], start=a, end=b, doc_id=rec.article.doc_id))
        return
    if rec.cues_of("uncertain_casualties", lo, hi):
        uncertain_until = max(c.end for c in rec.cues_of("uncertain_casualties", lo, hi))
    else:
        uncertain_until = -1
    pairs: list[tuple[int, Any, Any]] = []
    for c in rec.near("cues", lo, hi):
        kind = c.payload.kind
        if kind not in CASUALTY_FIELDS or c.start < lo or c.end > hi:
            continue
        if c.start <= uncertain_until + 40 and uncertain_until >= 0:
            continue
        q = _quantity_near(rec, c.start, c.end, lo, hi)
        if q is None or q.value is None:
            continue
        gap = _words(rec.nt.text, min(q.end, c.end), max(q.start, c.start))
        pairs.append((gap, c, q))
    used_q: set[int] = set()
    used_c: set[int] = set()
    for _, c, q in sorted(pairs, key=lambda p: p[0]):  # each figure goes to its nearest casualty word
        if id(q) in used_q or id(c) in used_c:
            continue
        used_q.add(id(q))
        used_c.add(id(c))
        kind = c.payload.get("kind")
        target = _nearest_frame(frames, c.start)
        a, b = rec.nt.to_orig(min(q.start, c.start), max(q.end, c.end))
        target.claims.append(Claim(field=CASUALTY_FIELDS[kind], value=q.value, min=q.min, max=q.max,
                                   source=source, text=rec.nt.original[a:b], start=a, end=b,
                                   doc_id=rec.article.doc_id))


def _nearest_frame(frames: list[Frame], pos: int) -> Frame:
    """The frame whose trigger precedes pos most closely (else the first); references to earlier incidents last."""
    main = [f for f in frames if not f.zone] or frames
    before = [f for f in main if f.trigger.start <= pos]
    return before[-1] if before else main[0]
