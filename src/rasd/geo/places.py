"""Recognition of place phrases in normalized text: candidates only, no decisions.

A place phrase ("unit") is an optional descriptor (ريف, شرقي, بالقرب من), an optional head noun
(قريه, حقل, قاعدتي), a gazetteer name, and trailing adjectives (النفطي, الجويه) or a direction
(ريف X الشرقي). Names coordinated after a dual or plural head ("حقلي كونيكو والعمر", "قرى مراط
وخشام") become one unit each that inherits the head. A unit that follows another with a locative
link ("حسرات بريف البوكمال", "عين الاسد في العراق") is marked as its possible context. A river bank
("الضفه الغربيه لنهر الفرات") is a descriptor that announces a river, and a nationality adjective ("بلده
القايم العراقيه", "العاصمه القطريه الدوحه") records a country (datelines.py finds the phrases that say
where a report was filed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import itemgetter

from ..matcher import Match, Matcher
from .anatomy import drop_wound_sites
from .clitic_guard import fused_onset
from .dual_lists import after_direction
from .gazetteer import NEEDS_HEAD, Gazetteer, NameRef, Place, load_gazetteer, long_lived
from .hashtags import spaced_hashtags
from .heads import descriptors, head_words, heads
from .name_guards import BARE_B, LOCATIVE_WORDS, construct_formula, introducer, named_shorts, town_named
from .stopwords import never_places, stopwords
from .units import Descriptor, Head, Item, Payload, Unit, _new, _replace

CLITIC_HEADS = frozenset("وبلف")  # proclitics that may glue to a head noun

FILLER_RE = re.compile(r'[ \t\u00a0"\'()\[\]{}«»:\-#]*')  # no newline: a head does not reach across lines
# ('#' marks a hashtag: a page that names its town only as 'مديريه #الخوخه' or 'في #الخوخه' still names it)
LIST_GAP_RE = re.compile(r'[ \t\u00a0"\'()\[\],:\-]*')
# whom a camp shelters, between the camp and its direction: "مخيم الرشيديه للاجيين الفلسطينيين جنوب مدينه صور"
CAMP_PURPOSE_RE = re.compile(r"[ \t\u00a0]+لل(?:لاجيين|اجيين|نازحين|مهجرين)(?:[ \t\u00a0]+ال[^\W\d_]+)?[ \t\u00a0]+")
SENTENCE_RE = re.compile(r"[.!?;\n]")
WORD_RE = re.compile(r"[^\W_]+")
WORDS_AND_GAP_RE = re.compile(r'(?:[^\W_]|[ \t\u00a0"\'()\[\],:\-])*')  # LIST_GAP_RE once WORD_RE's words are gone
LINK_WORDS = frozenset({"في", "داخل", "ضمن", "من", "قرب", "عند", "وسط"})  # "وسط": "X وسط العاصمه بغداد"
PREP_CLITIC, PREP_WORD = 1, 2  # Unit.locative: a ب proclitic, or a preposition of its own
ARTICLE_PREFIXES = frozenset({"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال"})
MAX_LIST = {"du": 2, "pl": 12, "sg": 3}
CONTEXT_HEADS = frozenset({"admin1", "admin2", "admin3", "area", "city"})
BANK_NEXT_RE = re.compile(r"[ \t\u00a0]+(?:من[ \t\u00a0]+)?(?:ل|نهر)")  # a river after a bank: لنهر، للفرات، من نهر
TRAILING = frozenset({"adj", "dir"})  # the item kinds that may follow a name within its phrase
EDGES = frozenset({"outskirts", "surroundings", "near"})  # descriptors of a town's edge: a side, not an offset
NAME_REST_RE = re.compile(r" ال[^\W\d_]{2,}(?: ([^\W\d_]+))? ")  # one more word of a name, then maybe a link word
MAX_GAP = 12  # characters between two phrases beyond which they are neither a list nor place-and-context


def _short(key: str) -> bool:
    """Three letters or fewer, or the article and three letters."""
    return len(key.replace(" ", "")) <= 3 or (key.startswith("ال") and len(key) <= 5)


def _notable(refs: tuple[NameRef, ...], places: tuple[Place, ...]) -> bool:
    """Some place of a name is a town of 2,000 or more, an admin unit or a site."""
    return any(places[i].rank >= 2 or places[i].kind != "locality" for i, _ in refs)


@cache
def place_matcher() -> Matcher[Payload]:
    """The place automaton, built once per process (~0.25 s; with the gazetteer when it is not loaded yet)."""
    with long_lived():
        return build_place_matcher(load_gazetteer())


def build_place_matcher(gz: Gazetteer) -> Matcher[Payload]:
    """One automaton over gazetteer names, head nouns, adjectives, descriptors and stop phrases."""
    return Matcher(place_patterns(gz))


def place_patterns(gz: Gazetteer) -> list[tuple[str, Payload]]:
    """The place automaton's patterns: gazetteer names, head nouns, adjectives, descriptors and stop phrases."""
    never, head_only, places = never_places(), head_words(), gz.places
    pats: list[tuple[str, Payload]] = [  # short names only for towns, admin units and sites
        (k, ("name", refs)) for k, refs in gz.names.items()
        if not (k.startswith("ال ") or k in never or (k in head_only and not _adjective_town(k, refs, places)))
        and (not _short(k) or _notable(refs, places))]
    pats += [(k, ("short", refs)) for k, refs in gz.names.items()  # read only right after a town's head (select_items)
             if _short(k) and not _notable(refs, places) and not (k.startswith("ال ") or k in never or k in head_only)]
    pats += [(k, ("head", h)) for k, h in heads().items()]
    pats += [(k, ("desc", d)) for k, d in descriptors().items()]
    pats += [(k, ("stop", k)) for k in never_places() if " " in k]
    return pats


def _adjective_town(key: str, refs: tuple[NameRef, ...], places: tuple[Place, ...]) -> bool:
    """An adjective that is also the name of a town of 2,000 or more (الغازيه: gas, and Ghaziyeh by Sidon): a name
    where a preposition or a town's head noun introduces it (select_items), an adjective elsewhere."""
    h = heads().get(key)
    return h is not None and h.role == "adj" and not h.iso3 and any(
        places[i].rank >= 2 and places[i].kind == "locality" for i, _ in refs)


_START = itemgetter(0)


PRIORITY = {"name": 2, "head": 1, "adj": 1, "skip": 1, "desc": 1, "dir": 1, "stop": 0}  # wins ties of length


def select_items(text: str, hits: Iterable[Match[Payload]] | None = None) -> list[Item]:
    """Lexicon hits, longest first where they overlap (heads and descriptors win ties), in text order.

    Hits come by start, longest first; only a run of overlapping hits needs sorting (_resolve_run), and most
    hits overlap nothing. ``hits`` are the place automaton's matches when a caller found them already
    (a ``MatcherGroup`` scan with the place patterns apart); by default the place automaton scans the text.
    """
    chosen: list[Item] = []
    last: Item | None = None  # the latest hit, alone in its run so far
    run: list[Item] = []  # the current run, when it has more than one hit
    reach = -1  # the end of the current run of overlapping hits
    found = list(place_matcher().find(text) if hits is None else hits)
    named = named_shorts(text, found)
    for start, end, key, (tag, payload), prefix in found:
        if tag in ("name", "short") and ("ك" in prefix or fused_onset(text, start, prefix, LOCATIVE_WORDS)):
            continue  # the simile ك never locates ('رشقه كبيره'), nor a name's own ب after في ('في براوه': no Rawah)
        if prefix in BARE_B and tag == "name" and construct_formula(text, key, end):
            continue  # 'بحجه ان', 'بحمد الله': a noun of a compound preposition, not Hajjah or Hamad Town
        if tag == "name" and prefix in ARTICLE_PREFIXES and "ال" + key in stopwords():
            continue  # 'اقتحام جديد للبلد': the article the prefix holds makes the common word (البلد), not Balad
        if tag == "name" and key in stopwords() and key[:1] in CLITIC_HEADS and key[1:] in heads():
            continue  # 'اعتقل شخصا بقريه X': ب + the head قريه, which introduces X (not the village Bqaryah)
        if tag == "name":
            kind = "name"
        elif tag == "short":
            if prefix or not (town_named(text, start, end) or (
                    key in named and _locative(text, start, "") == PREP_WORD)):
                continue  # read again where a preposition names it: 'قريه الهري' ... 'في الضربه علي الهري'
            kind = "name"
        elif tag == "head":
            assert isinstance(payload, Head)
            kind = payload.role
            if kind == "adj" and (prefix or (not payload.iso3 and introducer(text, start))):
                continue  # an adjective follows a noun: "علي الغازيه", "لبلده الغازيه" name Ghaziyeh, not a gas field
            if kind == "head" and prefix in ARTICLE_PREFIXES:
                kind = "skip"  # المنطقه, القاعده: a definite noun does not introduce a name
        elif tag == "desc":
            assert isinstance(payload, Descriptor)
            kind = "dir" if payload.position == "after" else "desc"
            if kind == "dir" and prefix:
                continue
            if payload.position == "bank" and key.startswith("ال") and not BANK_NEXT_RE.match(text, end):
                continue  # الضفه الغربيه, not before ل / نهر: the West Bank, a name
            if prefix in ARTICLE_PREFIXES and not key.startswith("ال"):
                continue  # الشرق, الشمال: nouns, not "east of"
        else:
            kind = "stop"
        item = _new(Item, (start, end, kind, key, prefix, payload))
        if start >= reach:  # a new run
            if run:
                chosen += _resolve_run(_headless(run, chosen, text))
                run = []
            elif last is not None:
                chosen.append(last)
            last = item
        elif run:
            run.append(item)
        else:
            assert last is not None
            run = [last, item]
        if end > reach:
            reach = end
    if run:
        chosen += _resolve_run(_headless(run, chosen, text))
    elif last is not None:
        chosen.append(last)
    return chosen


def _headless(run: list[Item], chosen: list[Item], text: str) -> list[Item]:
    """The run without a name only a head noun introduces (every reading head-only: محليه شرق سنار) when no
    fitting head right before introduces it: bare or after قريه, "شرق سنار" is "east of Sennar", the shorter
    hits it covers."""
    if not any(_head_only(it) for it in run):
        return run
    from .plans import compat  # plans reads units (a cycle at import time); rare: a head-only name in a run
    prev = chosen[-1] if chosen and chosen[-1].kind == "head" else None
    places = load_gazetteer().places

    def introduced(it: Item) -> bool:
        return (prev is not None and not it.prefix and _blank(text, prev.end, it.start)
                and any(compat(prev.payload.feature, places[i]) >= 2.0 for i, _ in it.payload))

    out = [it for it in run if not (_head_only(it) and not introduced(it))]
    return out if out else run


def _head_only(it: Item) -> bool:
    """A name whose every reading needs a head noun (محليه شرق سنار, حقل العمر)."""
    return it.kind == "name" and bool(it.payload) and all(f == NEEDS_HEAD for _, f in it.payload)


def _run_order(it: Item) -> tuple[int, int, int]:
    """Where a hit ranks in its run: the longest first, then by priority, then the leftmost."""
    return it.start - it.end, PRIORITY[it.kind], it.start


def _resolve_run(run: list[Item]) -> list[Item]:
    """Longest first where the hits of one overlapping run collide, in text order (ties: the earlier hit)."""
    if len(run) == 2 and run[1].start < run[0].end:  # the usual run: the second hit starts inside the first
        return [min(run, key=_run_order)]  # (min keeps the first of equal ranks, as the stable sort does)
    taken: list[tuple[int, int]] = []
    out: list[Item] = []
    for it in sorted(run, key=_run_order):  # a stable sort: equal ranks keep the matcher's order
        start, end = it.start, it.end
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        out.append(it)
    out.sort(key=_START)
    return out


def _blank(text: str, a: int, b: int) -> bool:
    """Only spaces, quotes and brackets between a and b."""
    if b - a == 1 and text[a] == " ":
        return True  # the usual case, without the regex
    return a <= b and FILLER_RE.fullmatch(text, a, b) is not None


def _link(text: str, a: int, b: int, prefix: str) -> bool:
    """A locative link between two phrases: a comma/bracket gap with في/داخل/ضمن, or a ب proclitic."""
    if b - a == 1 and text[a] == " ":
        return "ب" in prefix  # the usual case, without the regexes
    if a > b:
        return False
    gap = text[a:b]
    words = WORD_RE.findall(gap)
    if len(words) > 1 or (words and words[0] not in LINK_WORDS):
        return False
    if WORDS_AND_GAP_RE.fullmatch(gap) is None:
        return False
    return bool(words) or "ب" in prefix or "(" in gap


def _locative(text: str, start: int, prefix: str) -> int:
    """Whether a locative preposition introduces the phrase at start: PREP_WORD (في، من، علي...), PREP_CLITIC
    (a ب proclitic: "برازح", also "بالكامل", completely) or 0."""
    if prefix and (prefix[-1] == "ب" or prefix in ("بال", "وبال")):
        return PREP_CLITIC
    j = start - len(prefix)
    if j > 0 and text[j - 1] == "#":
        return PREP_WORD  # '#حيفان', 'سوق #حيفان': a page's hashtag names the place it tells of, as 'في' does
    while j > 0 and text[j - 1] in ' "\'(#':
        j -= 1
    k = text.rfind(" ", 0, j) + 1  # the usual case: the word before is all letters after a space
    word = text[k:j]
    if not word.isalnum():
        k = j
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        word = text[k:j]
    if word in LOCATIVE_WORDS or (word.startswith(("و", "ف")) and word[1:] in LOCATIVE_WORDS):
        return PREP_WORD  # 'في X', 'وفي X', 'ففي X'
    return 0


def _trailing(items: list[Item], i: int, text: str,
              end: int) -> tuple[int, int, str | None, Descriptor | None, str | None]:
    """Adjectives and a direction word right after a name: (next item index, phrase end, feature, direction,
    the country of a nationality adjective)."""
    feature: str | None = None
    direction: Descriptor | None = None
    country: str | None = None
    while i < len(items) and items[i].kind in TRAILING and _blank(text, end, items[i].start - len(items[i].prefix)):
        it = items[i]
        if it.kind == "adj":
            if it.payload.feature != "-" and feature is None:
                feature = it.payload.feature
            country = country or it.payload.iso3 or None
        elif direction is None:
            direction = it.payload
        end = it.end
        i += 1
    return i, end, feature, direction, country


def find_units(text: str, hits: Iterable[Match[Payload]] | None = None) -> list[Unit]:
    """Every candidate place phrase of a normalized text, in text order (hits: see select_items)."""
    text, hits = spaced_hashtags(text, hits, place_matcher)
    items = drop_wound_sites(text, select_items(text, hits))
    breaks = [m.start() for m in SENTENCE_RE.finditer(text)]
    lines = [b for b in breaks if text[b] == "\n"]
    units: list[Unit] = []
    desc: Item | None = None
    head: Item | None = None
    outer: Item | None = None
    head_end = 0  # where the head's phrase ends: after a nationality adjective (العاصمه القطريه الدوحه)
    nation: str | None = None
    i, n = 0, len(items)
    while i < n:
        it = items[i]
        i += 1
        kind = it.kind
        if kind != "name":
            if kind == "desc":
                desc, head, outer = it, None, None
            elif kind == "head":
                if desc is not None and not _blank(text, desc.end, it.start - len(it.prefix)):
                    desc = None
                adjacent = (head is not None and not it.prefix.startswith("و")
                            and _blank(text, head.end, it.start - len(it.prefix)))  # "العاصمه ومحافظات": coordinated
                outer = (outer or head) if adjacent else None
                head, head_end, nation = it, it.end, None
            elif (kind == "adj" and head is not None and nation is None and isinstance(it.payload, Head)
                  and it.payload.iso3 and _blank(text, head_end, it.start)):
                head_end, nation = it.end, it.payload.iso3
            else:
                desc = head = outer = None
            continue
        start, name_end, _, key, prefix, refs = it
        lead = start - len(prefix)
        h = head if head is not None and _headed(head, prefix, key) and _blank(text, head_end, lead) else None
        o = outer if h is not None else None
        first = o or h or it
        d = desc if desc is not None and _blank(text, desc.end, first.start - len(first.prefix)) else None
        before = nation if h is not None else None
        desc = head = outer = None
        if i < n and items[i].kind in TRAILING:
            i, end, adj_feature, direction, after = _trailing(items, i, text, name_end)
        else:
            end, adj_feature, direction, after = name_end, None, None, None
        lead_item = d or first
        hd: Head | None = h.payload if h is not None else _inner_head(key)
        od: Head | None = o.payload if o is not None else None
        dd: Descriptor | None = d.payload if d is not None else None
        if dd is not None and dd.code in EDGES:
            direction = None  # 'اطراف بلده كفرا الجنوبيه': the town's southern edge, not a point 20 km south of it
        bank = dd is not None and dd.position == "bank"  # a river bank announces a river
        feature = (hd.feature if hd else None) or adj_feature or ("river" if bank else None)
        unit_start = lead_item.start
        unit = _new(Unit, (unit_start, end, start, name_end, key, refs, hd, od, False, feature, dd,
                           direction, bisect_right(breaks, start), bisect_right(lines, start),
                           _locative(text, unit_start, lead_item.prefix), None, None, before or after))
        unit = after_direction(units, unit, lead_item.prefix, text, _directional) or unit  # 'منطقتي A شمال X وB'
        if units and (unit_start - units[-1].end <= MAX_GAP or _sheltered(units[-1], text, unit_start - len(lead_item.prefix))):
            unit = _relate(units, unit, lead_item.prefix, prefix, text)
        units.append(unit)
    return units


def _headed(head: Item, prefix: str, key: str) -> bool:
    """A head noun introduces the name after it: bare, or with the article the gazetteer's name lacks ("بلده النبطيه
    الفوقا" for نبطيه الفوقا) unless the word with its article is never a place ("مواني الكيان"); not 'وادي' before
    the article, which is also 'وأدى' normalized ("وادي العدوان الي اصابه ...": and the aggression led to ...)."""
    return not prefix or (prefix == "ال" and head.key != "وادي" and "ال" + key not in never_places())


@lru_cache(maxsize=8192)
def _inner_head(key: str) -> Head | None:
    """The head noun a name starts with ("مخيم نور شمس", "قريه الحسينيه"), if any."""
    first = key.split(" ", 1)[0]
    h = heads().get(first) if first != key else None
    return h if h is not None and h.role == "head" else None


def _coordinated(text: str, a: int, b: int, name_prefix: str) -> bool:
    """Whether the phrase at b continues a list ending at a: "ومراط", "، و"الشدادي"", "، خشام"."""
    if b - a == 1 and text[a] == " ":
        return name_prefix.startswith("و")  # the usual case, without the regexes
    if a > b:
        return False
    gap = text[a:b]
    if WORDS_AND_GAP_RE.fullmatch(gap) is None:
        return False
    words = WORD_RE.findall(gap)
    if name_prefix.startswith("و"):
        return not words
    return words == ["و"] or (not words and "," in gap)


def _relate(units: list[Unit], unit: Unit, lead_prefix: str, name_prefix: str, text: str) -> Unit:
    """Attach a new unit to the list or the phrase before it (list membership, possible context)."""
    lead = unit.start - len(lead_prefix)
    if not units or (unit.start - units[-1].end > MAX_GAP and not _sheltered(units[-1], text, lead)):
        return unit
    k = len(units) - 1
    while k >= 0 and units[k].context_of is not None:
        k -= 1  # skip context phrases between list members: "قاعدتي حقل العمر بريف دير الزور، والشدادي"
    bare = unit.head is None and unit.desc is None
    if k >= 0 and bare and _coordinated(text, units[-1].end, lead, name_prefix):
        fk = units[k].list_first
        first_i = fk if fk is not None else k
        first = units[first_i]
        lead_head = first.outer or first.head
        comma_only = not name_prefix.startswith("و") and "و" not in WORD_RE.findall(text[units[-1].end:lead])
        if comma_only and (lead_head is None or lead_head.number != "pl"):
            return unit
        members = sum(1 for u in units if u.list_first == first_i) + 1
        limit = MAX_LIST.get(lead_head.number if lead_head else "sg", 3)
        if (lead_head is not None or first.desc is not None or first.feature is not None) and members < limit:
            feature = unit.feature or (lead_head.feature if lead_head else first.feature)
            return _replace(unit, head=lead_head, inherited=True, feature=feature, desc=first.desc,
                            list_first=first_i)
        return _replace(unit, list_first=first_i)
    prev = units[-1]
    if prev.sentence != unit.sentence or lead_prefix.startswith("و"):
        return unit
    if unit.head is not None and unit.head.feature not in CONTEXT_HEADS:
        return unit  # "القواعد في حقلي كونيكو": a field, base or village is no admin context
    linked = _link(text, prev.end, lead, lead_prefix)
    if not linked and (unit.desc is not None or _directional(unit.key)) and LIST_GAP_RE.fullmatch(text, prev.end, lead):
        linked = True  # "القريه الخضراء" جنوب غرب حقل العمر; "مدينه الشيخ زايد شمال قطاع غزه" (a region's name)
    elif not linked and (unit.desc is not None or _directional(unit.key)) and _sheltered(prev, text, lead):
        linked = True  # "مخيم كلمه للنازحين قرب نيالا": whom the camp shelters does not part it from its direction
    elif not linked and _name_rest(text, prev.end, lead, unit.desc is not None or _directional(unit.key)):
        linked = True  # "قرب سده الورار غربي الرمادي": the rest of a longer name, then the place it lies in
    if linked:
        target = len(units) - 1 if prev.context_of is None else prev.context_of
        if target == len(units) - 1 and _glued(units, text):
            target -= 1  # "منطقه كوت الحجاج وسط البصره": the context of the name's first word, Kut
        return _replace(unit, context_of=target)
    return unit


def _glued(units: list[Unit], text: str) -> bool:
    """The last unit is a bare name with the article right after the name before it: the second word of one longer
    name the gazetteer lacks ("كوت الحجاج", "الروضه الجديد"), not a place of its own; not after a common word that
    is a village only under a head ("جزيره البغدادي": the name is البغدادي)."""
    if len(units) < 2:
        return False
    prev, first = units[-1], units[-2]
    return (first.key not in stopwords() and prev.head is None and prev.desc is None and not prev.locative and prev.key.startswith("ال")
            and prev.start == prev.name_start and first.context_of is None and first.list_first is None
            and first.end + 1 == prev.start and text[first.end] == " " and first.sentence == prev.sentence)


def _name_rest(text: str, a: int, b: int, directed: bool) -> bool:
    """One word with the article between a name and the place that locates it: a direction phrase ("سده الورار
    غربي الرمادي") or a link word and a place ("كوت الحجاج وسط البصره"); the word is the rest of the first name."""
    m = NAME_REST_RE.fullmatch(text, a, b)
    return m is not None and (directed or m.group(1) in LINK_WORDS)


def _sheltered(prev: Unit, text: str, lead: int) -> bool:
    """Only whom a camp shelters lies between the camp and the phrase at lead ("مخيم مخمور للاجيين جنوب غرب اربيل")."""
    return prev.feature == "camp" and CAMP_PURPOSE_RE.fullmatch(text, prev.end, lead) is not None


@lru_cache(maxsize=4096)
def _directional(key: str) -> bool:
    """A name that is itself a direction of a place ("شمال قطاع غزه", "وسط القطاع"): right after another phrase it
    locates that phrase, like a descriptor ("X شمال Y")."""
    first = key.split(" ", 1)[0]
    if first == key:
        return False
    d = descriptors().get(first)
    return first == "وسط" or (d is not None and d.position == "before" and d.bearing is not None)
