"""Role classify: the role one actor's own surroundings give it in a clause (agent, target, free, skip, ...).

Read word by word around the actor: a nisba after an attack noun ("قصف امريكي"), an agent
phrase ("من قبل X", "نفذته X"), the holder of what was hit ("على مواقع لX"), members
counted as hit ("عناصر من X"), a speaker, a place word or a dateline (skip). roles.py
combines these per clause into the attacker and the target.
"""

from __future__ import annotations

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_attach import attached, control_phrase, idle_label, unit_start
from .role_partner import joint_first, joint_second, raiding_unit_owner
from .role_speakers import accused, is_speaker, lost_own, states
from .role_tellers import condemns, finds, fire_origin, in_dateline
from .role_victims import SOLDIER_NOUNS, is_victim, plural_verb
from .role_words import (
    GROUP_HEADS,
    MEDIA_NOUNS,
    bare_words,
    coordinated_adjectives,
    cue_right_before,
    l_clitic,
    locative,
    object_suffix,
    overflies,
    partitive,
    prev_word,
    word_end,
    words_between,
)

PROPERTY_NOUNS = frozenset({"ممتلكات", "املاك"})
# whose men an unnamed group is held to be: 'يعتقد انهم من X', 'يرجح انتماوهم الي خلايا X'
HEDGE_RE = guard(r"[ ,\"']*(?:مجهول(?:ون|ين)? )?(?:و?(?:يعتقد|يرجح|يشتبه|يظن) (?:(?:ب?انهم|انه) (?:من|ينتمون ل|ينتمون"
                 r" الي)|ب?انتما(?:وهم|وه|يهم|يه) (?:ل|الي)))")

INDEFINITE_ONLY = frozenset({"palestinians"})  # actors.tsv rows read as people only without the article


def instrument(rec: Recognized, m: Match[Entry]) -> bool:
    """An actor named by its weapon ('مسيرة تركية', 'الطيران الروسي'): the one who fires it (not one whose name
    only holds a weapon after its head, 'حامله الطايرات الامريكيه')."""
    return any(w.start < m.end and m.start < w.end and (m.payload.get("kind") == "adj" or w.start <= m.start)
               for w in rec.near("weapons", m.start - 30, m.end))


UNKNOWN_PLACES = ("جهه مجهوله", "جهات مجهوله")  # 'an unknown party' that after 'الي' is an unknown destination


def _destination(text: str, m: Match[Entry]) -> bool:
    """'اقتادوهم الي جهه مجهوله', 'ارسلا المقاطع الي "جهه مجهوله"': an unknown party after 'الي' is where someone
    was taken or something sent, not who did it."""
    return m.key in UNKNOWN_PLACES and not m.prefix and prev_word(text, m.start) == "الي"


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
    if _destination(text, m):
        return "skip"  # 'واقتادوهم الي جهه مجهوله': where the taken were led, no party to the deed
    if overflies(text, m, cs):
        return "skip"  # 'وسط تحليق مكثف للطيران المعادي': who flies over is no party to the strike told
    if m.payload.id in INDEFINITE_ONLY and "ال" in m.prefix:
        return "skip"  # 'اللاجيين الفلسطينيين': with the article the nisba describes the noun before it
    if m.payload.get("side") == "CIVILIANS" and _in_place_name(rec, m):
        return "skip"  # 'منطقه السيده زينب', 'حي الشهداء': a word of a place's name
    if m.payload.get("side") == "CIVILIANS" and prev_word(text, m.start).removeprefix("ب") in PROPERTY_NOUNS:
        return "skip"  # 'الحقت اضرارا بممتلكات المواطنين': whose property was damaged, no one hit
    if not m.prefix and prev_word(text, m.start) in MEDIA_NOUNS:
        return "skip"  # 'اقرت وسايل اعلام العدو بسقوط صاروخ': whose media tell of it, no party named
    if named_after(rec, m, clause[1]):
        return "skip"  # 'ميليشيا "قسد"', 'ميليشيات حزب الله': the named group stands for them
    if kind != "adj" and fire_origin(rec, m, cs):
        return "agent"  # 'قذائف مصدرها مواقع X': who holds the positions fired from
    if kind != "adj" and accused(rec, m, cs):
        return "agent"  # 'متهمه X بالوقوف وراءه': the one accused of the deed, not its teller
    if is_speaker(rec, m, cs):
        return "speaker"
    if kind != "adj" and not m.prefix and finds(rec, m, cs):
        return "skip"  # 'عثرت قوه من الشرطه علي جثث رعاه مقتولين': who found the dead killed no one
    if kind != "adj" and is_victim(rec, m, clause):
        return "target"
    if kind == "force" and lost_own(rec, m, clause[1]):
        return "target"  # '"قسد" تعلن مقتل 6 من مقاتليها بهجوم': who lost its fighters was hit
    if kind != "adj" and _member_of(rec, m, cs) and not agent_verb(rec, m, cs):
        return "target"  # 'احد القاده الميدانيين في حزب الله': a member of X was hit
    if kind != "adj" and locative(text, m) and not m.prefix and unit_start(text, m, cs) is None:
        return "skip"  # 'في قلب تل ابيب', 'مدينه واشنطن': a place, not an actor ('الفرقه 15 في الجيش': a unit's)
    if (not text[cs:m.start].strip() and text[m.end:m.end + 3].lstrip()[:1] in ("(", "-", "–")) or in_dateline(
            rec, m, cs):
        return "skip"  # a dateline: 'واشنطن (ا ف ب) - ...', 'واشنطن، اربيل - وكالات:'
    if _generic_of(rec, m, clause[1]):
        return "skip"  # 'مسلحون من داعش', 'خليه مسلحه من بقايا داعش': the named group stands for them
    if controls_civil(rec, m, cs):
        return "skip"  # 'قصف على السوق في نيالا الخاضعه لسيطره X': X holds the town, the market's people were hit
    if kind != "adj" and (raiding_unit_owner(rec, m, cs) or joint_first(text, m, cs)):
        return "agent"  # 'داهمت دوريه لX', 'انزال مشترك بين X وY': X made the raid
    if kind != "adj" and joint_second(rec, m, cs):
        return "skip"  # 'مشترك بين X وY': Y is X's partner, not its target
    unit = partitive(text, m)
    if unit and (cue_right_before(rec, "target_prep", m.start, 3 + unit, cs)
                 or cue_right_before(rec, "holding", m.start, 2 + unit, cs)):
        return "target"  # 'مخزنا لاحد الويه X', 'عجله تابعه لفوج من X': the holder of what was hit, as 'لX' is
    mod = attached(rec, m, cs)
    if mod:
        return "skip" if mod == "proxy" else mod  # 'مسلحون موالون لX': the group plays, with X's side
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
        if cue_right_before(rec, "target_prep", m.start, 0, cs) or cue_right_before(rec, "holding", m.start, 1, cs) \
                or cue_right_before(rec, "host", m.start, 1, cs):
            return "target"  # 'على الاسرائيلي', 'آليه عسكريه اسرائيليه', 'الذي يضم قوات للتحالف': the one hit
        if prev_word(text, m.start) in SOLDIER_NOUNS and is_victim(rec, m, clause):
            return "target"  # 'مقتل جندي تركي', 'اصابه عسكريين امريكيين': the soldiers counted were hit
        return "skip"
    if not m.prefix and after_weapon(rec, m, cs, 30):
        return "agent"  # 'برصاص قوات الاحتلال', 'بقذائف الجيش': the weapon's owner fired it
    hedged = _hedged_group(rec, m, cs)  # 'مسلحون يرجح انتماوهم لX': X plays the part 'مسلحون من X' gives it
    if hedged is not None and text[hedged.start:hedged.end].endswith("ين") and (
            _object_plural(rec, hedged, cs) or cue_right_before(rec, "target_prep", hedged.start, 1, cs)):
        return "target"  # 'استهدفت سياره تقل مسلحين يرجح انتماوهم لX': the object of the attack, or what it hit held
    prev = "من" if hedged is not None else prev_word(text, m.start)
    if cue_right_before(rec, "host", m.start, 3, cs):
        return "target"
    if l_clitic(text, m) and (cue_right_before(rec, "target_prep", m.start, 3, cs)
                                                       or cue_right_before(rec, "holding", m.start, 2, cs)):
        return "target"  # 'على مواقع لX', 'حاجزا للجيش': the holder of what was hit
    if prev[:1] == "ل" and prev[1:] in GROUP_HEADS and cue_right_before(rec, "target_prep", m.start, 4, cs):
        return "target"  # 'اهداف عسكريه لنظام الحوثي', 'مواقع لجماعه X': the owner of the sites
    if prev == "من" and (_verb_follows(rec, m, clause) or _inna_subject(rec, m, clause)):
        return "agent"  # 'مسلحين من داعش هاجموا نقطه': the group is the subject of the verb after it
    if prev == "من" and (cue_right_before(rec, "target_prep", m.start, 0, cs) or _hit_group_of(rec, m, cs)) \
            and not agent_verb(rec, m, cs):
        return "target"  # 'عناصر من X', 'قضت على مخربين من X': members of X, counted as hit
    if prev == "من" and _unit_hit(rec, m, cs) and not agent_verb(rec, m, cs):
        return "target"  # 'انفجرت عبوه علي قوه من الجيش', 'الذي استهدف دوريه من X': the unit hit is X's
    if prev in ("من", "قبل") or cue_right_before(rec, "agent_prep", m.start, 1, cs) or agent_verb(rec, m, cs):
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
               and words_between(text, t.end, start) <= 2 and (plural_verb(text, t.end) or first_person(text, t))
               for t in rec.near("triggers", start - 40, start))


def _launched_from(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'صاروخ اطلق من لبنان', 'قذيفه صاروخيه من الاراضي اللبنانيه': a weapon or launch word within five words before."""
    text = rec.nt.text
    return any(x.start >= floor and x.end <= m.start and words_between(text, x.end, m.start) <= 5
               for x in (*rec.near("weapons", m.start - 60, m.start), *rec.near("triggers", m.start - 60, m.start)))


GENITIVE_AGENT = frozenset({"air_strike", "strike", "shelling", "attack"})
AMBUSH_NOUNS = frozenset({"كمين", "كمينا", "الكمين"})  # 'كمين "داعش"': who lays it, unlike a clash's genitive


def _genitive_of_attack(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """An actor right after an attack noun ('غاره العدو', 'قصف قوات النظام'), not after 'استهداف' (its object)."""
    text = rec.nt.text
    return any(t.payload.get("pos") == "noun" and (t.payload.get("class") in GENITIVE_AGENT or t.key in AMBUSH_NOUNS)
               and t.start >= floor
               and t.end <= m.start and _owner_gap(text[t.end:m.start])  # 'هجوم "داعش"': a name in quotes
               for t in rec.near("triggers", m.start - 30, m.start))


REMNANT_NOUNS = frozenset({"لفلول", "لبقايا", "لخلايا", "لعناصر"})  # 'اعتداء لفلول "داعش"': the remnants of X made it


def _owner_gap(gap: str) -> bool:
    """Nothing but quotes between an attack noun and the actor, or one 'لـ' group noun ('هجوم لفلول "داعش"')."""
    rest = gap.strip(" \"'").split()
    return not rest or (len(rest) == 1 and rest[0].strip("\"'") in REMNANT_NOUNS)


def _verb_follows(rec: Recognized, m: Match[Entry], clause: tuple[int, int] | None = None) -> bool:
    """A plural verb trigger right after the actor ('عناصر من داعش هاجموا'): the actor's men are its subject; so
    are they of any plural verb whose object is the attack ('ان مسلحين من داعش نصبوا، مساء امس، كمينا'), unless
    the men are themselves the object of a verb before ('قصفت مخربين من حماس كانوا يطلقون قذايف')."""
    text = rec.nt.text
    if any(t.payload.get("pos") == "verb" and words_between(text, m.end, t.start) == 0
           and plural_verb(text, t.end) for t in rec.near("triggers", m.end, m.end + 12)):
        return True
    return clause is not None and not _hit_group_of(rec, m, clause[0]) and any(
        t.payload.get("pos") != "verb" and _verb_of_attack(rec, m, t.start)
        for t in rec.near("triggers", m.end, clause[1]) if m.end < t.start < clause[1])


INNA = frozenset({"ان", "بان", "وان"})  # 'قال شهود ان مسلحين من X ... اطلقوا': the men are the subject of 'ان'
INNA_REACH = 12  # words from the group to the verb its men did


def _inna_subject(rec: Recognized, m: Match[Entry], clause: tuple[int, int]) -> bool:
    """'ان مسلحين من الدعم السريع على متن عربات اقتحموا الحي واطلقوا النار': a generic group after 'ان' (its noun,
    in the accusative), then 'من X', is the subject of the first plural verb trigger after X in the clause."""
    text = rec.nt.text
    group = next((g for g in rec.near("actors", max(clause[0], m.start - 30), m.start) if g.end <= m.start
                  and (g.payload.get("kind") == "generic" or g.payload.get("side") == "UNKNOWN")
                  and words_between(text, g.end, m.start) == 1), None)
    if group is None or prev_word(text, group.start) not in INNA:
        return False
    verb = next((t for t in rec.near("triggers", m.end, clause[1]) if t.payload.get("pos") == "verb"), None)
    return verb is not None and plural_verb(text, word_end(text, verb.start)) and words_between(text, m.end, verb.start) <= INNA_REACH \
        and not any(m.end <= a.start and a.end <= verb.start for a in rec.near("actors", m.end, verb.start))


OBJECT_GAP = frozenset({"في", "خلال", "اثناء", "جراء", "اثر", "بعد", "قبل", "عند", "منذ", "من", "الي", "علي"})


def _verb_of_attack(rec: Recognized, m: Match[Entry], trig_at: int) -> bool:
    """'ان عناصر من X زرعوا عبوه', 'مسلحين من X نصبوا كمينا': a plural verb right after the group, not a verb of
    loss ('قتلوا', 'اصيبوا': unvoweled, they read as passive), whose direct object is the attack noun within five
    words (no preposition before it: 'اعتقلوا خلال مداهمه' tells the members were acted on)."""
    text = rec.nt.text
    rest = text[m.end:trig_at].replace(",", " ").replace("،", " ").split()
    if not rest or not rest[0].endswith("وا") or len(rest) > 5 or any(w in OBJECT_GAP for w in rest[1:]):
        return False
    verb_end = text.find(rest[0], m.end) + len(rest[0])
    if any(c.start < verb_end and c.end > verb_end - len(rest[0])
           for c in (*rec.cues_of("killed", m.end, verb_end), *rec.cues_of("injured", m.end, verb_end))):
        return False
    word = text[text.rfind(" ", 0, trig_at) + 1:trig_at + 1]
    return not word.startswith(("ب", "ل", "ف"))


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
                t.end <= c.start and (first_person(text, t) or not (
                    t.payload.get("pos") == "verb" and words_between(text, t.end, c.start) <= 1))
                for t in rec.near("triggers", floor, c.start)):
            continue  # 'عناصر من داعش هاجموا', 'هاجم عناصر من داعش': the members are the subject
        return True
    return False


def _generic_of(rec: Recognized, m: Match[Entry], end: int) -> bool:
    """An unnamed or generic group followed by 'من' (or 'يعتقد/يرجح انهم من') and, within three words, a named
    actor."""
    if m.payload.get("side") != "UNKNOWN" and m.payload.get("kind") != "generic":
        return False
    text = rec.nt.text
    hedge = HEDGE_RE.match(text, m.end, min(end, m.end + 40))
    if hedge:  # 'مسلحون (مجهولون) يعتقد انهم من داعش': the group believed behind them stands for them
        at = hedge.end() - (1 if hedge.group().endswith("ل") else 0)
    else:
        words = text[m.end:min(end, m.end + 24)].split()
        if not words or words[0] != "من":
            return False
        at = m.end + text[m.end:].find("من") + 2
    return any(a.start >= at and a.end <= end and bare_words(text, at, a.start) <= 2
               for a in rec.near("actors", at, at + 40) if a.payload.get("side") != "UNKNOWN")


def _hedged_group(rec: Recognized, m: Match[Entry], floor: int) -> Match[Entry] | None:
    """'مسلحون يرجح انتماوهم الي خلايا X', 'مسلحون يعتقد انهم ينتمون لX': the named actor a hedge ties an unnamed
    group to (at most two words after it) plays the part 'من X' would ('مسلحون من X'); that group, or None."""
    text = rec.nt.text
    for g in rec.near("actors", max(floor, m.start - 60), m.start):
        if g.end > m.start or (g.payload.get("side") != "UNKNOWN" and g.payload.get("kind") != "generic"):
            continue
        hedge = HEDGE_RE.match(text, g.end, m.end)
        if hedge and hedge.end() - 1 <= m.start and bare_words(text, hedge.end(), m.start) <= 2:
            return g
    return None


def named_after(rec: Recognized, m: Match[Entry], end: int) -> bool:
    """A generic group noun right before a named actor ('ميليشيا "قسد"', 'ميليشيات حزب الله'): a label for it."""
    if m.payload.get("kind") != "generic":
        return False
    text = rec.nt.text
    return any(a.start >= m.end and a.end <= end and not text[m.end:a.start].strip(" \"'") and a.payload.get(
        "side") not in ("UNKNOWN", m.payload.get("side")) for a in rec.near("actors", m.end, m.end + 4))


def _hit_group_of(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'على مسلحين من X' (or 'يعتقد انهم من X'): a generic group right before 'من X' is what the prepositions say was hit; so is one
    in the accusative ('-ين') right after a verb of attack ('هاجمت مخربين من X'), its object."""
    text = rec.nt.text
    return any(g.end <= m.start and (words_between(text, g.end, m.start) == 1 or HEDGE_RE.match(text, g.end, m.end))
               and _generic_of(rec, g, m.end)
               and (cue_right_before(rec, "target_prep", g.start, 0, floor) or _object_plural(rec, g, floor))
               for g in rec.near("actors", max(floor, m.start - 40), m.start))


HIT_UNITS = frozenset({"قوه", "قوتين", "دوريه", "دوريتين", "دوريات", "رتل", "رتلا", "ارتال", "مفرزه", "وحده",
                       "وحدات", "قافله", "قوافل"})  # a force unit 'من X': X's men, acting or hit by what the words say
UNIT_PREPS = frozenset({"علي", "ضد", "باتجاه", "تجاه", "صوب"})


def _unit_hit(rec: Recognized, m: Match[Entry], floor: int) -> bool:
    """'انفجرت عبوه علي قوه من X', 'الانفجار الذي استهدف دوريه من X', 'هاجم مسلحون رتلا من X': a force unit right
    after a target preposition, or the object of a verb of attack (masculine, so the feminine unit is not its
    subject; or with its subject named between), is what was hit: X's men, not the attacker ('داهمت قوه من X')."""
    text = rec.nt.text
    words = text[max(floor, m.start - 60):m.start].replace('"', " ").split()
    if len(words) < 3 or words[-1] != "من" or words[-2] not in HIT_UNITS:
        return False
    if words[-3] in UNIT_PREPS:
        return True
    unit = text.rfind(words[-2], floor, m.start)
    for t in rec.near("triggers", max(floor, unit - 60), unit):
        if t.payload.get("pos") != "verb" or t.start < floor or t.end > unit:
            continue
        verb = text[t.start:word_end(text, t.start)].rstrip(",.:\"'")
        between = [a for a in rec.near("actors", t.end, unit) if t.end <= a.start and a.end <= unit]
        if words_between(text, word_end(text, t.start), unit) == 0 and not verb.endswith("ت"):
            return True
        if between and words_between(text, between[-1].end, unit) == 0 \
                and words_between(text, word_end(text, t.start), between[0].start) == 0:
            return True
    return False


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


def agent_verb(rec: Recognized, m: Match[Entry], floor: int) -> bool:
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


def after_weapon(rec: Recognized, m: Match[Entry], floor: int, reach: int = 40) -> bool:
    """A weapon starting within `reach` characters ends right before m ('الطيران الحربي السوري', 'برصاص قوات X')."""
    return any(w.end <= m.start and w.start >= floor and words_between(rec.nt.text, w.end, m.start) == 0
               for w in rec.near("weapons", m.start - reach, m.start))


def first_person(text: str, trig: Match[Entry]) -> bool:
    """A verb trigger in the first person plural ('استهدفنا', 'قصفنا'): the speaker's own act."""
    if trig.payload.get("pos") != "verb":
        return False
    word = text[trig.start:trig.end + 4].split(" ", 1)[0].rstrip(",.:\"")
    return word.endswith("نا") and len(word) > len(trig.key)
