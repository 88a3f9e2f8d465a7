"""Speakers: a named actor that tells of an incident, and when it is its own act (its forces, its claim)."""

from __future__ import annotations

import re

from .frame_refer import ordinal
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_words import (
    COMPLEMENTIZER,
    GROUP_HEADS,
    MEDIA_NOUNS,
    THAT_WORDS,
    actor_from,
    bare_words,
    prev_word,
    word_end,
    words_between,
)
from .segment import Sentence

SPEAKER_NOUNS = ("مصدر", "مصادر", "مسوول", "المسوول", "متحدث", "المتحدث", "ناطق", "الناطق", "بيان", "وزير")
OWN_ACT_WORDS = frozenset({"عن", "توجيه", "تنفيذ", "شن", "مسووليتها", "مسووليته", "مسووليه", "عمليه", "اليوم", "امس",
                           "في", "بيان", "بيانه", "بيانها", "له", "لها"})
OWN_ACT_VERBS = ("نفذ", "شن", "وجه")


PUBLISHED = frozenset({"نشرته", "نشرتها", "نشره", "نشرها", "اصدرته", "اصدرتها", "اصدره", "اصدرها", "بثته", "بثتها",
                       "بثه", "بثها", "اوردته", "اوردتها", "وزعته", "وزعتها"})  # 'بيان نشرته X': X published it


def is_speaker(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """True when the actor is also a named source right after a speech cue (قال وزير الدفاع, عن مسؤول بالبنتاغون)."""
    text = rec.nt.text
    if not m.prefix and prev_word(text, m.start) in PUBLISHED:
        return True  # 'بحسب سيرة نشرتها الكتائب', 'بيان نعي اصدرته X': who published the text tells, it is no party
    before = text[max(floor, m.start - 40):m.start].split()[-2:]
    if len(before) == 2 and before[1] == "باسم" and before[0].startswith(SPEAKER_NOUNS):
        return True  # 'المتحدث باسم جيش الدفاع': a spokesman's organisation, named or not as a source
    if _pluperfect_teller(rec, m) or subject_teller(rec, m):
        return True  # 'وكانت خليه الاعلام الامني قد اعلنت سقوط ...', 'X اكدت في بيان "...': who told of it
    if text[m.end:m.end + 3].lstrip(" \"'").startswith(":") and bare_words(text, floor, m.start - len(m.prefix)) <= 3:
        return True  # 'البنتاغون: اصابات طفيفة ...', 'عاجل | القوه البريه للحرس: ...' - a label quoting its source
    if not any(s.start <= m.start < s.end or m.start <= s.start < m.end
               for s in rec.near("sources", m.start - 120, m.end)):
        if text[max(floor, m.start - 12):m.start].split()[-1:] in (["حسب"], ["بحسب"], ["وفق"], ["وفقا"]):
            return True  # '..., وفق الجيش'
        return any(words_between(text, c.end, m.start) == 0 and COMPLEMENTIZER.search(text, m.end, m.end + 30)
                   for c in rec.cues_of("attribution", max(floor, m.start - 20), m.start))  # 'واضاف الجيش في بيان ان'

    prev = text[max(floor, m.start - 30):m.start].split()[-3:]
    if prev and prev[-1] in ("عن", "حسب", "بحسب", "وفق", "وفقا", "لسان", "باسم"):
        return True
    last = text[max(floor, m.start - 40):m.start].replace('"', " ").split()[-4:]
    noun = next((i for i, w in enumerate(last) if w.startswith(SPEAKER_NOUNS)), None)
    if noun is not None and not any(w in THAT_WORDS or w.endswith(":") for w in last[noun + 1:]) and not any(
            t.payload.get("pos") == "verb" and t.end <= m.start and words_between(text, t.end, m.start) <= 1
            for t in rec.near("triggers", m.start - 30, m.start)):
        return True  # 'مصدر عسكري في قسد', 'المتحدث الرسمي باسم ...': a spokesman of the actor (not 'قال مصدر ان X',
        # nor 'بيانا: "استهدف مجاهدو X': the subject of the statement's verb)
    for c in rec.cues_of("attribution", floor, m.start):
        if words_between(text, c.end, m.start) <= 1:
            return True
        if words_between(text, c.end, m.start) <= 6 and COMPLEMENTIZER.search(text, m.end, m.end + 60):
            return True
    return False


PLUPERFECT = frozenset({"كان", "كانت", "وكان", "وكانت"})


def _pluperfect_teller(rec: Recognized, m: Match[Entry]) -> bool:
    """'وكانت X قد اعلنت', 'وكان X قد قال ان': the subject of a pluperfect verb of telling (كان + X + قد + verb) is
    who had told of the incident, not a party to it."""
    text = rec.nt.text
    if m.prefix or prev_word(text, m.start) not in PLUPERFECT or text[m.end:m.end + 5].split()[:1] != ["قد"]:
        return False
    qad = text.find("قد", m.end)
    return any(words_between(text, qad + 2, c.start) == 0 for c in rec.cues_of("attribution", qad + 2, qad + 16))


TELLER_REACH = 3  # words from a fronted subject to its verb of telling ('X اكتفت ببيان مقتضب قالت فيه ان')
QUOTE_REACH = 40  # characters from that verb to the 'that' or the quote opening what was told


def subject_teller(rec: Recognized, m: Match[Entry]) -> bool:
    """'خليه الاعلام الامني اكدت في بيان "سقوط ..."', 'الاداره الذاتيه قالت ان ...': a fronted subject (no clitic but
    'و', no comma, actor or trigger before its verb) of a verb of telling that opens a 'that' clause or a quote,
    within TELLER_REACH words: it tells of what follows."""
    if m.prefix not in ("", "و") or m.payload.get("kind") != "force":
        return False  # 'للجيش, واعلن ...': the holder of what was hit; 'سفينه اميركيه قال ان': a nisba tells nothing
    text = rec.nt.text
    for c in rec.cues_of("attribution", m.end, m.end + 48):
        if c.start < m.end or bare_words(text, m.end, c.start) > TELLER_REACH or c.prefix.startswith("و") or any(
                ch in text[m.end:c.start] for ch in ",.:\n") or any(
                m.end <= x.start < c.start for x in (*rec.near("actors", m.end, c.start),
                                                      *rec.near("triggers", m.end, c.start))):
            continue
        tail = text[c.end:c.end + QUOTE_REACH]
        if COMPLEMENTIZER.search(tail) is not None or '"' in tail[:24] or _told_toll(rec, c.end):
            return True
    return False


DEATH_NOUNS = frozenset({"وفاه"})  # a death told that no casualty cue names ('اكدت وفاه احد الجنود')
TOLL_REACH = 3  # words from a verb of telling to the casualty noun it takes as object ('اكدت قبل قليل وفاه')


def _told_toll(rec: Recognized, at: int) -> bool:
    """'X اكدت (قبل قليل) وفاه احد الجنود', 'X اعلنت اليوم مقتل ...': a casualty noun as the telling verb's object,
    within TOLL_REACH words: the count is told, its teller no party to the attack it names."""
    text = rec.nt.text
    if DEATH_NOUNS.intersection(text[at:at + 40].split()[:TOLL_REACH + 1]):
        return True
    return any(k.payload.kind in ("killed", "injured") and k.start >= at and not k.prefix
               and bare_words(text, at, k.start) <= TOLL_REACH for k in rec.near("cues", at, at + 40))


LOSS_VERBS = frozenset({"خسر", "خسرت", "خسروا", "فقدت", "فقدوا", "يخسر", "تخسر", "يفقد", "تفقد"})  # not 'فقد',
# also 'so indeed' ('فقد اعلن الحزب ان مقاتليه'); with 'قد' or 'و' before: 'وكانت القوات قد خسرت ثلاثه من عناصرها'
LOSS_REACH = 7  # words from the verb of losing to its partitive object ('خسرت, يوم الاحد الماضي, ثلاثه من عناصرها')


def own_victims(rec: Recognized, c: Match[Entry]) -> bool:
    """An own-forces word counted by a casualty word ('مقتل ستة من مقاتليها') or the partitive object of a verb of
    losing ('خسرت ثلاثه من عناصرها', 'فقدت اكثر من 150 من جنودها'): the speaker lost them."""
    text = rec.nt.text
    return any(k.payload.kind in ("killed", "injured", "neutralised") and k.end <= c.start and words_between(text, k.end, c.start) <= 3
               for k in rec.near("cues", c.start - 60, c.start)) or _lost_partitive(text, c.start)


def _lost_partitive(text: str, at: int) -> bool:
    """'خسرت, يوم الاحد, ثلاثه من عناصرها': 'من' right before the own-forces word at `at`, and a verb of losing
    within LOSS_REACH words before it (no sentence stop between)."""
    words = re.split(r"[\s,\"]+", text[max(0, at - 90):at].rsplit(".", 1)[-1].strip())
    if not words or words[-1] != "من":
        return False
    return any(w.removeprefix("و") in LOSS_VERBS for w in words[-LOSS_REACH - 1:-1])


OWN_UNITS = frozenset({"قوات", "قطعات", "وحدات", "نقاط", "مواقع", "مقرات", "عناصر", "دوريات", "ثكنات", "حواجز",
                       "مقاتلي", "جنود"})  # + 'نا': 'عجله تابعه لاحدي قطعاتنا', 'استهدف احد مواقعنا'
OWN_SUFFIX = re.compile(r'نا(?:[\s",]|$)')  # a word that ends in 'نا' (the words own_held splits)
HELD_BEFORE = frozenset({"احد", "احدي", "لاحد", "لاحدي", "صفوف", "علي", "ضد", "باتجاه", "تجاه", "صوب", "نحو"})


def own_held(rec: Recognized, start: int, end: int) -> bool:
    """A speaker's own units or sites told as what was hit ('انفجرت علي عجله تابعه لاحدي قطعاتنا', 'نقطه
    لقواتنا', 'باتجاه نقاطنا') in text[start:end]: the speaker was attacked."""
    if min(start, end) >= 0 and OWN_SUFFIX.search(rec.nt.text, start, end) is None:
        return False  # every such word ends in 'نا' (the speaker's own): most spans hold none
    words = rec.nt.text[start:end].replace('"', " ").replace(",", " ").split()
    for i, w in enumerate(words):
        stem = w.removeprefix("و").removesuffix("نا")
        if len(stem) == len(w.removeprefix("و")):
            continue
        if stem in OWN_UNITS and i and words[i - 1] in HELD_BEFORE:
            return True
        if stem[:1] == "ل" and stem[1:] in OWN_UNITS and i:
            return True  # 'نقطه لقواتنا': the holder of what was hit
    return False


BARE_FIGHTERS = frozenset({"المجاهدون", "المقاتلون"})  # 'وفي العمليه الثانيه, استهدف المجاهدون دبابه': the
# fighters of the claimant the statement's lead named


ABLE_VERBS = frozenset({"تمكن", "تمكنت", "وتمكن", "وتمكنت", "استطاع", "استطاعت", "نجح", "نجحت"})
CLAIM_VERBS = frozenset({"تعلن", "يعلن", "اعلنت", "اعلن", "تتبني", "يتبني", "تبنت", "تبني"})
CLAIMANT_REACH = 8  # sentences back: a statement's heading or lead names who speaks in its numbered items


def lost_own(rec: Recognized, m: Match[Entry], end: int) -> bool:
    """'اعلنت قسد مقتل سته من مقاتليها': an own-forces word after the actor (up to `end`, no other actor between)
    counted as killed or injured, so the actor was hit."""
    return any(c.start >= m.end and c.end <= end and own_victims(rec, c) and not any(
        m.end <= a.start and a.end <= c.start and a.payload.id != m.payload.id
        for a in rec.near("actors", m.end, c.start))
        for c in rec.cues_of("own_forces", m.end, end))


def own_forces_speaker(rec: Recognized, sent: Sentence, clause: tuple[int, int], trig: Match[Entry]) -> Actor | None:
    """'استهدفت قواتنا ...، بحسب بيان لقسد': the speaker named elsewhere in the sentence sent its own forces; for
    'مجاهدونا' or 'قواتنا' with no speaker in the sentence, or a bare 'استهدف المجاهدون', the one whose statement an
    earlier line announced."""
    text = rec.nt.text
    end = trig.end + len(text[trig.end:trig.end + 6].split(" ", 1)[0])  # 'استهدف|ت': the whole verb
    verb = trig.payload.get("pos") == "verb" and trig.payload.get("class") != "intercept"
    own = [c for c in rec.cues_of("own_forces", clause[0], clause[1]) if not own_victims(rec, c) and (
        (verb and ((c.start >= end and bare_words(text, end, c.start) == 0)
                   or (c.end <= trig.start and bare_words(text, c.end, trig.start) == 0)))
        or _able_subject(rec, c, trig, clause[0])
        or (not verb and c.end <= trig.start and bare_words(text, c.end, trig.start) == 0
            and not c.key.startswith(("ان", "بان"))))]  # 'نفذت القوات البحريه عمليه': the branch did the operation
    if not own:
        return _earlier_claimant(rec, sent.start) if _bare_fighters(rec, clause) or _series_item(
            rec, sent, clause, trig) else None
    for m in rec.near("actors", sent.start, sent.end):
        if m.end <= sent.end and m.payload.get("kind") == "force" and is_speaker(rec, m, sent.start) and not (
                m.start >= clause[1] and _own_pronoun(rec, own, trig)):
            return actor_from(rec, m)  # not 'اعلنت جهة انها قصفت X, بعدما اعلن الجيش اعتراض': a later clause's teller
    if any(c.key.endswith("نا") for c in own) or _after_label(rec, sent.start):  # 'مجاهدونا': the statement's own
        return _earlier_claimant(rec, sent.start)  # voice; 'متحدث X:' on the line before: X's own branch
    return None


def _after_label(rec: Recognized, start: int) -> bool:
    """True when the sentence before `start` is a speaker's label ending in a colon ('متحدث القوات المسلحه: ')."""
    before = [s for s in rec.sentences if s.end <= start]
    return bool(before) and rec.nt.text[before[-1].start:before[-1].end].rstrip().endswith(":")


def _own_pronoun(rec: Recognized, own: list[Match[Entry]], trig: Match[Entry]) -> bool:
    """'اعلنت X انها قصفت': an own-forces word before the trigger that is the pronoun of a 'that' ('انها', 'انه'),
    so it stands for the teller of the verb before it, not for one told of after the clause."""
    return any(c.end <= trig.start and c.key.startswith(("انه", "انهم", "انهما", "بانه", "بانها")) for c in own)


def held_speaker(rec: Recognized, clause: tuple[int, int]) -> Actor | None:
    """'وجاء في البيان ان "خليه هاجمت نقطه لقواتنا"': the speaker whose own units the clause tells as hit, named
    elsewhere in the sentence or as the teller of an earlier line, when the clause itself names no speaker."""
    if not own_held(rec, clause[0], clause[1]):
        return None
    sent = next((s for s in rec.sentences if s.start <= clause[0] < s.end), None)
    if sent is None:
        return None
    for m in rec.near("actors", sent.start, sent.end):
        if m.end <= sent.end and m.payload.get("kind") == "force" and is_speaker(rec, m, sent.start):
            return actor_from(rec, m)
    return _earlier_claimant(rec, sent.start)


def _bare_fighters(rec: Recognized, clause: tuple[int, int]) -> bool:
    """'وفي العمليه الثانيه, استهدف المجاهدون ...': a verb of attack in the clause whose subject, right after it, is
    the bare 'المجاهدون'."""
    text = rec.nt.text
    return any(t.payload.get("pos") == "verb" and t.payload.get("class") != "intercept" and t.end <= clause[1]
               and text[word_end(text, t.start):clause[1]].split()[:1] in [[w] for w in BARE_FIGHTERS]
               for t in rec.near("triggers", clause[0], clause[1]))


def _series_item(rec: Recognized, sent: Sentence, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'العمليه رقم (137): ضرب قاعده ...', 'وفي العمليه الثانيه, استهدف مقاتلو المقاومه ...': the trigger is the
    operation noun heading one numbered item of the series a statement lists (at most 'وفي'/'اما' before it);
    the item is the statement's author's act."""
    text = rec.nt.text
    if trig.key != "عمليه" or len(text[clause[0]:trig.start - len(trig.prefix)].replace(",", " ").split()) > 1:
        return False
    told = any(t.start >= trig.end and t.end <= clause[1] and t.key != "عمليه"
               for t in rec.near("triggers", trig.end, clause[1]))  # not a bare sub-heading 'العمليه رقم (92): الجولان'
    placed = any(p.end <= clause[1] for p in rec.near("places", trig.end, clause[1]))  # an item of its own, not
    return told and placed and ordinal(rec, sent, clause, trig) > 0  # one that only goes on about the one before


def _able_subject(rec: Recognized, c: Match[Entry], trig: Match[Entry], floor: int) -> bool:
    """'تمكن مجاهدونا, فجر اليوم, من تفجير عبوه': the own forces are the subject of a verb of managing whose 'من'
    phrase is the trigger (no actor or other trigger between)."""
    text = rec.nt.text
    if c.end > trig.start or c.start < floor or text[max(floor, c.start - 12):c.start].replace('"', " ").split()[-1:] not in [
            [v] for v in ABLE_VERBS]:
        return False
    between = text[c.end:trig.start].replace(",", " ").split()
    return bool(between) and between[-1] == "من" and len(between) <= 8 and not any(
        c.end <= x.start and x.end <= trig.start
        for x in (*rec.near("actors", c.end, trig.start), *rec.near("triggers", c.end, trig.start)))


def _earlier_claimant(rec: Recognized, before: int) -> Actor | None:
    """The last force named as a speaker or claimant in the sentences before `before` ('المقاومه الاسلاميه في العراق:',
    'اعلنت X مسووليتها', 'X تعلن عمليه') or in a lead that opens a list ('نفذ مجاهدو X العمليات الاتيه:'), within
    CLAIMANT_REACH sentences."""
    text = rec.nt.text
    earlier = [s for s in rec.sentences if s.end <= before][-CLAIMANT_REACH:]
    for s in reversed(earlier):
        for m in rec.near("actors", s.start, s.end)[::-1]:
            if m.end > s.end or m.payload.get("kind") != "force" or m.payload.get("side") in (
                    "UNKNOWN", "CIVILIANS") or (not m.prefix and prev_word(text, m.start) in MEDIA_NOUNS):
                continue  # 'اعلام العدو: دوي صفارات الانذار': whose media relay the other side's words
            after = [w for w in text[m.end:min(s.end, m.end + 40)].split() if w.isalpha()][:3]  # 'X - كتيبه Y تعلن'
            if is_speaker(rec, m, s.start) or text[m.end:m.end + 3].lstrip(" \"'").startswith(":") or text[
                    s.start:s.end].rstrip().endswith(":") or any(
                    w in CLAIM_VERBS for w in after) or _claim_verb_before(text, s.start, m):
                return actor_from(rec, m)
    return None


def _claim_verb_before(text: str, floor: int, m: Match[Entry]) -> bool:
    """'تبنت X', 'تبنت جماعه الحوثيين', 'اعلنت حركه حماس': a verb of claiming right before the name or its group
    noun."""
    words = text[max(floor, m.start - 24):m.start].split()[-2:]
    if words[-1:] and words[-1] in GROUP_HEADS and not m.prefix:
        words = words[:-1]
    return bool(words) and words[-1] in CLAIM_VERBS


THAT_PRONOUNS = frozenset({"انها", "انه", "انهم", "بانها", "بانه"})  # 'اعلنت X انها نفذت ضربات': the act is the verb
THAT_REACH = 2  # words from such a pronoun to the trigger, unless a verb of doing follows it ('انه شن يوم الجمعه
# ضربات'): 'انها تلقت بلاغا من ربان السفينه عن سقوط مقذوف' tells a report, not the speaker's act


def claims_own_act(rec: Recognized, speaker: Match[Entry], trig: Match[Entry], floor: int) -> bool:
    """'أعلنت القيادة المركزية عن توجيه ضربات' / 'تعلن المقاومة استهداف ...': the speaker claims the act."""
    text = rec.nt.text
    if speaker.end > trig.start:
        return False
    owns = [c for c in rec.near("cues", speaker.end, trig.start) if c.payload.kind == "own_forces" and c.end <= trig.start
            and not (c.key in THAT_PRONOUNS and bare_words(text, c.end, trig.start) > THAT_REACH
                     and not text[c.end:trig.start].split()[0].removeprefix("قد").startswith(OWN_ACT_VERBS))]
    if any(own_victims(rec, c) for c in owns):
        return False
    if owns:
        return True
    between = [w for w in re.split(r"[\s,()\"]+", text[speaker.end:trig.start]) if w]
    if trig.payload.get("class") in ("fall", "explosion") and any(w in CLAIM_VERBS or w == "قد" for w in between):
        return False  # 'وكان الجيش قد اعلن سقوط صاروخين': a fronted teller of what fell claims no act of its own
    if trig.payload.get("pos") != "noun" and not (between and between[-1] in CLAIM_VERBS):
        return False  # but 'X تعلن "تحييد" قيادي': a verbal noun right after a fronted claimant's verb
    return all(w in OWN_ACT_WORDS or w in CLAIM_VERBS or w == "قد" or w.isdigit() for w in between) and len(
        between) <= 4  # 'X تعلن "تحييد" قيادي', 'X قد تبنت هجوم': a fronted claimant's own verb stands between


def only_reports(rec: Recognized, actor: Actor, trig: Match[Entry], floor: int) -> bool:
    """'وكانت وزارة الدفاع (البنتاغون) قد أعلنت أن مسيرة استهدفت ...': the actor before the trigger is the subject
    of a verb of saying whose 'that' clause holds the trigger, so it tells of the act rather than doing it."""
    text = rec.nt.text
    for m in rec.near("actors", floor, trig.start):
        if m.end > trig.start or rec.nt.to_orig(m.start, m.end)[0] != actor.start:
            continue
        for c in rec.cues_of("attribution", m.end, trig.start):
            if c.start >= m.end and bare_words(text, m.end, c.start) <= 2 and c.end <= trig.start and any(
                    w in THAT_WORDS for w in text[c.end:trig.start].split()):
                return True
    return False


ACCUSE_STEMS = ("متهم", "اتهم", "تتهم", "يتهم")
DEED_WORDS = frozenset({"وقوف", "تنفيذ", "اطلاق", "شن", "استهداف", "قصف", "زرع", "تفجير"})  # 'بالوقوف وراءه',
# 'بتنفيذه', 'بزرعها': a verbal noun of the deed after ب (and ال), with or without its object pronoun
DEED_SUFFIXES = ("هما", "هم", "ها", "ه")
WORD = re.compile(r"[^\s\"'.,:;()]+")


def accused(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'متهمة X بالوقوف وراءه', 'اتهمت انقره المسلحين الاكراد بتنفيذه': the actor a teller accuses of the deed
    (within three words after the verb of accusing, after the accuser if the verb is finite; the last actor before
    the deed, a word with 'ب' within eight words: a verbal noun of DEED_WORDS or a trigger) did it."""
    text = rec.nt.text
    lo = max(floor, m.start - 40)
    verb = next((w for w in reversed(text[lo:m.start].replace('"', " ").split()[-4:])
                 if w.removeprefix("و").startswith(ACCUSE_STEMS)), None)
    if verb is None:
        return False
    verb_end = lo + text[lo:m.start].rfind(verb) + len(verb)
    if sum(verb_end <= a.start and a.end <= m.start for a in rec.near("actors", verb_end, m.start)) > (
            0 if verb.removeprefix("و").startswith("متهم") else 1):
        return False  # 'متهما X Y': X is the one accused; 'اتهمت X Y': X accuses, Y is accused
    deed = next((w for w in WORD.findall(text, m.end, m.end + 80)[:8] if w.startswith("ب") and len(w) > 2), "")
    deed_at = text.find(deed, m.end) if deed else -1
    if deed_at < 0 or any(m.end <= a.start and a.end <= deed_at for a in rec.near("actors", m.end, deed_at)):
        return False  # the one accused is the last actor before the deed
    stem = deed[1:].removeprefix("ال")
    if stem in DEED_WORDS or any(stem.endswith(x) and stem[:-len(x)] in DEED_WORDS for x in DEED_SUFFIXES):
        return True
    return any(t.start - len(t.prefix) == deed_at for t in rec.near("triggers", deed_at, deed_at + len(deed)))


def states(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """The subject of a verb of condemning, accusing or commenting (a statement cue) right before the actor, or
    right after it ('X تدين')."""
    text = rec.nt.text
    return any(c.start >= floor and words_between(text, word_end(text, c.end), m.start) == 0
               for c in rec.cues_of("statement", max(floor, m.start - 20), m.start)) or any(
        c.start >= m.end and not text[m.end:c.start].strip(" \"'") for c in rec.cues_of("statement", m.end, m.end + 4))
