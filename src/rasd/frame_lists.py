"""Frame lists: the 'X حيث ...، وY حيث ...' enumeration, one incident per place.

'استهدفت الغارات بلدة X حيث استشهد مواطنان، وY حيث أصيب ثلاثة، وZ حيث سقط صاروخان' tells one incident per town:
each 'حيث' clause says what befell the town named right before it. The clause cuts of `segment` fall at 'حيث', so
each later town would end the clause of the item before it; here the list is cut at each ', و' before a town
instead, so that an item holds its town and its toll. A later town is named bare after 'و' (no head noun, no
preposition), which the geocoder does not accept for a small village: within the list it is read as the gazetteer's
namesake nearest to the town before it. An item with no attack word of its own is the list's attack at its town.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .geo.gazetteer import Place, load_gazetteer
from .geo.refs import PlaceRef, km
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Location
from .resources import Entry
from .segment import Sentence

WHERE = " حيث "
# a later item: ', و' + a name of one to three words + ' حيث' ('، وعين عرب حيث', '، والمجيديه حيث')
LATER = guard(r", *و(?!في |من |علي |الي |قد )((?:[^\W\d_]+ ){0,2}[^\W\d_]+) حيث ")
NEAR_KM = 20.0  # a later town lies this close to the town before it (the villages of one district)
LOOSE = ' "\'()«»'


def where_lists(rec: Recognized, sent: Sentence) -> list[list[tuple[int, int]]]:
    """The 'حيث' lists of a sentence, each as its items' [name start, name end) spans (the first item's name is
    the resolved place right before its 'حيث'); lists of two items or more."""
    memo = rec.cache("where_lists")
    got: list[list[tuple[int, int]]] | None = memo.get(sent.start)
    if got is not None:
        return got
    text = rec.nt.text
    out: list[list[tuple[int, int]]] = []
    if text.count(WHERE, sent.start, sent.end) >= 2:
        cur: list[tuple[int, int]] = []
        for m in LATER.finditer(text, sent.start, sent.end):
            before = text.rfind(WHERE, sent.start, m.start())
            if cur and before == _where_after(text, cur[-1]) and text.find(WHERE, before + 1, m.start()) < 0:
                cur.append(m.span(1))
                continue
            if len(cur) >= 2:
                out.append(cur)
            first = _first_name(rec, before) if before >= 0 and text.find(WHERE, before + 1, m.start()) < 0 else None
            cur = [first, m.span(1)] if first is not None else []
        if len(cur) >= 2:
            out.append(cur)
    memo[sent.start] = out
    return out


def _where_after(text: str, name: tuple[int, int]) -> int:
    """Where the ' حيث ' right after a name starts."""
    return name[1] if text.startswith(WHERE, name[1]) else -1


def _first_name(rec: Recognized, where: int) -> tuple[int, int] | None:
    """The resolved town right before ' حيث ' ('بلده كوكبا حيث', ': عيتنيت حيث'), as its span."""
    text = rec.nt.text
    for p in rec.near("places", where - 60, where)[::-1]:
        if p.end <= where and not text[p.end:where].strip(LOOSE) and p.location.flagged is None:
            return (p.start, where)
    return None


def item_parts(rec: Recognized, sent: Sentence, parts: list[tuple[tuple[int, int], bool]]) -> list[
        tuple[tuple[int, int], bool]]:
    """The parts of a sentence with each 'حيث' list cut into its items: the first from its clause's start, each later
    one from its ', و' to the next; the parts a list covers give way (not when one of them is a reference zone)."""
    memo = rec.cache("items")
    for names in where_lists(rec, sent):
        lo = next((a for (a, b), _ in parts if a <= names[0][0] < b), None)
        last = names[-1][1] + len(WHERE) - 1
        hi = next((b for (a, b), _ in parts if a <= last < b), None)
        if lo is None or hi is None:
            continue
        inside = [(z, zone) for z, zone in parts if lo <= z[0] and z[1] <= hi]
        if any(zone for _, zone in inside) or any(z[0] < hi and lo < z[1] and (z[0] < lo or z[1] > hi)
                                                  for z, _ in parts):
            continue
        text = rec.nt.text
        cuts = [text.rfind(",", lo, a) for a, _ in names[1:]]
        spans = list(zip([lo, *(c + 1 for c in cuts)], [*cuts, hi], strict=True))
        new = [((a + len(text[a:b]) - len(text[a:b].lstrip()), b), False) for a, b in spans]
        k = parts.index(inside[0])
        parts = [*parts[:k], *new, *parts[k + len(inside):]]
        for z, _ in new:
            memo[z] = lo
            rec.cache("where_items")[z] = lo
    return parts


def later_item(rec: Recognized, clause: tuple[int, int]) -> bool:
    """Whether the clause is a later item of a 'حيث' list (its place is its own town, or none)."""
    lid = rec.cache("where_items").get(clause)
    return lid is not None and lid != clause[0]


def lent(rec: Recognized, clause: tuple[int, int], told: list[Any]) -> list[Match[Entry]]:
    """The list's attack word for a later item of a 'حيث' list that has none of its own ('، وعين عرب حيث اصيب
    ثلاثه'): the trigger of the list's first frame (an item whose town is unknown keeps its toll to itself)."""
    if not later_item(rec, clause):
        return []
    lid = rec.cache("where_items")[clause]
    return next(([f.trigger] for f in told if f.item == lid), [])


WEAK = frozenset({"fall", "explosion"})  # 'حيث سقط صاروخان': what the list's attack dropped there


def share_kind(rec: Recognized, f: Any, told: list[Any]) -> None:
    """A later item of a 'حيث' list is the list's attack at its town: with a lent or weak trigger ('حيث سقط
    صاروخان') it takes the type and weapons of the attack the sentence tells before the list, else of its first item."""
    lid = rec.cache("where_items").get(f.clause)
    if lid is None or lid == f.clause[0] or not (f.trigger.start < f.clause[0] or f.trigger.payload.get(
            "class") in WEAK):
        return
    lead = next((g for g in told[::-1] if g.sent == f.sent and g.clause[1] <= lid), None) or next(
        (g for g in told if g.item == lid), None)  # 'جددت القوات قصفها ...، واستهدفت بلده X حيث': the sentence's attack
    if lead is not None:
        f.sub_event, f.sub_from, f.weapons = lead.sub_event, lead.sub_from, lead.weapons or f.weapons


def with_list_places(rec: Recognized) -> Recognized:
    """The article's places with the bare later towns of its 'حيث' lists read as the nearest namesake of the town
    before each ('، وعين عرب حيث' after 'كوكبا': Ain Arab of Hasbaya); the article unchanged when there are none."""
    if WHERE.strip() not in rec.nt.text:
        return rec
    added: list[PlaceRef] = []
    for sent in rec.sentences:
        for names in where_lists(rec, sent):
            prev = _ref_at(rec, names[0], added)
            for span in names[1:]:
                ref = _ref_at(rec, span, added)
                if ref is None and prev is not None:
                    ref = _namesake(rec, span, prev)
                    if ref is not None:
                        added.append(ref)
                prev = ref or prev
    if not added:
        return rec
    places = tuple(sorted((*rec.places, *added), key=lambda p: p.start))
    index = dict(rec.index)
    index["places"] = ([p.start for p in places], places)
    return replace(rec, places=places, index=index, memo={})


def _ref_at(rec: Recognized, span: tuple[int, int], added: list[PlaceRef]) -> PlaceRef | None:
    """The place resolved inside a name's span, if any."""
    a, b = span
    return next((p for p in (*rec.near("places", a - 20, b), *added) if a <= p.end and p.start < b
                 and p.location.flagged is None), None)


def _namesake(rec: Recognized, span: tuple[int, int], prev: PlaceRef) -> PlaceRef | None:
    """The gazetteer's town of this name in the country of the town before it that lies nearest to that town or to
    another town the article names, within NEAR_KM ('والشعيتيه' among the Tyre villages the article tells)."""
    name = rec.nt.text[span[0]:span[1]]
    gz = load_gazetteer()
    here = [(prev.location.lat, prev.location.lon), *((p.location.lat, p.location.lon) for p in rec.places
                                                       if p.location.flagged is None and p.kind == "locality")]
    best: tuple[float, Place] | None = None
    for p in gz.lookup(name):
        if p.kind != "locality" or p.iso3 != prev.location.country_iso3:
            continue
        d = min(km(p, pt) for pt in here)
        if d <= NEAR_KM and (best is None or d < best[0]):
            best = (d, p)
    if best is None:
        return None
    p = best[1]
    ostart, oend = rec.nt.to_orig(*span)
    return PlaceRef(start=span[0], end=span[1], kind="locality", descriptor=None, note="list", location=Location(
        id=p.id, name_en=p.name_en, name_ar=p.name_ar, country_iso3=p.iso3 or None, admin1=p.admin1 or None,
        admin2=p.admin2 or None, lat=p.lat, lon=p.lon, geo_precision=p.precision,
        text=rec.nt.original[ostart:oend], start=ostart, end=oend, feature="locality"))
