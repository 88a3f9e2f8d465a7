"""Extract: one article in, its incident mentions out (recognize -> frame -> merge), with reasons."""

from __future__ import annotations

from dataclasses import dataclass

from .frame import build_frames
from .merge import merge_units, to_mentions
from .recognize import recognize
from .records import Article, Mention
from .resources import Resources


@dataclass(frozen=True, slots=True)
class Extraction:
    """The mentions of one article and why other candidates were not kept."""

    article: Article
    mentions: tuple[Mention, ...]
    notes: tuple[str, ...]


def extract(article: Article, res: Resources) -> Extraction:
    """Run the extraction stages on one article."""
    rec = recognize(article, res)
    frames, rejected = build_frames(rec)
    units = merge_units(frames, article.published)
    mentions, dropped = to_mentions(rec, units)
    notes = tuple(f"{r.reason}: '{rec.nt.text[r.start:r.end]}'" for r in rejected) + tuple(dropped)
    if not mentions and not notes:
        notes = ("no incident trigger found",)
    return Extraction(article=article, mentions=tuple(mentions), notes=notes)
