"""Sub-event type: ACLED's type of a frame from its trigger, weapons and sides, and the weapons of a clause."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from .frame_device import used_since
from .frame_found import found_ready
from .lexicon import load_table
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .roles import object_of_verb
from .scene import words
from .weapons_pick import read_in_context, with_kinds, word_forms

SHELLING = "Shelling/artillery/missile attack"
AIR_MUNITIONS = frozenset({"aircraft", "drone", "helicopter", "missile", "rocket"})  # what an air raid fires
AIR_POWERS = frozenset({"US", "ISRAEL", "TURKEY", "RUSSIA", "SYRIA_GOV", "IRAQ_GOV"})
AIR_ONLY = frozenset({"US"})  # sides whose 'قصف' with no weapon named is bombing from the air, not artillery
# (side, country) where it is so too: 'قصف إسرائيلي استهدف منزلاً في حي الصبرة' in Gaza is an air strike, while
# Israel's bare 'قصف' on southern Lebanon's villages is mostly artillery
AIR_THEATRES = frozenset({("ISRAEL", "PSE")})
WEAPON_PRIORITY = ("suicide", "ied", "suicide_drone", "drone", "helicopter", "aircraft", "missile", "mlrs",
                   "rocket", "artillery", "mortar", "grenade", "rpg", "heavy_machine_gun", "small_arms")
QUOTE_GAP = re.compile(r"[ \"']*(?:ال[ \"']+)?")  # spaces, quotes, 'ال' between a weapon head and its type
GROUND_POSTS = frozenset({"حاجز", "حاجزا", "ربييه", "ربايا", "مخفر", "مخفرا", "نقطه", "نقطتين", "نقطتي", "بوابه",
                          "دوريه", "دوريتين"})  # checkpoints, outposts, guard points, Libyan gates, patrols
POLICE_POSTS = guard(r"(?<!\S)(?:[وف]?(?:ب|ل|لل)?(?:ال)?)مركز(?:ا)? (?:لل|ال)?شرطه(?!\S)")  # 'مركز شرطه', 'مركزا للشرطه'
GROUND_ONLY = frozenset({"israel_settlers"})  # actors of an air power's side that have no aircraft or guns
GROUND_ATTACKS = frozenset({"attack_n", "attack_v"})  # 'هجوم', 'هاجم' (not a thrown, burnt or stoned attack)
# sides whose unnamed 'هجوم' is not a ground assault: drones or rockets at a base, or an attacker not yet known
STANDOFF_SIDES = frozenset({"IRAN_ALIGNED", "UNKNOWN", "CIVILIANS"})
STANDOFF = frozenset({"suicide", "ied", "suicide_drone", "drone", "helicopter", "aircraft", "missile", "mlrs",
                      "artillery", "mortar"})
EVENT_TYPE = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Armed clash": "Battles", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Disrupted weapons use": "Strategic developments", "Arrests": "Strategic developments",
}


def weapons_in(rec: Recognized, start: int, end: int) -> tuple[str, ...]:
    """Weapon codes named in [start, end), skipping aircraft that only fly over (once per article and range)."""
    memo = rec.cache("weapons_in")
    got = memo.get((start, end))
    if got is None:
        got = memo[start, end] = _weapons_in(rec, start, end)
    return got


def _weapons_in(rec: Recognized, start: int, end: int) -> tuple[str, ...]:
    """The uncached weapons_in."""
    found = rec.near("weapons", start, end)
    if not found:
        return ()
    text = rec.nt.text
    over = rec.cues_of("overflight", start, end)
    nonev = rec.cues_of("nonevent", start, end)
    seized = [] if any(t.payload.get("class") == "intercept" for t in rec.near("triggers", start, end)) else \
        rec.cues_of("seized", start, end)  # 'وعثرت على جثث واحزمه ناسفه': found, not used
    out: list[str] = []
    for w in found:
        if w.start < start or w.end > end:
            continue
        if any(v.start > w.end and QUOTE_GAP.fullmatch(text, w.end, v.start) and not _fires(text, w, v) for v in found):
            continue  # 'قذايف "ار بي جي"': a head noun followed by its type names one weapon, the type
        if any(c.end <= w.start and words(text, c.end, w.start) <= 3 for c in over):
            continue
        if any(c.start <= w.start and words(text, c.end, w.start) <= 1 for c in nonev):
            continue
        if any(c.end <= w.start and words(text, c.end, w.start) <= 6 and not used_since(rec, c.end, w) for c in seized) \
                and not _killed_by(text, w):
            continue
        if object_of_verb(rec, w, start) and not _delivered(rec, w, start):
            continue  # 'استهدفوا دبابه': the tank was hit, it fired nothing
        code = read_in_context(w.payload.id, text, w.start, (start, end))
        if code and code not in out:
            out.append(code)  # 'صواريخ' fired at a ship are missiles; 'قناه المسيره' is no drone
    return with_kinds(out)


PLATFORMS = frozenset({"drone", "aircraft", "helicopter"})  # what flies and fires: a subject, never a head noun
SLAIN = frozenset({"مقتولا", "مقتولين", "مقتول", "مقتوله", "مقتولان", "مصابا", "مصابين", "مصاب", "مصابه"})
# 'عثر علي جثه رجل مقتولا بالرصاص': the participle of the found body's death or wound before 'ب' and the weapon


def _killed_by(text: str, w: Match[Entry]) -> bool:
    """'عثر علي جثه راع مقتولا بالرصاص', 'مصابا بطلقات ناريه': the weapon of a found body's death was used, not found."""
    at = w.start - len(w.prefix)
    before = text[max(0, at - 20):at].split()[-1:]
    return bool(before) and before[0].rstrip("،,") in SLAIN and text[at:w.start + 1].startswith("ب")


def _fires(text: str, w: Match[Entry], v: Match[Entry]) -> bool:
    """'اطلقت مسيره صاروخا', 'القت المروحيه قنبلتين': a flying platform then an indefinite munition in the
    accusative is the subject and its object (the platform fired it), not a head noun and its type."""
    end = text.find(" ", v.end)
    word = text[v.start:end if end != -1 else len(text)].rstrip(",.")
    return w.payload.id in PLATFORMS and v.payload.id not in PLATFORMS and not (v.prefix.endswith("ال") or v.key.startswith("ال")) \
        and word.endswith(("ا", "ين", "تين"))


DELIVERY = frozenset({"throw", "launch_v"})  # verbs whose object is the weapon sent: 'رموا قنبله', 'اطلقوا صاروخا'


def _delivered(rec: Recognized, w: Match[Entry], floor: int) -> bool:
    """'رموا قنبله يدويه', 'اطلقوا صاروخا باليستيا': the weapon right after a throw or launch verb is what it sent."""
    text = rec.nt.text
    return any(t.payload.id in DELIVERY and floor <= t.start and t.end <= w.start and words(text, t.end, w.start) <= 2
               for t in rec.near("triggers", w.start - 40, w.start))


def sub_event_for(trig: Match[Entry], weapons: tuple[str, ...], agent: Actor | None,
                  target: Actor | None, rec: Recognized, clause: tuple[int, int],
                  country: str | None = None) -> tuple[str, str]:
    """ACLED sub-event type and where it came from (weapon, trigger or default rule); country is the ISO3 code of
    the clause's place, if any."""
    cls = trig.payload.get("class")
    if cls == "clash":
        return "Armed clash", "trigger"
    if cls == "arrest":
        return "Arrests", "trigger"
    if found_ready(rec, trig, clause):
        return "Disrupted weapons use", "trigger"  # 'عثرت علي منصه ... معده للاطلاق': stopped before it fired
    if trig.payload.id == "strike_plain" and any(
            w.payload.id == "anti_aircraft" and w.end <= trig.start and words(rec.nt.text, w.end, trig.start) <= 1
            for w in rec.near("weapons", clause[0], trig.start)):
        return "Disrupted weapons use", "trigger"  # 'المضادات الارضيه ضربت مسيره': the defence hit it, a drone downed
    if cls == "intercept":
        if trig.key.startswith(("تصد", "التصدي", "احبط", "احباط")) and _repels_ground_attack(rec, trig, clause):
            return "Armed clash", "trigger"  # 'تصدى الجيش لمحاوله تسلل': an attack repelled on the ground
        part = rec.cues_of("intercept_part", clause[0], clause[1]) or _part_downed_after(rec, clause)
        if not part:
            return "Disrupted weapons use", "trigger"
    if cls == "air_strike" and weapons and not set(weapons) - AIR_MUNITIONS:
        return "Air/drone strike", "trigger"  # 'غارة بصاروخين': warplanes fire missiles; the raid is the type
    ground = {"small_arms", "heavy_machine_gun", "rpg"} & set(weapons)
    if ground and not set(weapons) & STANDOFF and cls in ("attack", "clash", "target", "shoot", "shelling", "strike") and not (
            target and target.side == "CIVILIANS"):
        return "Armed clash", "weapon"  # rifles and machine guns with RPGs or grenades: a ground fight
    for code in WEAPON_PRIORITY:
        if code in weapons:
            sub = _weapon_sub(code)
            if code == "small_arms" and target and target.side == "CIVILIANS":
                sub = "Attack"
            if sub:
                return sub, "weapon"
    trig_sub = trig.payload.get("sub_event") if cls != "intercept" else None  # partly intercepted: the attack's type
    if trig_sub:
        if trig_sub == "Attack" and not (target and target.side == "CIVILIANS"):
            return "Armed clash", "trigger"
        return trig_sub, "trigger"
    if target and target.side == "CIVILIANS" and cls in ("attack", "shoot"):
        return "Attack", "default"
    if cls in ("attack", "target") and agent and (agent.side == "ISIS" or agent.id == "unknown_gunmen") and (
            (cls == "attack" and trig.payload.get("pos") == "verb") or not weapons):
        return "Armed clash", "default"  # 'هاجم مسلحو التنظيم حافله تقل عسكريين', 'هجوم نفذته خلايا داعش', 'استهدف
        # مسلحون نقطه للجيش': on foot, no stand-off weapon named
    if cls == "attack" and not weapons and (agent is None or agent.side == "UNKNOWN") and ground_post(rec, clause):
        return "Armed clash", "default"  # 'هجوم استهدف حاجزا امنيا', 'هجوم على ربيئه للجيش': a post stormed on foot
    if cls == "attack" and agent and agent.id in GROUND_ONLY:
        return "Attack", "default"  # 'هاجم مستوطنون قريه': settlers raid on foot, with stones and fire
    if _by_air_power(cls, agent):
        return "Air/drone strike", "default"
    if ground_assault(cls, weapons, agent, trig) and not rec.cues_of("retaliation", clause[0], trig.start):
        return "Armed clash", "default"  # 'شن مسلحو الحركه هجوما علي بلده', 'هاجمت قوات الدعم السريع المدينه': stormed
        # (not the attack a strike answers, 'ردا علي هجوم': told only by name, it stays apart from the answer)
    if cls == "shelling" and agent and (agent.side in AIR_ONLY or (agent.side, country) in AIR_THEATRES) \
            and not weapons and not rec.cues_of("overflight", clause[0], clause[1]):
        # 'وسط تحليق لمروحيات التحالف': its aircraft only flew over
        return "Air/drone strike", "default"  # 'الولايات المتحدة تقصف موقعين': US forces bomb from the air
    return "Shelling/artillery/missile attack", "default"


def carried_air_power(sub: str, sub_from: str, weapons: Sequence[str], agent: Actor | None, trig: Match[Entry]) -> str:
    """'اعلنت وزارتا الدفاع الامريكيه والبريطانيه تنفيذ ضربات': a no-weapon strike typed Shelling before its attacker
    was carried in is an air strike once that attacker is an air power, as it is when the clause names it."""
    if sub == SHELLING and sub_from == "default" and not weapons and _by_air_power(trig.payload.get("class"), agent):
        return "Air/drone strike"
    return sub


def _by_air_power(cls: str | None, agent: Actor | None) -> bool:
    """A strike, targeting or attack with no weapon named, by a side that strikes from the air."""
    return cls in ("strike", "target", "attack") and agent is not None and agent.side in AIR_POWERS


def ground_assault(cls: str | None, weapons: tuple[str, ...], agent: Actor | None, trig: Match[Entry]) -> bool:
    """An attack noun or verb ('هجوم', 'هاجم') with no weapon named, by a side that does not strike from the air or
    from afar: a ground assault, the fight ACLED calls a clash (an Attack once its target is civilians)."""
    return cls == "attack" and not weapons and trig.payload.id in GROUND_ATTACKS and agent is not None \
        and agent.side not in STANDOFF_SIDES


def ground_post(rec: Recognized, clause: tuple[int, int]) -> bool:
    """True when the clause names a manned ground post, one stormed rather than shelled ('حاجز', 'ربيئه', 'مخفر',
    'نقطه للجيش', 'بوابه امنيه', 'دوريه', 'مركز شرطه')."""
    part = rec.nt.text[clause[0]:clause[1]]
    return any(not GROUND_POSTS.isdisjoint(word_forms(w.strip(",.:\"'«»"))) for w in part.split()) \
        or POLICE_POSTS.search(part) is not None


def against_civilians(sub: str, sub_from: str, weapons: tuple[str, ...], target: Actor | None) -> str:
    """'تصاوبت امراه برصاص قناص' after the sentences before named the villagers hit: a ground fight typed by its
    small arms (or by its gunmen's raid) before its target was carried in is an Attack once that target is civilians."""
    if sub == "Armed clash" and sub_from == "weapon" and target is not None and target.side == "CIVILIANS" \
            and "small_arms" in weapons and not set(weapons) & STANDOFF:
        return "Attack"
    return raid_on_civilians(sub, sub_from, weapons, target)


def raid_on_civilians(sub: str, sub_from: str, weapons: tuple[str, ...], target: Actor | None) -> str:
    """'مسلحون هاجموا القريه ..., وقتلوا سبعه من سكانها': a ground fight guessed from its gunmen's raid is an Attack
    once its target, told in a later clause, is civilians."""
    if sub == "Armed clash" and sub_from == "default" and target is not None and target.side == "CIVILIANS" \
            and not set(weapons) & STANDOFF:
        return "Attack"
    return sub


SETTLER_OVERRIDDEN = frozenset({"Armed clash", "Arrests", "Disrupted weapons use"})


def settlers_raid(sub: str, told: Iterable[tuple[Actor | None, str]], target: Actor | None) -> str:
    """'هاجم مستوطنون منازل المواطنين' joined by the residents' 'تصدوا', an arrest in the headline or a shot told
    beside it: a unit on civilians that holds a settlers' attack is an Attack, not the clash, arrest or downing of
    the other tellings (settlers neither arrest nor fight the army's battles); told is each frame's (agent, type)."""
    if sub in SETTLER_OVERRIDDEN and target is not None and target.side == "CIVILIANS" and any(
            agent is not None and agent.id in GROUND_ONLY and kind == "Attack" for agent, kind in told):
        return "Attack"
    return sub


GROUND_ARMS = frozenset({"small_arms", "heavy_machine_gun", "rpg"})
FROM_AFAR = frozenset({"mortar", "artillery"})  # what a storming party fires beside its rifles


def stormed_with_mortars(sub: str, sub_from: str, weapons: Sequence[str], lead: tuple[str, str | None, str],
                         target: Actor | None) -> str:
    """'صدت القوات هجوما شنته الميليشيا على مواقعها' then 'هاجمت المواقع بالاسلحه المتوسطه وقذائف الهاون': an
    assault (or a repelled assault) led by 'هجوم' with machine guns beside its mortars or shells is a ground fight,
    not the shelling the joined weapon sentence types; lead is the leading frame's (trigger id, class, type)."""
    trig_id, cls, lead_sub = lead
    if sub != SHELLING or sub_from != "weapon" or (target is not None and target.side == "CIVILIANS"):
        return sub
    kinds = set(weapons)
    stormed = trig_id in GROUND_ATTACKS or (cls == "intercept" and lead_sub == "Armed clash")
    if stormed and kinds & GROUND_ARMS and kinds & FROM_AFAR and kinds <= GROUND_ARMS | FROM_AFAR:
        return "Armed clash"
    return sub


def ground_guess(into_sub: str, into_from: str, into_weapons: Sequence[str], sub: str, sub_from: str) -> bool:
    """'وزاره الداخليه قالت ان قوتها تعرضت لاعتداء مسلح' then 'مسلحين مجهولين هاجموا بوابه امنيه': shelling guessed
    from nothing (no weapon, no attacker) yields to the ground fight or raid another telling reads from its gunmen
    or the post they stormed."""
    return into_sub == SHELLING and into_from == sub_from == "default" and not into_weapons \
        and sub in ("Armed clash", "Attack")


def _part_downed_after(rec: Recognized, clause: tuple[int, int]) -> bool:
    """'تصدت وسائط دفاعنا لعدوان بصواريخ ...، واستهدف نقاطا ...، واسقطت معظمها': the defence downed only part of the
    attack, told in a later clause of the same sentence that opens with a downing verb and its 'some of them'."""
    sent = rec.sentence_at(clause[0])
    if sent is None:
        return False
    text = rec.nt.text
    return any(t.payload.get("class") == "intercept" and t.start >= clause[1] and words(text, t.end, c.start) <= 1
               for t in rec.near("triggers", clause[1], sent.end)
               for c in rec.cues_of("intercept_part", t.end, sent.end) if c.start >= t.end)


REPELLED = ("لمحاوله", "لهجوم", "للهجوم", "لتعرض", "لتسلل", "لاقتحام", "لزحف", "لتقدم", "للمهاجمين", "لمجموعه", "لعناصر",
            "لقوات", "للقوات", "لقوه", "للقوه", "للمقتحمين", "لجنود", "للجنود", "لدوريه", "للدوريه", "لاليات", "للاليات")
REPELLED_BARE = ("هجوم", "محاوله", "محاولات", "هجمات", "تسلل", "اقتحام", "زحف", "تعرض")
ASSAULT_BEFORE = ("تسلل", "هاجم", "هجوم", "اعتدت", "اعتدي", "اقتحم", "تقدم")
BACK_PRONOUNS = frozenset({"لها", "له", "لهم", "لهما"})
AFFILIATED = frozenset({"التابعه", "التابع", "التابعين", "التابعون", "التابعتين"})  # 'المضادات التابعه للقوات'
NIGHT_WORDS = frozenset({"ليل", "ليله", "ليلا", "ليلتي"})  # 'تصدت وحدات ليل الاثنين لهجوم': a time, not the object


def _repels_ground_attack(rec: Recognized, trig: Match[Entry], clause: tuple[int, int]) -> bool:
    """'تصديا لمحاوله تسلل', 'تصدت لهجوم', 'احبطت الوحدات ليل امس هجوما': what is foiled is an assault, not a
    projectile; so is 'فتصدت لها' after the assault was told ('تسللت مجموعه ... فتصدت لها الحاميه')."""
    text = rec.nt.text
    end = trig.end
    while end < len(text) and not text[end].isspace() and text[end] != ",":
        end += 1  # the rest of the verb's word ('تصد' in 'فتصدت')
    words = text[end:end + 120].split()[:12]
    for w in rec.near("weapons", end, clause[1]):
        if w.start > end and w.payload.id in STANDOFF and any(
                x.startswith(("هجوم", "محاول", "بهجوم", "لهجوم")) for x in text[end:w.start].split()[-3:]):
            return False  # 'احبطت القوات هجوما بطائره مسيره': a projectile foiled
    if words and words[0].strip(",") in BACK_PRONOUNS:
        sent_start = max(text.rfind(".", 0, trig.start), text.rfind("\n", 0, trig.start)) + 1
        return any(w.lstrip("و").startswith(ASSAULT_BEFORE) for w in text[sent_start:trig.start].split())
    if (words and words[0].startswith(REPELLED_BARE)) or "هجوما" in words[:5]:
        return True  # 'تصد هجوما لمرتزقه', 'تصدت قسد فجر اليوم هجوما': the assault as the verb's object
    first = next((w for i, w in enumerate(words[:12]) if w.startswith("ل") and w.strip(",") not in NIGHT_WORDS
                  and (i == 0 or words[i - 1] not in AFFILIATED)), "")  # 'التابعه للقوات': whose they are
    if first.startswith(REPELLED):
        return True  # the first 'ل...' word is what was repelled ('تصدت, فجر اليوم, لمحاوله')
    if not trig.key.startswith("احبط"):
        return False
    # 'احبطت وحدات من الجيش ليل امس هجوما', 'احبطوا, ليله الثلاثاء, محاوله تسلل'
    return any(w.strip(",").startswith(("هجوما", "محاوله", "محاولات", "هجمات", "تعرضا")) for w in words)


@cache
def _weapon_subs() -> dict[str, str]:
    """Weapon code -> the ACLED sub-event it implies, from the weapons lexicon."""
    out: dict[str, str] = {}
    for row in load_table("weapons").rows:
        if row.get("sub_event") and row.get("id") not in out:
            out[row.get("id")] = row.get("sub_event")
    return out


def _weapon_sub(code: str) -> str:
    """The sub-event a weapon code implies ('' when it implies none)."""
    return _weapon_subs().get(code, "")


def event_type_of(sub: str) -> str:
    """ACLED event type of a sub-event type."""
    return EVENT_TYPE.get(sub, "Explosions/Remote violence")
