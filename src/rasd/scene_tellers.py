"""Scene helper for a teller body's place: 'وقالت قياده شرطه واسط ان الاشتباك ...' after 'في ناحيه النعمانيه
بمحافظه واسط' places the incident at the finer place its item named before, not at the body's province; with 'the
same area' in its sentence ('شرطه X اعتقلت ... بنفس المنطقه'), at the last place the article named before."""

from __future__ import annotations

import re
from collections.abc import Callable

from .geo.refs import PlaceRef, ref_km
from .recognize import Recognized

# 'بنفس المنطقه', 'في نفس القريه', 'في المنطقه ذاتها', 'المكان نفسه': the place told before, wherever it was told
SAME_AREA_RE = re.compile(r"(?<!\S)[وفب]?(?:ب|في )?نفس (?:ال)?(?:منطقه|مكان|قريه|بلده)(?![^\s,.:;؛])"
                          r"|(?<!\S)[وفب]?(?:ال|بال)(?:منطقه|مكان|قريه|بلده) (?:ذاتها|ذاته|نفسها|نفسه)(?![^\s,.:;؛])")
WITHIN_KM = 60.0  # a finer place this near the body's place (or in its province) lies in the body's area


def _within(fine: PlaceRef, body: PlaceRef) -> bool:
    """Whether the finer place lies in the area the body's place names: its province, or near it."""
    a, b = fine.location, body.location
    return bool(a.admin1 and a.admin1 == b.admin1) or ref_km(fine, body) <= WITHIN_KM


def item_place(rec: Recognized, cands: list[PlaceRef], is_body: Callable[[PlaceRef], bool],
               is_candidate: Callable[[PlaceRef], bool]) -> list[PlaceRef]:
    """When every candidate names a body ('شرطه واسط', 'مديريه امن مصراته'), the last finer place its item (the
    paragraph) named before it and inside the body's area; else nothing."""
    if not cands or not all(is_body(p) for p in cands):
        return []
    text = rec.nt.text
    first = cands[0]
    sent = rec.sentence_at(first.start)
    same = sent is not None and SAME_AREA_RE.search(text, first.end, sent.end) is not None
    lo = 0 if same else text.rfind("\n", 0, first.start) + 1
    coarsest = max(p.location.geo_precision for p in cands)
    finer = [q for q in rec.near("places", lo, first.start) if q.end <= first.start and is_candidate(q)
             and not is_body(q) and (q.location.geo_precision < coarsest or same and (
                 q.location.geo_precision == coarsest and all(q.location.id != p.location.id for p in cands)))
             and all(_within(q, p) for p in cands)]
    return finer[-1:]
