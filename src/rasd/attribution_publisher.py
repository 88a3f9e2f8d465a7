"""The article's own publisher among a sentence's relays: 'قالت مصادر محليه لـ"X"' in X's article is X's reporting.

An outlet that only received a vague speaker's words ('وصرح مصدر عسكري لسانا بان ... هاجمت') is the teller of the
incident it relays when nothing better names one (attribution.SourceReader); the article's own publisher, named
in the metadata before any bracket ('Swissinfo Arabic (Reuters relay)' keeps Reuters), is the reporter, not a source.
"""

from __future__ import annotations

import re

from .recognize import Recognized


def relayed(rec: Recognized, relays: list[str]) -> tuple[list[str], list[str]]:
    """'وصرح مصدر عسكري لسانا بان ...' in another outlet's article: the agency that received the words of a vague
    speaker is the only named teller, so it claims them; the article's own publisher ('قالت مصادر محليه لـ"X"' in X's
    article) is its reporter, not a source."""
    outlet = (rec.article.outlet or "").split("(")[0]
    words = f" {re.sub(r'[^a-z0-9]+', ' ', outlet.lower())} "
    other = [r for r in relays if f" {re.sub(r'[^a-z0-9]+', ' ', r.lower()).strip()} " not in words]
    return (other, [r for r in relays if r not in other]) if other else ([], relays)
