"""Cut a text into runs so that labelled spans can be highlighted without touching the text itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """A labelled range [start, end) of a text with a short note (shown as a tooltip)."""

    start: int
    end: int
    label: str
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """A maximal stretch of text covered by the same marks."""

    text: str
    labels: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        """CSS classes for the run: one per label."""
        return " ".join(f"hl-{label}" for label in self.labels)

    @property
    def title(self) -> str:
        """The tooltip: each label with its note."""
        return "; ".join(f"{label}: {note}" if note else label
                         for label, note in zip(self.labels, self.notes, strict=True))


def runs(text: str, marks: Iterable[Mark]) -> list[Run]:
    """The text as consecutive runs; overlapping marks give runs with several labels.

    Marks are clipped to the text; empty or inverted marks are ignored. Joining the runs' text
    gives back `text` exactly.
    """
    n = len(text)
    kept = [m for m in marks if max(m.start, 0) < min(m.end, n)]
    cuts = sorted({0, n, *(max(m.start, 0) for m in kept), *(min(m.end, n) for m in kept)})
    out: list[Run] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = sorted((m for m in kept if m.start <= a and m.end >= b), key=lambda m: (m.label, m.note))
        labels = tuple(dict.fromkeys(m.label for m in covering))
        notes = tuple("; ".join(dict.fromkeys(m.note for m in covering if m.label == lab and m.note))
                      for lab in labels)
        out.append(Run(text=text[a:b], labels=labels, notes=notes))
    return out
