"""One name read as two: gazetteer names side by side with only a space between are one place phrase.

'في ناحيه العزيز بلد' is Al-Aziz Balad, not 'Aziz in Diyala and Balad; 'جباليا النزله' is one town, and
'لبلده الغازيه قضاء صيدا' is a town followed by its district. Arabic news coordinates two places with 'و' or a
comma, never by bare juxtaposition, so such a pair gives an incident one place: after a head noun the second
name is the first's container ('قضاء صيدا') and the first is kept; otherwise the part that sits among the
article's other places (the one nearest any place named elsewhere in the article) is the name's reading.
"""

from __future__ import annotations

from typing import Any

from .fuse_keys import km
from .geo.places import head_words, heads
from .recognize import Recognized
from .scene_anaphora import PROCLITICS


def one_name(rec: Recognized, cands: list[Any]) -> list[Any]:
    """The candidate places without the second reading of each name read as two adjacent places."""
    text = rec.nt.text
    ordered = sorted(cands, key=lambda q: q.start)
    drop: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        if id(a) in drop or not juxtaposed(text, a, b):
            continue
        if _headed(text, b):
            drop.add(id(b))  # 'بلده الغازيه قضاء صيدا': the town and its district
            continue
        if not _bare(text, b):
            continue  # 'منطقه سيدكان شمالي العراق': a direction that locates the name before it
        keep = _reading(rec, a, b)
        drop.add(id(b) if keep is a else id(a))
    return [p for p in cands if id(p) not in drop] if drop else cands


def juxtaposed(text: str, a: Any, b: Any) -> bool:
    """Place b right after place a with only spaces between (no comma, 'و', line or word): one phrase."""
    return a.end < b.start and a.location.id != b.location.id and text[a.end:b.start].strip(" \t\u00a0") == ""


def _headed(text: str, p: Any) -> bool:
    """A place phrase that opens with a head noun of its own ('قضاء صيدا', 'محافظه X')."""
    first = text[p.start:p.end].split(" ", 1)[0]
    hs = heads()
    h = hs.get(first) or (hs.get(first[1:]) if first[:1] in PROCLITICS else None)
    return h is not None and h.role == "head"


def _bare(text: str, p: Any) -> bool:
    """A place phrase that is a name alone: no head noun, descriptor or direction opens it ('شمالي العراق' and
    'جنوب غربي دير الزور' locate the phrase before them, as context)."""
    first = text[p.start:p.end].split(" ", 1)[0]
    words = head_words()
    return p.location.flagged != "context" and first not in words and not (
        first[:1] in PROCLITICS and first[1:] in words)


def _reading(rec: Recognized, a: Any, b: Any) -> Any:
    """Of the two parts of one name, the one nearest a place the article names elsewhere (ties: the first)."""
    text = rec.nt.text
    name = text[max(a.start, text.rfind(" ", a.start, a.end) + 1):b.end]  # 'عزيز بلد', no head noun before it
    spans = []
    pos = text.find(name)
    while pos != -1:
        spans.append((pos, pos + len(name)))
        pos = text.find(name, pos + 1)
    others = [q.location for q in rec.places
              if not any(s < q.end and q.start < e for s, e in spans) and q.start != a.start]

    def nearest(p: Any) -> float:
        loc = p.location
        return min((km(loc.lat, loc.lon, o.lat, o.lon) for o in others), default=0.0)

    return b if nearest(b) < nearest(a) else a
