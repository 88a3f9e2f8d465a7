"""Extract: one article in, its incident mentions out (recognize -> frame -> merge), with reasons."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .coref import article_country, by_country
from .frame import build_frames
from .frame_lists import with_list_places
from .geo.section_country import sections
from .merge import merge_units, to_mentions
from .recognize import Recognized, recognize
from .records import Article, Mention
from .resources import Resources
from .role_country import sentence_countries


@dataclass(frozen=True, slots=True)
class Extraction:
    """The mentions of one article and why other candidates were not kept."""

    article: Article
    mentions: tuple[Mention, ...]
    notes: tuple[str, ...]


def extract(article: Article, res: Resources) -> Extraction:
    """Run the extraction stages on one article."""
    rec = with_list_places(_in_country(recognize(article, res)))  # 'X حيث ...، وY حيث ...': Y's town too
    frames, rejected = build_frames(rec)
    units = merge_units(frames, article.published)
    mentions, dropped = to_mentions(rec, units)
    notes = tuple(f"{r.reason}: '{rec.nt.text[r.start:r.end]}'" for r in rejected) + tuple(dropped)
    if not mentions and not notes:
        notes = ("no incident trigger found",)
    return Extraction(article=article, mentions=tuple(mentions), notes=notes)


def _in_country(rec: Recognized) -> Recognized:
    """The article's matches with each theatre-dependent actor name read in its sentence's or its places' country."""
    actors = by_country(rec.actors, article_country(p.location.country_iso3 for p in rec.places),
                        sections(rec.nt.text, rec.places), sentence_countries(rec.nt.text, rec.sentences, rec.places))
    if actors == rec.actors:
        return rec
    index = dict(rec.index)
    index["actors"] = ([m.start for m in actors], actors)  # by_country may drop an unresolved anaphor
    return replace(rec, actors=actors, index=index)
