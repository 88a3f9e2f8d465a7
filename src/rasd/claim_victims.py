"""A victim's own noun phrase in the actor lexicon is no name: 'قتل راعي اغنام' counts the shepherd."""

from __future__ import annotations

from typing import Any

from .claim_counts import PERSON_ROW, row_words
from .recognize import Recognized


def victim_phrase(rec: Recognized, q: Any) -> bool:
    """A singular person noun that opens a civilians' phrase of actors.tsv ('راعي اغنام', 'رجل مسن'): the phrase
    names the one victim the noun counts, not an actor or source name that merely holds a number."""
    if q.text not in row_words(PERSON_ROW) or rec.inside("sources", q.start, q.end, 80):
        return False
    return any(o.start == q.start and o.end > q.end and o.payload.get("side") == "CIVILIANS"
               for o in rec.near("actors", q.start, q.end))
