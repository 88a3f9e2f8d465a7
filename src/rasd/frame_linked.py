"""Frame links: a trigger judged by its neighbours' verdicts (the relative clause of an incident talked about, an
attack word joined to a tally)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import prev_word
from .scene import words

RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


class _Reason(Protocol):
    """A rejected trigger: where it starts and why."""

    @property
    def start(self) -> int:
        """Where the trigger starts."""

    @property
    def reason(self) -> str:
        """Why it is no incident."""


def relative_of_told(rec: Recognized, before: list[Match[Entry]], rejected: Sequence[_Reason],
                     trig: Match[Entry]) -> str | None:
    """'دانت الخارجية "الهجوم الجبان" الذي استهدف المدنيين': once the article has told an incident, a verb in the
    relative clause of an attack noun the gate found to be talked about (condemned, referred to) describes that
    incident, it tells no new one."""
    if not before or prev_word(rec.nt.text, trig.start - len(trig.prefix)) not in RELATIVES:
        return None
    noun = before[-1]
    text = rec.nt.text
    if noun.payload.get("pos") == "verb" or words(text, noun.end, trig.start) > 5 or any(
            ch in text[noun.end:trig.start] for ch in ",.:"):
        return None
    why = next((r.reason for r in rejected if r.start == noun.start), "")
    sent = rec.sentence_at(noun.start)
    told = sent is not None and any(t.end <= sent.start for t in rec.near("triggers", 0, sent.start))
    return f"the relative clause of an incident talked about ({why})" if told and why.startswith(
        ("statement", "reference")) else None  # a condemnation that is the only report keeps its incident


def shared_trend(rec: Recognized, live: list[Match[Entry]], rejected: Sequence[_Reason]) -> list[
        tuple[Match[Entry], str]]:
    """'سلسله غارات وقصف مدفعي ... علي مناطق متفرقه': two attack words joined by 'و' name one series; when the gate
    finds the second a trend or tally, the first is one too (the cue lies further from it, not elsewhere)."""
    text = rec.nt.text
    out = []
    for t in live:
        for r in rejected:
            at = r.start - 1 if text[r.start - 1:r.start] == "و" else r.start
            if r.reason.startswith("aggregate") and t.end < at and text[at:r.start + 1][:1] == "و" \
                    and words(text, t.end, at) <= 1 and not any(ch in text[t.end:at] for ch in ",.:"):
                out.append((t, r.reason))
                break
    return out
