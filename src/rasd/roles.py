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
from .role_attach import masdar_subject, proxy_side
from .role_carry import carried_subject, pronoun_owner
from .role_classify import after_weapon, agent_verb, classify, first_person, instrument
from .role_classify import controls_civil as controls_civil  # re-exported for role_fallbacks
from .role_classify import object_of_verb as object_of_verb  # re-exported for subevent
from .role_defence import (
    act_between,
    between_foes,
    both_sides,
    repelled_owner,
    repels,
    speaker_repelled,
    speaker_repels,
)
from .role_partner import joined_partner
from .role_raid import raid_leader
from .role_speakers import (
    OWN_ACT_VERBS,
    claims_own_act,
    held_speaker,
    is_speaker,
    own_held,
    own_victims,
    subject_teller,
)
from .role_tellers import unowned_arm
from .role_units import unit_pair
from .role_victims import among_dead
from .role_words import COMPLEMENTIZER as COMPLEMENTIZER  # re-exported for scene
from .role_words import (
    actor_from,
    after_target_prep,
    bare_words,
    coordinated,
    coordinated_adjectives,
    holder_of_object,
    l_clitic,
    object_suffix,
    own_attributes,
    prev_word,
    word_end,
    words_between,
)


@dataclass(frozen=True, slots=True)
class RoleHit:
    """An actor match with the role the construction gives it."""

    match: Match[Entry]
    role: str  # agent | target | free | civil (civilians read as agent or free: a target only if none other)


OBSERVED = frozenset({"رصد", "رصدت", "رصدنا", "رصدوا", "يرصد", "ترصد", "شاهد", "شاهدنا", "سمع", "سمعنا", "تتبع",
                      "تعقب", "لاحظ", "لاحظنا", "يراقب", "تراقب"})
EXPOSURE_VERBS = frozenset({"تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضتا"})  # not the
# noun 'تعرضا' ('احبطت قطعات الجيش تعرضا لعناصر داعش': an assault, in Iraqi military usage)
PRESS_KINDS = frozenset({"monitor", "outlet", "agency"})  # sources.tsv kinds that speak for no side's forces
PASSIVE_TRIGGERS = frozenset({"shot_passive"})  # 'انطخ شب من الاسايش': the one named after it was shot
SITE_OF = frozenset({"مكان", "موقع"})  # 'مكان الاستهداف', 'موقع الضربه': the scene of an incident told


def _far(text: str, m: Match[Entry], trig: Match[Entry]) -> bool:
    """True when m lies more than four words from the trigger (an adjective of another attack noun)."""
    gap = words_between(text, trig.end, m.start) if m.start >= trig.end else words_between(text, m.end, trig.start)
    return gap > 4


FRAMING_PREPS = frozenset({"في", "وفي", "ضمن", "وضمن", "خلال", "وخلال", "ب", "وب"})  # 'وفي (اطار) عمليه'
FRAMING_LEAD = FRAMING_PREPS | {"اطار", "و", ""}


def verb_roles(rec: Recognized, clause: tuple[int, int],
               trigs: list[Match[Entry]]) -> tuple[Actor | None, Actor | None]:
    """'في اطار عمليه مشتركه مع X, استهدفت طايره تابعه لY ...': a clause headed by a noun that names no party takes
    the parties of the first verb of attack after it (the noun only frames the act the verb tells)."""
    head = trigs[0]
    lead = rec.nt.text[clause[0]:head.start - len(head.prefix)].replace(",", " ").split()
    if head.payload.get("pos") != "noun" or not (lead or head.prefix) or not set(
            [*lead, head.prefix]) <= FRAMING_LEAD or not ({*lead, head.prefix} & FRAMING_PREPS):
        return None, None  # only a fronted 'في (اطار) عمليه ...': not 'تعرضت X لهجوم ... اطلقتها Y'
    verb = next((t for t in trigs[1:] if t.payload.get("pos") == "verb" and t.payload.get("class") != "intercept"),
                None)
    return clause_roles(rec, clause, verb) if verb is not None else (None, None)


def clause_roles(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> tuple[Actor | None, Actor | None]:
    """Agent and target of one trigger inside its clause (None where the clause does not say)."""
    cs, ce = clause
    if trig.payload.get("pos") != "verb" and rec.nt.text.startswith("ال", trig.start) and prev_word(
            rec.nt.text, trig.start).removeprefix("و").removeprefix("ب").removeprefix("ل") in SITE_OF:
        return None, None  # 'طوقت قوه امنيه مكان الحادث': the attack names a site, who acts there is no party
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
            if m.payload.get("kind") != "site" and is_speaker(rec, m, cs) and not (
                    m.payload.get("kind") == "adj" and any(s.payload.get("kind") in PRESS_KINDS and s.start <= m.start
                                                           and m.end <= s.end for s in inside_source)):
                hits.append(RoleHit(m, "speaker"))  # 'المتحدث باسم الجيش': inside a source, only ever the speaker
            continue  # 'قال المرصد السوري ان ...': a nisba in a monitor's or outlet's name speaks for no state
        if hits and hits[-1].match.payload.id == m.payload.id and rec.nt.text[
                hits[-1].match.end:m.start].strip(" \"'") == "(":
            continue  # 'قوات سوريا الديمقراطيه (قسد)': the name's short form plays the part the long one plays
        if hits and rec.nt.text[hits[-1].match.end:m.start].strip(" \"'") == "/":
            hits[-1] = RoleHit(m, hits[-1].role)  # '"PKK/YPG"': one party named twice; its last name (the
            continue  # Syrian branch, the one fought in Syria) plays the part the first one's place gives
        hits.append(RoleHit(m, classify(rec, m, clause)))
    hits = [RoleHit(h.match, "skip") if h.role == "agent" and h.match.payload.get("kind") == "adj"
            and _far(rec.nt.text, h.match, trig) and not after_weapon(rec, h.match, cs) else h for h in hits]
    hits = [RoleHit(h.match, "skip") if h.role == "free" and h.match.start > trig.end
            and _next_subject(rec, h.match) else h for h in hits]
    if trig.payload.get("class") == "arrest":  # 'نفذ التحالف مع قسد انزالا': the partner is no target
        hits = [RoleHit(h.match, "skip") if k and h.role in ("free", "target") and (
                    h.match.end <= trig.start or hits[k - 1].role == "agent")  # 'انزال للتحالف مع قسد': its maker's
                and joined_partner(rec.nt.text, hits[k - 1].match, h.match) else h for k, h in enumerate(hits)]
    speakers = [h.match for h in hits if h.role == "speaker"]
    origin = next((h.match for h in hits if h.role == "origin"), None)
    if prev_word(rec.nt.text, trig.start) in OBSERVED:
        speakers = []  # 'قال الجيش انه رصد اطلاق 20 قذيفه': the speaker saw the launch, it did not launch
    hits = [RoleHit(h.match, "civil" if _subject_after(rec.nt.text, trig, h.match) else "target") if h.role in (
                "agent", "free") and h.match.payload.get("side") == "CIVILIANS" else h for h in hits if h.role not in ("skip", "speaker", "origin") and not (  # civilians never attack,
                trig.payload.get("class") == "clash" and among_dead(rec, h.match))]  # nor are the dead of a clash
    hits = [RoleHit(h.match, "target") if h.role == "agent" and h.match.start > trig.end and (_held(
        rec, h.match, trig) or trig.payload.id in PASSIVE_TRIGGERS) else h for h in hits]
    if any(h.role in ("agent", "free") and repels(rec, h.match, trig, cs) for h in hits):
        hits = [RoleHit(h.match, "agent") if h.role in ("target", "free") and repelled_owner(rec, trig, h.match) else h
                for h in hits]  # 'صدت الوحدات هجوما لX': X attacked
    hits = [RoleHit(h.match, "target") if h.role in ("agent", "free") and repels(rec, h.match, trig, cs) and any(
        o.role == "agent" and o.match.start > h.match.end for o in hits) else h for h in hits]
    hits = [RoleHit(h.match, "target") if h.role == "free" and (_exposed_later(rec, h.match, trig, ce) or _later_object(
        rec, trig, h.match)) else h for h in hits]
    agent: Match[Entry] | None = None
    target: Match[Entry] | None = None
    exposure = [c for c in rec.cues_of("exposure", cs, trig.start)]
    is_verb = trig.payload.get("pos") == "verb"
    for h in hits:
        if h.role == "agent" and agent is None:
            agent = h.match
        elif h.role == "target" and target is None:
            target = h.match
    target = target or next((h.match for h in hits if h.role == "civil"), None)  # civilians never attack; told
    # as the subject right after the verb ('القى شبان عبوه علي دوريه لX') they yield to a target the clause names
    own_cues = [c for c in rec.near("cues", cs, trig.start) if c.payload.kind == "own_forces" and c.end <= trig.start]
    lost = [c for c in own_cues if own_victims(rec, c)]
    if (lost or own_held(rec, cs, ce)) and speakers and target is None:
        target = speakers[0]  # 'اعلنت قسد مقتل ستة من مقاتليها في هجوم', 'نقطه لقواتنا': the speaker was hit
    repelled = bool(speakers) and speaker_repelled(rec, speakers[0], trig) and any(
        h.role in ("agent", "free") and h.match.start >= trig.end for h in hits)  # its forces repelled Y's attack
    own = [] if repelled else [c for c in own_cues if c not in lost and (bare_words(rec.nt.text, c.end, trig.start) == 0 or (
               bare_words(rec.nt.text, c.end, trig.start) == 1
               and rec.nt.text[c.end:trig.start].strip(' "').startswith(OWN_ACT_VERBS))
               or own_attributes(rec.nt.text, c.end, trig.start))]  # 'انه "استهدف', 'وحداتنا الصاروخيه قصفت'
    if own and speakers and agent is None:
        agent = speakers[0]  # 'اعلنت المقاومه ان مجاهديها استهدفوا ...': the speaker's own forces
        hits = [h for h in hits if not (h.role == "free" and h.match.start >= trig.end and target is None)] + [
            RoleHit(h.match, "target") for h in hits if h.role == "free" and h.match.start >= trig.end]
        target = target or next((h.match for h in hits if h.role == "target"), None)
    if agent is None and speakers and not repelled and (first_person(rec.nt.text, trig) or unowned_arm(rec, speakers[0], trig)):
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
            if agent is None and ((l_clitic(rec.nt.text, m0) and not _verb_between(rec, trig, m0)
                                   and not after_target_prep(rec, trig, m0))
                                  or masdar_subject(rec, trig, m0) or _told_subject(rec.nt.text, trig, m0)):
                agent = m0
            else:
                target = m0
    if target is None and speakers and (repelled and (agent is None or agent.start > trig.end) or (
            agent is not None and agent.start > trig.end and speaker_repels(rec, speakers[0], trig))):
        target = speakers[0]  # 'قال الجيش ان قواته صدت هجوما شنته X': the speaker's forces were attacked
    if agent is None and speakers and not repelled and claims_own_act(rec, speakers[0], trig, cs) and (
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
    a = proxy_side(rec, agent, actor_from(rec, agent), cs) if agent else None  # 'مسلحون موالون لX': X's side
    t = proxy_side(rec, target, actor_from(rec, target), cs) if target else (
        None if speakers else held_speaker(rec, clause))
    if a is None and trig.payload.get("class") != "intercept":
        a = answered_attacker(rec, clause, trig, t, clause_roles)  # 'قصفت X مواقع Y ردا علي هجوم علي قاعده لX'
    if a and t and a.side == t.side and not sworn_foes(a.id, t.id):  # not 'مدفعيه الجيش' on the RSF (both OTHER)
        if target is not None and agent is not None and target.start < agent.start:
            a = None
        else:
            t = None
    if a is None and t is None and trig.payload.get("class") == "clash":
        a, t = unit_pair(rec, trig, ce) or (None, None)  # 'اشتباكات بين "كتيبه X" و"قوه Y"': two unlisted units
    raider = raid_leader(rec, trig) if trig.payload.get("class") == "clash" and (a is None or a.side == "UNKNOWN") \
        else None
    if raider is not None:  # 'اشتباكات ... خلال اقتحام قوات X': the raiding force leads the clash it met
        a, t = actor_from(rec, raider), (t if t is not None and t.side != raider.payload.get("side") else None)
    return a, t


def _exposed_later(rec: Recognized, m: Match[Entry], trig: Match[Entry], ce: int) -> bool:
    """'اكد وقوع الهجوم, قايلا ان "القوات الامريكيه في اربيل تعرضت لهجوم"': an actor after the trigger that is the
    subject of a later exposure verb (right before it, at most two words or a 'في' phrase of four between, or right
    after it) was hit."""
    if m.start < trig.end:
        return False
    text = rec.nt.text
    return any(((c.start >= m.end and bare_words(text, m.end, c.start) <= (
        4 if text[m.end:c.start].split()[:1] == ["في"] else 2)) or (
        c.end <= m.start and bare_words(text, word_end(text, c.start), m.start) == 0))
        and text[c.start:word_end(text, c.start)].strip(' "') in EXPOSURE_VERBS
        for c in rec.cues_of("exposure", trig.end, ce))


WHEN_WORDS = frozenset({"حين", "حينما", "عندما", "لما", "بعدما", "اذ", "وحين", "وعندما"})


def _told_subject(text: str, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'اما الهجوم الاعنف فكان مساء الاحد, حين نصب مسلحو داعش كمينا لرتل': after an attack noun, a clause of 'حين',
    'عندما' or 'اذ' tells how it happened; the actor right after its verb is that verb's subject, who did it (not
    'حين تعرض X لهجوم': the one exposed)."""
    if m.prefix or m.start < trig.end:
        return False
    words = text[word_end(text, trig.start):m.start].replace(",", " ").split()
    return len(words) >= 2 and words[-2] in WHEN_WORDS and not words[-1].startswith(("ال", "و")) \
        and words[-1] not in EXPOSURE_VERBS and words[-1].isalpha()


def _subject_after(text: str, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'القى شبان عبوه', 'القاء شبان عبوه': an actor right after the trigger's word, in its subject's slot."""
    return m.start >= trig.end and bare_words(text, word_end(text, trig.start), m.start) == 0


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
    if _after_new_verb(text, m) or subject_teller(rec, m) or _tells_next(rec, m):
        return True  # 'و"قسد" تؤكد مقتل اثنين': the subject of a new clause that tells
    if not (m.prefix.startswith("و") or prev_word(text, m.start) == "و"):
        return False
    return any(t.payload.get("pos") == "verb" and t.start >= m.end and words_between(text, m.end, t.start) == 0
               for t in rec.near("triggers", m.end, m.end + 12))


def _later_object(rec: Recognized, trig: Match[Entry], m: Match[Entry]) -> bool:
    """'بقصف مسيره ... وعبوه ناسفه تستهدف جيب الاحتلال': an actor right after a vehicle or post noun (a holding cue,
    not a force noun) that is the object of a later verb of attack (its genitive, no clitic) holds what that verb
    hit; it is no subject of the first verb (not 'هاجم مجاهدو X', 'الغاز الذي اطلقه جنود X': the verb's subject)."""
    text = rec.nt.text
    if m.prefix:
        return False
    nouns = [c for c in rec.cues_of("holding", m.start - 16, m.start) if c.key not in FORCE_NOUNS and not c.prefix
             and c.end <= m.start and not text[word_end(text, c.start):m.start].strip()]
    return bool(nouns) and any(
        t.payload.get("pos") == "verb" and t.start > trig.end and t.end <= nouns[-1].start
        and not object_suffix(text, t) and bare_words(text, word_end(text, t.start), nouns[-1].start) == 0
        for t in rec.near("triggers", trig.end, nouns[-1].start))


def _tells_next(rec: Recognized, m: Match[Entry]) -> bool:
    """'وانقره تعلن "تحييد" عنصر ... و"قسد" تؤكد مقتل اثنين': an actor joined by 'و' and right followed by a verb of
    telling opens a new clause: it tells, it is no party to the act before it."""
    text = rec.nt.text
    joined = m.prefix.startswith("و") or text[max(0, m.start - 3):m.start].replace('"', "").replace("'", "").endswith(
        "و") or prev_word(text, m.start) == "و"
    return joined and any(c.start >= m.end and not c.prefix and not text[m.end:c.start].strip(" \"'")
                          for c in rec.cues_of("attribution", m.end, m.end + 8))


FORCE_NOUNS = frozenset({"قوه", "قوتين", "جنود"})  # holding cues that head a subject ('داهمت قوه الاحتلال')
NOT_VERBS = frozenset({"في", "علي", "من", "الي", "عن", "مع", "ضد", "بين", "بعد", "قبل", "عند", "لدي", "حيث"})


def _after_new_verb(text: str, m: Match[Entry]) -> bool:
    """'سقوط ثلاثه صواريخ ..., وقد باشرت القوات الامنيه بالتحقيق': after a comma, 'و' (or 'وقد') and one bare word
    (a verb, not a preposition or a noun with the article) open a coordinated clause whose subject the actor is."""
    if m.prefix:
        return False
    comma = text.rfind(",", max(0, m.start - 24), m.start)
    if comma < 0:
        return False
    words = text[comma + 1:m.start].split()
    if words[:1] == ["وقد"]:
        words = words[1:]
    elif words and words[0].startswith("و") and len(words[0]) > 3:
        words = [words[0][1:]]
    else:
        return False
    return len(words) == 1 and not words[0].startswith("ال") and words[0] not in NOT_VERBS and words[0].isalpha()


def _attack_owner(rec: Recognized, agent: Match[Entry], trig: Match[Entry], floor: int) -> bool:
    """'احباط هجوم ل"داعش"', 'تصدت لهجوم شنه X', 'تصدت لعدوان جوي اسراييلي': the actor after an intercept word
    belongs to the attack noun between them (by 'ل', a verb of doing or as its adjective), so it attacked."""
    if agent.start < trig.end:
        return False
    attacks = [t for t in rec.near("triggers", trig.end, agent.start)
               if trig.end <= t.start and t.end <= agent.start and t.payload.get("class") != "intercept"]
    if agent.payload.get("kind") == "adj":  # 'تصدت لعدوان (جوي) اسراييلي': the attack noun's own adjective
        return any(coordinated_adjectives(rec.nt.text, t.end, agent.start) for t in attacks)
    text = rec.nt.text
    between = text[trig.end:agent.start].replace('"', " ").split()
    if l_clitic(text, agent) and len(between) <= 4 and any(w.removeprefix("ل") in ASSAULT_NOUNS for w in between):
        return True  # 'احباط تعرض لداعش', 'احبطت محاوله تسلل لمجموعات X': the assault the Iraqi or Syrian army foiled
    return bool(attacks) and (l_clitic(text, agent) or agent_verb(rec, agent, floor) or any(
        object_suffix(text, t) and bare_words(text, word_end(text, t.start), agent.start) == 0 for t in attacks))
    # 'اعتراض طايره من دون طيار مفخخه اطلقتها الميليشيا': the launch verb's suffix is the thing downed


ASSAULT_NOUNS = frozenset({"تعرض", "تعرضا", "تسلل", "التسلل", "محاوله", "هجوم", "هجوما", "هجمات"})


ACTING_UNITS = frozenset({"قوه", "قوتين", "دوريه", "دوريتين", "مفرزه", "وحده"})  # 'داهمت قوه من X': X's men acted


def _held(rec: Recognized, m: Match[Entry], trig: Match[Entry]) -> bool:
    """'تعتقل 6 مرتزقه من داعش', 'اسفرت عن اعتقال 6 عناصر من X': after an arrest verb, or a count, 'من X' names
    the group whose members were acted on; not 'داهمت قوه من X منزلا', 'اعتقلت دوريه من X مطلوبا': a force unit
    right after the verb is its subject, X's men who made the arrest."""
    text = rec.nt.text
    if prev_word(text, m.start) != "من":
        return False
    if trig.payload.get("class") == "arrest":
        return text[word_end(text, trig.start):m.start].split()[:1] not in ([w] for w in ACTING_UNITS)
    at = text.rfind(" من", trig.end, m.start)
    return at > 0 and any(q.end <= at and words_between(text, q.end, at) <= 1 and q.kind != "ordinal"
                          and q.start >= trig.end  # not 'غارتان من الطيران': the count of the strikes themselves
                          for q in rec.near("quantities", at - 30, at))
