"""Defence and clash roles: who repelled, who intercepted, and the two foes of a clash told 'بين الطرفين'."""

from __future__ import annotations

import re

from .coref import sworn_foes
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_speakers import OWN_ACT_VERBS
from .role_words import bare_words, l_clitic, prev_word, word_end, words_between

BOTH_SIDES = ("بين الطرفين", "بين الجانبين")
BETWEEN = guard(r"(?:^|\s)(?:ما\s)?بين(?=\s)")
ONE_SIDE = re.compile(r"[\s\"',]*(?:من\s+(?:جهه|ناحيه)[\s\"',]*)?")  # 'بين عناصر X من جهه, ومسلحين من Y'
BETWEEN_REACH = 12  # words from the clash noun to 'بين' ('دارت اشتباكات عنيفه ليل الاثنين علي محور بلده كرناز, بين')
PAIR_REACH = 4  # words from 'بين' (or 'و') to the name of each foe ('بين قطعات من الجيش', 'ومجموعه من عناصر تنظيم')


def both_sides(rec: Recognized, trig: Match[Entry], end: int) -> tuple[Match[Entry] | None, Match[Entry] | None]:
    """'تجددت الاشتباكات امس بين الطرفين': the two foes the article named last, earlier first (else neither)."""
    text = rec.nt.text
    at = min((i for i in (text.find(b, trig.end, end) for b in BOTH_SIDES) if i >= 0), default=-1)
    if at < 0 or words_between(text, trig.end, at) > 3:
        return None, None
    named = [m for m in rec.near("actors", 0, trig.start) if m.payload.get("kind") in ("force", "generic")
             and m.payload.get("side") not in ("CIVILIANS", "UNKNOWN")]
    if not named:
        return None, None
    last = named[-1]
    other = next((m for m in named[::-1] if m.payload.get("side") != last.payload.get("side")
                  or sworn_foes(m.payload.id, last.payload.id)), None)
    return (other, last) if other is not None else (None, None)


def between_foes(rec: Recognized, trig: Match[Entry], end: int) -> tuple[Match[Entry], Match[Entry]] | None:
    """'اشتباكات بين X وY', 'معارك بين قوات X من جهه, ومسلحين من Y': the two foes a clash is told between, the
    first named first; 'و' here joins the two parties fought, it does not make them one. None when the clause names
    no such pair (two names of one side, or words other than a head noun between 'و' and the second name)."""
    text = rec.nt.text
    at = BETWEEN.search(text, trig.end, end)
    if at is None or words_between(text, trig.end, at.start()) > BETWEEN_REACH or any(
            trig.end <= t.start < at.start() for t in rec.near("triggers", trig.end, at.start())):
        return None
    names = [m for m in rec.near("actors", at.end(), end) if m.end <= end and m.payload.get("kind") not in (
        "adj", "site", "origin") and m.payload.get("side") != "CIVILIANS"]
    first = _named_foe(text, names, at.end())
    if first is None:
        return None
    lead = ONE_SIDE.match(text, first.end)
    nxt = text[lead.end() if lead else first.end:end].split()[:1]
    if not (nxt and nxt[0].startswith("و")):
        return None
    joint = first.end + (lead.end() - first.end if lead else 0)
    second = _named_foe(text, [m for m in names if m.start >= joint], joint)
    if second is None or (second.payload.get("side") == first.payload.get("side")
                          and not sworn_foes(first.payload.id, second.payload.id)):
        return None
    return first, second


def _named_foe(text: str, names: list[Match[Entry]], at: int) -> Match[Entry] | None:
    """The first name within PAIR_REACH words after `at` (a generic 'مسلحين' yields to the group named after its
    'من'), or None."""
    near = [m for m in names if m.start >= at and words_between(text, at, m.start) <= PAIR_REACH]
    if not near:
        return None
    head = near[0]
    named = next((m for m in near[1:] if m.payload.get("side") != "UNKNOWN" and (
        text[head.end:m.start].split()[:1] == ["من"] and words_between(text, head.end, m.start) <= 3
        or not text[head.end:m.start].strip(" \"'")  # 'ميليشيا "الدفاع الوطني"': the label of the group it names
    )), None)  # 'مسلحين من ابناء X'
    return named if head.payload.get("kind") == "generic" and named is not None else head


REPEL_WORDS = frozenset({"صد", "صدت", "صدوا", "يصد", "تصد", "تصدت", "تصدوا", "تصدي", "يتصدي", "تتصدي", "احبط",
                         "احبطت", "احبطوا", "يحبط", "تحبط", "افشل", "افشلت", "دحر", "دحرت"})


def repels(rec: Recognized, m: Match[Entry], trig: Match[Entry], floor: int) -> bool:
    """'تصدت وحدات من الجيش لهجوم شنه X', 'قوه من الشرطه صدت هجوما', 'تمكنت القوات من صد هجوم': the subject of a
    verb of repelling, told before the attack, was attacked (the caller asks for an attacker named after it)."""
    text = rec.nt.text
    if m.end > max(trig.end, trig.start + 1):
        return False
    before = text[max(floor, m.start - 40):m.start].replace('"', " ").split()[-3:]
    if any(w.removeprefix("و") in REPEL_WORDS for w in before):
        at = max(floor, m.start - 40) + text[max(floor, m.start - 40):m.start].rfind(
            next(w for w in before if w.removeprefix("و") in REPEL_WORDS))
        return not any(at < a.start and a.end <= m.start for a in rec.near("actors", at, m.start))
    after = text[m.end:max(m.end, trig.start)].replace('"', " ").replace(",", " ").split()
    return any(w.removeprefix("و") in REPEL_WORDS for w in after) and not _actor_between(rec, m.end, trig.start)


def repelled_owner(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'صدت وحدات الجيش هجوما لميليشيا X علي مواقعها': the actor hung by 'ل' on the repelled attack noun, right
    after it, owns the attack (the caller checks that the clause's subject repels)."""
    text = rec.nt.text
    return trig.payload.get("pos") == "noun" and m.start >= trig.end and l_clitic(text, m) and bare_words(
        text, word_end(text, trig.start), m.start - len(m.prefix)) == 0


def _actor_between(rec: Recognized, lo: int, hi: int) -> bool:
    """An actor named wholly inside [lo, hi): the words between a speaker (or a repel verb's subject) and the attack."""
    return any(lo <= a.start and a.end <= hi for a in rec.near("actors", lo, hi))


def speaker_repels(rec: Recognized, speaker: Match[Entry], trig: Match[Entry]) -> bool:
    """'قال الجيش ان قواته في الفرقه السادسه صدت امس هجوما شنته X': a verb of repelling within five words before the
    attack noun, no actor between the speaker and it: the speaker's forces were attacked."""
    text = rec.nt.text
    if speaker.end > trig.start:
        return False
    lo = max(speaker.end, trig.start - 60)
    words = text[lo:trig.start].replace('"', " ").split()[-5:]
    at = next((w for w in reversed(words) if w.removeprefix("و") in REPEL_WORDS), None)
    return at is not None and not _actor_between(rec, speaker.end, trig.start)


AGENT_RELATIVES = frozenset({"شنه", "شنته", "شنها", "شنوه", "شنتها", "نفذه", "نفذته", "نفذها", "نفذوه", "نفذتها"})
REPEL_REACH = 9  # words from the verb of repelling to the attack noun ('صدت, في ساعه متاخره من ليل الاربعاء, هجوما')
TOLD_AGENT_REACH = 2  # words between the attack noun and its relative verb ('هجوما واسعا شنه', 'هجوما ارهابيا نفذته')


def speaker_repelled(rec: Recognized, speaker: Match[Entry], trig: Match[Entry]) -> bool:
    """'اعلنت X ان قوه من اللواء 52 صدت, في ساعه متاخره من ليل الاربعاء, هجوما شنته Y', 'قال X ان مقاتليه تصدوا
    لهجوم نفذه Y': a verb of repelling, whose subject is no named actor, heads an attack noun whose doer a relative
    verb or 'من قبل' tells: the speaker's forces were attacked (the caller asks for an actor named after the noun;
    an attack told with no doer, or a doer no row names, keeps its reading)."""
    text = rec.nt.text
    if speaker.end > trig.start or trig.payload.get("pos") != "noun":
        return False
    words = text[speaker.end:trig.start].replace('"', " ").replace(",", " ").split()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].removeprefix("و") in REPEL_WORDS), None)
    if at is None or len(words) - at - 1 > REPEL_REACH or _actor_between(rec, speaker.end, trig.start):
        return False
    verb = speaker.end + text[speaker.end:trig.start].rfind(words[at])
    if any(verb < t.start and t.end <= trig.start and t.start != trig.start
           for t in rec.near("triggers", verb + 1, trig.start)):
        return False  # 'صدت القوات الهجوم ثم قصفت مواقع': the verb repels another act
    after = text[word_end(text, trig.start):word_end(text, trig.start) + 80].replace('"', " ").split()
    told = next((i for i, w in enumerate(after[:TOLD_AGENT_REACH + 2]) if w in AGENT_RELATIVES or (
        w == "من" and after[i + 1:i + 2] == ["قبل"])), None)
    return told is not None and told <= TOLD_AGENT_REACH


def act_between(rec: Recognized, agent: Match[Entry], trig: Match[Entry]) -> bool:
    """'نفذ العدو عدوانا ..., وقد تصدت وسايط دفاعنا لصواريخ العدوان': an act the actor is the subject of, or an
    attack told between the actor and the interception, makes it the attacker, not the one intercepting."""
    if agent.end > trig.start:
        return False
    if prev_word(rec.nt.text, agent.start).startswith(OWN_ACT_VERBS):
        return True  # 'نفذ العدو الاسراييلي عدوانا جويا': the subject of a verb of doing
    return any(agent.end <= t.start and t.end <= trig.start and t.payload.get("class") != "intercept"
               for t in rec.near("triggers", agent.end, trig.start))
