"""Places the gazetteer knows only by a Latin name, matched by consonant skeleton after a town's head noun.

Who's On First and GeoNames hold tens of thousands of villages of the theatres with no Arabic name
(Laboue = اللبوه in the Bekaa, Bezet = بتسيت in the Galilee, Jabal Mayyah = جبل موية in Sennar). The build
(tools/build_gazetteer.py) writes them to ``data/gazetteer_latin.tsv.gz`` keyed by the consonant skeleton
of their Latin names; it is read lazily, the first time an article needs it. A word right after a town's
head noun (بلده، قريه، مخيم، مستوطنه، ناحيه ...) that no gazetteer name covers is looked up by its Arabic
skeleton among the rows of the article's countries (those of its other places), and taken only when the
match is unambiguous: one row within reach of the article's places, or one clearly nearer than any other.
Such a place has geo_precision 2 (lower confidence) and a note saying it was matched by transliteration. An
area's or a district's head (منطقه، قضاء) introduces a name too, under the stricter guards of area_names.py.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache

from ..lexicon import load_table
from ..literal_guard import Guarded, guard, searcher
from ..normalize import NormText
from ..records import Location
from .area_names import AREA_CLOSENESS, AREA_HEADS, LATIN_ARTICLE_RE, context_holds, velars_agree
from .bare_names import PROCLITICS, Anchors, bare_heads, name_stops, word_starts
from .gazetteer import Place
from .latin_rows import LatinIndex, LatinRow, latin_index
from .name_tails import unknown
from .onsets import ONSET_MISS, onset_held, opens_with_vowel, vowel_onset
from .places import Unit, head_words
from .refs import PlaceRef, at_home, km_to
from .section_country import ROAD_HEAD, in_section, sections, with_roads
from .span_overlap import overlaps_any, spans_reach
from .stopwords import scoped
from .translit_locative import LOCATIVES, locative_rows, strict_head, with_locatives, word_at
from .voicing import voicing_agrees

AR_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "د": "t", "ذ": "t", "ض": "t", "ط": "t", "ج": "k", "ق": "k", "ك": "k",
    "غ": "k", "خ": "k", "ح": "h", "ه": "h", "س": "s", "ش": "s", "ص": "s", "ز": "s", "ظ": "s", "ف": "f",
    "ل": "l", "م": "m", "ن": "n", "ر": "r", "ع": "", "ا": "", "و": "", "ي": "", "ء": "", "ى": "", "ئ": "",
    "ؤ": "", "أ": "", "إ": "", "آ": "", "ة": "h", " ": ""})
LAT_SKELETON = str.maketrans({
    "b": "b", "p": "b", "t": "t", "d": "t", "k": "k", "q": "k", "g": "k", "j": "k", "c": "k", "x": "k",
    "h": "h", "s": "s", "z": "s", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n", "r": "r"})
AR_LETTERS = str.maketrans({**{k: v for k, v in AR_SKELETON.items() if v}, ord("ا"): "a", ord("و"): "u",
                             ord("ي"): "i", ord("ى"): "a", ord("أ"): "a", ord("إ"): "i", ord("آ"): "a"})
LAT_LETTERS = str.maketrans({"p": "b", "d": "t", "q": "k", "g": "k", "j": "k", "c": "k", "x": "k", "z": "s", "v": "f",
                             "e": "a", "o": "u", "y": "i", "w": "u"})
# the French spelling of GeoNames' Lebanese (and some Syrian) names: an article assimilated to the next word's
# first consonant ("Ech Chaaitiye", "Haouch er Rafqa", "En Naqoura") and ch for ش, dj for ج
FRENCH_ARTICLE_RE = re.compile(r"\be(ch|j|d|r|s|z|n|t)[- ](?=\1)")
CAMP_RE = re.compile(r"(?i)^camp\s+|\s+(?:ref\.?\s+)?camp$")
# the head nouns of a town or village, with the proclitics they take ("لبلده", "وفي قريتي")
TOWN_FEATURES = frozenset({"locality", "city", "camp", "settlement", "admin3", "neighbourhood"})
MARKET_HEADS = ("سوق",)  # a town's market: "سوق جبل موية", the weekly market the town is known by
TOWN_HEADS = ("بلد", "قري", "مدين", "مخيم", "حي", "مستوطن", "مستعمر", "كيبوتس", "ناحي")  # not ميناء، مزرعه
# head nouns that also open a place's own name ("ناحيه نهر عمر": Nahr 'Umar; "جسر نفط"): after a head, a pair
NAMED_HEADS = frozenset({"نهر", "جسر", "جبل", "وادي", "سوق"})
SETTLEMENT_HEADS = ("مستوطن", "مستعمر", "كيبوتس")  # an Israeli place: its Hebrew name is often two words (نير يتسحاق)
SETTLEMENT_COUNTRIES = frozenset({"ISR", "PSE"})
CONJ_RE = re.compile(r'"? +و"?([\u0621-\u064a]+)(?: ([\u0621-\u064a]+))?')  # "... و"اور هنير"": a name after و
GLUE_FIRST = frozenset({"ابو", "ام", "جبل", "عين", "تل", "راس", "بير", "كفر", "دير", "خربه", "بني", "بيت", "وادي",
                        "حمره", "قصر", "جسر", "سوق", "مزرعه", "عرب", "نجع", "حله", "كوم", "ود", "بنت", "قلعه",
                        "عيل", "بستان"})  # عيل: the Somali Ceel 'well' (بلده عيل بور, Ceelbuur); بستان: an orchard
# that opens a name (مستوطنه بستان هجليل), a common noun elsewhere (place_stopwords)
REACH_KM = 60.0  # a match this near one of the article's places is in reach (a quarter: QUARTER_KM)
QUARTER_KM = 15.0
SAME_KM = 5.0  # matches this near each other are one village
DISTRICT_KM = 30.0  # a district's point and the town it is named after (Güçlükonak) are one place this near
CLEAR_RATIO = 2.0  # the nearest match in reach is taken when the next is this many times farther, and out of reach
MIN_SKELETON = 2  # consonants
# countries whose Latin-only rows are GeoNames towns of 500 people or more (the Horn of Africa, the Sahel), not every hamlet:
# there the only town of the article's countries spelled like the name is taken however far it lies
TOWN_LISTS = frozenset({"SOM", "DJI", "ERI", "SSD", "TCD", "ETH", "MLI", "BFA", "NER", "MRT"})
DOTLESS = str.maketrans({"ı": "i", "İ": "I"})  # NFKD leaves the Turkish dotless i as it is (a district 'Çınar')
AYN_MARKS = str.maketrans(dict.fromkeys("`ʿʼ‘’ʾ", "'"))  # the apostrophes of romanized ayn and hamza
SEATED = ("او", "اي")  # a word's opening vowel on its alif seat
SEATED_ARTICLE = ("الو", "الي")  # an opening Al/El written before a long vowel: Allon الون, not the article
CLOSE_MARGIN = 0.1  # rows spelled this much less alike than the closest are other names
MIN_LETTERS = 4  # a name of fewer letters (consonants and long vowels) is too short to tell (برخ، نير)
COVER, RATIO = 0.75, 0.7  # the Arabic letters found in order in the Latin name, and the two spellings' similarity
NAME_ANCHORS = "translit_anchors"  # the word list anchor_words() adds to the one automaton scan
SPELLINGS_CACHED = 1 << 16  # (name, Latin names) pairs whose spelling scores are kept: a dev pass asks ~7,400


def latin_forms(name: str) -> tuple[str, ...]:
    """A Latin name; its English-style reading when it is spelled the French way ('Haouch er Rafqa' -> 'haoush
    rafqa': ch is ش there, not the Iraqi چ of 'Chibayish'); and either without the word Camp ('Al Am'ari Camp',
    'Camp Ain el Hiloue': the news write مخيم الامعري, the head before the name)."""
    low = name.lower()
    forms = [name]
    if "ch" in low or "dj" in low or FRENCH_ARTICLE_RE.search(low):
        forms.append(FRENCH_ARTICLE_RE.sub("", low).replace("ch", "sh").replace("dj", "j"))
    if "camp" in low:
        forms += [f for f in (CAMP_RE.sub("", f) for f in forms) if f.strip()]
    return tuple(dict.fromkeys(forms))


def _latin_letters(name: str, marks: bool = False) -> str:
    """A Latin name lower-cased, without diacritics, article, digraphs and anything but a-z (and, with marks, the
    apostrophe that writes an ayn or a hamza): 'Al Khalidiyah' -> 'kalidiyah'."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    s = LATIN_ARTICLE_RE.sub("", s.translate(AYN_MARKS))
    for a, b in (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "t"), ("gh", "k"), ("ch", "k")):
        s = s.replace(a, b)
    return "".join(ch for ch in s if "a" <= ch <= "z" or (marks and ch == "'"))


def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a Latin transliteration: 'Al Husayniyah' -> 'hsn'."""
    s = _latin_letters(name).translate(LAT_SKELETON)
    s = re.sub(r"[aeiouyw]", "", s)
    if s.endswith("h"):
        s = s[:-1]
    return re.sub(r"(.)\1+", r"\1", s)


def latin_skeletons(name: str) -> list[str]:
    """The skeletons of a Latin name's readings (latin_forms): 'Ech Chaaitiye' -> ['ktk', 'st']."""
    return list(dict.fromkeys(latin_skeleton(f) for f in latin_forms(name)))


def _plain_latin(name: str, marks: bool = False) -> str:
    """A Latin name without diacritics, article, digraphs and doubled letters, vowels kept: 'Jabal Mayyah' ->
    'kabalmaia' (with marks, its apostrophes kept: "Gevar'am" -> "kafar'am")."""
    s = _latin_letters(name, marks).replace("ee", "i").translate(LAT_LETTERS)  # ee: a long i (Dheer ظير, Sireer)
    return re.sub(r"(.)\1+", r"\1", s.removesuffix("h"))


def _plain_arabic(name: str, marks: bool = False) -> str:
    """A normalized Arabic name in the same letters, long vowels kept, the construct ه read as t: 'جبل مويه' ->
    'kblmuia' (with marks, ع and hamza as an apostrophe)."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in name.split()]
    last = len(words) - 1
    out = [(w[:-1] + ("ا" if k == last else "ات") if w.endswith("ه") else w).translate(AR_LETTERS)
           for k, w in enumerate(words)]
    mark = "'" if marks else ""
    return re.sub(r"(.)\1+", r"\1", "".join(out).replace("ع", mark).replace("ء", mark).replace("ئ", mark)
                  .replace("ؤ", mark))


def _pairs(arabic: str, latins: tuple[str, ...], marks: bool = False) -> Iterator[tuple[str, str, str]]:
    """(Arabic, Latin, Latin name) in plain letters for every reading of the Latin names (latin_forms); a final ي
    is also read as the final e of a Latin name that has one (Adale عدالي, Lailake الليلكي, Chaaitiye الشعيتيه; e
    and a are one letter here)."""
    a = _plain_arabic(arabic, marks)
    final_e = a[:-1] + "a" if arabic.endswith("ي") and len(a) > 1 else None
    # a word opening with a vowel writes it alif + و or ي (اور Or, ايلون Elon): the alif is only the vowel's seat
    seated = _plain_arabic(" ".join(w[1:] if w[:2] in SEATED and len(w) > 2 else w for w in arabic.split()), marks)
    dh = _plain_arabic(arabic.replace("ظ", "ذ"), marks)  # ظ also writes the dh of Somali names (عيل ظير Ceel Dheer)
    for lat in latins:
        for f in latin_forms(lat):
            b = _plain_latin(f, marks)
            yield a, b, lat
            if seated != a:
                yield seated, b, lat
            if dh != a:
                yield dh, b, lat
            if final_e and f.rstrip().lower().endswith("e"):
                yield final_e, b, lat


@lru_cache(maxsize=SPELLINGS_CACHED)
def spelled_alike(arabic: str, latins: tuple[str, ...]) -> bool:
    """Whether the Arabic name and one of the Latin names agree beyond their consonants: its letters, long vowels
    included, in order in the Latin name (COVER), and the two spellings close overall (RATIO)."""
    if len(_plain_arabic(arabic)) < MIN_LETTERS:
        return False
    for a, b, _ in _pairs(arabic, latins):
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if sum(m.size for m in sm.get_matching_blocks()) >= COVER * len(a) and sm.ratio() >= RATIO:
            return True
    return False


@lru_cache(maxsize=SPELLINGS_CACHED)
def closeness(arabic: str, latins: tuple[str, ...]) -> float:
    """How alike the Arabic name and the closest of the Latin names are spelled (difflib ratio, long vowels
    included; a ع inside the name is the apostrophe romanizations write for it: غفرعام is Gevar'am rather than
    Kefar Yam); less by ONSET_MISS when the Arabic opens with ع or alif and the Latin with a consonant (عقابا is no
    Jab'a)."""
    onset, marks = vowel_onset(arabic), "ع" in arabic.removeprefix("ال")[1:]
    return max((difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
                - (ONSET_MISS if onset and not opens_with_vowel(lat) else 0.0)
                for a, b, lat in _pairs(arabic, latins, marks)), default=0.0)


def closest(arabic: str, rows: list[LatinRow], scores: Mapping[str, float] | None = None) -> list[LatinRow]:
    """The rows spelled within CLOSE_MARGIN of the best-spelled one (scores: their closeness by row id, if known)."""
    scored = [(scores[r.id] if scores is not None else closeness(arabic, r.latins), r) for r in rows]
    best = max((sc for sc, _ in scored), default=0.0)
    return [r for sc, r in scored if sc >= best - CLOSE_MARGIN]


def arabic_skeletons(name: str) -> list[str]:
    """Consonant skeletons of a normalized Arabic name, the construct ه read as t or not: 'حمره الشيخ' ->
    ['hmrtsk', 'hmrsk']."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in name.split()]
    forms = [""]
    for k, w in enumerate(words):
        last = k == len(words) - 1
        if w.endswith("ه"):
            tails = [""] if last else ["t", ""]
            w = w[:-1]
        else:
            tails = [""]
        core = w.translate(AR_SKELETON)
        forms = [f + core + t for f in forms for t in tails]
    out: list[str] = []
    for f in forms:
        s = re.sub(r"(.)\1+", r"\1", f)
        # a Latin 's' + 'h' reads as the digraph 'sh' (Nir Yitshaq, Ishaq): يتسحاق is 'tshk' and 'tsk'
        for v in (s, s.replace("sh", "s")):
            if len(v) >= MIN_SKELETON and v not in out:
                out.append(v)
    return out


def query_skeletons(name: str) -> list[str]:
    """The skeletons a name in the text is looked up by: arabic_skeletons, then, for a name whose later word has
    the article, those keeping its l, as romanizations that glue the article to its word do ('جبره الشيخ' is
    Gabrat Elshiekh, 'kbrtlsk', not Gubara: Sudan's, Iraq's and Yemen's Latin rows write 'Elshiekh', 'Alhamra')."""
    out = arabic_skeletons(name)
    out += [s for s in arabic_skeletons(name.replace("ظ", "ذ")) if s not in out]  # ظ as dh: 'عيل ظير' ltr
    words = name.split()
    if len(words) > 1 and any(w.startswith("ال") and len(w) > 3 for w in words[1:]):
        glued = " ".join([words[0], *(("ل" + w[2:]) if w.startswith("ال") and len(w) > 3 else w for w in words[1:])])
        out += [s for s in arabic_skeletons(glued) if s not in out]
    if len(words) > 1 and words[0].startswith(SEATED_ARTICLE):
        # a foreign name opening with Al/El before a vowel ("الون شفوت" Allon Shevut, "ايلون موريه"): not the article
        out += [s for s in arabic_skeletons(" ".join(["ل" + words[0][2:], *words[1:]])) if s not in out]
    # the Latin key drops a final h as the ta marbuta's ('Jibeha' is keyed 'kb'): a name whose last consonant is a
    # real h ("ابو جبيهه" Abu Jibeha, "طلحه" Talha) is also looked up without it
    out += [s[:-1] for s in out if s.endswith("h") and len(s) > MIN_SKELETON and s[:-1] not in out]
    return out


@cache
def head_keys() -> tuple[str, ...]:
    """A town's head nouns (singular and dual, longest first), then an area's and a market's: the words a name to
    look up follows."""
    return tuple(sorted((r.get("head") for r in load_table("place_heads").rows
                         if r.get("role") == "head" and r.get("feature") in TOWN_FEATURES
                         and r.get("number") in ("sg", "du") and r.get("head").startswith(TOWN_HEADS)),
                        key=len, reverse=True)) + AREA_HEADS + MARKET_HEADS


@cache
def _head_set() -> frozenset[str]:
    """head_keys as a set."""
    return frozenset(head_keys())


@cache
def _head_re() -> Guarded:
    """A town's head noun, then one or two words: the name to look up."""
    return guard(rf"(?<![^\s\"'(«]){PROCLITICS}({'|'.join(head_keys())})[ \"«]+([\u0621-\u064a]+)(?: ([\u0621-\u064a]+))?")


def anchor_words() -> dict[str, list[tuple[str, None]]]:
    """The words the name regexes start from (a town's head, a bearing or nearness word, a locative preposition),
    for a MatcherGroup to find in its one scan (recognize hands the hits to locate, and locate to transliterated):
    each regex then runs only where its words stand, not over the whole text."""
    return {NAME_ANCHORS: [(w, None) for w in dict.fromkeys((*head_keys(), *bare_heads(), *LOCATIVES))]}


@cache
def _not_names() -> frozenset[str]:
    """Words that never start a transliterated name: stop words, heads, descriptors, function words (not a name's
    first word that is a place only after a head noun: 'مستوطنه عين هبسور', read here only after a head)."""
    return name_stops() - (GLUE_FIRST & scoped("bare"))


def _names_after(text: str, h: int, first: str, second: str | None, spans: tuple[int, int, int, int],
                 covered: list[tuple[int, int]], taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(name start, end, name) of the word pair and the word at spans (a, b, c, d) after the head at h."""
    stop = _not_names()
    a, b, c, d = spans
    settled = text.startswith(SETTLEMENT_HEADS, h)
    # after a settlement head a Hebrew name may open with a head word of its own ("مستوطنه كفار ميمون"), after any
    # head a head noun that opens names ("ناحيه نهر عمر")
    named = bool(second) and first in NAMED_HEADS
    if first in stop and not ((settled and second and first in head_words()) or named):
        return
    # a second word rasd knows nothing of is the rest of the name too ("بلده شنقل طوبايه": name_tails.unknown)
    two = bool(second) and (first in GLUE_FIRST or named or str(second).startswith("ال") or settled or (
        str(second)[0] not in "وف" and unknown(str(second))))
    # a Hebrew name's second word may be an Arabic word ("مستوطنه نير عام": عام is 'year')
    if two and (second not in stop or settled) and not any(
            s < d and c < e for s, e in covered) and not any(s < d and a < e for s, e in taken):
        yield a, d, f"{first} {second}"
    # after an indefinite area head an indefinite word in ه agrees with it: an adjective ("منطقه خاليه، ريفيه")
    adjective = text.startswith(AREA_HEADS, h) and first.endswith("ه") and not first.startswith("ال")
    if first not in stop and len(first) >= 3 and not adjective and not any(s < b and a < e for s, e in covered):
        yield a, b, first


def candidates(text: str, covered: list[tuple[int, int]], taken: list[tuple[int, int]],
               anchors: Anchors | None = None) -> Iterator[tuple[int, int, int, str, int]]:
    """(phrase start, name start, end, name, head) of each word pair or word after a town's head that no place
    phrase covers (the phrase starts at the head, after its proclitics; head: where the head noun stands). A pair
    may start with a word the gazetteer knows but took for no place ("سوق حمره الشيخ": Hamra is a village
    elsewhere); taken: the accepted phrases. A dual head governs the name after و too ("مستوطنتي "كفار ميمون" و"اور
    هنير"", "بلدتي عيتا الشعب وراميه"): that name, its phrase the name alone, is looked up under the same head.
    anchors: the scan's hits of anchor_words(), when the caller has them (the regex then runs only there)."""
    starts = None if anchors is None else word_starts(anchors, _head_set())
    search, duals = searcher(_head_re(), text, starts), _dual_heads()
    m = search(0)
    while m is not None:
        h, (a, b), (c, d) = m.start(1), m.span(2), m.span(3)
        first, second = m.group(2), m.group(3)
        m = search(a)  # the next search from the name: "سوق قريه X" has two heads
        for x, y, name in _names_after(text, h, first, second, (a, b, c, d), covered, taken):
            yield h, x, y, name, h
        if word_at(text, h) not in duals:
            continue
        n = CONJ_RE.match(text, b if not second or second.startswith("و") else d)
        if n is not None:
            for x, y, name in _names_after(text, h, n.group(1), n.group(2), (*n.span(1), *n.span(2)), covered, taken):
                yield x, x, y, name, h


@cache
def _dual_heads() -> frozenset[str]:
    """The dual forms of a town's head nouns (بلدتي، قريتي، مستوطنتي)."""
    return frozenset(r.get("head") for r in load_table("place_heads").rows
                     if r.get("role") == "head" and r.get("number") == "du" and r.get("head").startswith(TOWN_HEADS))


def pick(rows: list[LatinRow], points: list[tuple[float, float]], reach: float,
         admin1s: frozenset[str] = frozenset()) -> tuple[LatinRow, float] | None:
    """The unambiguous row among the matches: clearly the nearest within reach of the article's places (the next
    CLEAR_RATIO times as far and out of reach), else, none in reach, the only one in the governorate or state
    of one of them (admin1s; "سوق حمره الشيخ بولايه شمال كردفان": a state's capital lies far from its villages),
    or among several there the only one bearing its district's name (the seat the district is named after), else
    the only match at all when it lies in a country whose rows are a list of towns (TOWN_LISTS)."""
    if not rows or not points:
        return None
    dist = sorted(((min(km_to(r.lat, r.lon, p) for p in points), r.id, r) for r in rows), key=lambda t: t[:2])
    d0, _, r0 = dist[0]
    if d0 <= reach:
        d1 = next((d for d, _, r in dist[1:] if not _same(r, r0)), math.inf)
        return (r0, d0) if d1 >= max(CLEAR_RATIO * d0, reach) else None
    inside = [(d, r) for d, _, r in dist if r.admin1 and r.admin1 in admin1s]
    if inside and not all(_same(r, inside[0][1]) for _, r in inside):
        inside = [(d, r) for d, r in inside if _seat(r)]  # "مدينه غبيش": the town its district is named after
    if inside and all(_same(r, inside[0][1]) for _, r in inside):
        return inside[0][1], inside[0][0]
    if all(r.iso3 in TOWN_LISTS and _same(r, r0) for _, _, r in dist):  # "مدينه كيسمايو": the one town so spelled
        return r0, d0
    return None


def _seat(row: LatinRow) -> bool:
    """A town bearing its district's name: the seat the district is named after (Ghubaysh in Ghubaysh)."""
    return bool(row.admin2) and _latin_letters(row.name_en) == _latin_letters(row.admin2.translate(DOTLESS))


def _same(a: LatinRow, b: LatinRow) -> bool:
    """Two rows of one village (the sources repeat villages a few hundred metres apart), or a district and the
    town of its name (Güçlükonak district's point lies 7 km from the town's)."""
    km = km_to(a.lat, a.lon, (b.lat, b.lon))
    if km <= SAME_KM:
        return True
    seat = (_seat(a) or _seat(b)) and _latin_letters(a.name_en) == _latin_letters(b.name_en)
    return seat and km <= DISTRICT_KM


def transliterated(nt: NormText, units: list[Unit], refs: list[PlaceRef],
                   home: Sequence[Place] = (), anchors: Anchors | None = None) -> list[PlaceRef]:
    """PlaceRefs for names after a town's head that only a Latin-only row of the article's countries carries,
    and for the other mentions of a name so matched ("سوق جبل موية" ... "شرق جبل موية": one sense per article).
    home: the places of the article's datelines ("مقديشو - اذاعه مقديشو"), which say its country too; when the
    article names no other town, they and its TOWN_LISTS countries are the points a town is looked for from.
    anchors: the words of anchor_words() as the one automaton scan found them, when the caller has them."""
    found = [r for r in refs if r.location.flagged != "country_only"]
    countries = frozenset(r.location.country_iso3 for r in refs if r.location.country_iso3) | {p.iso3 for p in home}
    points = [(r.location.lat, r.location.lon) for r in found] or [(p.lat, p.lon) for p in home] + [
        (r.location.lat, r.location.lon) for r in refs if r.location.country_iso3 in TOWN_LISTS]
    admin1s = frozenset(r.location.admin1 for r in found if r.location.admin1)
    if not countries or not points:
        return []
    taken = [(r.start, r.end) for r in refs]
    # a name the gazetteer knows only elsewhere ("مدينه جوهر" in a Somali report: the Arabic readings lie in other
    # countries and were refused) is looked up like an unknown one
    taken_reach = spans_reach(taken)
    covered = [(u.start, u.end) for u in units if overlaps_any(u.start, u.end, taken_reach)]
    index: LatinIndex | None = None
    spans: list[tuple[int, int, str, LatinRow, str]] = []
    secs = sections(nt.text, refs)  # a round-up's sections: the country its Latin-only towns are looked up in
    text = nt.text
    for h, a, b, name, hd in with_locatives(with_roads(candidates(text, covered, taken, anchors), text, covered, taken,
                                                       anchors), text, covered, taken, anchors):
        if any(s < b and a < e for s, e in taken):
            continue
        index = index or latin_index()
        near = countries | SETTLEMENT_COUNTRIES if nt.text.startswith(SETTLEMENT_HEADS, hd) else countries
        rows = [r for sk in query_skeletons(name) for r in index.lookup(sk, near) if spelled_alike(name, r.latins)]
        rows = in_section(rows, nt.text, secs, a, hd)  # a round-up's section, a road's end: their countries' rows
        close = {r.id: closeness(name, r.latins) for r in rows}  # each row's spelling scored once
        rows = [r for r in rows if onset_held(name, r.latins, close[r.id])]  # not Giris for العكيرشي
        rows = locative_rows(rows, nt.text, hd, refs)  # after «في»: the article's own countries only
        # "مدينه ابو جبيهه بولايه جنوب كردفان": when the unit that follows the name is a row's own, that row is the
        # place (its namesakes elsewhere, and rows of unknown district, are out), and it needs no closer spelling
        # after an area's head than after a town's
        held = {r.id: context_holds(r.admin1, r.admin2, b, refs) for r in rows}
        if any(held.values()):
            rows = [r for r in rows if held[r.id]]
        if nt.text.startswith((*AREA_HEADS, ROAD_HEAD), hd) or strict_head(nt.text, hd):
            rows = [r for r in rows if held[r.id] or (close[r.id] >= AREA_CLOSENESS and velars_agree(name, r.latins))]
        quarter = nt.text.startswith("حي", hd)
        reach, within = (QUARTER_KM, frozenset()) if quarter else (REACH_KM, admin1s)
        got = pick(list({r.id: r for r in closest(name, rows, close)}.values()), points, reach, within) or pick(
            list({r.id: r for r in rows}.values()), points, reach, within)
        # (the best-spelled rows first: "نير عام" is Nir Am, not Nirim; "دوري" Dori, not Xuddur's Oddur beside حدر)
        if got is None or held.get(got[0].id) is False:  # a namesake outside the unit the text names
            continue
        row, dist = got
        if dist > reach and row.iso3 in TOWN_LISTS and not voicing_agrees(name, row.latins):
            continue  # "بلده سيتينغا", a village the town list lacks, is no Zitenga across the country
        taken.append((a, b))
        where = f"{dist:.0f} km from the article's places" if dist <= REACH_KM else f"the only one in {row.admin1 or row.iso3}"
        spans.append((h, b, name, row, f"'{name}' matched by transliteration to {row.name_en} ({row.id}), {where}"))
    for name, row in list({sp[2]: sp[3] for sp in spans}.items()):
        for m in re.finditer(rf"(?<![^\s\"'(«]){PROCLITICS}({re.escape(name)})(?![\u0621-\u064a])", nt.text):
            a, b = m.span(1)
            if not any(s < b and a < e for s, e in taken):
                taken.append((a, b))
                spans.append((a, b, name, row, f"'{name}' again: {row.name_en} ({row.id}), matched by transliteration"))
    return [_ref(nt, *sp) for sp in sorted(spans, key=lambda sp: sp[0])]


NEXT_NAME_RE = re.compile(r"[ \"«]+([\u0621-\u064a]{3,})")


def foreign_firsts(nt: NormText, refs: list[PlaceRef]) -> tuple[list[PlaceRef], frozenset[str]]:
    """A one-word name straight followed by a word no place covers, whose place lies in a country none of the
    article's other places lies in, is the first word of a longer name the gazetteer lacks: "مدينه بولو بوردي" in
    a Somali report is Bulo Burde, not Bolu in Turkey. The two words are looked up among the Latin-only rows of
    the other places' countries; on a clear match every mention of the foreign place is dropped (the ids) and
    the pair, wherever it stands, is the Latin row."""
    text, stop = nt.text, _not_names()
    spans = [(r.start, r.end) for r in refs]
    out: list[PlaceRef] = []
    dropped: set[str] = set()
    for r in refs:
        loc = r.location
        words = text[r.start:r.end].split()
        # the name alone or after its head and descriptor ("قرب مدينه بولو"); a two-word name is no first word
        if r.kind != "locality" or loc.id in dropped or not words or not all(w in stop for w in words[:-1]):
            continue
        others = [q for q in refs if q.location.country_iso3 != loc.country_iso3 and q.location.country_iso3]
        m = NEXT_NAME_RE.match(text, r.end)
        if not others or m is None or at_home(loc, refs) or m.group(1) in stop or any(s < m.end(1) and m.start(1) < e for s, e in spans):
            continue
        name = f"{words[-1]} {m.group(1)}"
        countries = frozenset(q.location.country_iso3 for q in others if q.location.country_iso3)
        # the pair is a longer name: a row of one word (Hulata for "حولا ادت") is another place
        rows = [x for sk in query_skeletons(name) for x in latin_index().lookup(sk, countries)
                if spelled_alike(name, x.latins) and any(len(re.split(r"[ -]+", lat.strip())) > 1 for lat in x.latins)]
        got = pick(list({x.id: x for x in rows}.values()), [(q.location.lat, q.location.lon) for q in others],
                   REACH_KM, frozenset(q.location.admin1 for q in others if q.location.admin1))
        if got is None:
            continue
        dropped.add(loc.id)
        note = f"'{name}' matched by transliteration to {got[0].name_en} ({got[0].id}); not {loc.name_en} ({loc.id})"
        for q in refs:
            n2 = NEXT_NAME_RE.match(text, q.end)
            if q.location.id == loc.id and n2 is not None and n2.group(1) == m.group(1):
                out.append(_ref(nt, q.start, n2.end(1), name, got[0], note))
    return out, frozenset(dropped)


def _ref(nt: NormText, start: int, end: int, name: str, row: LatinRow, note: str) -> PlaceRef:
    """The PlaceRef of a transliterated match: a locality of geo_precision 2 with its note."""
    ostart, oend = nt.to_orig(start, end)
    return PlaceRef(start=start, end=end, kind="locality", descriptor=None, note=note, location=Location(
        id=row.id, name_en=row.name_en, name_ar=name, country_iso3=row.iso3, admin1=row.admin1 or None,
        admin2=row.admin2 or None, lat=row.lat, lon=row.lon, geo_precision=2, text=nt.original[ostart:oend],
        start=ostart, end=oend, feature="locality"))
