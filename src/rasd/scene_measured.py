"""A point the text measures from a town beats a site row named beside it as a landmark.

'قرب حقل التيم النفطي, علي بعد نحو 12 كيلومترا جنوب مدينه دير الزور', 'علي الطريق الواصل بين حقل التيم وطريق المطار,
جنوب مدينه دير الزور بحوالي 12 كم': the distance and bearing the text gives from a town place the incident; a site
row within SAME_SITE_KM of that point, in the same sentence, is the same place told by its landmark (its row's point
is often only approximate), there and wherever the article names the site again. Every article that measures the place lands on one point, whichever landmark it names.
Not a launch point ('صواريخ اطلقت من منطقه علي بعد 10 كم شرق X'): a word of launching before the distance keeps the site.
"""

from __future__ import annotations

from .geo.distances import measured_from, stated_after, stated_km
from .geo.refs import PlaceRef, ref_km
from .recognize import Recognized
from .scene_clauses import LAUNCHING

MEASURED_KM = 50.0  # a stated distance up to this from a town: a bearing that far out is still a close point
SAME_SITE_KM = 15.0  # a site row this near the measured point is the landmark the text measured from its town
BESIDE_KM = 5.0  # a place the text measures the incident from this near is the incident's place
LAUNCH_REACH = 80  # characters before a measured place in which a word of launching makes it a launch point


def beside(text: str, p: PlaceRef) -> bool:
    """'سقط صاروخان علي بعد كيلومترين من مصفي X': a place the incident is measured from, close by (BESIDE_KM), is
    its place, not where anything came from; one farther out ('علي بعد 15 كيلومترا من مدينه X') only reckons it."""
    km = measured_from(text, p.start)
    return km is not None and km <= BESIDE_KM


def measured(text: str, p: PlaceRef) -> bool:
    """Whether a place is a direction from a town at a distance the text states (within MEASURED_KM), no launch point."""
    if p.descriptor is None or not p.descriptor.endswith("_of"):
        return False
    d = stated_km(text, p.start) or stated_after(text, p.end)
    if d is None or d > MEASURED_KM:
        return False
    before = text[max(0, p.start - LAUNCH_REACH):p.start].split()
    return not any(w.lstrip("وف").startswith(LAUNCHING) or w.startswith(LAUNCHING) for w in before)


def measured_over_sites(rec: Recognized, cands: list[PlaceRef]) -> list[PlaceRef]:
    """The candidates with each site the article measured replaced by its measured point."""
    points = _measured_sites(rec)
    if not points:
        return cands
    out: list[PlaceRef] = []
    for p in cands:
        q = points.get(p.location.id) if p.kind == "site" else None
        if q is None:
            out.append(p)
        elif all(q is not r for r in out):
            out.append(q)
    return out


def _measured_sites(rec: Recognized) -> dict[str, PlaceRef]:
    """Site id -> the first measured place of a sentence naming the site within SAME_SITE_KM of its point
    (computed once per article: a later 'بمحيط المطار وحقل التيم' names the same measured place)."""
    memo = rec.cache("measured_sites")
    if "sites" not in memo:
        text = rec.nt.text
        out: dict[str, PlaceRef] = {}
        for sent in rec.sentences:
            refs = rec.near("places", sent.start, sent.end)
            points = [q for q in refs if measured(text, q)]
            for site in (p for p in refs if p.kind == "site" and points):
                q = next((q for q in points if ref_km(site, q) <= SAME_SITE_KM), None)
                if q is not None:
                    out.setdefault(site.location.id, q)
        memo["sites"] = out
    got: dict[str, PlaceRef] = memo["sites"]
    return got

