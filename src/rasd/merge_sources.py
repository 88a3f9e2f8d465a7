"""Merge sources: a mention's sources are the claimants of its frames, and the bodies whose counts it takes.

A body that mourns or counts the dead in a sentence of its own ('نعت هيئة X أربعة من منتسبيها', 'ونعت X
الشهيدين', 'وزعمت Y مقتل العشرات') tells the incident's toll even when its words are no incident frame; the claim
scope already gave the incident that count with its teller, so the teller joins the sources. In a sentence that
holds one of the mention's frames the frame's own attribution decides (a contrast clause's teller of another
incident, 'في حين أعلنت X أن ...', is not the first clause's). An obituary that only names the dead ('ونعى الحزب
فلانا') gives no count and stays no source (attribution_obituary). A count of none ('لم توقع إصابات') tells no toll
and adds no one: such statements often close an account of another incident.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Claim


def counted_sources(told: Sequence[str], claims: Sequence[Claim], framed: Sequence[tuple[int, int]]
                    ) -> tuple[str, ...]:
    """The sources told for a mention, followed by the tellers of its non-zero casualty counts found outside the
    sentences of its frames (`framed`: their spans in the article), once each."""
    counted = (c.source for c in claims if c.source and isinstance(c.value, int) and c.value > 0
               and not (c.start is not None and any(a <= c.start < b for a, b in framed)))
    return tuple(dict.fromkeys((*told, *counted)))
