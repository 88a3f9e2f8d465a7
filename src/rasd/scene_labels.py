"""Scene helpers for a label: a place right before a colon ('غزه: 6 شهداء ...', '🔴 وفي السليمانيه: ثلاثه قتلي ...
قرب سنكاو'), and the finer places of its line that it only locates."""

from __future__ import annotations

from typing import Any

from .fuse_keys import km


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
