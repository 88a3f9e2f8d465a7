"""Frame ordinals: 'الغاره الاولي ... اما الثانيه ... والثالثه ...', one incident per ordinal.

'شن الطيران ثلاث غارات: استهدفت الاولي مبني في X، والثانيه منزلا في Y، والثالثه مستودعا في Z', 'الغاره الاولي
استهدفت منزلا في X. اما الثانيه فطالت ارضا في Y': each later ordinal opens an item that tells, at its own place,
one more strike of the series the first ordinal opened. The item is cut from the clause before it (within a
sentence) and, when it names no attack word of its own ('فطالت', 'كانت علي'), it takes the trigger, type and
attacker of the item before it, and so its time.
"""

from __future__ import annotations

from typing import Any

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import choose_places
from .segment import Sentence

# the first ordinal of the series: 'الغاره الاولي', 'استهدفت الاولي', 'الضربه الاولي'
FIRST = guard(r"(?<!\S)الاولي(?!\S)")
# a later ordinal opening its item: '، والثانيه', ' والثالثه', 'اما الثانيه', 'اما الغاره الثانيه فكانت'
# (feminine: a strike, a raid, a shell; the masculine 'الاول ..., والثاني ...' numbers the convoys or headquarters
# of one list the per-place split already tells apart)
LATER = guard(r"(?:(?<=[,،])\s*|(?<!\S))(?:و|اما |بينما |فيما )(?:ال\S+ )?ال(?:ثانيه|ثالثه|رابعه|خامسه)(?!\S)")
FIRST_GAP = 400  # characters back from a later ordinal to the first one (the same or the previous sentence)
WIDE = frozenset({"country_only", "region", "context"})  # places that frame the series rather than hold one item


def ordinal_parts(rec: Recognized, sent: Sentence, parts: list[tuple[tuple[int, int], bool]]) -> list[
        tuple[tuple[int, int], bool]]:
    """The parts of a sentence with each later ordinal item that names a place of its own cut into a part."""
    memo = rec.cache("ordinal_items")
    out: list[tuple[tuple[int, int], bool]] = []
    for (a, b), is_zone in parts:
        cuts = [] if is_zone else [m.start() for m in LATER.finditer(rec.nt.text, a, b) if m.start() > a
                                   and _opened(rec, m.start())]
        bounds = list(zip([a, *cuts], [*cuts, b], strict=True))
        if len(bounds) > 1 and all(_places(rec, lo, hi) for lo, hi in bounds[1:]):
            for lo, hi in bounds:
                out.append(((lo, hi), False))
                if lo > a:
                    memo[(lo, hi)] = True
        else:
            out.append(((a, b), is_zone))
    return out


def opens_item(rec: Recognized, sent: Sentence) -> bool:
    """The sentence opens with a later ordinal of a series started before it ('اما الثانيه فطالت ارضا في X')."""
    m = LATER.match(rec.nt.text, sent.start)
    return m is not None and _opened(rec, sent.start) and bool(_places(rec, sent.start, sent.end))


def ordinal_lent(rec: Recognized, sent: Sentence, clause: tuple[int, int], told: list[Any]) -> list[Match[Entry]]:
    """The trigger of the item before a later ordinal item that has no attack word of its own."""
    if not (rec.cache("ordinal_items").get(clause) or clause[0] == sent.start and opens_item(rec, sent)):
        return []
    lender = _lender(rec, clause, told)
    return [lender.trigger] if lender is not None else []


def share_ordinal(rec: Recognized, f: Any, told: list[Any]) -> None:
    """A later ordinal item with a lent trigger takes the type, weapons and attacker of the item before it, and
    joins its list (items of one list stay apart: merge_compat.items_apart)."""
    if f.trigger.start >= f.clause[0]:
        return
    lender = _lender(rec, f.clause, told)
    if lender is None:
        return
    f.sub_event, f.sub_from, f.weapons = lender.sub_event, lender.sub_from, lender.weapons or f.weapons
    if f.agent is None:
        f.agent = lender.agent
    if {p.location.id for p in f.places} == {p.location.id for p in lender.places}:
        return  # 'غارات علي مقرين, الاول في X, والثاني في Y': the head's own places, split per place already
    if lender.item < 0:
        lender.item = lender.clause[0]
    f.item = lender.item


def _lender(rec: Recognized, clause: tuple[int, int], told: list[Any]) -> Any | None:
    """The latest frame told before the clause and ending at most FIRST_GAP characters before it: the series' head
    ('شنت ثلاث غارات: استهدفت الاولي ...') or the item before ('الغاره الاولي استهدفت ...')."""
    return next((g for g in told[::-1] if g.clause[1] <= clause[0] and clause[0] - g.clause[1] <= FIRST_GAP), None)


def _opened(rec: Recognized, at: int) -> bool:
    """A first ordinal stands at most FIRST_GAP characters before, in the same paragraph."""
    text = rec.nt.text
    lo = max(text.rfind("\n", 0, at) + 1, at - FIRST_GAP)
    return FIRST.search(text, lo, at) is not None


def _places(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The town, quarter or site an item names in [lo, hi)."""
    return [p for p in choose_places(rec, lo, hi) if p.location.flagged not in WIDE]
