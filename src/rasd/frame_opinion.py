"""Frame opinion: the whole view an expert, analyst or observer holds, not only its first words."""

from __future__ import annotations

from .frame_period import own_day
from .matcher import Match
from .recognize import Recognized
from .resources import Entry

TURNS = frozenset({"فيما", "وفيما", "بينما", "وبينما", "حين", "لكن", "ولكن", "غير", "الا"})  # another voice or fact


def within_opinion(rec: Recognized, that: int, trig: Match[Entry], end: int) -> bool:
    """'ويقول الباحث X ان اختيار المنطقتين "ليس عشوائيا" ... العمليات', 'ويري مراقبون ان استمرار تبادل الضربات قد
    يدفع ...': an attack word anywhere in the view an expert holds after his 'ان' (his 'مضيفا ان' goes on with it)
    talks about incidents told elsewhere or in general, unless a turn ('فيما', 'بينما', 'لكن') hands the sentence to
    another voice before it, or the view tells a day or a casualty of its own from its 'ان' on (a fresh report)."""
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    if any(w.strip('،,"') in TURNS for w in text[that:at].split()):
        return False
    return not (own_day(rec, that, end) or any(rec.cues_of(kind, that, end) for kind in ("killed", "injured")))
