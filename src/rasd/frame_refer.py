"""Frame references: trigger words that point back to an incident already told rather than report a new one."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from .frame_zones import in_zone
from .literal_guard import guard
from .matcher import Match
from .numbers import number_lexicon
from .recognize import Recognized
from .resources import Entry
from .role_words import prev_word, words_between
from .segment import Sentence

DEMONSTRATIVES = frozenset({"هذا", "هذه", "تلك", "ذلك", "هذين", "هاتين", "هذان", "هاتان", "لهذا", "لهذه", "بهذا",
                            "بهذه", "لتلك", "بتلك", "وهذا", "وهذه"})


def demonstrative(rec: Recognized, trig: Match[Entry]) -> bool:
    """'عد المجلس هذا الاعتداء تجاوزا', 'للوقوف علي ملابسات هذه الضربه': a definite attack noun after a
    demonstrative, once an incident has been told, is that incident talked about again, not a new one (unless its
    sentence tells a toll, which the incident told before takes)."""
    at = trig.start - len(trig.prefix)
    if not (trig.prefix.endswith("ال") or trig.key.startswith("ال")) or trig.payload.get("pos") == "verb":
        return False
    if prev_word(rec.nt.text, at) not in DEMONSTRATIVES or not any(t.end <= at for t in rec.near("triggers", 0, at)):
        return False
    sent = rec.sentence_at(trig.start)  # 'ليرتفع عدد شهداء تلك الغاره الي 7': a new toll keeps it an incident frame
    return sent is not None and not any(rec.cues_of(kind, sent.start, sent.end) for kind in ("killed", "injured"))


CAMPAIGN_LEADS = frozenset({"ضمن", "اطار", "باسم", "سلسله"})


def campaign_name(rec: Recognized, trig: Match[Entry]) -> bool:
    """'العمليه رقم 17 ضمن معركه ثار الاحرار', 'في اطار معركه "اولي الباس"': a battle named by its own name (after
    'within', 'in the frame of', or in quotes) is the campaign an incident belongs to, not a clash of its own."""
    if trig.key != "معركه" or trig.prefix.endswith("ال"):
        return False
    text = rec.nt.text
    return prev_word(text, trig.start - len(trig.prefix)) in CAMPAIGN_LEADS or text[trig.end:trig.end + 2].strip()[:1] == '"'


@cache
def _numbered() -> tuple[dict[str, int], re.Pattern[str]]:
    """The feminine ordinals 1st-10th of number_words.tsv ('الاولي', 'الثالثه') with their numbers, and the
    pattern of an operation named by one ('وفي العمليه الثانيه')."""
    ordinals = {w: r["ordinal"] for w, r in number_lexicon().roles.items()
                if "ordinal" in r and (w.endswith("ه") or w == "الاولي")}
    return ordinals, re.compile(r"(?<!\S)(?:[وف]?(?:في |اما |ب)?)ال(?:عمليه|غاره|ضربه|هجوم|هجمه) ("
                                + "|".join(ordinals) + r")(?![\w])")


def ordinal_words() -> frozenset[str]:
    """The feminine ordinals 1st-10th that number an operation ('الاولي', 'الثالثه')."""
    return frozenset(_numbered()[0])


SERIAL = guard(r"(?<!\S)[وف]?(?:ال)?عمليه (?:رقم|الرقم) \(?(\d{1,4})\)?")  # 'العمليه رقم (91)': a claim series


def ordinal(rec: Recognized, sent: Sentence, clause: tuple[int, int], trig: Match[Entry]) -> int:
    """'وفي العمليه الثانيه, ...', 'اما العمليه الثالثه, فقد نفذت ...': the number of the operation a frame tells
    in a series told one by one (its clause's, else the last before its trigger in the sentence), 0 when none."""
    text = rec.nt.text
    ordinals, numbered = _numbered()
    found = [(m.start(), ordinals[m.group(1)]) for m in numbered.finditer(text, sent.start, sent.end)]
    found += [(m.start(), int(m.group(1))) for m in SERIAL.finditer(text, sent.start, sent.end)]
    found.sort()
    own = [n for at, n in found if clause[0] <= at < clause[1]]
    if own:
        return own[0]
    before = [n for at, n in found if at < trig.end]
    return before[-1] if before else 0


OTHER_ACCOUNT = guard(r"(?<!\S)روايه (?:مختلفه|مغايره|مناقضه|مخالفه|اخري)(?![\w])")


def other_account(rec: Recognized, sent: Sentence, trig: Match[Entry]) -> bool:
    """'غير ان الجيش قدم روايه مختلفه, اذ قال ان ...': the trigger after a party's 'different account' in its
    sentence tells the incident just told once more, in the other party's words, not a new one."""
    return any(m.end() <= trig.start for m in OTHER_ACCOUNT.finditer(rec.nt.text, sent.start, sent.end))


ABOUT_RELATIVES = frozenset({"الذي", "التي", "الذين"})


def first_telling(rec: Recognized, trig: Match[Entry]) -> bool:
    """'تضاربت الروايات بشان الغارات التي هزت فجر اليوم بلده X': the incident 'about' which the lead speaks, told in
    the relative clause right after its noun; it is the article's own first telling when no body sentence told
    one before (the caller checks that)."""
    return any(w in ABOUT_RELATIVES for w in rec.nt.text[trig.end:trig.end + 40].split()[:2])


DENY = r"(?:\S+ ){1,6}(?:نفي|نفت|ينفي|تنفي|نفوا|كذب|كذبت) "  # a subject of up to six words and a verb of denying
DENIED_AFTER = guard(r"(?:^|\s|,)(?:(?:الا|غير|لكن) ان|و?لكن) " + DENY
                          + r"(?:ذلك|هذا|هذه|تلك|ذلك الادعاء|هذه الادعاءات|هذه المزاعم|الامر)(?=[\s,.]|$)")
DENIES_THAT = re.compile(DENY + r"(?:ذلك|هذا|هذه|تلك)(?=[\s,.]|$)")


def denied_after(rec: Recognized, trig: Match[Entry]) -> bool:
    """'زعم المتحدث ان قواته استهدفت مدمره ..., الا ان القياده الامريكيه نفت ذلك' (or the next sentence opening
    'لكن الجيش نفي ذلك', 'مراسلنا نفي ذلك'): a claim denied right after it, pointing back, tells no incident."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return False
    text = rec.nt.text
    if DENIED_AFTER.search(text, trig.end, sent.end) is not None:
        return True
    i = bisect_right(rec.sentences, sent.start, key=lambda x: x.start)  # the sentence after sent
    nxt = rec.sentences[i] if i < len(rec.sentences) else None
    if nxt is None or "\n" in text[sent.end:nxt.start]:
        return False  # the denial of the next sentence answers the claim of its own paragraph only
    return DENIES_THAT.match(text, nxt.start, nxt.end) is not None


def unzoned(rec: Recognized, clause: tuple[int, int], t: Any | None) -> Any | None:
    """A time the sentence gives beside the clause, unless it lies in a reference zone after the clause ('شنوا
    هجوما ..., ردا علي اعتداء العدو علي بلده الغازيه ليل امس': last night dates the cause, not the answer)."""
    if t is None or t.start < clause[1] or not in_zone(rec, t.start):
        return t  # 'بعد اسبوع من مجزره ... في العشرين من شباط, حين قصفت': a clause after the zone tells its incident
    return None


def weapon_subject(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """'وقالت الغرفة ان المسيرة القت قنبلة', 'وأوضح ان القذائف سقطت قرب المدرسة': a definite weapon noun right before
    a verb trigger is its subject, the weapon of an incident already told; its code, or None."""
    if trig.payload.get("pos") != "verb" or trig.prefix:
        return None
    text = rec.nt.text
    for w in rec.near("weapons", clause[0], trig.start):
        if clause[0] <= w.start and w.end <= trig.start and words_between(text, w.end, trig.start) == 0 and (
                w.prefix.endswith("ال") or w.key.startswith("ال")):
            return str(w.payload.id)
    return None


def weapon_hits(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'طائرة مسيرة احادية الاتجاه اصابت جزءا من القاعدة', 'الصاروخ اصاب مبني خاليا': a weapon named at most three
    words before an active 'اصاب' is its subject, so the verb tells a hit, not a wound."""
    if trig.key.startswith("اصيب"):
        return False
    text = rec.nt.text
    return any(clause[0] <= w.start and w.end <= trig.start and words_between(text, w.end, trig.start) <= 3
               for w in rec.near("weapons", clause[0], trig.start)) or _hit_by(rec, clause, trig) or launched_hit(rec, trig)


OWN_TARGETS = frozenset({"اهدافها", "هدفها", "اهدافه", "هدفه"})  # 'اصابت اهدافها': the launch's own targets
TARGET_WINDOW = 24  # characters after the verb read for its object word (not the rest of the article)


def launched_hit(rec: Recognized, trig: Match[Entry]) -> bool:
    """'انطلقت اسراب من الطيران المسير نحو قاعده X، واصابت اهدافها': 'اصاب' joined by 'و' with its own targets as
    object, after a remote weapon named earlier in the sentence with no other trigger between (the launch told
    only with a motion verb): the verb tells the hit of that launch."""
    text = rec.nt.text
    if trig.key.startswith("اصيب") or text[trig.start - 1:trig.start] != "و" and prev_word(text, trig.start) != "و":
        return False
    if text[trig.end:trig.end + TARGET_WINDOW].split()[:1] not in ([w] for w in OWN_TARGETS):
        return False
    start = max(text.rfind(".", 0, trig.start), text.rfind("\n", 0, trig.start), 0)
    return any(w.payload.id in REMOTE and not any(w.end <= t.start and t.end <= trig.start
                                                  for t in rec.near("triggers", w.end, trig.start))
               for w in rec.near("weapons", start, trig.start))


# weapons that hit what they strike when they are the subject after the verb; a bullet that 'hits' someone wounds him
REMOTE = frozenset({"drone", "suicide_drone", "rocket", "missile", "ballistic_missile", "guided_missile", "mortar",
                    "artillery", "mlrs", "aircraft", "helicopter", "rpg", "grenade", "ied", "landmine"})


def _hit_by(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'اصابت مسيره اخري محطه للوقود', 'اصاب صاروخ مبني سكنيا': an indefinite remote weapon right after an active
    'اصاب' is its subject and what it hits is new; a definite weapon or object ('اصابت الطايره هدفها', 'اصاب صاروخ
    موجه السياره') retells the incident told before."""
    text = rec.nt.text
    return any(trig.end <= w.start < clause[1] and words_between(text, trig.end, w.start) == 0
               and w.payload.id in REMOTE and not (w.prefix.endswith("ال") or w.key.startswith("ال"))
               and not any(x.startswith("ال") for x in text[w.end:clause[1]].split()[:2])
               for w in rec.near("weapons", trig.end, clause[1]))


SIMILAR = frozenset({"مماثله", "مماثلا", "مشابهه"})


def similar_device(rec: Recognized, cue: Match[Entry]) -> bool:
    """'استهدف رتل ثان بعبوه مماثله', 'بقذيفه هاون مماثله': 'similar' right after one weapon (not a plural) names
    a second device of its own, not a trend ('هجمات مماثله', 'انفجارات مماثله' stay a class of events)."""
    if cue.key not in SIMILAR:
        return False
    text = rec.nt.text
    prev = text[:cue.start].split()[-1:]
    return bool(prev) and not prev[0].endswith("ات") and any(
        w.end <= cue.start and not text[w.end:cue.start].strip() for w in rec.near("weapons", cue.start - 40, cue.start))


BARE_DEVICES = frozenset({"عبوه", "عبوات", "عبوتين", "عبوتان"})


def told_device(rec: Recognized, start: int, end: int) -> bool:
    """'العبوه انفجرت لحظه مرور الشاحنه': the clause's only weapon is a bare definite 'the device', an incident's
    device named before it (an indefinite 'عبوه ثانيه زرعت ... انفجرت' is a device of its own)."""
    found = [w for w in rec.near("weapons", start, end) if w.end <= end]
    return bool(found) and all(w.key in BARE_DEVICES and w.prefix.endswith("ال") for w in found) and any(
        w.payload.id == "ied" for w in rec.near("weapons", 0, start))


OPINION_WORDS = 6  # 'يري الخبير الامني فلان الفلاني ان الضربه': the opinion verb, its holder, then 'ان'
THAT = frozenset({"ان", "بان"})


def opinion_on(rec: Recognized, cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'يري المرصد ان ضربه المشتل تنقل المواجهه ...': a trigger noun right after the 'ان' of an opinion verb is the
    incident the opinion is about, told elsewhere, not a new one."""
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    before = text[cue.end:at].replace('"', " ").replace("«", " ").split()
    return cue.payload.id == "opinion" and cue.end <= at and trig.payload.get("pos") == "noun" and bool(before) \
        and before[-1] in THAT and len(before) <= OPINION_WORDS and "," not in text[cue.end:at]
