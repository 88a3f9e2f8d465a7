"""Heading tolls: the dead a title counts are not those of an incident whose body telling counts only wounded.

A title tells its article's main incident ('ثلاثة شهداء بقصف على X') and often a second one beside it ('... وعبوة
تصيب شرطيين على طريق Y'); the body then tells each incident on its own. When the body's telling of an incident
counts its wounded, or says no one was hurt, and counts no dead, the title's dead are the other incident's: a body
that counts the hurt of its incident would count its dead too. A risen or corrected toll in a title is left alone
(it revises the body's figure, 'ارتفاع حصيلة شهداء قصف X إلى 6' over 'وفاة جريحين').
"""

from __future__ import annotations

from .claim_revision import PLAIN
from .recognize import Recognized
from .records import Claim


def heading_dead_apart(rec: Recognized, claims: list[Claim]) -> list[Claim]:
    """The claims of one incident without the title's death tolls when its body telling counts the hurt, or no one
    hurt, and no dead."""
    homes, kinds = rec.cache("claim_frame"), rec.cache("claim_revision")
    heading = [c for c in claims if c.field == "fatalities" and _positive(c) and (h := homes.get(id(c))) is not None
               and h.heading and kinds.get(id(c), PLAIN) == PLAIN]
    if not heading:
        return claims
    body = [c for c in claims if (h := homes.get(id(c))) is not None and not h.heading]
    if any(c.field == "fatalities" and c.value != 0 for c in body):
        return claims  # the body counts dead of its own (or a vague toll): the title may sum or retell them
    hurt = any(c.field == "injured" and _positive(c) for c in body)
    no_dead = any(c.field == "fatalities" and c.value == 0 for c in body)
    if not (hurt or no_dead):
        return claims  # the body counts no one: the title's toll is the only one told for the incident
    gone = {id(c) for c in heading}
    return [c for c in claims if id(c) not in gone]


def _positive(c: Claim) -> bool:
    """A claim of an exact positive figure."""
    return isinstance(c.value, int) and c.value > 0
