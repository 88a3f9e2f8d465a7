"""Fallback roles: the side attacked when the clause's constructions name none.

The side holding a named site (site_sides), the side whose own country holds the place
(a town in Israel), civilians when a home, school, tent or market was hit, another
actor of the sentence on the other side of the one the clause names, and last, when the
article names no target at all, the attacker's usual foe in the country of the incident.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .claim_recalled import RESULT_VERBS
from .coref import actor_entries, article_country, same_party, theatre_foes
from .fuse_keys import DISRUPTED
from .literal_guard import guard
from .matcher import Match
from .normalize import normalize_text
from .recognize import Recognized
from .records import Actor, Claim
from .resources import Entry
from .role_attach import attached
from .role_classify import named_after
from .role_partner import joined_partner, joint_second
from .role_speakers import is_speaker, lost_own
from .role_state import home_force
from .role_tellers import condemns, finds, mourns, sentence_end, tells_of
from .role_victims import SOLDIER_NOUNS, among_dead, is_victim
from .role_words import (
    COMPLEMENTIZER,
    across_border,
    actor_from,
    coordinated,
    cue_right_before,
    object_suffix,
    overflies,
    prev_word,
    short_form,
    words_between,
)
from .roles import controls_civil, instrument

SIDE_DEFAULT_ACTOR = {
    "US": ("us_forces", "US forces", "القوات الأمريكية"),
    "RUSSIA": ("russia", "Russian forces", "القوات الروسية"),
    "SYRIA_GOV": ("syria_army", "Syrian government forces", "قوات النظام السوري"),
    "IRAN_ALIGNED": ("iran_militias", "Iran-aligned militias", "الميليشيات الإيرانية"),
    "ISRAEL": ("israel", "Israeli forces", "الجيش الإسرائيلي"),
    "TURKEY": ("turkey", "Turkish forces", "الجيش التركي"),
}
CIVIL_OBJECT = "civilians_home"  # the id of civilians known only from the home or school that was hit


def side_actor(side: str, text: str = "", start: int | None = None, end: int | None = None) -> Actor:
    """The default actor of a side, used when a held site tells the side but names no actor."""
    aid, en, ar = SIDE_DEFAULT_ACTOR.get(side, (side.lower(), side, side))
    return Actor(id=aid, name_en=en, name_ar=ar, side=side, text=text, start=start, end=end)


HOME_SIDES = {"ISR": "ISRAEL", "IRN": "IRAN_ALIGNED"}  # countries attacked only from outside in this theatre: a
# place there is the side's ('عدوان يطال موقعا للرادار في تبريز')


def home_side(places: list[Any]) -> str | None:
    """The side whose own country holds the first place of an incident ('كريات شمونه' -> ISRAEL), or None."""
    return HOME_SIDES.get(places[0].location.country_iso3 or "") if places else None


UNCLAIMED_BOMB = "Remote explosive/landmine/IED"  # an unclaimed bomb or a war remnant: civilians, unless told


def theatre_foe(actor: Actor | None, country: str | None, region: str | None = None) -> Actor | None:
    """The usual foe of a known actor where the incident lies ('غارات امريكيه على الحديده' -> the Houthis), or None.

    Used last, for an incident whose article names one side only: the other side is
    the one that actor fights in that country (lexicon theatre_foes, by id, then by side;
    a row of the incident's governorate first: Russian raids near Palmyra hit ISIS, in Idlib the opposition).
    """
    if actor is None or actor.side == "UNKNOWN":
        return None
    foes = theatre_foes()
    regions = (region, "") if region else ("",)
    keys = [(k, country or "", r) for r in regions for k in (actor.id, actor.side)]
    return _lexicon_actor(next((foes[k] for k in keys if k in foes), None))


UNCLAIMED_ON = frozenset({"US"})  # attacks on its bases go unclaimed for days: their attacker stays unidentified
FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # civilians' rows: strikes and shells


def foe_reading(actor: Actor | None, other: Actor | None) -> Actor | None:
    """The actor with the side its row's `by_foe` gives it against the other party's side ('ISIS=IRAQ_GOV': the
    Popular Mobilization Forces fighting ISIS are Iraqi state forces), else unchanged."""
    if actor is None or other is None or actor.id not in actor_entries():
        return actor
    for option in actor_entries()[actor.id].row.many("by_foe"):
        foe, _, side = option.partition("=")
        if foe == other.side:
            return replace(actor, side=side)
    return actor


def theatre_attacker(target: Actor | None, country: str | None, sub_event: str,
                     region: str | None = None) -> Actor | None:
    """The attacker of an incident whose article names none: the target's foe there, but not for a rocket on a
    US base ('لم تحدد الجهة التي قامت بالهجوم') or a roadside bomb, whose makers stay unidentified; civilians
    have a foe only where one side alone strikes from the air or shells (Gaza: 'قصفت طايره مسيره خيمه')."""
    if target is None or target.side in UNCLAIMED_ON or sub_event == UNCLAIMED_BOMB:
        return None
    if target.side == "CIVILIANS" and sub_event not in FROM_AFAR:
        return None
    foe = theatre_foe(target, country, region)
    return None if foe is not None and foe.side == "CIVILIANS" else foe  # civilians never attack (ISRAEL PSE row)


ARTICLE_WIDE = frozenset({"Air/drone strike"})  # aircraft strike from afar: whose they are is told once per article


def article_attacker(target: Actor | None, sub_event: str, agents: Iterable[Actor | None]) -> Actor | None:
    """The attacker of an air strike told with nobody behind it ('غاره نفذتها مسيره على اطراف بلده الطيبه'), hitting
    civilians or no one named, when the article names one side alone as the attacker of its incidents ('الغارات
    الاسراييليه'): that side (its actor, told by no words of this incident: text ''); else None."""
    if sub_event not in ARTICLE_WIDE or (target is not None and target.side != "CIVILIANS"):
        return None
    named = [a for a in agents if a is not None and a.text and a.side not in ("UNKNOWN", "CIVILIANS")]
    if len({a.side for a in named}) != 1:
        return None
    return replace(named[0], text="", start=None, end=None)


SKY_HOLDERS = {"IRQ": "iraq_air_defense", "SYR": "syria_air_def", "IRN": "iran_army_artesh",
               "SAU": "saudi_air_defense", "ISR": "israel"}  # whose air defences down a weapon in that country's sky


def theatre_target(agent: Actor | None, country: str | None, sub_event: str,
                   region: str | None = None) -> Actor | None:
    """The target of an incident whose article names none: an unclaimed bomb hit civilians, else the attacker's foe
    (not for a weapon downed in a sky `sky_target` knows)."""
    if sub_event == DISRUPTED and country in SKY_HOLDERS:
        return None  # the works it was aimed at, else the state defending that sky (sky_target)
    if agent is None or agent.side == "UNKNOWN":
        return _lexicon_actor("civilians") if sub_event == UNCLAIMED_BOMB else None
    if HOME_SIDES.get(country or "") == agent.side:
        return None  # 'قصفت مسيرة اسراييليه مبنى في صفد': no foe of its own at home
    return theatre_foe(agent, country, region)


def sky_target(agent: Actor | None, country: str | None, sub_event: str) -> Actor | None:
    """'اسقطت الدفاعات الجويه مسيره في اجواء X': a weapon downed was aimed at the state whose sky it entered."""
    sky = _lexicon_actor(SKY_HOLDERS.get(country or "")) if sub_event == DISRUPTED else None
    return sky if sky is not None and (agent is None or agent.side != sky.side) else None


DETENTIONS = frozenset({"Arrests", "Abduction/forced disappearance"})


def detained_target(sub_event: str) -> Actor | None:
    """'اعتقلت قوه امنيه شخصين', 'خطف مسلحون عضوا في المجلس': the people held or taken, when the article names no
    side of theirs, are civilians (ACLED's Arrests and Abduction rows)."""
    return _lexicon_actor("civilians") if sub_event in DETENTIONS else None


FIGHTER_WORDS = ("عنصر", "عناصر", "ارهابي", "مسلح", "مقاتل", "جندي", "جنديين", "جنود", "عسكري", "مرتزق", "مخرب",
                 "داعشي", "دواعش", "ضابط", "ضباط", "قيادي", "قياديين", "منتسب", "مجند", "القضاء")  # 'مقتل عنصرين'
FIGHTER_TOLL = guard(r"(?:مقتل|قتل|القضاء علي|جثث|اصابه|جرح)\s+(?:\S+\s+){0,2}(?:\S*?)(?:"
                         + "|".join(FIGHTER_WORDS[:-1]) + ")")
VICTIM_REACH = 3  # words after a toll's figure that name whom it counts ('القضاء على اربعه ارهابيين')


def victims_target(rec: Recognized, sub_event: str, claims: Iterable[Claim], told: Iterable[str],
                   fatalities: int | None, injured: int | None) -> Actor | None:
    """The target of an attack that killed or wounded people of no side the article names ('قتل شخص واصيب اثنان
    بقصف على حي سكني', 'اصيب مقيمان بمقذوف'): news names the fighters hit ('مقتل عنصرين', 'القضاء على اربعه
    ارهابيين'), so unnamed dead and wounded are civilians; None when no one was hurt, when a toll of the incident's
    claims or evidence sentences (`told`) counts fighters, or for a clash (two armed sides fought)."""
    if sub_event == "Armed clash" or not ((fatalities or 0) > 0 or (injured or 0) > 0):
        return None
    for c in claims:
        if c.field in ("fatalities", "injured") and c.start is not None and c.end is not None:
            words = normalize_text(rec.nt.original[c.start:c.end + 40]).split()
            if any(_bare(w).startswith(FIGHTER_WORDS) for w in words[:len(c.text.split()) + VICTIM_REACH]):
                return None
    if any(FIGHTER_TOLL.search(normalize_text(t)) for t in told):
        return None  # 'اسفرت عن مقتل اربعه ارهابيين', then 'عثرت على جثه خامسه'
    return _lexicon_actor("civilians")


def _bare(word: str) -> str:
    """A word without its conjunction, preposition and article ('وللارهابيين' -> 'ارهابيين')."""
    word = word.removeprefix("و")
    for clitic in ("لل", "بال", "ال", "ل", "ب"):
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            return word[len(clitic):]
    return word


def _lexicon_actor(aid: str | None) -> Actor | None:
    """The actor of a lexicon row, told by no words of the text (text '')."""
    e = actor_entries().get(aid) if aid else None
    if e is None:
        return None
    return Actor(id=e.id, name_en=e.get("name_en"), name_ar=e.get("name_ar"), side=e.get("side"), text="")


def site_target(rec: Recognized, start: int, end: int) -> Actor | None:
    """The side holding a named site in [start, end), as the target of an attack on it."""
    for s in rec.near("site_sides", start, end):
        if s.start >= start and s.end <= end:
            a, b = rec.nt.to_orig(s.start, s.end)
            return side_actor(s.payload.get("side"), rec.nt.original[a:b], a, b)
    return None


MILITARY_NEXT = (["عسكريه"], ["عسكري"], ["العسكريه"], ["العسكري"])  # the word after a civil object that arms it
LANDING = guard(r"انزال")  # a heliborne landing raid ('انزال جوي', 'انزالا جويا')


def civil_target(rec: Recognized, clause: tuple[int, int], trig: Match[Entry],
                 agent: Actor | None = None) -> Actor | None:
    """'غاره على منزل في بلده X', 'استهدفت منزلا', 'انقاض المنزل المستهدف': a home, school or tent hit right after the
    trigger, or called the one targeted: civilians (never the side of a clash, fought between armed parties)."""
    text = rec.nt.text
    if trig.payload.get("class") == "clash":
        return None  # 'الاشتباكات التي شهدتها منطقه سوق الجمعه': a clash is fought in the market, not at it
    if agent is not None and LANDING.search(text, trig.start, trig.end) and any(
            k[0] == agent.id for k in theatre_foes()):
        return None  # 'انزال جوي على منزل': a landing by a force whose own foe is known comes for its wanted man
    for c in rec.cues_of("civil_object", trig.end, clause[1]):
        if text[c.end:c.end + 10].split()[:1] in MILITARY_NEXT:
            continue  # 'جرافه عسكريه': the army's machine, not a civil one
        if c.start >= trig.end and c.end <= clause[1] and (words_between(text, trig.end, c.start) <= 3 or (
                not c.prefix and cue_right_before(rec, "target_prep", c.start, 0, trig.end))):
            a, b = rec.nt.to_orig(c.start, c.end)
            return Actor(id=CIVIL_OBJECT, name_en="Civilians", name_ar="مدنيون", side="CIVILIANS",
                         text=rec.nt.original[a:b], start=a, end=b)
    for c in rec.cues_of("civil_object", clause[0], clause[1]):
        if c.end <= clause[1] and text[c.end:c.end + 12].split()[:1] in (["المستهدف"], ["المستهدفه"]):
            a, b = rec.nt.to_orig(c.start, c.end)  # 'من تحت انقاض المنزل المستهدف': the home the strike hit
            return Actor(id=CIVIL_OBJECT, name_en="Civilians", name_ar="مدنيون", side="CIVILIANS",
                         text=rec.nt.original[a:b], start=a, end=b)
    if object_suffix(rec.nt.text, trig):
        for c in rec.cues_of("civil_object", clause[0], trig.start):
            if c.end <= trig.start and words_between(text, c.end, trig.start) == 0:
                a, b = rec.nt.to_orig(c.start, c.end)  # 'منزل استهدفته طايرات': the home the pronoun stands for
                return Actor(id=CIVIL_OBJECT, name_en="Civilians", name_ar="مدنيون", side="CIVILIANS",
                             text=rec.nt.original[a:b], start=a, end=b)
    return None


CAUSE_WORDS = frozenset({"اثر", "جراء", "بسبب", "نتيجه", "عقب"})


def victims_before(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> Actor | None:
    """'قتل عنصران من قسد, صباح اليوم, اثر انفجار عبوه', 'مقتل جندي تركي اثر هجوم': the actor a casualty word counts
    earlier in the sentence (a nisba only after a soldier noun), when the trigger is told as the cause ('اثر',
    'جراء', 'بـ') of that toll."""
    text = rec.nt.text
    at = text.rfind(" ", 0, trig.start) + 1  # the start of the trigger's word ('ب|رصاص')
    prev = prev_word(text, at)
    if prev.startswith("اصابت") and prev_word(text, text.rfind(prev, 0, at)) in CAUSE_WORDS:
        prev = "اثر"  # 'قتل الطفل اثر اصابته برصاص قناص': the wound the trigger made is the cause
    if prev not in CAUSE_WORDS:
        return None
    start = sent.start if (sent := rec.sentence_at(clause[0])) is not None else clause[0]
    for m in rec.near("actors", start, clause[0]):
        if m.end <= clause[0] and m.payload.get("kind") not in ("site", "origin") and (
                m.payload.get("kind") != "adj" or prev_word(text, m.start) in SOLDIER_NOUNS) \
                and m.payload.get("side") != "UNKNOWN" and not named_after(rec, m, clause[0]) \
                and is_victim(rec, m, (start, clause[0])):  # 'ميليشيا "الدفاع الوطني"': the name, not the label
            return actor_from(rec, m)
    return None


def civil_victims(rec: Recognized, clause: tuple[int, int], end: int, trig: Match[Entry]) -> Actor | None:
    """'... على حي الروضه, ما ادي الي اصابه اربعه مدنيين': civilians the sentence counts as hit after the trigger's
    clause (up to `end`), unless another clause with a verb of attack comes between (its own result); or, before
    it, the victims of a toll the trigger caused (victims_before)."""
    text = rec.nt.text
    before = victims_before(rec, clause, trig)
    if before is not None:
        return before
    for m in rec.near("actors", trig.end, end):
        if m.end > end or m.payload.get("side") != "CIVILIANS" or (
                trig.payload.get("class") == "clash" and among_dead(rec, m)):
            continue  # '8 قتلي بينهم 3 مدنيين' after a clash: some of its dead, not a party to it
        if any(t.payload.get("pos") == "verb" for t in rec.near("triggers", clause[1], m.start)):
            return None  # 'في حين قصفت قوات النظام سرمين, ما ادي الي مقتل مواطن': the later attack's toll
        lo = max(trig.end, text.rfind(",", trig.end, m.start) + 1)
        if is_victim(rec, m, (lo, end)):
            return actor_from(rec, m)
    return None


ASIDE_WORDS = frozenset({"فيما", "بينما", "حين"})  # 'فيما قتل عنصر من البيشمركه في هجوم منفصل': another report


def counted_victims(rec: Recognized, clause: tuple[int, int], end: int, trig: Match[Entry],
                    agent: Actor | None) -> Actor | None:
    """'قصفت مسيره سياره, ما اسفر عن مقتل ثلاثه من عناصر الحرس الثوري': the armed party the sentence counts as
    killed or wounded in a result clause ('ما ادي الي', 'واسفر عن') after the trigger's clause (up to `end`) is the
    side hit, when it is not the attacker's own and no other verb of attack nor a report beside it ('فيما') comes
    between; a nisba only after a soldier noun."""
    text = rec.nt.text
    for m in rec.near("actors", clause[1], end):
        kind, side = m.payload.get("kind"), m.payload.get("side")
        if m.end > end or side in (None, "UNKNOWN", "CIVILIANS") or kind in ("site", "origin", "generic") or (
                kind == "adj" and prev_word(text, m.start) not in SOLDIER_NOUNS):
            continue
        if any(t.payload.get("pos") == "verb" for t in rec.near("triggers", clause[1], m.start)):
            return None  # 'ثم هاجم مسلحون نقطه, ما ادي الي مقتل جنديين': the later attack's toll
        between = [w.removeprefix("و") for w in text[clause[1]:m.start].split()]
        if not any(w in RESULT_VERBS for w in between) or any(w in ASIDE_WORDS for w in between):
            return None  # 'فيما قتل عنصر من X في هجوم منفصل': a report beside it, not its result
        lo = max(clause[1], text.rfind(",", clause[1], m.start) + 1)
        if not is_victim(rec, m, (lo, end)):
            continue
        hit = actor_from(rec, m)
        return None if agent is not None and (hit.side == agent.side or same_party(hit, agent)) else hit
    return None


def sentence_opponent(rec: Recognized, start: int, end: int, not_side: str | None,
                      before: int | None = None) -> Actor | None:
    """Another actor of a different side in [start, end), nearest to `before` (a speaker after it is no side, nor
    one before it who tells what the known side did: 'قال جهاز مكافحه الارهاب ان مسيره تركيه قصفت سياره')."""
    actors = [m for m in rec.near("actors", start, end) if m.end <= end]
    cands = [m for m in actors if m.payload.get("kind") not in ("adj", "site", "origin") and m.payload.get("side") != not_side
             and not is_victim(rec, m, (start, end)) and not controls_civil(rec, m, start)
             and m.payload.get("side") not in ("CIVILIANS", "UNKNOWN")
             and not any(o.payload.get("side") == not_side and (coordinated(rec.nt.text, o, m) or joined_partner(
                 rec.nt.text, o, m) or joined_partner(rec.nt.text, m, o)) for o in actors)  # 'X مع Y': partners
             and not joint_second(rec, m, start)  # 'مشترك بين X و"Y"': Y is X's partner
             and attached(rec, m, start) not in ("skip", "agent")
             and not (before is not None and m.start > before and is_speaker(rec, m, start))
             and not (before is not None and m.end <= before and _reports(rec, actors, m, not_side, before))
             and not (before is not None and m.end <= before and is_speaker(rec, m, start)
                      and mourns(rec.nt.text, before, sentence_end(rec.nt.text, before)))  # 'ما اسفر عن استشهاد
             and not (before is not None and tells_of(rec, m, start, before)) and not condemns(rec, m, start)
             and not finds(rec, m, start)  # 'عثرت قوه من الشرطه علي جثث': who found the dead
             and not (before is not None and not_side == "CIVILIANS" and _tells_harm(rec, m, start, before))
             and not lost_own(rec, m, end) and not overflies(rec.nt.text, m, start)
             and not across_border(rec.nt.text, m)  # 'الحدوديه مع ايران': a place
             and not short_form(rec.nt.text, actors, m)  # 'اعلنت قوات سوريا الديمقراطيه (قسد)': the long name's part
             and not (before is not None and _told_in_speech(rec, m, start, before))]
    if not cands:
        return None
    if before is not None:
        cands.sort(key=lambda m: abs(m.start - before))
    return actor_from(rec, cands[0])


def _told_in_speech(rec: Recognized, m: Match[Entry], floor: int, before: int) -> bool:
    """'اعلنت قسد مقتل سته من مقاتليها في هجوم ...' then 'وقال المتحدث باسم قسد ان المسيره استهدفت ...': a speaker
    whose 'that' clause or quote holds the trigger, and who has told of its own dead or wounded before, tells of the
    attack it suffered: it is no fallback attacker."""
    text = rec.nt.text
    return _speaks_of(rec, m, floor, before) and any(
        o.payload.id == m.payload.id and lost_own(rec, o, sentence_end(text, o.end))
        for o in rec.near("actors", 0, before) if o.end <= before)


def _speaks_of(rec: Recognized, m: Match[Entry], floor: int, before: int) -> bool:
    """A speaker before the trigger at `before` whose 'that' clause or quote holds it ('قال X ان ...', 'X: "..."')."""
    text = rec.nt.text
    return m.end <= before and is_speaker(rec, m, floor) and (
        COMPLEMENTIZER.search(text, m.end, before) is not None or '"' in text[m.end:before])


def _tells_harm(rec: Recognized, m: Match[Entry], floor: int, before: int) -> bool:
    """'ذكرت خليه الاعلام الامني ان "صواريخ ... سقطت علي دور مواطنين"': a body of the state whose country the
    article's places lie in, whose 'that' clause or quote holds an attack on civilians, tells of it: a state does not
    report its own fire on its citizens that way (a foreign force telling of its own strikes may: 'اوضحت سنتكوم ان
    الضربتين نفذتا')."""
    if not _speaks_of(rec, m, floor, before):
        return False
    home = home_force(article_country(p.location.country_iso3 for p in rec.places), None, False,
                      rec.article.published)
    e = actor_entries().get(home) if home else None
    return e is not None and e.get("side") == m.payload.get("side")


def _reports(rec: Recognized, actors: list[Match[Entry]], m: Match[Entry], side: str | None, before: int) -> bool:
    """'قال جهاز مكافحه الارهاب ان مسيره تركيه قصفت سياره': a speaker before the trigger telling what an actor of
    the known side did (the subject before the trigger, or a weapon's owner) is no party to it (an unknown attacker's
    foe is often the one telling: 'قالت هييه الحشد ان مقر اللواء تعرض لقصف من طايره مجهوله')."""
    return side != "UNKNOWN" and is_speaker(rec, m, m.start - 40) and any(
        o.start >= m.end and o.payload.get("side") == side and (o.end <= before or attached(rec, o, m.end) == "agent"
                                                               or instrument(rec, o))
        for o in actors)
