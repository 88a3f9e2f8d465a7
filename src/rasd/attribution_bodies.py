"""Which body a source name stands for: its row's id, the body of the country or province of an ambiguous name, or a
local body named by the place it serves (one sources.tsv row with a `local` pattern names them all).

'لجان مقاومه كتم' is the Kutum Resistance Committees and 'غرفه طواري ربك' the Rabak Emergency Room, for towns no row
lists by name, and 'وزاره الصحه بالولايه' after Sennar state is named the Sennar State Health Ministry; a row that does
list the body ('لجان مقاومه الفاشر', 'وزاره الصحه بولايه سنار') is the longer match and wins.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from .attribution_text import OUTLET_NOUNS
from .geo.gazetteer import load_gazetteer
from .lexicon import load_table
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry, row_entry
from .scene_anaphora import anaphoric_town

# words between a body's name and its place: 'لجان المقاومه في مدينه X', 'وزاره الصحه بولايه X', 'غرفه طواري معسكر X'
LINK_WORDS = frozenset({"في", "ب", "ل", "مدينه", "بمدينه", "محليه", "بمحليه", "معسكر", "بمعسكر", "مخيم", "بمخيم",
                        "محافظه", "بمحافظه", "ولايه", "بولايه", "منطقه", "بمنطقه"})
LINK_GAP = 2  # link words at most
# a gloss in brackets right after a body's name, which names no other body: 'مديريه الاسايش (الامن) في X'
GLOSS = re.compile(r"^ \((?:[^\s()]+ ?){1,2}\)(?= )")
GLOSS_MAX = 16  # characters such a gloss may add to the gap
TOWN_FEATURES = frozenset({"locality", "admin2", "admin3", "neighbourhood", "camp"})
NISBA = ("يه", "ي")  # 'لجان المقاومه المحليه': an adjective after a body's name makes it another (generic) body
# a word that opens a name right before a one-word outlet name: after a line's start, a quote or bracket, or a
# dateline's dash ('لـ"ليبيا الحدث"', 'طرابلس - ليبيا الحدث')
NAME_BEFORE = re.compile(r'(?:^|(?<=\n)|(?<=["(])|(?<=[-–] ))([^\s"()]+) $', re.MULTILINE)
MIN_ADJECTIVE = 5  # letters of such an adjective with its article ('الي', 'التي', 'الذي' are none)
NISBA_STEM = 3  # letters of a nisba's stem that may name a country ('مال' in 'المالي'; 'عرب' of 'العربي' names none)
# an outlet noun and a quoted name: 'وكاله "اعماق"', 'صحيفه (الوطن)' (the text folds «» and “” to '"')
QUOTED_HEADS = (*sorted(OUTLET_NOUNS), "غرفه عمليات")  # and a body's head noun: 'غرفه عمليات "الفتح المبين"'
QUOTED_OUTLET = guard(r'(?<!\S)([وف]?[بل]?|[وف]?ل?ل)(' + "|".join(QUOTED_HEADS) + r') ?["(]'
                           r'([^"()\n]{2,40})[")]')
HASHTAG = re.compile(r"(?<!\S)#([^\s#_,.:;]+(?:_[^\s#_,.:;]+)+)")  # '#المقاومه_الاسلاميه', words joined by '_'
# 'مصدر في قياده شرطه بابل', 'مصدر امني في قياده شرطه الانبار', 'ضابط برتبه عقيد في قياده عمليات X', 'مسوول في
# الحشد الشعبي': a voice no one names, not the body
UNNAMED_INSIDE = guard(r"(?<!\S)(?:(?:مصدر|مصادر)(?: (?:امني|امنيه|مسوول|مسووله|مطلع|مطلعه|عسكري|عسكريه))?"
                            r"|(?:مسوول|مسوولون|مسوولين)(?: (?:امني|امنيون|امنيين|عسكري|عسكريون|عسكريين|محلي|كبير))?"
                            r"|(?:ضابط|ضباط)(?: \S+){0,2}) في $")
COMMAND = "قياده "  # a command of a force ('قياده عمليات ديالى للحشد الشعبي'), whose unnamed members are no statement
FORCE_NAMES = frozenset({"الحشد", "الحشد الشعبي"})  # a force named bare: 'مصدر في الحشد' is no statement of it either
# the gazetteer's admin1 spellings -> the names news in English use ('Southern Darfur' -> 'South Darfur')
STATE_SPELLINGS = (("Southern ", "South "), ("Northern ", "North "), ("Western ", "West "), ("Eastern ", "East "),
                   ("Kordufan", "Kordofan"))
PROVINCE_SPELLINGS = {"Salah Al-Din": "Salahuddin", "Al-Anbar": "Anbar", "Al-Basrah": "Basra", "Al-Najaf": "Najaf",
                      "Al-Muthanna": "Muthanna", "Al-Qadissiya": "Qadisiyah", "Al-Sulaymaniyah": "Sulaymaniyah", "Thi Qar": "Dhi Qar"}
# the Arabic article as English renders a place's name: 'As Suki', 'Al Kamlin', 'El Fasher', 'Ad Damazin'
AR_ARTICLE = re.compile(r"(?<!\S)(?:[وف]?[بكل]?ال|[وف]?لل)")  # 'الكاملين', 'بالفاشر', 'للفاشر'
EN_ARTICLE = re.compile(r"^(?:A[lsrdntz]|Ash|Ath|Adh|E[lsrdntz])[ -](?=\S)")
# 'تل' as news in English spells it in a body's name: 'Tal Abyad Local Council' (the gazetteer writes 'Tall Abyad')
TOWN_SPELLINGS = ((re.compile(r"^Tall(?= )"), "Tal"),)
# a province as news in English names its bodies ('Anbar Health Directorate', 'Basra Police')


def local_body(rec: Recognized, s: Match[Entry]) -> str | None:
    """The canonical name of a local body whose place follows its name ('لجان مقاومه كتم' -> 'Kutum Resistance
    Committees'), from the row's `local` pattern ({town}: a town's name, {state}: a state's); None when the row has
    no pattern or no place of the right kind follows."""
    pattern = s.payload.get("local")
    if not pattern:
        return None
    if "{place}" in pattern:
        return named_by_place(rec, s, pattern)
    place = _place_after(rec, s.start, s.end)
    if "{province}" in pattern:
        return _province_local(rec, s, pattern, place)
    if place is None:
        return _referred_local(rec, s, pattern)
    loc = place.location
    if "{state}" in pattern:
        if loc.feature != "admin1" or not loc.admin1:
            return None
        return pattern.replace("{state}", state_name(loc.admin1))
    if loc.feature not in TOWN_FEATURES or not loc.name_en:
        return None
    return pattern.replace("{town}", town_adjective(rec, s, place) + as_written(rec, place))


def town_adjective(rec: Recognized, s: Match[Entry], place: Any) -> str:
    """'غرفه طواري ام درمان القديمه' -> 'Old ': the English of the row's local_after adjective after the town, or ''."""
    after = _adjectives(s)
    word = next((w.strip(WORD_MARKS) for w in _word_after(rec.nt.text, place.end)), "")
    return f"{after[word]} " if word in after else ""


WORD_MARKS = ".,،:;\"'()"  # what may cling to the adjective after a town ('الحكومي،')


def _adjectives(s: Match[Entry]) -> dict[str, str]:
    """The row's local_after adjectives and their English ('الحكومي=Governmental', 'القديمه=Old')."""
    return dict(o.split("=", 1) for o in s.payload.row.many("local_after") if "=" in o)


def _word_after(text: str, end: int) -> list[str]:
    """The word right after a place that ends at end, if a space follows it."""
    return text[end:end + 24].split()[:1] if text[end:end + 1] == " " else []


def seat_of_body(rec: Recognized, p: Any) -> bool:
    """A place that only names a province's body that speaks ('وقالت قياده شرطه الديوانيه في بيان'): the body's seat,
    not a place of the incident its statement goes on with (a town or hospital body's place may be both, and one
    named inside quoted words, 'ضمن قاطع قياده عمليات كركوك', is where it happened)."""
    return any("{province}" in (s.payload.get("local") or "") and (q := _place_after(rec, s.start, s.end)) is not None
               and (q.start, q.end) == (p.start, p.end) and not _quoted(rec, s.start)
               for s in rec.near("sources", p.start - SEAT_REACH, p.start))


def _quoted(rec: Recognized, at: int) -> bool:
    """Position `at` lies inside a quotation opened earlier in its sentence."""
    sent = rec.sentence_at(at)
    return sent is not None and rec.nt.text.count('"', sent.start, at) % 2 == 1


SEAT_REACH = 40  # characters from a body's name to the province that names it


def body_end(rec: Recognized, s: Match[Entry]) -> int:
    """Where a local body's name ends: past the place that names it ('دايره صحه ديالي', 'شرطه محافظه بابل'), so a
    cue after the name ('دايره صحه ديالي, اليوم الاحد, بيانا جاء فيه') counts its gap from there; s.end otherwise."""
    pattern = s.payload.get("local")
    if not pattern or "{place}" in pattern:
        return s.end
    place = _place_after(rec, s.start, s.end)
    return max(s.end, place.end) if place is not None else s.end


def in_outlet_name(rec: Recognized, s: Match[Entry]) -> bool:
    """A one-word outlet name that is only a word of another outlet's name: followed by a nisba ('وكاله الحدث العراقي',
    'لـ"الحدث العراقي"') or after a country's name that opens a line, a quote or a dateline's part ('لـ"ليبيا الحدث"',
    'طرابلس - ليبيا الحدث'); a longer name the lexicon lists
    ('الاخباريه السوريه') is a match of its own and never gets here."""
    text = rec.nt.text
    key = text[s.start:s.end]
    if " " in key.strip():
        return False
    after = text[s.end:s.end + 24].split()[:1] if text[s.end:s.end + 1] == " " else []
    word = after[0].strip("\"'()") if after else ""
    if word.startswith("ال") and word.endswith(NISBA) and len(word) >= MIN_ADJECTIVE and not rec.near(
            "places", s.end + 1, s.end + 1 + len(word)):
        return True
    opened = NAME_BEFORE.search(text, max(0, s.start - 24), s.start)  # 'ليبيا الحدث': a country opens another name
    return opened is not None and any(p.kind == "country" for p in load_gazetteer().lookup(opened[1]))


def _province_local(rec: Recognized, s: Match[Entry], pattern: str, place: Any) -> str | None:
    """'معاون الشوون الامنيه في محافظه طهران' -> 'Tehran Governorate': a provincial official speaks for the province
    named after the title, else for the one of the place named last before it in its sentence ('وفي محافظه سمنان, قال
    نايب المحافظ'); None without either, and for a one-word head noun with no province right after it."""
    if UNNAMED_INSIDE.search(rec.nt.text, max(0, s.start - 24), s.start):
        return None  # 'مصدر في قياده شرطه حماه': an unnamed voice inside the command, not the command's statement
    if place is None and " " not in s.key:
        return None  # a bare head noun ('شرطه', 'الشرطه المحليه') names the province only when it follows it
    if place is None:
        sent = rec.sentence_at(s.start)
        lo = sent.start if sent is not None else s.start
        place = next((p for p in rec.near("places", lo, s.start)[::-1] if p.end <= s.start), None)
    admin1 = place.location.admin1 if place is not None else None
    countries = {o.split("=", 1)[0] for o in s.payload.row.many("by_country")}
    if countries and place is not None and place.location.country_iso3 not in countries:
        return None  # 'ولايه الجزيره' in Sudan: the Turkish governorate's row names no Sudanese state's body
    return pattern.replace("{province}", PROVINCE_SPELLINGS.get(_plain(admin1), _plain(admin1))) if admin1 else None


def named_by_place(rec: Recognized, s: Match[Entry], pattern: str) -> str | None:
    """'مستشفي جنين الحكومي' -> 'Jenin Governmental Hospital': a body no row lists, named by the town written right
    after its head noun and an adjective after the town (the row's local_after: 'الحكومي=Governmental'); None for the
    head noun under the article ('المستشفي في جنين': one told before) or after 'في'/'ب' (someone inside it speaks:
    'مصدر طبي في مستشفي جنين', 'ممرضه بمستشفي X'), or without a town right after it."""
    text = rec.nt.text
    at = s.start - len(s.prefix)
    if "ال" in s.prefix or "ب" in s.prefix or text[max(0, at - 4):at].split()[-1:] == ["في"]:
        return None
    place = next((p for p in rec.near("places", s.end, s.end + 2) if p.start == s.end + 1), None)
    if place is None or text[s.end:s.end + 1] != " ":
        return None
    loc = place.location
    if loc.feature not in TOWN_FEATURES or not loc.name_en:
        return None
    after = _adjectives(s)
    inside = text[place.start:place.end].split()[1:]  # 'جنين الحكومي': the place's phrase may take the adjective
    extra = next((after[w] for w in (x.strip(WORD_MARKS) for x in [*inside, *_word_after(text, place.end)]) if w in after), "")
    return pattern.replace("{place}", as_written(rec, place)).replace("{after}", f" {extra}" if extra else "")


def _referred_local(rec: Recognized, s: Match[Entry], pattern: str) -> str | None:
    """A local body named again without its town: 'وقالت لجان المقاومه' after 'لجان مقاومه ود رواوه' is that one,
    'لجان المقاومه في القريه' the one of the village named before ('قريه ود رواوه'); 'لجان المقاومه المحليه' (an
    adjective) stays the generic body, and so does a body no named one of its kind precedes."""
    if "{town}" not in pattern:
        return None
    text = rec.nt.text
    after = [w.strip(".,;:\"'()") for w in text[s.end:s.end + 32].split()[:3]]
    if after and after[0].startswith("ال") and after[0].endswith(NISBA) and len(after[0]) >= MIN_ADJECTIVE:
        return None
    if after and after[0] in LINK_WORDS:
        towns = anaphoric_town(rec, s.end, s.end + len(" ".join(after[:2])) + 2)
        loc = towns[0].location if towns else None
        if loc is not None and loc.feature in TOWN_FEATURES and loc.name_en:
            return pattern.replace("{town}", _plain(loc.name_en))
    kind = " " + pattern.replace("{town}", "").strip()
    for m in rec.near("sources", 0, s.start)[::-1]:
        if m.end > s.start or m.payload.id == s.payload.id and _place_after(rec, m.start, m.end) is None:
            continue
        sid = _named_local(rec, m) or m.payload.id
        if sid.endswith(kind) and sid != s.payload.id:
            return sid
    return None


def _named_local(rec: Recognized, m: Match[Entry]) -> str | None:
    """The local body a name followed by its town names ('لجان مقاومه كتم'), without reading back (see local_body)."""
    pattern = m.payload.get("local")
    place = _place_after(rec, m.start, m.end) if pattern and "{town}" in pattern else None
    loc = place.location if place is not None else None
    if loc is None or loc.feature not in TOWN_FEATURES or not loc.name_en:
        return None
    return pattern.replace("{town}", as_written(rec, place))


def as_written(rec: Recognized, place: Any) -> str:
    """A town's English name as the text writes it: without the gazetteer's article when the Arabic has none ('لجان
    مقاومه سوكي' -> 'Suki', not 'As Suki'; 'لجان مقاومه الكاملين' keeps 'Al Kamlin'), 'تل' spelled 'Tal'."""
    name = _plain(place.location.name_en)
    for spelled, usual in TOWN_SPELLINGS:
        name = spelled.sub(usual, name)
    if AR_ARTICLE.search(rec.nt.text, place.start, place.end):
        return name
    return EN_ARTICLE.sub("", name, count=1) or name


def _plain(name: str) -> str:
    """A place name without the gazetteer's disambiguating parenthesis ('Al Kamlin (Gezira)' -> 'Al Kamlin')."""
    return name.split(" (", 1)[0].strip() or name


def province_body(pattern: str, admin1: str) -> str | None:
    """A `local` pattern of states filled with a province ('{state} Health Ministry' for 'وزاره الصحه بالولايه' after
    the state is named); None for a pattern of towns."""
    return pattern.replace("{state}", state_name(admin1)) if "{state}" in pattern else None


def state_name(admin1: str) -> str:
    """'Sennar' -> 'Sennar State', 'Southern Darfur' -> 'South Darfur': a state as news in English names its bodies
    (a one-word name takes 'State': 'Khartoum State Health Ministry', 'White Nile Health Ministry')."""
    name = admin1
    for old, new in STATE_SPELLINGS:
        name = name.replace(old, new)
    return name if " " in name else f"{name} State"


def _place_after(rec: Recognized, start: int, end: int) -> Any:
    """The place that begins right after a name, past at most LINK_GAP link words ('في', 'بولايه', 'مدينه'), or that
    the name's last word opens ('حكومه الولايه' in 'حكومه الولايه الشماليه', 'ولايه' in the province 'ولايه شرناق');
    None when there is none."""
    text = rec.nt.text
    opened = [p for p in rec.near("places", start, end) if p.end > end and not text[end:p.end].startswith(" و")]
    if opened:
        return opened[-1]
    for p in rec.near("places", end, end + 24 + GLOSS_MAX):
        gap = GLOSS.sub("", text[end:p.start], count=1)  # 'مديريه الاسايش (الامن) في السليمانيه': a gloss in brackets
        if any(ch in gap for ch in ".,،:؛\n\"'()"):
            return None
        words = gap.split()
        if len(words) <= LINK_GAP and all(w in LINK_WORDS for w in words):
            return p
        return None
    return None


def canonical(rec: Recognized, src: Entry, at: int, named: Match[Entry] | None = None) -> str | None:
    """The canonical source a name at `at` (the match `named`) stands for: its row's id, or for an ambiguous name (column by_country)
    the body last named in full with it ('وزاره الدفاع' after 'وزاره الدفاع التركيه'), else the one of the place
    named right after it ('الدفاع المدني بمنطقه جازان'), of the province last named before it ('SDN/White Nile':
    'وزاره الصحه بالولايه' after 'ربك, حاضره ولايه النيل الابيض') or of the country most of the article's places lie
    in ('وزاره الصحه' in a story told in Tulkarm and Nur Shams)."""
    if any(k in (src.get("local") or "") for k in ("{province}", "{place}")):
        return None  # 'قياده شرطه المحافظه' with no province named before it, a bare 'مستشفي': bodies of no name
    if named is not None and (named.key.startswith(COMMAND) or named.key in FORCE_NAMES) and UNNAMED_INSIDE.search(
            rec.nt.text, max(0, at - 24), at):
        return None  # 'مصدر في قياده عمليات الانبار للحشد': an unnamed voice inside a command, not its statement
    options = src.row.many("by_country")
    if not options:
        return src.id
    by = dict(o.split("=", 1) for o in options if "=" in o)
    if named is not None:
        full = _named_in_full(rec, named.key, at)
        if full is not None:
            return full
        nation = _nation_after(rec, named.end)
        if nation is not None:
            return by.get(nation)  # 'المتحدث باسم الجيش الايراني' in an Iraqi story: Iran's army, which no option names
        after = _place_after(rec, at, named.end)
        key = _province(after.location) if after is not None else ""
        if after is not None and (key in by or after.location.country_iso3 in by):
            return by[key] if key in by else by[after.location.country_iso3]
    provinces = [key for p in rec.places if p.end <= at and (key := _province(p.location)) in by]
    if provinces:
        return by[provinces[-1]]
    pattern = src.get("local")
    if pattern and any("/" in k for k in by):  # 'وزاره الصحه بالولايه' after a state no row names: the pattern's body
        states = [p.location.admin1 for p in rec.places if p.end <= at and p.location.admin1
                  and f"{p.location.country_iso3}/" in " ".join(by)]
        if states and (name := province_body(pattern, states[-1])) is not None:
            return name
    countries = Counter(p.location.country_iso3 for p in rec.places if p.location.country_iso3 in by)
    return by[countries.most_common(1)[0][0]] if countries else None


def _nation_after(rec: Recognized, end: int) -> str | None:
    """The country ('IRN') a nationality adjective right after an ambiguous name gives it ('الهلال الاحمر المصري',
    'المتحدث باسم الجيش الايراني'), or None."""
    words = rec.nt.text[end:end + 24].split()
    word = words[0].strip(".,;:\"'()") if words and rec.nt.text[end:end + 1] == " " else ""
    return (_nationalities().get(word) or _country_nisba(word)) if len(word) >= MIN_ADJECTIVE else None


@cache
def _country_nisba(word: str) -> str | None:
    """The country a definite nisba no list carries names ('النيجريه' -> NER, 'الماليه' -> MLI, 'الصوماليه' -> SOM):
    its stem, with or without the article or the final letters a country's name drops in its nisba ('ا', 'يا', 'ي'),
    is a country of the gazetteer; None otherwise."""
    stem = word.removeprefix("ال")
    if stem == word:
        return None
    stem = stem[:-2] if stem.endswith("يه") else stem[:-1] if stem.endswith("ي") else ""
    names = (stem, "ال" + stem, stem + "ا", stem + "يا", stem + "ي", stem + "يه") if len(stem) >= NISBA_STEM else ()
    return next((p.iso3 for n in names for p in load_gazetteer().lookup(n) if p.kind == "country"), None)


@cache
def _nationalities() -> dict[str, str]:
    """A definite nationality adjective -> its country: place_heads.tsv's adjectives with an iso3 ('العراقيه' -> IRQ),
    and actors.tsv's adjectives used in both genders ('الايراني'/'الايرانيه', not a group's one-gender 'الحوثيه')
    whose stem names a country of the gazetteer ('ايران', 'تركيا': 'التركي' -> TUR)."""
    out: dict[str, str] = {}
    gaz = load_gazetteer()
    for row in load_table("actors").rows:
        forms = {v for v in row.many("variants") if v.startswith("ال")} if row.get("kind") == "adj" else set()
        for masc in (v for v in forms if v.endswith("ي") and v + "ه" in forms):
            stem = masc[2:-1]
            iso3 = next((p.iso3 for n in (stem, stem + "ا", stem + "يا") for p in gaz.lookup(n) if p.kind == "country"),
                        None)
            if iso3 is not None:
                out.update({masc: iso3, masc + "ه": iso3})
    out.update({row.get("head"): row.get("iso3") for row in load_table("place_heads").rows
                if row.get("role") == "adj" and row.get("iso3")})
    return out


def _named_in_full(rec: Recognized, name: str, at: int) -> str | None:
    """The row of the last source before `at` whose name is this one with more words ('وزاره الدفاع التركيه' for
    'وزاره الدفاع', 'الدفاع المدني السوري' for 'الدفاع المدني'): the same body, named again without its country."""
    head = name + " "
    return next((m.payload.id for m in rec.near("sources", 0, at)[::-1]
                 if m.end <= at and m.key.startswith(head) and not m.payload.row.many("by_country")), None)


def _province(loc: Any) -> str:
    """'SDN/White Nile': a location's country and first-level division, as a by_country key."""
    return f"{loc.country_iso3}/{loc.admin1}" if loc.admin1 else ""


@cache
def _outlet_names() -> dict[str, Entry]:
    """'وكاله اعماق' -> its sources.tsv row: every variant that begins with an outlet noun or another quoted head."""
    out: dict[str, Entry] = {}
    for row in load_table("sources").rows:
        for v in row.many("variants"):
            head = next((h for h in QUOTED_HEADS if v.startswith(h + " ")), None)
            if head is not None and QUOTED_OUTLET.match(f'{head} "{v[len(head) + 1:]}"'):
                out.setdefault(v, row_entry("sources", row))
    return out


def quoted_outlets(rec: Recognized, lo: int, hi: int) -> list[Match[Entry]]:
    """Outlets and bodies named with quotes inside their name ('عبر وكاله "اعماق"', 'غرفه عمليات "الفتح المبين"') that a
    row lists unquoted ('وكاله اعماق'), where no source is matched already."""
    text = rec.nt.text
    names = _outlet_names()
    out: list[Match[Entry]] = []
    for m in QUOTED_OUTLET.finditer(text, lo, hi):
        src = names.get(f"{m.group(2)} {' '.join(m.group(3).split())}")
        if src is not None and not any(o.start < m.end() and m.start(2) < o.end for o in rec.near(
                "sources", m.start(2) - 40, m.end())):
            out.append(Match(m.start(2), m.end(), m.group(2), src, m.group(1)))
    return out


def written_names(rec: Recognized, lo: int, hi: int) -> list[Match[Entry]]:
    """Source names the matcher cannot see as written: quoted inside ('وكاله "اعماق"') or joined as a hashtag."""
    return [*quoted_outlets(rec, lo, hi), *hashtag_sources(rec, lo, hi)]


def hashtag_sources(rec: Recognized, lo: int, hi: int) -> list[Match[Entry]]:
    """Bodies named by a hashtag in running text ('تبنت #المقاومه_الاسلاميه_في_العراق اليوم ثلاث عمليات'): its words
    joined by '_' are a row's variant; a line of hashtags only (a post's tags) names no speaker."""
    text = rec.nt.text
    out: list[Match[Entry]] = []
    for m in HASHTAG.finditer(text, lo, hi):
        src = _variant_rows().get(m.group(1).replace("_", " "))
        if src is None or rec.near("sources", m.start(), m.end()):
            continue
        end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(text)]
        if not all(w.startswith("#") for w in line.split()):
            out.append(Match(m.start(1), m.end(1), m.group(1), src, ""))
    return out


@cache
def _variant_rows() -> dict[str, Entry]:
    """Every sources.tsv variant -> its row's entry."""
    return {v: row_entry("sources", row) for row in load_table("sources").rows for v in row.many("variants")}


# a name made an adjective of likeness in the metadata's English: 'SOHR-like monitor', 'SANA like agency'
LIKENESS = re.compile(r"[a-z0-9]+[- ]like\b")


@cache
def _dateline_agencies() -> dict[str, str]:
    """Lower-cased canonical name -> canonical name of the sources.tsv rows whose dateline makes them the source."""
    return {r.get("id").lower(): r.get("id") for r in load_table("sources").rows if r.get("dateline") == "source"}


def dateline_agency(outlet: str | None) -> str | None:
    """The national agency that published the article ('Saba (Sanaa)', 'National News Agency (NNA)', 'SANA'), whose
    dateline makes it the source of what the article tells in its own voice; None for other outlets."""
    if not outlet:
        return None
    agencies = _dateline_agencies()
    inner = outlet[outlet.find("(") + 1:outlet.find(")")] if "(" in outlet and ")" in outlet else ""
    for name in (outlet, outlet.split("(")[0], inner):
        found = agencies.get(name.strip().lower())
        if found:
            return found
    plain = LIKENESS.sub(" ", outlet.lower())  # 'invented SOHR-like monitor': a resemblance, not SOHR
    words = f" {re.sub(r'[^a-z0-9]+', ' ', plain)} "  # 'IDF Arabic spokesman', 'Iraqi Security Media Cell'
    return next((agencies[k] for k in sorted(agencies, key=len, reverse=True) if f" {k} " in words), None)


@cache
def _variants() -> dict[str, str]:
    """Every sources.tsv variant -> its row's id."""
    return {v: row.get("id") for row in load_table("sources").rows for v in row.many("variants")}


def national_body(noun: str, nisba: str) -> str | None:
    """'الاستخبارات' of 'مصادر امنيه تركيه' -> Turkish intelligence: the body a noun names with the nationality of
    the voice that tells of it ('الاستخبارات التركيه', 'جهاز الاستخبارات التركي'), or None when no row lists one."""
    if not nisba.endswith("يه") or len(nisba) < 4:
        return None
    found = _variants()
    fem, masc = "ال" + nisba, "ال" + nisba[:-1]
    return next((found[v] for v in (f"{noun} {fem}", f"جهاز {noun} {masc}", f"{noun} {masc}") if v in found), None)
