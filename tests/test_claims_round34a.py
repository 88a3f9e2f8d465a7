"""Round 34a casualties: an outcome noun with the preposition glued to it, and a dateline line's figure.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.extract import extract
from rasd.records import Article
from rasd.resources import load_resources

CASES = [
    # 'ما أدى لإصابتهما' = 'ما أدى إلى إصابتهما': two wounded, none killed
    ("هاجم مستوطنون منازل في قرية بيت أمر شمال الخليل صباح اليوم، واعتدوا بالضرب على شقيقين، ما أدى لإصابتهما "
     "بكسور.", (0, 2)),
    ("هاجم مستوطنون منازل في قرية بيت أمر شمال الخليل صباح اليوم، واعتدوا بالضرب على مزارع، ما أدى لإصابته "
     "بجروح.", (0, 1)),
    # a dateline line ('X: ...') naming the incident's own village before its figure: the figure is the village's
    ("الخليل: مستوطنون يقتحمون قرية بيت أمر صباح اليوم ويعتدون بالضرب على شابين، ما أدى إلى إصابتهما بجروح.",
     (0, 2)),
    ("الخليل: مستوطنون يقتحمون قرية بيت أمر صباح اليوم ويعتدون بالضرب على شابين، ما أدى لإصابتهما بجروح.", (0, 2)),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round_34a_outcome_nouns_and_dateline_lines(text: str, want: tuple[int, int]) -> None:
    """The wounded of an outcome noun are counted, whatever preposition or dateline the sentence has."""
    art = Article(doc_id="c.txt", text=text, content_hash="h", published=date(2025, 3, 17))
    got = [(m.fatalities, m.injured) for m in extract(art, load_resources()).mentions]
    assert got == [want], got

