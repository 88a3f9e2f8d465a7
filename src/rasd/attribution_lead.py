"""How far the article lead's attribution reaches: not into an incident told by a teller of its own.

A round-up opens with a body's claim ('اعلنت خليه الاعلام الامني ...') and goes on with other items, each told by
an unnamed voice ('وفي محافظه بابل، افاد مصدر امني للشبكه بان ...', 'قال مصدر في شرطه بغداد ان ...'): the body did
not tell those items, so they keep no source rather than take the lead's. A lead that is the reporting agency or
outlet ('صنعاء - سبا', 'قال مصدر امني لشفق نيوز') stays: the unnamed voices later on spoke to it as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_text import vague_speaker
from .attribution_voice import RELAY_KINDS
from .claims_summary import source_kinds

if TYPE_CHECKING:
    from .recognize import Recognized


def lead_reaches(rec: Recognized, lead: tuple[str, ...], sents: list[int]) -> bool:
    """The lead's sources speak for an incident told in these body sentences (by index): not when the lead is a
    body's claim and every sentence has its own unnamed teller right after a verb of saying ('افاد مصدر امني بان',
    'وقال مصدر في الشرطه ان')."""
    if not lead or any(kind in RELAY_KINDS for kind in source_kinds(lead).values()):
        return True
    return not sents or not all(vague_speaker(rec, rec.sentences[si]) for si in sents)
