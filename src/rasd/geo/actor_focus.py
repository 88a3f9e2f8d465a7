"""The article's country from the armed groups it names, for when none of its places tells one.

An article may name no country and no place whose readings all lie in one country: "استهدف الحوثيون قريه
الجراحي", "قصفت قوات الدعم السريع حي الصافيه". Its armed groups still tell where it happens: the Houthis fight
in Yemen, the RSF in Sudan. Each mention of a group or force of lexicon actor_countries (groups that fight in one
country only) votes 1 for that country; geocode.resolve takes this focus where the places give none (see
context.Evidence), so an ambiguous place name, a namesake in several countries, resolves in that country. A
longer name wins over a name inside it, and a row without a country votes for nothing: "كتايب حزب الله", an Iraqi
faction that fights in Syria too, is not Lebanon's Hezbollah.

The names' pattern opens with a lookbehind and an optional proclitic, so a plain finditer tries its alternation of
some 150 names at every word of the text; an Aho-Corasick scan of the names finds where one occurs, and the pattern
is tried only at those offsets and up to two characters (a proclitic) before them, as finditer goes.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from ..lexicon import load_table
from .context import Evidence

ARABIC_LETTER = "\u0621-\u064a"
PROCLITICS = "(?:[وف]?[بلك]?)"  # و ف, then ب ل ك: "وللحوثيين" takes the لل form below
PROCLITIC_REACH = 2  # the most characters PROCLITICS takes before a name


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str], ahocorasick.Automaton]:
    """One pattern over every variant (and its لل form), longest first, each form's country ('' for none), and an
    automaton of the forms (payload: the form's length)."""
    country: dict[str, str] = {}
    for row in load_table("actor_countries").rows:
        for v in row.many("variants"):
            country[v] = row.get("iso3")
            if v.startswith("ال"):
                country["لل" + v[2:]] = row.get("iso3")
    forms = sorted(country, key=lambda v: (-len(v), v))
    alternation = "|".join(re.escape(v) for v in forms)
    pattern = re.compile(f"(?<![{ARABIC_LETTER}]){PROCLITICS}({alternation})(?![{ARABIC_LETTER}])")
    auto = ahocorasick.Automaton()
    for form in forms:
        auto.add_word(form, len(form))
    auto.make_automaton()
    return pattern, country, auto


def _mentions(text: str) -> list[str]:
    """The forms pattern.finditer(text) finds (group 1 of each match), trying the pattern only where a match can
    start: at an occurrence of a form or at most PROCLITIC_REACH characters before it (every match holds a form)."""
    pattern, _, auto = _names()
    starts: set[int] = set()
    for last, length in auto.iter(text):
        at = last + 1 - length
        starts.update(range(max(0, at - PROCLITIC_REACH), at + 1))
    out: list[str] = []
    done, match = 0, pattern.match
    for s in sorted(starts):
        if s >= done and (m := match(text, s)) is not None:
            out.append(m.group(1))
            done = m.end()
    return out


def actor_focus(text: str) -> Evidence:
    """The country focus the named one-country armed groups of a normalized text give (1 vote per mention)."""
    country = _names()[1]
    return Evidence.of((iso3, 1.0) for form in _mentions(text) if (iso3 := country[form]))
