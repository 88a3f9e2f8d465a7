"""Namesakes abroad: a place in a country the article neither names nor writes from, far from all its places.

Arabic news name the country of a place they report from: its name ("تركيا"), its nisba adjective ("القوات
التركيه"), a dateline or another place of it. A reading in a country of which the article shows none of these,
lying far from every other place of the article, is a namesake the gazetteer's city-level countries lend a word of
the text: "بلده بولو جدود في اقليم جوبا السفلي" (a Somali town the gazetteer lacks) is not Bolu in Turkey, "سوق
الثلاثاء" in a Tripoli report is not Barbacha in Algeria, and "الاشهر" (months) is not Alaşehir.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from ..normalize import NormText
from .context import CURATED_PREFIXES
from .gazetteer import Gazetteer, Place
from .refs import PlaceRef, km_to

STRAY_KM = 400.0  # a reading abroad at least this far from every other place of the article is a namesake's
STRAY_KINDS = frozenset({"locality", "admin2", "admin1", "region"})  # a region: an area around a row ("جنوب غرب X")
PROCLITICS = "[وفبلك]*"
# the countries covered down to every village (tools/build_gazetteer.FULL): their places are the news' own, told
# from abroad too ("استهدفنا هدفاً حيوياً في أم الرشراش" in a statement from Iraq), and their namesakes are a matter
# for the resolver's gate; the rest of the gazetteer is city-level, where a far namesake lends a common word
THEATRES = frozenset({"SYR", "IRQ", "LBN", "JOR", "PSE", "ISR", "YEM"})
CLUSTER_KM = 150.0  # two places of one country this near each other: the article reports from there


def nisba(name: str) -> str:
    """The stem of a country name's nisba adjective: تركيا -> التركي, السعوديه -> السعودي, ايران -> الايراني."""
    base = name[2:] if name.startswith("ال") else name
    if base.endswith(("يه", "يا")):
        base = base[:-2]
    elif base.endswith(("ا", "ه")):
        base = base[:-1]
    return f"ال{base}ي"


@cache
def _country_names(gz: Gazetteer) -> Mapping[str, re.Pattern[str]]:
    """Per country, a pattern of its one-word names and their nisba adjectives (تركيا، بتركيا، التركي، التركيه)."""
    words: dict[str, set[str]] = {}
    for name, p in [(name, gz.places[i]) for name, refs in gz.names.items() for i, _ in refs] + [
            (p.name_ar, p) for p in gz.places if p.kind == "country"]:
        if p.kind == "country" and " " not in name and not name.startswith("~"):
            words.setdefault(p.iso3, set()).update((rf"{re.escape(name)}(?![\u0621-\u064a])",
                                                     re.escape(nisba(name))))
    return {c: re.compile(rf"(?<![\u0621-\u064a]){PROCLITICS}(?:{'|'.join(sorted(w))})") for c, w in words.items()}


def attested(text: str, gz: Gazetteer, refs: list[PlaceRef], home: Sequence[Place]) -> set[str]:
    """The countries the article shows it reports on: its datelines', those it names or uses the adjective of,
    and those two of its places (different names) lie in within CLUSTER_KM of each other."""
    out = {p.iso3 for p in home}
    pats = _country_names(gz)
    by: dict[str, list[PlaceRef]] = {}
    for r in refs:
        c = r.location.country_iso3
        if c and c not in out:
            by.setdefault(c, []).append(r)
    for c, rs in by.items():
        pat = pats.get(c)
        if (pat is not None and pat.search(text)) or any(
                a.location.name_ar != b.location.name_ar
                and km_to(a.location.lat, a.location.lon, (b.location.lat, b.location.lon)) <= CLUSTER_KM
                for k, a in enumerate(rs) for b in rs[k + 1:]):
            out.add(c)
    return out


def strays(nt: NormText, gz: Gazetteer, refs: list[PlaceRef], home: Sequence[Place] = ()) -> frozenset[str]:
    """Ids of the readings abroad (see the module): a locality or admin unit in a country the article does not
    show it reports on (attested), lying more than STRAY_KM from every place of the countries it does."""
    shown = attested(nt.text, gz, refs, home)
    # the points of those countries' places (a country's own centroid is none: "لحدي المغرب" is sunset)
    points = [(p.lat, p.lon) for p in home] + [(q.location.lat, q.location.lon) for q in refs
                                               if q.location.country_iso3 in shown and q.kind != "country"]
    if not points:
        return frozenset()
    out: set[str] = set()
    for r in refs:
        loc, c = r.location, r.location.country_iso3
        if not c or c in shown or c in THEATRES or r.kind not in STRAY_KINDS or r.note or loc.id.startswith(CURATED_PREFIXES):
            continue
        if all(km_to(loc.lat, loc.lon, pt) >= STRAY_KM for pt in points):
            out.add(loc.id)
    return frozenset(out)
