"""Role state: an unnamed patrol, post or soldier hit is the state force of the country it lies in.

News from a country's own side rarely names its army when its soldiers are hit ('أصيب
جنديان إثر انفجار عبوة على عجلة عسكرية', 'القى مجهولون قنبلة على دورية للشرطة', SANA's
'ارتقى ثلاثة عسكريين ... على إحدى النقاط العسكرية'): the target is the force that
guards the place, read from lexicon home_forces by country and governorate.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from .coref import UNLISTED_UNIT, actor_entries
from .lexicon import load_table
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_speakers import is_speaker
from .role_units import OTHER_WARS
from .role_words import prev_word

ARRESTS = "Arrests"  # ACLED: a state force detains; abductions by armed groups are another sub-event
MILITARY_OBJECT = guard(
    r"(?:^|\s)(?:[بلو]|ال|بال|وال|لل)?(?:دوريه|دوريات|(?:عجله|اليه|اليات|عربه|عربات|سياره|جيب|حافله|مدرعه|ناقله)"
    r" (?:عسكريه|عسكري|للجيش)|(?:عجلت|اليت|عربت|سيارت|جيب|مدرعت|ناقلت)(?:ه|ها|هم|هما) العسكريه|حافله تقل (?:عسكريين|جنودا)|(?:نقطه|النقاط|نقاط|موقع|موقعا|ثكنه|مقر|حاجز|حاجزا)"
    r" (?:عسكري|عسكريه|العسكريه|عسكريا|امني|امنيا)|كمين امني|كمينا امنيا|رتل عسكري|رتلا عسكريا"
    r"|(?:مواقعنا|نقاطنا|مقراتنا|ثكناتنا|حواجزنا|دورياتنا))(?=[\s,.]|$)")  # 'مستهدفا احد مواقعنا العسكريه': a state
# source's own posts (SANA's 'مصدر عسكري', the Security Media Cell), the state force's where it speaks unnamed
POLICE_OBJECT = guard(
    r"(?:^|\s)(?:[بلو]|ال|بال|وال|لل)?(?:دوريه (?:لل)?شرطه|دوريه للشرطه|مركز (?:لل)?شرطه|مخفر|مخفرا)(?=[\s,.]|$)")
SOLDIERS_HIT = guard(
    r"(?:^|\s)(?:و|ف)?(?:مقتل|قتل|استشهاد|استشهد|ارتقاء|ارتقي|اصابه|اصيب|اصيبا|جرح|جرح|وفاه)\s+(?:\S+\s+){0,2}?"
    r"(?:جندي|جنديا|جنديين|جنديان|جنود|الجنود|عسكري|عسكريا|عسكريين|عسكريان|العسكريين|منتسب|منتسبين|منتسبان|ضابط"
    r"|ضابطين|ضباط)"
    r"(?=[\s,.]|$)")
POLICE_HIT = guard(r"(?:^|\s)(?:مقتل|اصابه|اصيب)\s+(?:\S+\s+){0,2}?(?:شرطي|شرطيين|شرطيان|عناصر الشرطه)(?=[\s,.]|$)")
CAUSE_WORDS = frozenset({"اثر", "جراء", "بسبب", "نتيجه", "عقب", "في"})  # 'ارتقي ثلاثه عسكريين جراء هجوم'
CAUSE_CLITICS = frozenset({"ب", "وب"})  # 'اصيب ضابط وجنديان بانفجار عبوه': the trigger's own 'by' tells the cause
REMOTE_CLASSES = frozenset({"explosion", "shelling", "air_strike", "strike", "fall", "suicide"})  # of a weapon from
# afar ('بهجوم' may be a fight the soldiers met, whose sides the clash rules decide)
OBJECT_REACH = 4  # words after the trigger within which the object named is the one hit ('عبوه ناسفه علي عجله عسكريه')
TARGET_PREPS = (["علي"], ["ضد"], ["باتجاه"], ["تجاه"], ["صوب"], ["استهدف"], ["استهدفت"], ["مستهدفا"], ["مستهدفه"])  # or further, after these


@cache
def _home_rows() -> tuple[tuple[str, str, str, str, str, str], ...]:
    """(country, region, military, police, valid_from, valid_to) of every row of lexicon home_forces."""
    return tuple((r.get("country"), r.get("region"), r.get("military"), r.get("police"), r.get("valid_from"),
                  r.get("valid_to")) for r in load_table("home_forces").rows)


def home_force(country: str | None, region: str | None, police: bool, on: date | None) -> str | None:
    """The actor id of the state's soldiers (or police) in that country and governorate on that day (the latest
    row with no day), or None."""
    day = on.isoformat() if on is not None else "9999-12-31"
    rows = [r for r in _home_rows() if r[0] == country and (not r[4] or r[4] <= day) and (not r[5] or day < r[5])]
    row = next((r for r in rows if region and r[1] == region), None) or next((r for r in rows if not r[1]), None)
    return (row[3] if police else row[2]) or None if row is not None else None


def arresting_force(sub_event: str, agent: Actor | None, country: str | None, region: str | None,
                    on: date | None) -> Actor | None:
    """'اعتقلت الاجهزه الامنيه اربعه اشخاص', 'قوه من الاستخبارات اعتقلت شخصين': an arrest whose arresting body the
    article names by no side (or not at all) was made by the state's security forces where it lies (lexicon
    home_forces, police column); None for other sub-events, a named side, or a place no row answers (Kurdistan,
    the West Bank: several forces arrest there). In a war whose armed parties all fit no named side (Libya, Sudan),
    whichever force arrested is one of them: OTHER ('اعلنت الكتيبه ... القبض علي خمسه', 'قوه تابعه له داهمت')."""
    if sub_event != ARRESTS or (agent is not None and agent.side != "UNKNOWN"):
        return None
    aid = home_force(country, region, True, on)
    e = actor_entries().get(aid) if aid else None
    if e is None and country in OTHER_WARS:
        return Actor(id=UNLISTED_UNIT, name_en="Security force (unnamed party)", name_ar="قوة أمنية", side="OTHER")
    if e is None:
        return None
    return Actor(id=e.id, name_en=e.get("name_en"), name_ar=e.get("name_ar"), side=e.get("side"), text="")


def state_target(rec: Recognized, clause: tuple[int, int], sent_end: int, trig: Match[Entry], places: list[Any],
                 agent: Actor | None) -> Actor | None:
    """The state force whose unnamed patrol, vehicle or post the trigger hit (named within a few words after it),
    or whose soldiers the sentence counts as killed or wounded by it; None elsewhere, with no place, when the
    attacker is that force itself, or when a teller of a third side speaks ('مسوول امريكي: اصابه اربعه عسكريين':
    a foreign official's soldiers are his own)."""
    if not places or trig.payload.get("class") == "clash":
        return None
    police, hit = _hit_object(rec, clause, sent_end, trig)
    if not hit:
        return None
    loc = places[0].location
    aid = home_force(loc.country_iso3, loc.admin1, police, rec.article.published)
    e = actor_entries().get(aid) if aid else None
    if e is None or (agent is not None and agent.side == e.get("side")):
        return None
    sent = rec.sentence_at(clause[0])
    lo = sent.start if sent is not None else clause[0]
    sides = {e.get("side"), agent.side if agent is not None else "", "CIVILIANS", "UNKNOWN"}
    if any(m.payload.get("side") not in sides and _teller(rec, m, lo) for m in rec.near("actors", lo, sent_end)):
        return None
    return Actor(id=e.id, name_en=e.get("name_en"), name_ar=e.get("name_ar"), side=e.get("side"), text="")


def _hit_object(rec: Recognized, clause: tuple[int, int], sent_end: int, trig: Match[Entry]) -> tuple[bool, bool]:
    """(police, hit): a patrol, vehicle or post named right after the trigger (or after 'علي' in its clause), or soldiers (policemen) counted as
    killed or wounded after it in its sentence (up to another verb of attack) or before it when the trigger is told
    as the cause ('ارتقي ثلاثه عسكريين جراء هجوم')."""
    text = rec.nt.text
    after = text[trig.end:clause[1]]
    for pattern, police in ((POLICE_OBJECT, True), (MILITARY_OBJECT, False)):
        if any(len(after[:o.start()].split()) <= OBJECT_REACH or _after_prep(after[:o.start()].split())
               for o in pattern.finditer(after)):
            return police, True
    end = next((t.start for t in rec.near("triggers", trig.end, sent_end)
                if t.start >= trig.end and t.payload.get("pos") == "verb"), sent_end)
    told = text[trig.end:end]
    sent = rec.sentence_at(clause[0])
    word_start = text.rfind(" ", 0, trig.start) + 1
    if sent is not None and (prev_word(text, word_start) in CAUSE_WORDS or (
            text[word_start:trig.start] in CAUSE_CLITICS and trig.payload.get("class") in REMOTE_CLASSES)):
        told = text[sent.start:trig.start] + " " + told
    if POLICE_HIT.search(told):
        return True, True
    return False, SOLDIERS_HIT.search(told) is not None


def _after_prep(words: list[str]) -> bool:
    """The words before an object end in a target preposition or verb, with 'احد/احدي' between ('مستهدفا احد')."""
    if words[-1:] in (["احد"], ["احدي"]):
        words = words[:-1]
    return words[-1:] in TARGET_PREPS


def _teller(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """An actor who tells the news: a speaker, a word of a source's name, or of a headline's teller before its colon
    ('مسوول امريكي: اصابه ...')."""
    text = rec.nt.text
    return is_speaker(rec, m, floor) or any(s.start <= m.start and m.end <= s.end
                                            for s in rec.near("sources", m.start - 60, m.end)) or (
        text[m.end:m.end + 3].lstrip(" \"'").startswith(":") and len(text[floor:m.start].split()) <= 3)
