"""Roles: who attacked and who was attacked, decided per clause from Arabic constructions.

Constructions handled: active verb-first and subject-first clauses ("استهدفت
الميليشيات القاعده" / "الميليشيات استهدفت"), exposure ("تعرضت القاعده لهجوم من
قبل ..."), nominal triggers with a nisba adjective ("قصف امريكي") or an agent
phrase ("هجوم من قوات موالية لايران"), and target phrases introduced by a
preposition or a site noun ("على مواقع لميليشيات", "ضد فصائل"). When the clause names no
target, role_fallbacks finds the side from the place, the object hit or the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .coref import sworn_foes
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_answer import answered_attacker
from .role_attach import attached, control_phrase, idle_label, masdar_subject, unit_start
from .role_carry import carried_subject, pronoun_owner
from .role_defence import act_between, between_foes, both_sides, repels, speaker_repels
from .role_speakers import (
    OWN_ACT_VERBS,
    accused,
    claims_own_act,
    held_speaker,
    is_speaker,
    lost_own,
    own_held,
    own_victims,
    states,
)
from .role_tellers import condemns, fire_origin, in_dateline, unowned_arm
from .role_units import unit_pair
from .role_victims import SOLDIER_NOUNS, among_dead, is_victim, plural_verb
from .role_words import COMPLEMENTIZER as COMPLEMENTIZER  # re-exported for scene
from .role_words import (
    GROUP_HEADS,
    actor_from,
    bare_words,
    coordinated,
    coordinated_adjectives,
    cue_right_before,
    holder_of_object,
    l_clitic,
    object_suffix,
    overflies,
    prev_word,
    word_end,
    words_between,
)


@dataclass(frozen=True, slots=True)
class RoleHit:
    """An actor match with the role the construction gives it."""

    match: Match[Entry]
    role: str  # agent | target | free


OBSERVED = frozenset({"رصد", "رصدت", "رصدنا", "رصدوا", "يرصد", "ترصد", "شاهد", "شاهدنا", "سمع", "سمعنا", "تتبع",
                      "تعقب", "لاحظ", "لاحظنا", "يراقب", "تراقب"})
PROPERTY_NOUNS = frozenset({"ممتلكات", "املاك"})
MEDIA_NOUNS = frozenset({"اعلام", "الاعلام", "صحف", "صحيفه", "قناه", "قنوات", "اذاعه", "منصات"})  # 'وسايل اعلام X'
LOCATIVE_WORDS = frozenset({"في", "مدينه", "العاصمه", "بلده", "داخل", "قرب", "محيط", "شمال", "جنوب", "شرق", "غرب"})


def instrument(rec: Recognized, m: Match[Entry]) -> bool:
    """An actor named by its weapon ('مسيرة تركية', 'الطيران الروسي'): the one who fires it (not one whose name
    only holds a weapon after its head, 'حامله الطايرات الامريكيه')."""
    return any(w.start < m.end and m.start < w.end and (m.payload.get("kind") == "adj" or w.start <= m.start)
               for w in rec.near("weapons", m.start - 30, m.end))


def classify(rec: Recognized, m: Match[Entry], clause: tuple[int, int]) -> str:
    """The role an actor's own surroundings give it: agent, target, free, or skip."""
    text = rec.nt.text
    kind = m.payload.get("kind")
    cs = clause[0]
    if kind == "site":
        return "target"
    if kind == "origin":
        return "origin" if _launched_from(rec, m, cs) else "skip"
    if idle_label(rec, m):
        return "skip"  # 'حتي وقف العدوان': the war named, not the aggressor
    if overflies(text, m, cs):
        return "skip"  # 'وسط تحليق مكثف للطيران المعادي': who flies over is no party to the strike told
    if m.payload.get("side") == "CIVILIANS" and _in_place_name(rec, m):
        return "skip"  # 'منطقه السيده زينب', 'حي الشهداء': a word of a place's name
    if m.payload.get("side") == "CIVILIANS" and prev_word(text, m.start).removeprefix("ب") in PROPERTY_NOUNS:
        return "skip"  # 'الحقت اضرارا بممتلكات المواطنين': whose property was damaged, no one hit
    if not m.prefix and prev_word(text, m.start) in MEDIA_NOUNS:
        return "skip"  # 'اقرت وسايل اعلام العدو بسقوط صاروخ': whose media tell of it, no party named
    if _named_after(rec, m, clause[1]):
        return "skip"  # 'ميليشيا "قسد"', 'ميليشيات حزب الله': the named group stands for them
    if kind != "adj" and fire_origin(rec, m, cs):
        return "agent"  # 'قذائف مصدرها مواقع X': who holds the positions fired from
    if kind != "adj" and accused(rec, m, cs):
        return "agent"  # 'متهمه X بالوقوف وراءه': the one accused of the deed, not its teller
    if is_speaker(rec, m, cs):
        return "speaker"
    if kind != "adj" and is_victim(rec, m, clause):
        return "target"
    if kind == "force" and lost_own(rec, m, clause[1]):
        return "target"  # '"قسد" تعلن مقتل 6 من مقاتليها بهجوم': who lost its fighters was hit
    if kind != "adj" and _member_of(rec, m, cs) and not _agent_verb(rec, m, cs):
        return "target"  # 'احد القاده الميدانيين في حزب الله': a member of X was hit
    if kind != "adj" and prev_word(text, m.start) in LOCATIVE_WORDS and not m.prefix and unit_start(text, m, cs) is None:
        return "skip"  # 'في قلب تل ابيب', 'مدينه واشنطن': a place, not an actor ('الفرقه 15 في الجيش': a unit's)
    if (not text[cs:m.start].strip() and text[m.end:m.end + 3].lstrip()[:1] in ("(", "-", "–")) or in_dateline(
            rec, m, cs):
        return "skip"  # a dateline: 'واشنطن (ا ف ب) - ...', 'واشنطن، اربيل - وكالات:'
    if _generic_of(rec, m, clause[1]):
        return "skip"  # 'مسلحون من داعش', 'خليه مسلحه من بقايا داعش': the named group stands for them
    if controls_civil(rec, m, cs):
        return "skip"  # 'قصف على السوق في نيالا الخاضعه لسيطره X': X holds the town, the market's people were hit
    mod = attached(rec, m, cs)
    if mod:
        return mod
    if _after_object_verb(rec, m, cs):
        return "agent"  # 'منزل استهدفته طائرات اسراييليه': the verb's suffix is its object, the actor its subject
    if kind != "adj" and instrument(rec, m) and not cue_right_before(rec, "target_prep", m.start, 1, cs):
        return "agent"
    if kind not in ("adj", "site") and not m.prefix and _genitive_of_attack(rec, m, cs):
        return "agent"  # 'غاره العدو الاسراييلي', 'هجمات الحوثيين': the attack noun's genitive made it
    if kind == "adj":
        for item in (*rec.near("triggers", cs, m.start), *rec.near("weapons", cs, m.start)):
            if item.end <= m.start and coordinated_adjectives(text, item.end, m.start) and item.start >= cs:
                return "target" if object_of_verb(rec, item, cs) else "agent"
        if cue_right_before(rec, "target_prep", m.start, 0, cs) or cue_right_before(rec, "holding", m.start, 1, cs):
            return "target"  # 'على الاسرائيلي', 'آليه عسكريه اسرائيليه': the one hit
        if prev_word(text, m.start) in SOLDIER_NOUNS and is_victim(rec, m, clause):
            return "target"  # 'مقتل جندي تركي', 'اصابه عسكريين امريكيين': the soldiers counted were hit
        return "skip"
    if not m.prefix and _after_weapon(rec, m, cs, 30):
        return "agent"  # 'برصاص قوات الاحتلال', 'بقذائف الجيش': the weapon's owner fired it
    prev = prev_word(text, m.start)
    if cue_right_before(rec, "host", m.start, 3, cs):
        return "target"
    if l_clitic(text, m) and (cue_right_before(rec, "target_prep", m.start, 3, cs)
                                                       or cue_right_before(rec, "holding", m.start, 2, cs)):
        return "target"  # 'على مواقع لX', 'حاجزا للجيش': the holder of what was hit
    if prev[:1] == "ل" and prev[1:] in GROUP_HEADS and cue_right_before(rec, "target_prep", m.start, 4, cs):
        return "target"  # 'اهداف عسكريه لنظام الحوثي', 'مواقع لجماعه X': the owner of the sites
    if prev == "من" and _verb_follows(rec, m):
        return "agent"  # 'مسلحين من داعش هاجموا نقطه': the group is the subject of the verb after it
    if prev == "من" and (cue_right_before(rec, "target_prep", m.start, 0, cs) or _hit_group_of(rec, m, cs)) \
            and not _agent_verb(rec, m, cs):
        return "target"  # 'عناصر من X', 'قضت على مخربين من X': members of X, counted as hit
    if prev in ("من", "قبل") or cue_right_before(rec, "agent_prep", m.start, 1, cs) or _agent_verb(rec, m, cs):
        return "agent"
    if cue_right_before(rec, "target_prep", m.start, 1, cs):
        return "target"
    if states(rec, m, cs) or condemns(rec, m, cs):
        return "skip"  # 'ادانت الحكومه العراقيه الضربات': who condemns, accuses or comments did not strike
    return "free"


def controls_civil(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'على سوق X الخاضعه لسيطره Y': after a civil object hit ('على' before it), Y only holds the town and the
    market's people were hit (not 'اضرار في السفن ... في مناطق خاضعه لسيطره Y')."""
    return control_phrase(rec.nt.text, m, floor) is not None and any(
        c.end <= m.start and cue_right_before(rec, "target_prep", c.start, 0, floor)
        for c in rec.cues_of("civil_object", floor, m.start))


def _in_place_name(rec: Recognized, m: Match[Entry]) -> bool:
    """True when a longer place name holds the actor's words ('السيده زينب' holds 'سيده')."""
    return rec.inside("places", m.start, m.end)


def object_of_verb(rec: Recognized, w: Match[Entry], floor: int) -> bool:
    """'استهدفوا (امس) دبابه': a noun right after a verb whose subject is its suffix ('وا', 'نا') is its object."""
    text = rec.nt.text
    head = next((h for h in rec.near("weapons", w.start - 30, w.start)
                 if h.end <= w.start and not text[h.end:w.start].strip(" \"'")), None)
    start = head.start if head is not None else w.start  # 'دبابه "ميركافا"': the head noun and its type, one object
    return any(t.payload.get("pos") == "verb" and floor <= t.start and t.end <= start
               and words_between(text, t.end, start) <= 2 and (plural_verb(text, t.end) or _first_person(text, t))
               for t in rec.near("triggers", start - 40, start))


def _launched_from(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'صاروخ اطلق من لبنان', 'قذيفه صاروخيه من الاراضي اللبنانيه': a weapon or launch word within five words before."""
    text = rec.nt.text
    return any(x.start >= floor and x.end <= m.start and words_between(text, x.end, m.start) <= 5
               for x in (*rec.near("weapons", m.start - 60, m.start), *rec.near("triggers", m.start - 60, m.start)))


GENITIVE_AGENT = frozenset({"air_strike", "strike", "shelling", "attack"})


def _genitive_of_attack(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """An actor right after an attack noun ('غاره العدو', 'قصف قوات النظام'), not after 'استهداف' (its object)."""
    text = rec.nt.text
    return any(t.payload.get("pos") == "noun" and t.payload.get("class") in GENITIVE_AGENT and t.start >= floor
               and t.end <= m.start and not text[t.end:m.start].strip(" \"'")  # 'هجوم "داعش"': a name in quotes
               for t in rec.near("triggers", m.start - 20, m.start))


def _verb_follows(rec: Recognized, m: Match[Entry]) -> bool:
    """A plural verb trigger right after the actor ('عناصر من داعش هاجموا'): the actor's men are its subject."""
    text = rec.nt.text
    return any(t.payload.get("pos") == "verb" and words_between(text, m.end, t.start) == 0
               and plural_verb(text, t.end) for t in rec.near("triggers", m.end, m.end + 12))


def _member_of(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'قيادي بارز في حزب الله', 'استهدفنا عنصرين من X': a person noun, then 'في' (or after the attack 'من') before X."""
    text = rec.nt.text
    lo = max(floor, m.start - 40)
    words = text[lo:m.start].replace('"', " ").split()
    if words and words[-1] in GROUP_HEADS:
        words = words[:-1]
    if not words or words[-1] not in ("في", "من"):
        return False
    at = lo + text[lo:m.start].rfind(words[-1])
    for c in rec.cues_of("member", max(floor, at - 40), at):
        if words_between(text, c.end, at) > 2 or cue_right_before(rec, "attribution", c.start, 1, floor):
            continue  # not 'قال قيادي في حماس': a speaker, not a victim
        if words[-1] == "من" and not any(
                t.end <= c.start and (_first_person(text, t) or not (
                    t.payload.get("pos") == "verb" and words_between(text, t.end, c.start) <= 1))
                for t in rec.near("triggers", floor, c.start)):
            continue  # 'عناصر من داعش هاجموا', 'هاجم عناصر من داعش': the members are the subject
        return True
    return False


def _generic_of(rec: Recognized, m: Match[Entry], end: int) -> bool:
    """An unnamed or generic group followed by 'من' and, within three words, a named actor."""
    if m.payload.get("side") != "UNKNOWN" and m.payload.get("kind") != "generic":
        return False
    text = rec.nt.text
    words = text[m.end:min(end, m.end + 24)].split()
    if not words or words[0] != "من":
        return False
    at = m.end + text[m.end:].find("من") + 2
    return any(a.start >= at and a.end <= end and words_between(text, at, a.start) <= 2
               for a in rec.near("actors", at, at + 40) if a.payload.get("side") != "UNKNOWN")


def _named_after(rec: Recognized, m: Match[Entry], end: int) -> bool:
    """A generic group noun right before a named actor ('ميليشيا "قسد"', 'ميليشيات حزب الله'): a label for it."""
    if m.payload.get("kind") != "generic":
        return False
    text = rec.nt.text
    return any(a.start >= m.end and a.end <= end and not text[m.end:a.start].strip(" \"'") and a.payload.get(
        "side") not in ("UNKNOWN", m.payload.get("side")) for a in rec.near("actors", m.end, m.end + 4))


def _hit_group_of(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'على مسلحين من X': a generic group right before 'من X' is itself what the prepositions say was hit; so is one
    in the accusative ('-ين') right after a verb of attack ('هاجمت مخربين من X'), its object."""
    text = rec.nt.text
    return any(g.end <= m.start and words_between(text, g.end, m.start) == 1 and _generic_of(rec, g, m.end)
               and (cue_right_before(rec, "target_prep", g.start, 0, floor) or _object_plural(rec, g, floor))
               for g in rec.near("actors", max(floor, m.start - 40), m.start))


def _object_plural(rec: Recognized, g: Match[Entry], floor: int) -> bool:
    """'استهدفت مسلحين', 'هاجمت امس مخربين': a sound plural in the accusative ('-ين', not the subject's '-ون')
    within two words after a verb trigger, with no actor between: the verb's object."""
    text = rec.nt.text
    if not text[g.start:g.end].endswith("ين"):
        return False
    return any(t.payload.get("pos") == "verb" and t.start >= floor and t.end <= g.start
               and words_between(text, word_end(text, t.end), g.start) <= 2
               and not any(t.end <= a.start and a.end <= g.start for a in rec.near("actors", t.end, g.start))
               for t in rec.near("triggers", g.start - 40, g.start))


def _agent_verb(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'اعتداء نفذته مجموعه ارهابيه من فلول داعش': the first actor within six words of such a verb did it."""
    text = rec.nt.text
    for c in rec.cues_of("agent_verb", max(floor, m.start - 80), m.start):
        if not any(w.end <= c.start and words_between(text, w.end, c.start) <= 1
                   for w in (*rec.near("triggers", c.start - 40, c.start), *rec.near("weapons", c.start - 40, c.start))):
            continue  # the pronoun must point at an attack or a weapon: 'نشاط ... نفذته X' is not one
        if c.end <= m.start and words_between(text, c.end, m.start) <= 6 and not any(
                c.end <= a.start and a.end <= m.start and a.payload.get("side") != "UNKNOWN"
                for a in rec.near("actors", c.end, m.start)):
            return True
    return False


def _after_object_verb(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """A verb of attack carrying an object pronoun right before the actor ('استهدفته', 'قصفها'): the actor after it is
    the verb's subject ('سفينه استهدفها الحوثيون')."""
    text = rec.nt.text
    return any(t.start >= floor and word_end(text, t.start) < m.start and object_suffix(text, t)
               and words_between(text, word_end(text, t.start), m.start) == 0
               for t in rec.near("triggers", max(floor, m.start - 24), m.start))


def _after_weapon(rec: Recognized, m: Match[Entry], floor: int, reach: int = 40) -> bool:
    """A weapon starting within `reach` characters ends right before m ('الطيران الحربي السوري', 'برصاص قوات X')."""
    return any(w.end <= m.start and w.start >= floor and words_between(rec.nt.text, w.end, m.start) == 0
               for w in rec.near("weapons", m.start - reach, m.start))


def _far(text: str, m: Match[Entry], trig: Match[Entry]) -> bool:
    """True when m lies more than four words from the trigger (an adjective of another attack noun)."""
    gap = words_between(text, trig.end, m.start) if m.start >= trig.end else words_between(text, m.end, trig.start)
    return gap > 4


def clause_roles(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> tuple[Actor | None, Actor | None]:
    """Agent and target of one trigger inside its clause (None where the clause does not say)."""
    cs, ce = clause
    since = rec.nt.text.rfind(" منذ ", cs, trig.start)
    if since >= 0:  # 'الهجوم الاول علي القواعد الامريكيه منذ الضربات التي نفذتها واشنطن': the phrase is its own event
        cs = since + 1
        clause = (cs, ce)
    inside_source = [s for s in rec.near("sources", cs, ce) if s.end <= ce]
    hits = []
    for m in rec.near("actors", cs, ce):
        if m.end > ce:
            continue
        if any(s.start <= m.start and m.end <= s.end and s.end - s.start > m.end - m.start for s in inside_source):
            if m.payload.get("kind") != "site" and is_speaker(rec, m, cs):
                hits.append(RoleHit(m, "speaker"))  # 'المتحدث باسم الجيش': inside a source, only ever the speaker
            continue
        if hits and hits[-1].match.payload.id == m.payload.id and rec.nt.text[
                hits[-1].match.end:m.start].strip(" \"'") == "(":
            continue  # 'قوات سوريا الديمقراطيه (قسد)': the name's short form plays the part the long one plays
        if hits and rec.nt.text[hits[-1].match.end:m.start].strip(" \"'") == "/":
            hits[-1] = RoleHit(m, hits[-1].role)  # '"PKK/YPG"': one party named twice; its last name (the
            continue  # Syrian branch, the one fought in Syria) plays the part the first one's place gives
        hits.append(RoleHit(m, classify(rec, m, clause)))
    hits = [RoleHit(h.match, "skip") if h.role == "agent" and h.match.payload.get("kind") == "adj"
            and _far(rec.nt.text, h.match, trig) and not _after_weapon(rec, h.match, cs) else h for h in hits]
    hits = [RoleHit(h.match, "skip") if h.role == "free" and h.match.start > trig.end
            and _next_subject(rec, h.match) else h for h in hits]
    speakers = [h.match for h in hits if h.role == "speaker"]
    origin = next((h.match for h in hits if h.role == "origin"), None)
    if prev_word(rec.nt.text, trig.start) in OBSERVED:
        speakers = []  # 'قال الجيش انه رصد اطلاق 20 قذيفه': the speaker saw the launch, it did not launch
    hits = [RoleHit(h.match, "target") if h.role in ("agent", "free") and h.match.payload.get("side") == "CIVILIANS"
            else h for h in hits if h.role not in ("skip", "speaker", "origin") and not (  # civilians never attack,
                trig.payload.get("class") == "clash" and among_dead(rec, h.match))]  # nor are the dead of a clash
    hits = [RoleHit(h.match, "target") if h.role == "agent" and h.match.start > trig.end and _held(
        rec, h.match, trig) else h for h in hits]
    hits = [RoleHit(h.match, "target") if h.role in ("agent", "free") and repels(rec, h.match, trig, cs) and any(
        o.role == "agent" and o.match.start > h.match.end for o in hits) else h for h in hits]
    agent: Match[Entry] | None = None
    target: Match[Entry] | None = None
    exposure = [c for c in rec.cues_of("exposure", cs, trig.start)]
    is_verb = trig.payload.get("pos") == "verb"
    for h in hits:
        if h.role == "agent" and agent is None:
            agent = h.match
        elif h.role == "target" and target is None:
            target = h.match
    own_cues = [c for c in rec.near("cues", cs, trig.start) if c.payload.kind == "own_forces" and c.end <= trig.start]
    lost = [c for c in own_cues if own_victims(rec, c)]
    if (lost or own_held(rec, cs, ce)) and speakers and target is None:
        target = speakers[0]  # 'اعلنت قسد مقتل ستة من مقاتليها في هجوم', 'نقطه لقواتنا': the speaker was hit
    own = [c for c in own_cues if c not in lost and (bare_words(rec.nt.text, c.end, trig.start) == 0 or (
               bare_words(rec.nt.text, c.end, trig.start) == 1
               and rec.nt.text[c.end:trig.start].strip(' "').startswith(OWN_ACT_VERBS)))]  # 'انه "استهدف'
    if own and speakers and agent is None:
        agent = speakers[0]  # 'اعلنت المقاومه ان مجاهديها استهدفوا ...': the speaker's own forces
        hits = [h for h in hits if not (h.role == "free" and h.match.start >= trig.end and target is None)] + [
            RoleHit(h.match, "target") for h in hits if h.role == "free" and h.match.start >= trig.end]
        target = target or next((h.match for h in hits if h.role == "target"), None)
    if agent is None and speakers and (_first_person(rec.nt.text, trig) or unowned_arm(rec, speakers[0], trig)):
        agent = speakers[0]  # 'الجيش الاسراييلي: استهدفنا ...', 'قال الجيش ان طايرات حربيه اغارت': its own act
    free_before = [h.match for h in hits if h.role == "free" and h.match.end <= trig.start]
    free_after = [h.match for h in hits if h.role == "free" and h.match.start >= trig.end]
    if exposure:
        ex = exposure[-1]
        between = [m for m in free_before if m.start >= ex.end]
        if target is None and between:
            target = between[0]
        if agent is None:
            agent = next((m for m in free_after if prev_word(rec.nt.text, m.start) in ("من", "قبل")), None)
    else:
        if agent is None and free_before and is_verb and free_after and _fronted_phrase(
                rec.nt.text, free_before[-1], trig, free_after[0]):
            free_before = free_before[:-1]
        if agent is None and free_before:
            agent = free_before[-1]
            free_before = free_before[:-1]
        if is_verb and free_after:
            if agent is None and not holder_of_object(rec, trig, free_after[0]):
                agent = free_after[0]
                free_after = free_after[1:]
            if target is None and free_after:
                target = free_after[0]
        elif free_after and target is None:
            m0 = free_after[0]
            if agent is None and ((l_clitic(rec.nt.text, m0) and not _verb_between(rec, trig, m0))
                                  or masdar_subject(rec, trig, m0)):
                agent = m0
            else:
                target = m0
    if target is None and agent is not None and agent.start > trig.end and speakers and speaker_repels(
            rec, speakers[0], trig):
        target = speakers[0]  # 'قال الجيش ان قواته صدت هجوما شنته X': the speaker's forces were attacked
    if agent is None and speakers and claims_own_act(rec, speakers[0], trig, cs) and (
            origin is None or origin.payload.get("side") == speakers[0].payload.get("side")):
        agent = speakers[0]  # not 'اضاف الجيش ان 15 قذيفه اطلقت من لبنان': fired from the other side
    if trig.payload.get("class") == "intercept" and agent is not None and not instrument(rec, agent) \
            and not act_between(rec, agent, trig) and not _attack_owner(rec, agent, trig, cs):
        owner = next((h.match for h in hits if h.role == "agent" and h.match.start >= trig.end
                      and h.match.payload.get("side") != agent.payload.get("side")), None)
        agent, target = owner or (target if target is not None and target.payload.get("kind") != "site"
                                  and target.payload.get("side") != "CIVILIANS" else None), agent
        # 'الدفاعات الجويه للنظام تصدت لعدوان اسراييلي': the defender was attacked, by the attack's owner if named
    if agent is None:
        agent = carried_subject(rec, clause, trig, classify)  # 'اقتحمت قوات X القريه، واطلقت النار': X did both
    if agent is None and origin is not None and (target is None or target.payload.get("side") != "IRAN_ALIGNED"):
        agent = origin  # 'صاروخ اطلق من لبنان': the side firing from there, when the clause names no attacker
    pair = between_foes(rec, trig, ce) if agent is None and trig.payload.get("class") == "clash" else None
    if pair is not None:
        agent, target = pair  # 'اشتباكات بين X وY': the two foes, the first named first
    if agent is None and target is None and trig.payload.get("class") == "clash":
        agent, target = both_sides(rec, trig, ce)
    if target is None:
        owner = pronoun_owner(rec, clause, trig)  # 'استهدفت ضربه مخزنا تابعا لها': the owner named before was hit
        target = owner if owner is not None and (
            agent is None or agent.payload.get("side") != owner.payload.get("side")) else None
    if pair is None and agent is not None and target is not None and agent.end <= target.start and coordinated(
            rec.nt.text, agent, target):
        target = None  # 'مصدره مواقع قوات النظام والميليشيات الايرانيه': two names joined by 'و', one party
    a = actor_from(rec, agent) if agent else None
    t = actor_from(rec, target) if target else (None if speakers else held_speaker(rec, clause))
    if a is None and trig.payload.get("class") != "intercept":
        a = answered_attacker(rec, clause, trig, t, clause_roles)  # 'قصفت X مواقع Y ردا علي هجوم علي قاعده لX'
    if a and t and a.side == t.side and not sworn_foes(a.id, t.id):  # not 'مدفعيه الجيش' on the RSF (both OTHER)
        if target is not None and agent is not None and target.start < agent.start:
            a = None
        else:
            t = None
    if a is None and t is None and trig.payload.get("class") == "clash":
        a, t = unit_pair(rec, trig, ce) or (None, None)  # 'اشتباكات بين "كتيبه X" و"قوه Y"': two unlisted units
    return a, t


def _fronted_phrase(text: str, before: Match[Entry], trig: Match[Entry], after: Match[Entry]) -> bool:
    """'ردا علي ..., ومقاومه لقوات X, استهدف مجاهدو Y القاعده': an actor set off by a comma before a verb whose
    subject follows it at once (one word, 'مجاهدو', at most) belongs to the phrase before, not to the verb."""
    verb_end = text.find(" ", trig.end)
    return "," in text[before.end:trig.start] and verb_end >= 0 and bare_words(text, verb_end, after.start) <= 1


def _verb_between(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'نفذ 14 غاره ... استهدفت تعزيزات للحوثيين': a verb of attack between the noun and 'لX' takes X as the holder
    of its object, not the noun's attacker ('هجوما ل"داعش"')."""
    return any(t.payload.get("pos") == "verb" and trig.end <= t.start and t.end <= m.start
               for t in rec.near("triggers", trig.end, m.start))


def _next_subject(rec: Recognized, m: Match[Entry]) -> bool:
    """'الجيش يصد هجوما على X والمليشيا تقصف سوقها': an actor after 'و' with a verb of attack right after it is the
    subject of that next clause, no party to the trigger before."""
    text = rec.nt.text
    if not (m.prefix.startswith("و") or prev_word(text, m.start) == "و"):
        return False
    return any(t.payload.get("pos") == "verb" and t.start >= m.end and words_between(text, m.end, t.start) == 0
               for t in rec.near("triggers", m.end, m.end + 12))


def _attack_owner(rec: Recognized, agent: Match[Entry], trig: Match[Entry], floor: int) -> bool:
    """'احباط هجوم ل"داعش"', 'تصدت لهجوم شنه X', 'تصدت لعدوان جوي اسراييلي': the actor after an intercept word
    belongs to the attack noun between them (by 'ل', a verb of doing or as its adjective), so it attacked."""
    if agent.start < trig.end:
        return False
    attacks = [t for t in rec.near("triggers", trig.end, agent.start)
               if trig.end <= t.start and t.end <= agent.start and t.payload.get("class") != "intercept"]
    if agent.payload.get("kind") == "adj":  # 'تصدت لعدوان (جوي) اسراييلي': the attack noun's own adjective
        return any(coordinated_adjectives(rec.nt.text, t.end, agent.start) for t in attacks)
    return bool(attacks) and (l_clitic(rec.nt.text, agent) or _agent_verb(rec, agent, floor))


def _held(rec: Recognized, m: Match[Entry], trig: Match[Entry]) -> bool:
    """'تعتقل 6 مرتزقه من داعش', 'اسفرت عن اعتقال 6 عناصر من X': after an arrest verb, or a count, 'من X' names
    the group whose members were acted on."""
    text = rec.nt.text
    if prev_word(text, m.start) != "من":
        return False
    if trig.payload.get("class") == "arrest":
        return True
    at = text.rfind(" من", trig.end, m.start)
    return at > 0 and any(q.end <= at and words_between(text, q.end, at) <= 1 and q.kind != "ordinal"
                          and q.start >= trig.end  # not 'غارتان من الطيران': the count of the strikes themselves
                          for q in rec.near("quantities", at - 30, at))


def _first_person(text: str, trig: Match[Entry]) -> bool:
    """A verb trigger in the first person plural ('استهدفنا', 'قصفنا'): the speaker's own act."""
    if trig.payload.get("pos") != "verb":
        return False
    word = text[trig.start:trig.end + 4].split(" ", 1)[0].rstrip(",.:\"")
    return word.endswith("نا") and len(word) > len(trig.key)
