"""A town's name longer than its gazetteer match: 'قريه X Y' where the gazetteer holds only X.

After a town's or an area's head noun (قريه، بلده، مدينه، منطقه، حي ...) the news writes the place's whole name.
When the gazetteer matches only the name's first word and the word right after it is a word rasd knows nothing
of (no place, no word of its lexicons, no ordinary word of news text), that word is most likely the rest of the
name: the village is one the gazetteer lacks, and the one-word row it matched is a namesake somewhere else. The
phrase then gives no place, so the incident takes the coarser or other place its article names, rather than a
namesake tens or hundreds of km off. A known word after the name (an adjective, a preposition, a date, an actor,
a trigger, another place) or a word opening with و or ف (a list's next name, a new clause) ends the name as usual.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load_table
from .gazetteer import load_gazetteer
from .heads import descriptors, heads
from .places import Unit
from .stopwords import never_places, scoped
from .translit_locative import ordinary_words

TAIL_HEADS = frozenset({"locality", "city", "neighbourhood", "area"})  # a town's or an area's head noun
NEXT_WORD_RE = re.compile(r" ([\u0621-\u064a]+)")  # the word right after the name, one space away
CONJUNCTIONS = "وف"  # a word after و or ف is the next of a list or clause ("بلدتي قبريخا وتلوسه"), not the name's
PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")  # taken off before a word is looked up
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # attached pronouns taken off a word's end ('مصدرهما' is 'مصدر' + 'هما')
VOCABULARY_TABLES = ("actors", "triggers", "weapons", "cues", "time_words", "months", "weekdays", "number_words",
                     "quantity_cues", "sources", "outlets")  # lexicons whose words are no place name's second word


@cache
def _known_words() -> frozenset[str]:
    """Every word rasd knows: ordinary words, place names' words, head nouns, descriptors, stop words and the
    words of its lexicons."""
    words: set[str] = set(ordinary_words())
    for key in load_gazetteer().names:
        words.update(key.split())
    for phrase in [*heads(), *descriptors(), *never_places(), *scoped("bare"), *scoped("word")]:
        words.update(phrase.split())
    for name in VOCABULARY_TABLES:
        for row in load_table(name).rows:
            for column in ("variants", "names", "site_names", "place_names"):
                for value in (*row.many(column), row.get(column)):
                    words.update(value.split())
    return frozenset(words)


def unknown(word: str) -> bool:
    """Whether a word is none rasd knows, as written, without a proclitic (و، ب، ال ...) or without an attached
    pronoun ('مصدرهما', 'سكانها': a known word with its pronoun)."""
    known = _known_words()
    stems = [word, *(word[:-len(s)] for s in PRONOUNS if word.endswith(s) and len(word) - len(s) >= 3)]
    for stem in stems:
        if stem in known or any(stem.startswith(p) and len(stem) - len(p) >= 2 and stem[len(p):] in known
                                for p in PROCLITICS):
            return False
    return True


def name_tails(text: str, units: list[Unit]) -> set[int]:
    """Units that a town's or an area's head noun introduces with a one-word name that an unknown word follows
    ('قريه X Y', only X a row): the first word of a longer name the gazetteer lacks, no place of their own."""
    out: set[int] = set()
    for i, u in enumerate(units):
        if u.head is None or u.inherited or u.head.feature not in TAIL_HEADS or " " in u.key or u.name_end != u.end:
            continue
        m = NEXT_WORD_RE.match(text, u.end)
        if m is not None and m.group(1)[0] not in CONJUNCTIONS and unknown(m.group(1)):
            out.add(i)
    return out
