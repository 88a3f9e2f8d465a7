"""Role words: the small text helpers the role modules share (words between, the word before, actor records)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry

THAT_WORDS = ("ان", "بان", "انه", "انها", "بانه", "بانها")  # 'قال X ان ...': what follows is what X said
COMPLEMENTIZER = re.compile(r"(?:^|\s)(?:" + "|".join(THAT_WORDS) + r"|:)(?=\s|$)")
GROUP_HEADS = frozenset({"نظام", "حركه", "جماعه", "ميليشيا", "ميليشيات", "قوات", "تنظيم", "منظمه", "فصيل", "فصايل", "كتايب",
                         "حزب", "مجموعه", "مجموعات"})
OBJECT_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "ته", "تها", "تهم", "تهما", "وه", "وها", "وهم"})
UNKNOWN_ACTOR = Actor(id="unidentified", name_en="Unidentified armed group", name_ar="جهة مجهولة",
                      side="UNKNOWN", text="")


def actor_from(rec: Recognized, m: Match[Entry]) -> Actor:
    """Build the contract Actor from a lexicon match."""
    e = m.payload
    a, b = rec.nt.to_orig(m.start, m.end)
    return Actor(id=e.id, name_en=e.get("name_en"), name_ar=e.get("name_ar"), side=e.get("side"),
                 text=rec.nt.original[a:b], start=a, end=b)


MANNER_ADJECTIVES = frozenset({"جوي", "جويه", "جويا", "مدفعي", "مدفعيه", "صاروخي", "صاروخيه", "بري", "بريه", "بحري",
                               "بحريه"})  # 'عدوان جوي اسراييلي': how the attack came, told before whose it was


def coordinated_adjectives(text: str, a: int, b: int) -> bool:
    """text[a:b] is empty or one or two nisba adjectives joined by 'و' ('قصف مدفعي| وصاروخي |سعودي',
    'قصف جوي| ومدفعي |تركي') or an adjective of manner ('"عدوان" جوي اسراييلي'): the adjective after them still
    qualifies the noun before."""
    words = text[a:b].replace('"', " ").split()
    return len(words) <= 2 and all((w.startswith("و") and w.endswith(("ي", "يه")) and len(w) > 4)
                                   or w in MANNER_ADJECTIVES for w in words)


def overflies(text: str, m: Match[Entry], floor: int) -> bool:
    """'تحليق (مكثف) لطيران X', 'تحليقا متواصلا لطايرات X': the aircraft's owner named as flying over."""
    words = text[max(floor, m.start - 30):m.start].replace('"', " ").split()[-3:]
    lam = m.prefix.endswith("ل") or (bool(words) and words[-1].startswith("ل"))
    return lam and any(w.startswith("تحليق") for w in words)


def words_between(text: str, a: int, b: int) -> int:
    """Number of words in text[a:b]."""
    return len(text[a:b].split()) if b > a else 0


def cue_right_before(rec: Recognized, kind: str, pos: int, max_words: int, floor: int) -> bool:
    """True when a cue of this kind ends at most max_words words before pos (not before floor)."""
    text = rec.nt.text
    return any(words_between(text, c.end, pos) <= max_words for c in rec.cues_of(kind, floor, pos))


MEDIA_NOUNS = frozenset({"اعلام", "الاعلام", "صحف", "صحيفه", "قناه", "قنوات", "اذاعه", "منصات"})  # 'وسايل اعلام X'


def prev_word(text: str, pos: int) -> str:
    """The word just before pos."""
    words = text[max(0, pos - 30):pos].replace('"', " ").split()
    return words[-1] if words else ""


def bare_words(text: str, a: int, b: int) -> int:
    """Words in text[a:b], not counting stray punctuation."""
    return sum(1 for w in text[a:b].split() if any(ch.isalnum() for ch in w)) if b > a else 0


def word_end(text: str, pos: int) -> int:
    """The end of the word running on at pos ('قصف|ت' -> after the 'ت': past the suffix of a stem match)."""
    end = text.find(" ", pos)
    return len(text) if end < 0 else end


def object_suffix(text: str, t: Match[Entry]) -> bool:
    """A verb trigger whose word ends in an object pronoun ('استهدفته', 'قصفها', 'استهدفوه')."""
    word = text[t.start:word_end(text, t.start)].rstrip(",.:\"'")
    return t.payload.get("pos") == "verb" and word.startswith(t.key) and word[len(t.key):] in OBJECT_SUFFIXES


def l_clitic(text: str, m: Match[Entry]) -> bool:
    """'لX', 'للX', or a bare 'ل' before a quoted name ('هجوما ل"داعش"'): the preposition ل governs the actor."""
    if m.prefix.endswith("ل") and m.prefix != "ال":
        return True
    before = text[max(0, m.start - 6):m.start]
    stripped = before.rstrip(" \"'")
    return len(stripped) < len(before) and '"' in before[len(stripped):] and stripped.split()[-1:] == ["ل"]


UNIT_NOUNS = frozenset({"فوج", "لواء", "كتيبه", "سريه", "فرقه", "وحده", "قطعه", "فصيل"})  # 'لفوج من X': one unit of X
UNIT_PLURALS = frozenset({"الويه", "قطعات", "وحدات", "افواج", "كتايب", "سرايا", "فصايل", "تشكيلات", "فرق"})
ONE_OF = frozenset({"لاحد", "لاحدي"})  # 'لاحد الويه X', 'لاحدي قطعات X': one of X's units


def partitive(text: str, m: Match[Entry]) -> int:
    """The number of words of a unit phrase with 'ل' right before the actor ('مخزنا لاحد الويه X', 'عجله تابعه لفوج
    من X', 'لاحدي قطعات X': one of X's units holds what was hit, as 'لX' would), or 0."""
    if m.prefix:
        return 0
    words = text[max(0, m.start - 40):m.start].replace('"', " ").split()[-2:]
    if len(words) == 2 and words[0] in ONE_OF and words[1] in UNIT_PLURALS:
        return 2
    if words[-1:] and words[-1] in ONE_OF:
        return 1  # 'لاحد الويه الحشد الشعبي': the unit's plural is a word of the name
    if len(words) == 2 and words[0][:1] == "ل" and {words[0][1:], words[0][2:]} & UNIT_NOUNS \
            and words[1] in ("من", "في"):
        return 2
    return 0


def holder_of_object(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'هاجمت نقاطا عسكريه ل"قسد"': an actor with 'ل' after a verb's object holds what was hit; it is no subject (not
    'قصف (مدفعي) للعدو', a verbal noun with its doer, nor 'احباط هجوم ل"داعش"', 'بقصف مسيره للاحتلال', the
    attack's or the weapon's owner)."""
    text = rec.nt.text
    return l_clitic(text, m) and trig.payload.get("class") != "intercept" and not coordinated_adjectives(
        text, word_end(text, trig.end), m.start - len(m.prefix)) and not any(
        trig.end <= t.start and t.end <= m.start
        for t in (*rec.near("triggers", trig.end, m.start), *rec.near("weapons", trig.end, m.start)))


def short_form(text: str, actors: Iterable[Match[Entry]], m: Match[Entry]) -> bool:
    """'قوات سوريا الديمقراطيه (قسد)': a name in brackets right after a name of the same actor is its short form."""
    return any(o.end <= m.start and o.payload.id == m.payload.id and text[o.end:m.start].strip(" \"'") == "("
               for o in actors)


def coordinated(text: str, a: Match[Entry], b: Match[Entry]) -> bool:
    """'حكومه دمشق والاحتلال الايراني', 'X وما يسمي Y', 'X/Y': two actors joined by 'و' or '/', one party."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    if first.end > second.start:
        return False
    if text[first.end:second.start].strip(" \"'") == "/":
        return True  # '"PKK/YPG"': one party named twice
    words = text[first.end:second.start].split()
    if not words:
        return second.prefix.startswith("و")
    return words == ["و"] or (words[0] == "وما" and len(words) <= 2)


TARGET_PREPOSITIONS = frozenset({"علي", "ضد"})


def after_target_prep(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'انفجار عبوه علي رتل شاحنات ينقل معدات لقوات X': an actor with 'ل' behind the preposition of the target
    phrase holds what was hit; it is no doer of the attack noun before ('هجوم لX علي', 'غارات للتحالف')."""
    return any(c.key in TARGET_PREPOSITIONS and trig.end <= c.start and c.end <= m.start
               for c in rec.cues_of("target_prep", trig.end, m.start))


LOCATIVE_WORDS = frozenset({"في", "مدينه", "العاصمه", "بلده", "داخل", "قرب", "محيط", "شمال", "جنوب", "شرق", "غرب",
                            "شمالي", "جنوبي", "شرقي", "غربي"})  # 'قضاء قرقميش ... جنوبي تركيا': a direction, a place
BORDER_WORDS = frozenset({"الحدود", "حدود", "الحدودي", "الحدوديه", "المحاذي", "المحاذيه", "المتاخم", "المتاخمه",
                          "المشترك", "المشتركه"})
BORDER_BODIES = frozenset({"قوات", "حرس", "شرطه", "قياده", "سلاح", "لواء", "فوج", "جهاز", "امن"})


def locative(text: str, m: Match[Entry]) -> bool:
    """'في قلب تل ابيب', 'مدينه واشنطن', 'زرباطيه الحدوديه مع ايران', 'الحدود مع سوريا': a word of place before
    the name, or 'مع' after a border word (the country across the border), makes it a place, not an actor."""
    words = _words_before(text, m)
    return bool(words[-1:]) and words[-1] in LOCATIVE_WORDS or _border_words(words)


def across_border(text: str, m: Match[Entry]) -> bool:
    """'زرباطيه الحدوديه مع ايران', 'قرب الحدود مع سوريا': the country across a border, a place (not 'اشتبكت قوات
    الحدود مع مهربين', a border force's foe)."""
    return _border_words(_words_before(text, m))


def _words_before(text: str, m: Match[Entry]) -> list[str]:
    """The words in the 40 characters before a match, quotes dropped."""
    return text[max(0, m.start - 40):m.start].replace('"', " ").split()


def _border_words(words: list[str]) -> bool:
    """The words before a name end in a border word and 'مع' (see across_border)."""
    return len(words) >= 2 and words[-1] == "مع" and words[-2] in BORDER_WORDS and (
        words[-3:-2] == [] or words[-3] not in BORDER_BODIES)


OWN_ATTRIBUTES_MAX = 3  # words: 'وحداتنا الصاروخيه والمسيره', 'قواتنا البحريه' - adjectives of the own forces


def own_attributes(text: str, a: int, b: int) -> bool:
    """'وحداتنا الصاروخيه والمسيره استهدفت': between an own-forces word and its verb only adjectives with the
    article (at most three), so the own forces are still the verb's subject."""
    words = [w.strip('"') for w in text[a:b].split() if any(ch.isalnum() for ch in w)]
    return 0 < len(words) <= OWN_ATTRIBUTES_MAX and all(
        w.removeprefix("و").startswith("ال") and w.endswith(("ي", "ه")) for w in words)
