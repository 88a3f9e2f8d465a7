"""Far villages: a small village of a theatre country, named without a town's head, far from every other place.

The gazetteer lists every village of the theatre countries (strays.THEATRES), so a word of the text often has a
namesake among them: "قرب السده" (near the weir) is Saddah in Diyala, "مناطق الاداره" (the Autonomous
Administration's areas) is Al Idarah of Rif Dimashq, "منطقه المعموره" in an Anbar report is a Jordanian
Ma'murah. The resolver's gate accepts a head noun or a preposition in the article's country as support, however
far the row lies from the article's other places. A village of unknown or small size (rank <= MAX_RANK), none of
whose readings has a town's head noun (بلده، قريه، مدينه، مخيم: one_sense.town_heads), lying more than FAR_KM from
every other place of the article (any kind but a country; regions by their points), is not the place meant: the
reading is dropped, and the incident falls back on the article's other places. An article with no other place,
or with another place of the village's own province (a province, its desert or countryside reaches far beyond its
capital: far_areas), keeps it; a row found by transliteration (a note) is guarded elsewhere.
"""

from __future__ import annotations

from ..normalize import NormText
from .context import CURATED_PREFIXES
from .gazetteer import Gazetteer
from .one_sense import _head
from .refs import PlaceRef, km_to
from .strays import THEATRES

FAR_KM = 200.0  # a small village this far from every other place of the article is a namesake's (measured: docs)
MAX_RANK = 1  # villages of unknown size (0) or under 5,000 (1): the rows a common word or an unlisted place meets


def far_villages(nt: NormText, gz: Gazetteer, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The refs without the readings of far small villages (see the module)."""
    headed = {r.location.id for r in refs if _head(nt.text[r.start:r.end]) is not None}
    drop: set[str] = set()
    for r in refs:
        loc = r.location
        if (r.kind != "locality" or r.note is not None or loc.country_iso3 not in THEATRES or "/" in loc.id
                or loc.id.startswith(CURATED_PREFIXES) or loc.id in headed or loc.id in drop):
            continue
        row = gz.get(loc.id)
        if row is None or row.rank > MAX_RANK:
            continue
        others = [q.location for q in refs
                  if q.kind != "country" and q.location.id != loc.id and q.location.name_ar != loc.name_ar]
        if any(o.country_iso3 == loc.country_iso3 and o.admin1 and o.admin1 == loc.admin1 for o in others):
            continue  # its own province named ("منطقه بير الدليعيات ببادية حمص"): a province reaches far
        if others and all(km_to(loc.lat, loc.lon, (o.lat, o.lon)) > FAR_KM for o in others):
            drop.add(loc.id)
    return [r for r in refs if r.location.id not in drop] if drop else refs
