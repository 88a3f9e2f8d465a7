"""Frame items: the incidents a sentence lists one after another, each with its own toll, attack word and place.

'استشهد سبعة في قصف خيام بمنطقة X، وستة في قصف منزل في حي Y، إضافة إلى أربعة في استهداف تجمع قرب Z' tells three
incidents in one clause: a list item that has its own place, its own casualty figure and its own attack word is cut
into a part of its own, read as its own frame; it shares the sentence's attacker when it names none, and the
items of one list never merge with one another.
"""

from __future__ import annotations

import re
from typing import Any

from .frame_lists import share_kind
from .recognize import Recognized
from .scene import choose_places, tally_places
from .segment import Sentence

ITEM_HEAD = re.compile(r",\s*(?:و(?=\S)|اضافه الي |الي جانب |علاوه علي )")  # ', و...', ', اضافه الي ...'
WIDE = frozenset({"country_only", "region", "context"})  # places that frame a list rather than hold one item


def items(rec: Recognized, sent: Sentence, parts: list[tuple[tuple[int, int], bool]]) -> list[
        tuple[tuple[int, int], bool]]:
    """The parts of a sentence with each list item that tells an incident of its own cut into a part."""
    if len(tally_places(rec, sent)) >= 2:
        return parts  # 'توزع القتلي: 9 في الميادين, و11 في البوكمال': the places of one toll (scene.tally_places)
    memo = rec.cache("items")
    out: list[tuple[tuple[int, int], bool]] = []
    for (a, b), is_zone in parts:
        cuts = [] if is_zone else _cuts(rec, a, b)
        if cuts:
            for lo, hi in zip([a, *cuts], [*cuts, b], strict=True):
                out.append(((lo, hi), False))
                memo[(lo, hi)] = a  # the list's id: where its first item starts
        else:
            out.append(((a, b), is_zone))
    return out


def item_of(rec: Recognized, clause: tuple[int, int]) -> int:
    """The id of the list whose item the clause is (-1 when it is none)."""
    got: int = rec.cache("items").get(clause, -1)
    return got


def _cuts(rec: Recognized, a: int, b: int) -> list[int]:
    """Where items start in [a, b): each cut leaves an incident on both sides, at places apart."""
    text = rec.nt.text
    heads = [m.start() for m in ITEM_HEAD.finditer(text, a, b)]
    if not heads:
        return []
    cuts: list[int] = []
    lo = a
    prev = _incident(rec, a, heads[0])
    for k, h in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else b
        here = _incident(rec, h, nxt)
        if prev is not None and here is not None and all(p.location.id != q.location.id for p in prev for q in here):
            cuts.append(h)
            lo, prev = h, here
        elif prev is None:
            prev = _incident(rec, lo, nxt)
    return cuts


def _incident(rec: Recognized, a: int, b: int) -> list[Any] | None:
    """The places of [a, b) when it tells an incident of its own (an attack word, a casualty figure and a town,
    quarter or site), else None."""
    if not any(t.end <= b for t in rec.near("triggers", a, b)):
        return None
    counts = [q for q in rec.near("quantities", a, b) if q.kind != "ordinal" and q.end <= b]
    if not (rec.cues_of("killed", a, b) or rec.cues_of("injured", a, b) or _others(rec, counts)) or not counts \
            and not _dual(rec, a, b):
        return None
    places = [p for p in choose_places(rec, a, b) if p.location.flagged not in WIDE]
    return places or None


OTHERS = frozenset({"اخرون", "اخرين", "اخريات"})  # 'وثلاثه اخرون في قصف ...': the toll's word left out


def _others(rec: Recognized, counts: list[Any]) -> bool:
    """A count followed by 'اخرون' ('وثلاثه اخرون في قصف طال حيا'): a further toll of the kind told before."""
    text = rec.nt.text
    return any(text[q.end:q.end + 12].split()[:1] and text[q.end:q.end + 12].split()[0] in OTHERS for q in counts)


def _dual(rec: Recognized, a: int, b: int) -> bool:
    """A dual casualty noun counts by itself ('شهيدين', 'جريحان')."""
    return any(c.key in DUALS for kind in ("killed", "injured") for c in rec.cues_of(kind, a, b))


DUALS = frozenset({"قتيلين", "قتيلان", "شهيدين", "شهيدان", "جريحين", "جريحان", "اصابتين", "اصابتان"})


def share_agent(rec: Recognized, f: Any, told: list[Any]) -> None:
    """Mark the frame with its list, and, when it names no attacker, give it the one of the item before it."""
    f.item = item_of(rec, f.clause)
    if f.item >= 0 and f.agent is None:
        f.agent = next((g.agent for g in told[::-1] if g.item == f.item and g.agent is not None), None)
    share_kind(rec, f, told)
