"""'فيما اكد الجيش في بيان': a bare 'the army' that speaks with no army named before it is the home army
(and 'بحسب الشرطه' the home police).

The anaphoric noun 'الجيش' refers back to the army last named ('الجيش المالي' ... 'واكد الجيش'); when the article
names none, a news report means the army of the country its incidents lie in, as 'المتحدث باسم الجيش' does: the
row `Army spokesman` of sources.tsv lists those armies by country (by_country), and no army elsewhere. Only the
army as the verb's own subject speaks ('اكد الجيش', 'الجيش يعلن', 'الجيش:', 'الجيش في بيان'), not a man in it
('بحسب ضابط في الجيش') nor the accused ('واتهمت الجيش').
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .attribution_bodies import canonical
from .attribution_text import ACCUSING, gap_words
from .lexicon import load_table
from .matcher import Match
from .recognize import Recognized
from .resources import Entry, row_entry
from .role_words import word_end

# the anaphoric nouns of cues.tsv `source_anaphor` that name a country's own force, and the sources.tsv row whose
# by_country names that force in each country ('الشرطه' in Somalia: the Somali Police Force)
HOME_ROWS = {"الجيش": "Army spokesman", "الشرطه": "National police"}
STATEMENT_AFTER = ("في بيان",)  # 'الجيش في بيان': the statement follows the speaker at once
MEMBER_OF = frozenset({"في", "من", "عن", "داخل"})  # 'ضابط في الجيش تحدث': a man in the army speaks, not the army


PAPER_TITLES = frozenset({"الشرطه"})  # anaphoric nouns that also title papers
QUOTE = '"'  # every quotation mark, as the normalizer writes them


def paper_title(text: str, c: Match[Any]) -> bool:
    """'قال ضابط لـ"الشرطه":', 'ما رصدته "الشرطه"': an anaphoric noun in quotes that titles a paper (Iraq's police
    weekly) is the paper, which refers back to no force."""
    at = c.start - len(c.prefix)
    return c.key in PAPER_TITLES and text[at - 1:at] == QUOTE and text[c.end:c.end + 1] == QUOTE


def home_army(rec: Recognized, c: Match[Any], speaking: list[Match[Entry]]) -> str | None:
    """The army of the article's country for an anaphoric 'الجيش' at c that refers back to no army and is the subject
    of a verb of saying right before or after it (speaking: the sentence's cues), or None."""
    if c.key not in HOME_ROWS or not _subject(rec.nt.text, c, speaking):
        return None
    return canonical(rec, _home_entry(HOME_ROWS[c.key]), c.start)


@cache
def _home_entry(row_id: str) -> Entry:
    """The sources.tsv row whose by_country names each country's own force, as an entry (read once)."""
    row = next(r for r in load_table("sources").rows if r.get("id") == row_id)
    return row_entry("sources", row)


def _subject(text: str, c: Match[Any], speaking: list[Match[Entry]]) -> bool:
    """The noun at c is the subject of a cue: right after it ('فيما اكد الجيش', not the accused of 'واتهمت الجيش') or
    right before it ('الجيش يعلن', 'وكان الجيش قد اعلن', 'الجيش:', 'الجيش في بيان'); not after a preposition
    ('بحسب ضابط في الجيش تحدث')."""
    at = c.start - len(c.prefix)
    if set(gap_words(text, max(0, at - 8), at)[-1:]) & MEMBER_OF:
        return False
    after = text[c.end:c.end + 16].lstrip()
    if after.startswith(":") or after.startswith(STATEMENT_AFTER):
        return True
    for s in speaking:
        if s.end <= at and not gap_words(text, min(word_end(text, s.end), at), at) and "\n" not in text[s.end:at]:
            return not s.key.startswith(ACCUSING)
        if s.start >= c.end and not [w for w in gap_words(text, c.end, s.start) if w != "قد"] and (
                "\n" not in text[c.end:s.start]):
            return True  # 'الجيش يعلن', 'وكان الجيش قد اعلن' (the pluperfect's particle is no word between)
    return False
