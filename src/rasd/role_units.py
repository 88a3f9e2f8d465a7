"""Units: the two armed groups a clash is told between when neither is a listed actor.

Local wars bring armed units no lexicon lists ('اشتباكات بين "كتيبة فرسان الغرب" و"قوة الإسناد
الثالثة"'): a unit head noun (كتيبة، لواء، سرية، فوج، قوة ...) with its quoted name marks an armed
party, never civilians. Its side is OTHER where every armed party of the war fits none of the named
sides (DESIGN.md: Libya, Sudan, Somalia, Yemen's non-Houthi forces), else UNKNOWN.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .coref import UNLISTED_UNIT, article_country
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import words_between

UNIT_HEADS = frozenset({"كتيبه", "الكتيبه", "كتايب", "لواء", "اللواء", "سريه", "فوج", "قوه", "تشكيل", "مجموعه",
                        "جهاز", "ميليشيا", "مليشيا"})
OTHER_WARS = frozenset({"LBY", "SDN", "SOM"})  # wars whose armed parties all fit no named side: OTHER
BETWEEN = guard(r"(?:^|\s)بين(?=\s)")
REACH = 12  # words from the clash noun to 'بين' ('اشتباكات عنيفه بالاسلحه المتوسطه والثقيله بين')
UNIT = re.compile(r'\s*و?\s*"([^"]{3,50})"')


def _unit(text: str, at: int) -> tuple[int, int] | None:
    """The span of a quoted unit name starting at `at` ('"كتيبه فرسان الغرب"', 'و"قوه الاسناد"'), or None."""
    m = UNIT.match(text, at)
    if m is None or m.group(1).split()[0] not in UNIT_HEADS or len(m.group(1).split()) < 2:
        return None
    return m.start(1), m.end(1)


def _actor(rec: Recognized, span: tuple[int, int], side: str) -> Actor:
    """An unlisted armed unit as a contract Actor."""
    a, b = rec.nt.to_orig(*span)
    return Actor(id=UNLISTED_UNIT, name_en="Armed group (unlisted unit)", name_ar=rec.nt.original[a:b], side=side,
                 text=rec.nt.original[a:b], start=a, end=b)


def unit_pair(rec: Recognized, trig: Match[Entry], end: int) -> tuple[Actor, Actor] | None:
    """'اشتباكات ... بين "كتيبه X" و"قوه Y"': the two unlisted units a clash is told between, or None."""
    text = rec.nt.text
    at = BETWEEN.search(text, trig.end, end)
    if at is None or words_between(text, trig.end, at.start()) > REACH:
        return None
    first = _unit(text, at.end())
    if first is None or not text[first[1] + 1:end].lstrip().startswith("و"):
        return None
    second = _unit(text, first[1] + 1)
    if second is None or second[1] > end:
        return None
    side = "OTHER" if article_country(p.location.country_iso3 for p in rec.places) in OTHER_WARS else "UNKNOWN"
    return _actor(rec, first, side), _actor(rec, second, side)



CLASH = "Armed clash"


TRIBAL_FEUD = guard(r"(?:^|\s)[وبف]?(?:ال)?نزاع\S* (?:ال)?عشايري|(?:^|\s)بين (?:عشيرتين|العشيرتين|عشاير)(?=[\s,.]|$)")
# 'نزاع عشايري', 'بنزاع عشايري', 'النزاع بين عشيرتين': a feud of tribes, whose armed men are both sides of the clash
TRIBE = "tribe"  # the actor id of a feuding tribe's armed men, named by no lexicon row


def tribal_feud(rec: Recognized, sents: Collection[int]) -> bool:
    """Whether one of the sentences (indexes) tells a feud between tribes ('نزاع عشايري', 'بين عشيرتين')."""
    text = rec.nt.text
    return any(TRIBAL_FEUD.search(text, rec.sentences[i].start, rec.sentences[i].end) is not None for i in sents)


def war_party(sub_event: str, country: str | None, tribal: bool = False) -> Actor | None:
    """An unnamed party of a clash in a war whose armed parties all fit no named side ('اشتباكات مسلحة بمدينة
    الزاوية', 'بين الجيش ومجموعة تشادية مسلحة'): a clash is fought by two armed parties, so the one the article
    leaves unnamed is an armed group of that war (OTHER), not an unknown; so is each side of a tribal feud told in
    the incident's sentences (`tribal`), anywhere; None elsewhere or for other events."""
    if sub_event != CLASH:
        return None
    if tribal:
        return Actor(id=TRIBE, name_en="Tribal militia", name_ar="مسلحو عشيرة", side="OTHER")
    if country not in OTHER_WARS:
        return None
    return Actor(id=UNLISTED_UNIT, name_en="Armed group (unnamed party)", name_ar="طرف مسلح", side="OTHER")
