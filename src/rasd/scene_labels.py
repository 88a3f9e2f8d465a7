"""Scene helpers for a label: a place right before a colon ('غزه: 6 شهداء ...', '🔴 وفي السليمانيه: ثلاثه قتلي ...
قرب سنكاو'), and the finer places of its line that it only locates."""

from __future__ import annotations

import re
from typing import Any

from .fuse_keys import km

ITEM_MARK = re.compile(r"\s*(?:\d{1,2}\s*[.\-)]|[\u2460-\u2473])\s*")
# '5. سحاله (قضاء هيت, الانبار) - مساء الخميس ...', '2- X (ريف دير الزور الشمالي) - الثلاثاء', '③ X (ريف الرقه الغربي) -':
# the numbered item of a roundup (half A: 3 docs of 3 sets)


def item_label(text: str, line: int, p: Any) -> bool:
    """A place right after a numbered item's mark at its line's start: the label of the incident the item tells."""
    return ITEM_MARK.fullmatch(text, line, p.start) is not None


def label(text: str, p: Any) -> bool:
    """A place right before a colon, the label of what its line tells next: heading the line ('غزه: 6 شهداء في قصف
    منزل بتل الزعتر'), after a bullet and 'وفي' ('🔴 وفي السليمانيه: ... قرب سنكاو'), after an outlet's name
    ('الخليج 365 .. غزه: ...') or a teller ('قال مصدر في كركوك: ...')."""
    return text[p.end:p.end + 2].lstrip().startswith(":")


def locates(label_place: Any, q: Any, apart_km: float) -> bool:
    """A label's place locates a finer place of its line: within apart_km, or in the same province of its country
    (the label may name the province: 'وفي السليمانيه:' and Sankaw 38 km from the city's point)."""
    a, b = label_place.location, q.location
    return km(a.lat, a.lon, b.lat, b.lon) <= apart_km or (
        a.admin1 is not None and a.admin1 == b.admin1 and a.country_iso3 == b.country_iso3)
