"""Outlet names as bylines, mastheads and site names write them -> canonical outlet (lexicon outlets.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import LexiconError
from ..lexicon import load_table
from ..normalize import normalize_text

BYLINE = "byline"  # the context already says 'outlet': a site name, a tagged byline, an attribution line
DATELINE = "dateline"  # an untagged 'outlet - city' line under the headline: not names that are also places
LINE = "line"  # a bare line or byline part: only names that cannot be ordinary words


def outlet_key(s: str) -> str:
    """Normalize a name for lookup: folded, spaces collapsed, edge punctuation dropped."""
    return " ".join(normalize_text(s).split()).strip(" -|:.,;\"'()")


@dataclass(frozen=True, slots=True)
class Outlets:
    """The outlet lexicon as lookup tables."""

    names: dict[str, str]  # safe anywhere a whole line or byline part names an outlet
    site_names: dict[str, str]  # only in byline, site or dateline context: they are also ordinary words
    place_names: dict[str, str]  # only in byline or site context: they are also places
    hosts: dict[str, str]
    canonical: dict[str, str]  # lower-cased canonical name -> canonical name

    def lookup(self, name: str, *, context: str = LINE) -> str | None:
        """The canonical outlet a whole name denotes in this context, or None."""
        key = outlet_key(name)
        if not key:
            return None
        found = self.names.get(key) or self.canonical.get(key)
        if found is None and context in (BYLINE, DATELINE):
            found = self.site_names.get(key)
        if found is None and context == BYLINE:
            found = self.place_names.get(key) or self.hosts.get(key)
        return found

    def from_host(self, host: str) -> str | None:
        """The outlet whose host name is this host or a parent domain of it: 'www.syria.tv' -> 'Syria TV'."""
        parts = host.lower().strip(".").split(".")
        for i in range(len(parts) - 1):
            found = self.hosts.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def canonicalize(self, name: str) -> str:
        """A given outlet name in canonical form when known, else stripped as given."""
        return self.lookup(name, context=BYLINE) or name.strip()


@cache
def outlets() -> Outlets:
    """Load outlets.tsv once; a name claimed by two outlets is a lexicon error."""
    table = load_table("outlets")
    names: dict[str, str] = {}
    site_names: dict[str, str] = {}
    place_names: dict[str, str] = {}
    hosts: dict[str, str] = {}
    canonical: dict[str, str] = {}
    owner: dict[str, tuple[str, int]] = {}
    for row in table.rows:
        outlet = row.get("outlet")
        canonical[outlet_key(outlet)] = outlet
        for col, target in (("names", names), ("site_names", site_names), ("place_names", place_names),
                            ("hosts", hosts)):
            for value in row.many(col):
                if value in owner and owner[value][0] != outlet:
                    raise LexiconError(table.path, row.line,
                                       f"{value!r} already names {owner[value][0]} (line {owner[value][1]})")
                owner[value] = (outlet, row.line)
                target[value] = outlet
    return Outlets(names=names, site_names=site_names, place_names=place_names, hosts=hosts,
                   canonical=canonical)
