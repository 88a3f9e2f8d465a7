"""Coref: an ambiguous actor name takes the actor an article has already named ('قوات الاحتلال' after 'الاحتلال الامريكي')."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from .geo.section_country import Sections
from .lexicon import load_table
from .matcher import Match
from .records import Actor
from .resources import Entry, row_entry


@cache
def actor_entries() -> dict[str, Entry]:
    """Every row of the actor lexicon as the matchers carry it, by id."""
    return {e.id: e for e in (row_entry("actors", r) for r in load_table("actors").rows)}


@cache
def theatre_foes() -> dict[tuple[str, str, str], str]:
    """(actor id or side, country ISO3, admin1 or '') -> the actor id it usually fights there (lexicon
    theatre_foes; a row with a region holds in that governorate only)."""
    return {(r.get("actor"), r.get("country"), r.get("region") or ""): r.get("foe")
            for r in load_table("theatre_foes").rows}


@cache
def _foe_pairs() -> frozenset[tuple[str, str]]:
    """Every (actor, foe) pair of the theatre_foes lexicon, both ways round."""
    return frozenset(p for (actor, _, _), foe in theatre_foes().items() for p in ((actor, foe), (foe, actor)))


def sworn_foes(a: str, b: str) -> bool:
    """True when the lexicon makes one actor id the other's foe somewhere ('rsf' and 'saf', both of side OTHER)."""
    return (a, b) in _foe_pairs()


UNLISTED_UNIT = "armed_unit"  # the id role_units gives an armed unit no lexicon lists


def same_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors stand on one side and are not sworn foes ('saf' and 'rsf' share the side OTHER)."""
    return a is not None and b is not None and a.side == b.side and not sworn_foes(a.id, b.id) and not (
        a.id == b.id == UNLISTED_UNIT and a.text != b.text)  # two unlisted units a clash is told between


def article_country(countries: Iterable[str | None]) -> str | None:
    """The country most of an article's places lie in (the first one named on a tie), or None."""
    got = Counter(c for c in countries if c)
    return got.most_common(1)[0][0] if got else None


def by_country(actors: tuple[Match[Entry], ...], country: str | None, sections: Sections,
               place_country: Callable[[int], str | None]) -> tuple[Match[Entry], ...]:
    """Give each name whose entry declares `by_country` ('YEM=yemen_gov') the force it names in its section's
    country in a round-up (geo.section_country: 'الجيش الوطني' under 'الصومال:'), else a named force in the country
    of its own sentence's nearest place (`place_country`, role_country), else in the article's country (an anaphor, 'معاد',
    always there: who calls Israel 'hostile' is the outlet, not the place).

    'الجيش الوطني' is the Turkish-backed army in Syria and the government army in
    Yemen; 'التحالف' the US-led coalition in Iraq and the Saudi-led one in Yemen.
    Elsewhere (or with no country) the entry's own reading stays, except for an anaphor
    left unresolved ('الجيش' with no army named), which is dropped.
    """
    out: list[Match[Entry] | None] = list(actors)
    for i, m in enumerate(actors):
        section = sections.at(m.start)
        if section is not None and (own := _section_anaphor(m, section)) is not None:
            m = actors[i]._replace(payload=own)  # 'الجيش' under 'السودان:' took the army of another section
            out[i] = m
        options = m.payload.row.many("by_country") if m.payload.table == "actors" else ()
        here = section or (None if m.payload.get("kind") == "anaphor" else place_country(m.start)) or country
        for o in options:
            iso, _, aid = o.partition("=")
            if here is not None and iso == here and aid in actor_entries():
                out[i] = m._replace(payload=actor_entries()[aid])
        if out[i] is m and m.payload.get("kind") == "anaphor":
            out[i] = None  # an anaphor kept for its country's reading ('الجيش' in Sudan) names nobody elsewhere
    return tuple(m for m in out if m is not None)


@cache
def _anaphor_rows() -> dict[str, Entry]:
    """The anaphor rows with a country's reading ('الجيش': SDN=saf), by each of their variants."""
    return {v: e for e in actor_entries().values() if e.get("kind") == "anaphor" and e.row.many("by_country")
            for v in e.row.many("variants")}


def _section_anaphor(m: Match[Entry], section: str) -> Entry | None:
    """The anaphor row of a bare head ('الجيش') that resolve_context gave a force named in another section, when its
    own reading holds in this section's country; else None."""
    row = _anaphor_rows().get(m.key)
    if row is None or row.id == m.payload.id:
        return None
    return row if any(o.partition("=")[0] == section for o in row.row.many("by_country")) else None


NEAR_AFTER = 80  # characters: a force named this close after an anaphor is told in the same breath


def _named_with(m: Match[Entry], head: str, anaphoric: frozenset[str]) -> bool:
    """True when the actor's matched words contain the head word (for an anaphor's head, also any of its variants)."""
    return head in m.key or (head in anaphoric and variant_holds(m.payload.row.many("variants"), head))


@lru_cache(maxsize=4096)
def variant_holds(variants: tuple[str, ...], head: str) -> bool:
    """True when one of a row's variants contains the head word (a pure function of both: memoized, bounded)."""
    return any(head in v for v in variants)


def resolve_context(actors: tuple[Match[Entry], ...]) -> tuple[Match[Entry], ...]:
    """Replace each match whose entry declares `resolve: HEAD` by the nearest specific actor named with HEAD.

    The nearest earlier specific match wins, else the first later one; with
    neither, the entry's own (default) reading stays, except for kind
    `anaphor` ('التنظيم', 'الحركه'), which names nobody on its own and is dropped
    (one with a by_country reading is left for by_country to read or drop).
    """
    actors = enemy_named(actors)
    heads = {m.payload.get("resolve") for m in actors} - {""}
    if not heads:
        return actors
    anaphoric = frozenset(m.payload.get("resolve") for m in actors if m.payload.get("kind") == "anaphor")
    last: dict[str, Match[Entry]] = {}  # head -> latest specific match seen so far
    earlier: list[Match[Entry] | None] = []
    for m in actors:
        head = m.payload.get("resolve")
        earlier.append(last.get(head) if head else None)
        if not head:
            for h in heads:
                if _named_with(m, h, anaphoric):
                    last[h] = m
    first_after: dict[str, Match[Entry]] = {}
    out: list[Match[Entry] | None] = list(actors)
    for i in range(len(actors) - 1, -1, -1):
        m = actors[i]
        head = m.payload.get("resolve")
        later = first_after.get(head) if head else None
        named = _named_force(m, actors[i + 1]) if head and m.payload.get("kind") == "anaphor" and _qualified(
            m, actors[i + 1:i + 2]) else None
        if named is not None:
            out[i] = m._replace(end=actors[i + 1].end, payload=named)  # 'مدفعيه الجيش السوري': the adjective names
            out[i + 1] = None  # the army, whatever army the article names before or right after
        elif head and earlier[i] is None and m.payload.get("kind") == "anaphor" and _qualified(
                m, actors[i + 1:i + 2]) and (later is None or later.start - m.end > NEAR_AFTER):
            out[i] = None  # 'الطيران الحربي السوري' told first: the adjective right after names the force, not a
            # force the article names only further on (one right after, 'بالتعاون مع القوات الجويه الروسيه', is its partner)
        elif head:
            ref = earlier[i] or first_after.get(head)
            if ref is not None:
                out[i] = m._replace(payload=ref.payload)
            elif m.payload.get("kind") == "anaphor" and not m.payload.row.many("by_country"):
                out[i] = None  # one with a country's reading waits for by_country
        else:
            for h in heads:
                if _named_with(m, h, anaphoric):
                    first_after[h] = m
    return tuple(m for m in out if m is not None)


ENEMY_WORDS = frozenset({"العدو"})  # a variant of one side's row (Israel) that only says 'the enemy'


def enemy_named(actors: tuple[Match[Entry], ...]) -> tuple[Match[Entry], ...]:
    """'قصف مدفعي للعدو السعودي', 'العدو الامريكي شن': 'the enemy' followed at once by a nisba adjective of another
    side is that side's force (a row of the adjective's side with a variant ending in it), not the side 'العدو' alone
    stands for."""
    if not any(m.key in ENEMY_WORDS for m in actors):
        return actors
    out: list[Match[Entry] | None] = list(actors)
    for i, m in enumerate(actors[:-1]):
        adj = actors[i + 1]
        if m.key not in ENEMY_WORDS or not _qualified(m, (adj,)) or adj.payload.get("side") == m.payload.get("side"):
            continue
        named = _nationality_force(adj)
        if named is not None:
            out[i] = m._replace(end=adj.end, payload=named)
            out[i + 1] = None
    return tuple(m for m in out if m is not None)


def _nationality_force(adj: Match[Entry]) -> Entry | None:
    """The first force row of a nisba adjective's side with a variant ending in that adjective ('السعودي' ->
    'التحالف السعودي'), or None."""
    word = adj.key if adj.key.startswith("ال") else "ال" + adj.key
    return next((e for e in actor_entries().values() if e.get("kind") == "force" and e.get("side") == adj.payload.get(
        "side") and any(v.endswith(" " + word) for v in e.row.many("variants"))), None)


def _qualified(m: Match[Entry], after: tuple[Match[Entry], ...]) -> bool:
    """True when a nisba adjective actor follows the anaphor with nothing between ('الطيران الحربي السوري')."""
    return bool(after) and after[0].payload.get("kind") == "adj" and 0 <= after[0].start - m.end <= 1 \
        and not after[0].prefix


def _named_force(m: Match[Entry], adj: Match[Entry]) -> Entry | None:
    """The force an anaphor followed by a nisba adjective names ('مدفعيه الجيش السوري' -> the Syrian army): the row
    of the adjective's side with a variant made of the anaphor's head word and the adjective ('الجيش السوري'), else
    the first such row with a variant opening with that head word ('الطايرات الحربيه الروسيه' -> 'الطيران الروسي')."""
    head = m.payload.get("resolve")
    side = adj.payload.get("side")
    rows = [e for e in actor_entries().values() if e.get("kind") == "force" and e.get("side") == side]
    exact = f"{head} {adj.key}"
    return next((e for e in rows if exact in e.row.many("variants")), None) or next(
        (e for e in rows if any(v.startswith(head + " ") for v in e.row.many("variants"))), None)
