"""Claim places: the place a casualty figure is given for, read from the words right after it.

'قتل 16 شخصا في منطقه القايم' gives the figure for al-Qaim; when a sentence gives several
figures of one kind, each takes the one place named between its neighbours. Merging reads
the places inside a claim's evidence as its scope (claim_scope.scoped_claims). A toll
split place by place after it ('مقتل سبعه, اربعه منهم في الصالحيه, وثلاثه ... في عياش') gives
each place its part when the parts add up to the toll.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .claim_dateline import finer_place_after
from .claim_grammar import place_follows
from .claim_scope import care_place, in_name
from .recognize import Recognized

if TYPE_CHECKING:
    from .claim_parts import Figure


SCOPE_GAP = 4  # words between a figure and the place that follows it ('16 شخصا ... قتلوا في منطقه القايم')


def scoped_span(rec: Recognized, fig: Figure, figs: list[Figure], lo: int, hi: int, own: dict[str, str | None]
                ) -> tuple[int, int]:
    """The figure's evidence widened to the place it is given for, when the sentence says it.

    The place right after the figure ('قتلوا في منطقه القايم'); when the sentence gives several figures of one
    kind, the one place named between its neighbours ('7 شهداء ... النبطيه ..., اضافه الي 3 شهداء ... الصوانه'),
    never one that closes the item before it ('... في بلده X, وفق مستشفي ..., و3 شهداء'). A place of the country
    the sentence's incidents are placed in but not theirs (`own`) is left aside: 'في حي الروضه' after 'وفي تعز'
    names a quarter of the town, not a second place; not right after an item of a list whose items are each given
    for a place ('15 شهيدا في قصف ... وسط مدينه غزه, و11 شهيدا في جباليا'). Merging reads the places inside a
    claim's evidence as its scope.
    """
    text = rec.nt.text
    opener = fronted_place(rec, fig, lo)
    if opener is not None:
        return opener.start, fig.end  # 'وتوزعت الحصيله: في مديريه X استشهد مواطن واصيب اثنان, وفي Y اصيب مواطن'
    same = [g for g in figs if g.field == fig.field]
    i = same.index(fig)
    left = same[i - 1].end if i > 0 else lo
    right = same[i + 1].start if i + 1 < len(same) else hi
    listing = place_follows(text, _with_partner(text, fig, figs)) and len({
        e for g in figs if place_follows(text, e := _with_partner(text, g, figs))}) > 1  # '15 شهيدا في X, و11 في Y'
    # ... whatever the field of the other items ('4 شهداء في X, وجريحان في قضاء Y'); a pair is one item ('مقتل
    # شخصين واصابه اربعه في X')
    fronts = {q.start for g in figs if g is not fig and (q := fronted_place(rec, g, lo)) is not None}
    named = [p for p in rec.near("places", left, right) if p.end <= right and not in_name(rec, p)
             and not care_place(rec, p) and p.start not in fronts]  # another item's fronted place is not its
    places = [p for p in named if listing and p.start >= fig.end or not _quarter_of(p, own)]
    after = [p for p in places if p.start >= fig.end]
    if after and _given_for(text, _with_partner(text, fig, figs), after[0].start):
        return fig.start, after[0].end
    places = [p for p in named if not _quarter_of(p, own)]
    if len(same) < 2 or len({p.location.id for p in places}) != 1:
        return fig.start, fig.end  # no place, or several: a total, not a figure for one place
    p = min(places, key=lambda p: min(abs(p.start - fig.end), abs(fig.start - p.end)))
    if i > 0 and p.end <= fig.start and (_given_for(text, left, p.start) or _item_opens(text, p.end, fig.start)):
        return fig.start, fig.end  # 'قتل ثلاثه في الشحيل, بينما قتل عنصران ...': the place is the figure's before
    if p.start >= fig.end and any(fig.end <= g.start and g.end <= p.start and _item_opens(text, fig.end, g.start)
                                  for g in figs):
        return fig.start, fig.end  # 'قتيل واحد في المقرن, وثلاثه جرحي في الجريف': the place closes the next item
    return min(p.start, fig.start), max(p.end, fig.end)


CLAUSE_OPENERS = re.compile(r"[,،:;؛]")
FRONTED = ("في ", "وفي ")
FRONT_REACH = 8  # words of a fronted-place clause before its figure ('في مديريه X استشهد مواطن واصيب اثنان')


def fronted_place(rec: Recognized, fig: Figure, lo: int) -> Any | None:
    """The one place a clause opens on before the figure ('..., وفي مديريه باجل اصيب مواطن', ': في كفرا استشهد
    مواطن'): a list item told place first, whose figure is given for that place. The clause runs from the last
    comma, colon or semicolon (or the sentence's start) and names no other place before the figure."""
    text = rec.nt.text
    cut = max((m.end() for m in CLAUSE_OPENERS.finditer(text, lo, fig.start)), default=-1)
    if cut < 0:
        return None  # a sentence's fronted place is its incident's (the frame's), not a list item's
    line = item_line_place(rec, lo)
    if line is not None and line.end < fig.start and not finer_place_after(rec, line, fig.start):
        return line  # '- الحيمه الخارجيه: 3 قتلي و5 جرحي.', '▪️ سوق X: ٣ شهداء و٧ جرحي'
    head = text[cut:fig.start].lstrip()
    if not head.startswith(FRONTED) or len(head.split()) > FRONT_REACH:
        return None
    places = [p for p in rec.near("places", cut, fig.start) if p.end <= fig.start and not in_name(rec, p)
              and not care_place(rec, p)]
    if len(places) != 1 or any(c.payload.kind in ("killed", "injured") for c in rec.near("cues", cut, places[0].start)):
        return None
    return places[0]


ITEM_LINE_REACH = 6  # words of an item line's heading: its place and the colon after it ('- الحيمه الداخليه:')


def item_line_place(rec: Recognized, lo: int) -> Any | None:
    """The place a list line opens on, a colon right after it: '- الحيمه الخارجيه: 3 قتلي و5 جرحي.' (a bulleted
    breakdown, one line a place) gives its figures for that place. Only a place, and any bullet sign, before the colon."""
    text = rec.nt.text
    sent = rec.sentence_at(lo)
    hi = sent.end if sent is not None else len(text)
    colon = text.find(":", lo, hi)
    if colon < 0 or len(text[lo:colon].split()) > ITEM_LINE_REACH:
        return None
    places = [p for p in rec.near("places", lo, colon) if p.end <= colon and not in_name(rec, p)]
    if len(places) != 1 or text[places[0].end:colon].strip():
        return None
    head = text[lo:places[0].start]
    return places[0] if not any(ch.isalnum() for ch in head) else None


def _item_opens(text: str, end: int, start: int) -> bool:
    """The figure at start opens a list item of its own after the place ending at end ('4 شهداء في قصف منزل ... في بلده
    المغراقه, وفق مستشفي ..., و3 شهداء في ...', 'X, ثلاثه شهداء'): the place closes the item before it."""
    gap = text[end:start]
    return any(ch in gap for ch in ",،؛") and re.split(r"[,،؛]", gap)[-1].strip() in ("", "و")


def _with_partner(text: str, fig: Figure, figs: list[Figure]) -> int:
    """Where the figure's phrase ends with the figure of the other kind coordinated right after it: 'وشهيدان وثلاثه
    جرحي في الغاره علي بلده X' gives both for X, the place as near the pair as it is near the wounded."""
    for g in figs:
        if g.field != fig.field and g.start > fig.end and text[fig.end:g.start].strip() == "و":
            return g.end
    return fig.end


def _quarter_of(p: Any, own: dict[str, str | None]) -> bool:
    """Place p is none of the sentence's incident places but lies in their country: a part of theirs, no place of its
    own ('وفي تعز, قتلت امراه ... في حي الروضه'), while 'قتل فيه ثلاثه ... في الاردن' keeps its country."""
    return bool(own) and p.location.id not in own and p.location.country_iso3 in own.values()


def _given_for(text: str, end: int, place: int) -> bool:
    """The place at `place` follows the figure ending at `end` closely, in its clause: the figure is given for it.

    '4 من عناصر', '16 شخصا من بلده X' name a part or an origin, not the place the figure is given for.
    """
    gap = text[end:place]
    return len(gap.split()) <= SCOPE_GAP and not any(ch in gap for ch in ",.:;؛") and gap.split()[-1:] != ["من"]


ITEM_REACH = 4  # words from a part of a toll to the place it fell in ('وثلاثه من حراس المستودع في عياش')
ITEM_OPENERS = (",", ":", ";")  # normalized text: "،" is ",", "؛" is ";"


def place_split(rec: Recognized, total: int, pos: int, hi: int, countable: Callable[[Any], bool]) -> list[Any]:
    """The parts of a toll told right after it, place by place, when they add up to it: 'قتل 9, توزعوا علي النحو
    الاتي: 4 في حي تل الهوي, و3 في ..., و2 في ...', 'مقتل سبعه, اربعه منهم في الصالحيه, وثلاثه ... في عياش'."""
    text = rec.nt.text
    parts: list[Any] = []
    for q in rec.near("quantities", pos, hi):
        if q.end > hi or not countable(q):
            continue
        opener = text[pos:q.start].rstrip()[-1:] if not parts else ""
        glued = text[q.start - 1:q.start] == "و" or text[max(0, q.start - 3):q.start].split()[-1:] == ["و"]
        if not (opener in ITEM_OPENERS or glued) or not _placed_item(rec, q.end, hi):
            if parts and text[max(0, q.start - 10):q.start].split()[-1:] not in (["بينهم"], ["بينهما"], ["منهم"]):
                break  # 'اربعه منهم في الصالحيه بينهم اثنان ..., وثلاثه ...': a part of a part, the list goes on
            continue
        parts.append(q)
        pos = q.end
    return parts if len(parts) >= 2 and sum(q.value for q in parts) == total else []


def _placed_item(rec: Recognized, end: int, hi: int) -> bool:
    """'في' then a place within ITEM_REACH words after a part of a toll, in its clause."""
    text = rec.nt.text
    for p in rec.near("places", end, min(hi, end + 80)):
        gap = text[end:p.start]
        words = gap.split()
        return (p.end <= hi and len(words) <= ITEM_REACH and "في" in words[-3:] and not any(ch in gap for ch in ",.:;؛")
                and not in_name(rec, p))
    return False


ITEM_PLACE_WORDS = frozenset({"في", "عند", "قرب", "داخل", "بمنطقه", "بحي", "بمخيم", "ببلده", "بمدينه"})
LIST_HEAD = 2  # words from a total to the colon that opens its list ('الي 11 شهيدا: اربعه في ...')


def listed_total(rec: Recognized, total: int, pos: int, hi: int, countable: Callable[[Any], bool]) -> bool:
    """The toll ending at pos is a sum over places that a list after a colon gives item by item, whatever the places
    ('ارتفاع عدد الشهداء في المناطق الثلاث الي 11 شهيدا: اربعه في ابو اسكندر, وثلاثه عند دوار النابلسي, واربعه في
    الفالوجا'): the toll of no one incident, though no gazetteer names them (place_split needs it does)."""
    text = rec.nt.text
    head = text[pos:hi].split(":", 1)
    if len(head) < 2 or len(head[0].split()) > LIST_HEAD or any(ch in head[0] for ch in ",.;؛،"):
        return False
    start, parts = pos + len(head[0]) + 1, 0
    for q in rec.near("quantities", start, hi):
        if q.end > hi or not countable(q):
            continue
        gap = text[start:q.start]
        if gap.strip(" ,،") not in ("", "و") or not ITEM_PLACE_WORDS & set(text[q.end:hi].split()[:2]):
            break
        parts += q.value
        start = q.end + len(re.split(r"[,،]", text[q.end:hi], maxsplit=1)[0])
    return parts == total
