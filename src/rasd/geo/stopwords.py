"""The words of place_stopwords.tsv by scope, the month names that are never places (lexicons/months.tsv) and the
prayer times read as times (a prayer after a time or day word: lexicons/time_words.tsv)."""

from __future__ import annotations

from functools import cache

from ..lexicon import load_table


@cache
def scoped(scope: str) -> frozenset[str]:
    """The words of place_stopwords.tsv with this scope (bare, word, always, body, wound)."""
    return frozenset(r.get("word") for r in load_table("place_stopwords").rows if r.get("scope") == scope)


@cache
def stopwords() -> frozenset[str]:
    """Common words that are also place names: a place only right after a head noun (scope bare), and the
    one-word month names (شباط، تموز; كانون and تشرين of the two-word ones): villages only after a head noun."""
    return scoped("bare") | {m.split()[0] for m in month_names()}


@cache
def month_names() -> frozenset[str]:
    """The unambiguous Arabic month names of lexicons/months.tsv (ambiguous ones, اب or مارس, are common words)."""
    return frozenset(v for r in load_table("months").rows if r.get("ambiguous") == "no" and r.get(
        "calendar") == "gregorian" for v in r.many("variants") if not v.isascii())


@cache
def common_words() -> frozenset[str]:
    """Common words that are also town names: a place only when introduced (scope word: في صور, not وصور)."""
    return scoped("word")


@cache
def never_places() -> frozenset[str]:
    """Words and phrases that are never a place (scope always), and two-word month names (كانون الاول: a date,
    not the Baghdad quarter كانون); phrases block the names inside them."""
    return scoped("always") | {m for m in month_names() if " " in m} | prayer_times()


@cache
def prayer_times() -> frozenset[str]:
    """A prayer that is also a place (scope prayer) after a time word (scope time) or a day word of time_words
    (role rel_day): 'امس المغرب', 'عند المغرب', 'لحد المغرب' are times, not Morocco."""
    days = {v for r in load_table("time_words").rows if r.get("role") == "rel_day" for v in r.many("variants")}
    return frozenset(f"{w} {p}" for w in scoped("time") | days for p in scoped("prayer"))
