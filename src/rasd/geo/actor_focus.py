"""The article's country from the armed groups it names, for when none of its places tells one.

An article may name no country and no place whose readings all lie in one country: "استهدف الحوثيون قريه
الجراحي", "قصفت قوات الدعم السريع حي الصافيه". Its armed groups still tell where it happens: the Houthis fight
in Yemen, the RSF in Sudan. Each mention of a group or force of lexicon actor_countries (groups that fight in one
country only) votes 1 for that country; geocode.resolve takes this focus where the places give none (see
context.Evidence), so an ambiguous place name, a namesake in several countries, resolves in that country. A
longer name wins over a name inside it, and a row without a country votes for nothing: "كتايب حزب الله", an Iraqi
faction that fights in Syria too, is not Lebanon's Hezbollah.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load_table
from .context import Evidence

ARABIC_LETTER = "\u0621-\u064a"
PROCLITICS = "(?:[وف]?[بلك]?)"  # و ف, then ب ل ك: "وللحوثيين" takes the لل form below


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every variant (and its لل form), longest first, and each form's country ('' for none)."""
    country: dict[str, str] = {}
    for row in load_table("actor_countries").rows:
        for v in row.many("variants"):
            country[v] = row.get("iso3")
            if v.startswith("ال"):
                country["لل" + v[2:]] = row.get("iso3")
    forms = sorted(country, key=lambda v: (-len(v), v))
    alternation = "|".join(re.escape(v) for v in forms)
    pattern = re.compile(f"(?<![{ARABIC_LETTER}]){PROCLITICS}({alternation})(?![{ARABIC_LETTER}])")
    return pattern, country


def actor_focus(text: str) -> Evidence:
    """The country focus the named one-country armed groups of a normalized text give (1 vote per mention)."""
    pattern, country = _names()
    return Evidence.of((iso3, 1.0) for m in pattern.finditer(text) if (iso3 := country[m.group(1)]))
