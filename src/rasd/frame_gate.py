"""Frame gate: whether a trigger read in its clause is an incident, and if not, why."""

from __future__ import annotations

from .claim_scope import in_name
from .frame_aggressor import state_aggression
from .frame_announce import announcement
from .frame_clan import clan_fight, renewed
from .frame_daypart import since_daypart
from .frame_drill import no_drill
from .frame_duty import standing_duty
from .frame_fall import no_fired_subject
from .frame_period import (
    KANA,
    background,
    counted_span,
    covering_fire,
    guided,
    in_clash,
    most_of_salvo,
    ongoing,
    own_day,
    past_season,
    period_end,
    retreat,
    rising_smoke,
    since_year,
    unknown_detail,
    war_day,
)
from .frame_refer import (
    demonstrative,
    denied_after,
    launched_hit,
    opinion_on,
    similar_device,
    told_device,
    weapon_hits,
)
from .frame_remembered import remembered_death
from .frame_retold import retold
from .frame_roundup import negated_item, round_up
from .frame_shooting import deadly_shooting
from .frame_single import single_incident
from .frame_speech import accused_incident, described, expert_opinion, speaker_words
from .frame_threat import threatened_with
from .frame_year import past_year
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .scene import words
from .segment import Sentence
from .subevent import weapons_in
from .timex import recent_day

# placing or finding a device, no blast ('زرعوا', 'عثرت قوه ... علي', 'ضبطت')
PLANT = ("زرع", "وزرع", "يزرع", "تزرع", "زراعه", "وضع", "وضعوا", "وضعت", "تركيب", "ركبوا", "عثر", "وعثر", "يعثر",
         "تعثر", "العثور", "ضبط", "وضبط", "تضبط")
COMING = frozenset({"القادمه", "المقبله", "القادم", "المقبل"})
DEMOLISHED_WORDS = 8  # 'تفجير مسيطر عليه لذخاير قديمه وقذايف غير منفجره': what the engineers blew up
# the cue kinds that can make a trigger no incident
BLOCKING = frozenset({"nonevent", "denial", "modal_after", "negation", "hypothetical", "threat", "reference",
                      "statement", "exercise", "aggregate", "commemoration"})


def blocking_cues(rec: Recognized, clause: tuple[int, int]) -> list[Match[Entry]]:
    """The cues inside a clause of a kind that can block its triggers, in text order; a cue word inside a longer
    name is part of the name ('دعم' in 'قوات الدعم السريع'), not a cue."""
    ce = clause[1]
    return [c for c in rec.near("cues", clause[0], ce) if c.end <= ce and c.payload.kind in BLOCKING
            and not in_name(rec, c)]


def blocked(rec: Recognized, clause: tuple[int, int], trig: Match[Entry], cues: list[Match[Entry]]) -> str | None:
    """Why a trigger in a clause is not an incident, or None when it may be one (cues: blocking_cues of the clause)."""
    text = rec.nt.text
    cs, ce = clause
    ts, te = trig.start, trig.end
    ce = _framework(text, te, ce)
    if trig.payload.id == "ied_on" and _device_told(rec, cs, ts):
        return "'عثرت علي عبوه ناسفه علي الطريق', 'انفجرت عبوه ناسفه علي': the clause's own verb tells the device"
    if trig.payload.id == "hit_v" and _trigger_before(rec, cs, ts):
        return "'الضربه ... اصابت مبني': what the strike told before it in the clause hit"
    for c in cues:
        if c.start >= ce:
            continue  # words about the campaign the incident belongs to ('في اطار عمليه X المتواصله منذ ...')
        kind = c.payload.kind
        if kind == "nonevent":
            if c.start <= ts and (c.end >= te or c.key.endswith("اطلاق") and words(text, c.end, ts) == 0):
                return f"'{c.key}' names a launcher or a non-event"
            if c.payload.id == "demolition" and c.end <= ts and words(text, c.end, ts) <= DEMOLISHED_WORDS:
                return f"the ordnance of a controlled demolition ('{c.key}'), not an attack"
        elif kind == "denial":
            if c.end <= ts:
                return f"denied ('{c.key}' governs the clause)"
        elif kind == "modal_after":
            if c.key in COMING and text[c.end:c.end + 12].split()[:1] in (["من"], ["باتجاه"], ["نحو"]):
                continue  # 'المسيره القادمه من اليمن': coming from, not to come
            if c.start >= te and (words(text, te, c.start) == 0 or c.key == "لن" and _nisbas(text, te, c.start)):
                return f"expected, not reported ('{c.key}')"
        elif kind == "negation":
            if c.end <= ts and (words(text, c.end, ts) <= 3 or negated_item(rec, c.end, ts - len(trig.prefix))) \
                    and not unknown_detail(text, c.end):
                return f"negated by '{c.key}'"
        elif kind == "hypothetical" or kind == "threat":
            if c.key == "قد" and _past_qad(text, cs, c) or kind == "threat" and _siren(text, cs, c) \
                    or standing_duty(rec, c) or renewed(text, cs, c):
                continue
            if c.end <= ts and background(text, cs, c.start, ts):
                continue  # 'وفيما كانت القري تحاول استعاده ..., استهدفت مسيره': the cue governs the 'while' clause
            if c.end <= ts:
                if words(text, c.end, ts - len(trig.prefix)) <= 6:  # 'محاولات ... لاستهداف': 'ل' is no word
                    return f"{kind} ('{c.key}')"
                if kind == "threat" and threatened_with(text, c, trig):
                    return f"threat: what '{c.key}' threatens with"
            elif kind == "hypothetical" and c.start < ts and c.end >= te:
                return f"{kind} ('{c.key}')"  # 'اي هجوم': the cue spans the trigger
            elif c.key in CONDITIONALS and c.start >= te and trig.payload.get("pos") != "verb" and (
                    words(text, te, c.start) == 0 or _nisbas(text.replace('"', " "), te, c.start)):
                return f"hypothetical: the subject of '{c.key}' ('الضربات الامريكيه لو استمرت ...')"
        elif kind == "reference" or kind == "statement":
            if kind == "statement" and c.key.startswith("ابلغ") and (text[c.end:c.end + 8].split(" ", 1)[-1].startswith("عن ") or trig.payload.get(
                    "class") == "explosion" and _near_ship(rec, clause, trig)):  # 'سفينه ابلغت عن انفجار قريب منها'
                continue  # 'ابلغ ربان سفينه عن سقوط مقذوف': reported, the news itself
            if c.payload.id == "opinion":
                if opinion_on(rec, c, trig):
                    return "reference: an opinion ('يري X ان ...') on an incident told elsewhere"
                continue
            if c.payload.id == "comment":  # 'لم يصدر تعليق فوري من الحكومه علي ضربات الاحد'
                at = ts - len(trig.prefix)  # 'علي العمليتين': the article is the trigger's prefix
                if c.end <= ts and words(text, c.end, at) <= 8 and text[:at].endswith("علي ") \
                        and "," not in text[c.end:ts]:
                    return f"statement: '{c.key} ... علي' comments on an incident told elsewhere"
                continue
            title = speaker_words(text, c.end, ts) if kind == "statement" else 0  # 'وصف الناطق باسم X الضربه'
            if c.end <= ts and words(text, c.end, ts) - title <= (1 if kind == "reference" else 4) \
                    and not accused_incident(rec, clause, c, trig):
                return f"{kind}: '{c.key}' talks about an incident told elsewhere"
            if kind == "statement" and _condemned(rec, cs, c, ts):
                return f"statement: '{c.key}' condemns an incident told elsewhere"
            if kind == "reference" and c.start >= te and words(text, te, c.start) <= 1 and c.key in COMES:
                return f"reference: '{c.key}' after the trigger talks about an incident told elsewhere"
        elif kind == "exercise" and not no_drill(text, cues, c):
            return f"exercise ('{c.key}')"
        elif kind == "commemoration":
            if c.end <= ts and (words(text, c.end, ts) <= 8 or remembered_death(rec, clause, trig, c)):
                return f"commemoration ('{c.key}'): the incident remembered is long past"
        elif kind == "aggregate" and c.key in ONGOING and not (c.end <= ts and words(text, c.end, ts) == 0):
            continue  # 'بسبب استمرار اطلاق النار': the fire goes on; the word qualifies only the attack it governs
        elif kind == "aggregate" and (words(text, period_end(rec, c.end, ts), ts) <= 8 if c.end <= ts
                                      else words(text, te, c.start) <= 8):
            if text[max(cs, c.start - 8):c.start].split()[-1:] in (["دون"], ["بدون"], ["بلا"]) \
                    or similar_device(rec, c) or rising_smoke(rec, c) or most_of_salvo(rec, c) \
                    or guided(rec, c) or retreat(rec, c) or single_incident(rec, clause, c, trig):
                continue  # 'وفككتها من دون حوادث': no incident, not a count of them; 'بعبوه مماثله': one more device
            if c.end <= ts and _example_after(rec, c.end, ts, ce):
                continue  # 'خلال الاشهر الاولي من الحرب، ففي 14 اغسطس قصف الطيران ...': the trend's dated example
            if any(r.key in RECALL and (r is c or c.start <= r.start and r.end <= ts) and own_day(rec, r.end, ce)
                   and not (r.key in NOT_FIRST and words(text, r.end, ts) <= 1) for r in cues):
                continue  # 'سبق ان قصفت طايرات, في 23 من حزيران, رتلا': a recalled incident with its own day, also
                # after a word of the trend it belongs to ('خلال الشهر الجاري، اذ سبق ان استهدفت ..., فجر 24 ...')
            return f"aggregate or trend ('{c.key}')"
    if expert_opinion(rec, clause, trig):
        return "reference: an expert's opinion ('يقول الخبير X ان ...') on an incident told elsewhere"
    if described(rec, trig):
        return "statement: what 'وصف X الضربه بانها ...' calls the incident told elsewhere"
    if (roundup := round_up(rec, trig)) is not None:
        return roundup
    if covering_fire(rec, trig):
        return "covering fire of an assault told in the clause ('تحت غطاء من قذائف الهاون'), not an incident"
    if ongoing(rec, clause, trig):
        return "a campaign going on or repeated ('القصف المتواصل', 'الهجمات المتكرره'), not one incident"
    if demonstrative(rec, trig):
        return "reference: 'هذا/هذه' points back to an incident told before"
    if (why := retold(rec, trig)) is not None:
        return why
    if _rumour_denied(rec, trig):
        return "a rumour the article calls false ('الخبر ... عن X ... كذب'), not an incident"
    if denied_after(rec, trig):
        return "a claim its sentence goes on to deny ('الا ان الجيش نفي ذلك'), not an incident"
    if _command_name(rec, trig):
        return "'عمليات X' names the operations command of X ('عمليات البصره تنفي'), not an incident"
    if (why := announcement(rec, clause, trig)) is not None:
        return why
    if rec.inside("sources", ts, te, 80):
        return "part of a source's name ('مركز عمليات طوارئ', 'هيئة عمليات التجارة البحرية'), not an incident"
    if _attackers_retold(rec, clause, trig):
        return "the attackers of the incident told before ('المهاجمون ...'): a detail of it, not a new one"
    if _witness_retells(rec, trig):
        return "a resident or witness quoted on the incident told before: his words report no new one"
    cls = trig.payload.get("class")
    for q in rec.near("quantities", cs, te):
        if cs <= q.start < ts and (q.end >= te or q.end <= ts and words(text, q.end, ts) == 0):  # '27 عمليه علي الاقل'
            if q.kind == "ordinal" or cls not in ("attack", "strike", "air_strike", "target"):
                continue
            since = "منذ" in text[cs:ce] and not _recent_since(rec, clause)
            if cls in ("attack", "target") and (q.value is None or q.value >= 10 or q.kind == "vague"):
                return f"aggregate count '{q.text}'"
            if since and (q.value is None or q.value >= 10):
                return f"aggregate count '{q.text}' since a date"
    if cls in ("launch", "shelling") and "منذ" in text[te:ce] and not _recent_since(rec, clause):
        for q in rec.near("quantities", te, ce):  # 'اطلق اكثر من 400 صاروخ منذ بدء الحرب': a running total
            if q.start >= te and q.end <= ce and q.kind != "ordinal" and words(text, te, q.start) <= 3 and (
                    q.value is None or q.value >= 10) and "منذ" in text[q.end:ce]:
                return f"aggregate count '{q.text}' since a date"
    pub = rec.article.published
    for t in rec.near("times", cs, ce):
        if t.kind == "since" and cs <= t.start and t.end <= ce and t.date and pub and (pub - t.date).days > 3 \
                and not own_day(rec, cs, ce):
            return f"a period since {t.date.isoformat()}, not one incident"
    if (tally := counted_span(rec, clause, trig)) is not None:
        return tally
    if past_season(rec, clause, trig):
        return "background: a past season ('في الخريف الماضي'), months before the news"
    if war_day(rec, trig):
        return "'اليوم الثالث من القتال' counts the days of a war, not one incident"
    if trig.payload.id == "arson_v" and any(c.payload.id == "self_fire" and words(text, te, c.start) <= 3
                                             for c in rec.cues_of("nonevent", te, ce) if c.start >= te):
        return "'أضرم شاب النار في نفسه': a self-immolation or a protest's fire, no attack"
    if trig.payload.id == "hit_v" and not any(c.start >= te and words(text, te, c.start) == 0
                                              for c in rec.cues_of("civil_object", te, ce)) \
            and not weapon_hits(rec, clause, trig):
        return "'أصيب/أصاب' without a ship or building hit right after it: a wound, not an attack"
    if trig.payload.id == "throw" and trig.key in DROP_VERBS and (not set(weapons_in(rec, cs, ce)) & THROWN or any(
            c.start >= te and words(text, te, c.start) <= 4 for c in rec.cues_of("nonevent", te, ce))):
        return "'القت طايرات القنابل المضييه', 'القي كلمه': dropped or delivered, no bomb thrown at anyone"
    if trig.payload.id == "throw" and trig.key.startswith("ذب") and trig.prefix.endswith("ك"):
        return "'كذب': a lie, not the Iraqi 'ذب' (threw)"
    if trig.payload.id == "stone_v" and in_clash(rec, trig):
        return "stones thrown in confrontations ('مواجهات رشق خلالها الشبان ...'): part of the clash"
    if since_year(rec, clause, trig):
        return "a bare plural since a past year ('هجمات متقطعه ... منذ ... عام 2017'), not one incident"
    if past_year(rec, clause, trig):
        return "background: an incident its clause dates only by a past year ('العام الماضي', 'مطلع 2020')"
    if trig.payload.id == "raid_on" and "علي" not in text[te:ce].split()[:3]:
        return "'يغير' without 'علي': changes, not raids"
    if _habitual(rec, clause, trig):
        return "habitual: 'وتنفذ تركيا عمليات ...' tells what a party keeps doing, not one incident"
    if (fell := no_fired_subject(rec, trig)) is not None:
        return fell
    strength = trig.payload.get("strength")
    sea = cls == "explosion" and _near_ship(rec, clause, trig)  # 'ابلغ ربان سفينه عن انفجار قريب منها'
    if strength == "weak" and (not weapons_in(rec, cs, ce) or told_device(rec, cs, ce)) and not reaches(text, te) and not _device_before(rec, trig) \
            and not deadly_shooting(rec, clause, trig) and not sea and not clan_fight(rec, trig) and not state_aggression(rec, trig) \
            and not (trig.payload.id == "hit_v" and launched_hit(rec, trig)):
        return "weak trigger without a weapon"
    if cls == "explosion" and not set(weapons_in(rec, cs, ce)) & {"ied", "suicide"} and not sea:
        return "explosion without a device named"
    return None


DROP_VERBS = frozenset({"القي", "القوا", "القت", "يلقي", "تلقي", "القاء", "القيت"})  # 'القي مجهولون ... قنبله يدويه علي دوريه'
THROWN = frozenset({"grenade", "ied", "stones", "aircraft"})  # what a bare 'القي' throws or drops in an attack
HABIT_VERBS = frozenset({"تنفذ", "ينفذ", "وتنفذ", "وينفذ", "تشن", "يشن", "وتشن", "ويشن"})
BARE_PLURALS = frozenset({"عمليات", "هجمات", "غارات", "ضربات"})


def _habitual(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'وتنفذ تركيا عمليات لمكافحة ...', 'ينفذ الحوثيون هجمات علي سفن': a present-tense 'carries out' with a bare
    plural and no count or day tells a habit in the body (a headline's 'يشن 6 غارات علي صعده' is the news); so
    does a present tense after a relative ('التنظيم الذي يستهدف قواتها', 'الهجمات التي تستهدف القوات')."""
    sent = rec.sentence_at(trig.start)
    if sent is None or sent.heading:
        return False
    text = rec.nt.text
    if trig.payload.get("pos") == "verb" and trig.key.startswith(("ي", "ت")) and not trig.prefix:
        prev = text[clause[0]:trig.start].split()[-1:]  # 'تنظيم بي كي كي الذي يستهدف قواتها': what it does
        return prev in (["الذي"], ["التي"], ["الذين"]) and not own_day(rec, clause[0], clause[1])
    if trig.key not in BARE_PLURALS or trig.prefix:
        return False
    before = text[clause[0]:trig.start].split()[-3:]
    counted = any(q.end <= trig.start and words(text, q.end, trig.start) == 0
                  for q in rec.near("quantities", clause[0], trig.start))
    return any(w in HABIT_VERBS for w in before) and not counted and not own_day(rec, clause[0], clause[1])


def _command_name(rec: Recognized, trig: Match[Entry]) -> bool:
    """'قياده عمليات الانبار', 'قاطع عمليات ديالي', 'وعمليات البصره تنفي': 'operations' followed at once by a place
    name, with no preposition, is the Iraqi command of that province or city."""
    if trig.key != "عمليات":
        return False
    return any(p.start == trig.end + 1 and rec.nt.text[trig.end] == " " for p in rec.places
               if trig.end < p.start <= trig.end + 1)


SIRENS = frozenset({"صفارات", "صافرات", "صفاره", "صافره"})


def _siren(text: str, cs: int, c: Match[Entry]) -> bool:
    """'دوت صفارات الانذار في X، والصواريخ سقطت في مناطق مفتوحه': the sirens of an attack under way, not a
    warning of one to come."""
    at = c.start - len(c.prefix)
    before = text[max(cs, at - 12):at].split()[-1:]
    return bool(before) and before[0].lstrip("وب") in SIRENS


def _nisbas(text: str, a: int, b: int) -> bool:
    """Only definite nisba adjectives, at most three, between a and b ('الاعتداءات الامريكيه البريطانيه لن تمر')."""
    ws = text[a:b].split()
    return 0 < len(ws) <= 3 and all(w.startswith("ال") and w.endswith(("يه", "ي")) for w in ws)


FRAMEWORK = (" في اطار ", " ضمن اطار ")


EXAMPLE_OPENERS = ("ففي ", "اذ ", "حيث ")  # after a comma: 'for on <day> ...', 'as ...' open the example told


def _example_after(rec: Recognized, a: int, ts: int, ce: int) -> bool:
    """'وليست هذه المواجهه الاولي خلال الاسابيع الاخيره، ففي العشرين من تشرين الثاني انفجرت عبوه': a comma and
    'ففي/اذ/حيث' between the trend's words and the trigger open an example with a day of its own, which the trend
    does not cover."""
    text = rec.nt.text
    at = text.find(",", a, ts)
    while at != -1:
        rest = text[at + 1:ts].lstrip()
        if rest.startswith(EXAMPLE_OPENERS):
            return own_day(rec, at, ce)
        at = text.find(",", at + 1, ts)
    return False


def _framework(text: str, te: int, ce: int) -> int:
    """Where 'في اطار عمليه ...' after a trigger opens the campaign it belongs to (ce when it does not): what
    qualifies the campaign ('المتواصله منذ الشهر الماضي') does not make the incident a trend."""
    ends = [i for i in (text.find(w, te, ce) for w in FRAMEWORK) if i != -1]
    return min(ends) if ends else ce


ATTACKERS = frozenset({"المهاجمين", "المهاجمون", "والمهاجمين", "والمهاجمون"})


def _attackers_retold(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'ان المهاجمين استهدفوا نقطتين', 'المهاجمين في X استخدموا اسلحه قنص': 'the attackers' as the subject of a
    later clause point back to an attack already told, so the clause details it."""
    text = rec.nt.text
    if not rec.near("triggers", 0, clause[0]):
        return False  # nothing told before
    before = text[clause[0]:trig.start].split()[-6:]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].strip('"') in ATTACKERS), None)
    if at is None:
        return False
    tail = clause[0] + text[clause[0]:trig.start].rfind(before[at])
    return not any(a.start >= tail and a.end <= trig.start for a in rec.near("actors", tail, trig.start))


def _witness_retells(rec: Recognized, trig: Match[Entry]) -> bool:
    """'وقال احد سكان الحي: "الصاروخ وقع جنب البيت"': a resident, witness or relative quoted word for word after a
    verb of saying, once an incident has been told, retells it in his own words."""
    sent = rec.sentence_at(trig.start)
    if sent is None or not rec.near("triggers", 0, sent.start):
        return False
    text = rec.nt.text
    return any(w.end <= trig.start and _quoted(text[w.end:trig.start]) and any(
        words(text, a.end, w.start) <= 1 for a in rec.cues_of("attribution", sent.start, w.start))
        for w in rec.cues_of("witness", sent.start, trig.start))


RUMOUR_WORDS = 8  # 'الاخبار اللي عم تنتشر عن قصف': the rumour word a few words before the trigger
FALSE_WORDS = 12  # 'عن ضربه علي سيطره الجيش بمدخل العبيدي كذب': the verdict after the incident it tells


def _rumour_denied(rec: Recognized, trig: Match[Entry]) -> bool:
    """'الخبر اللي عم ينتشر عن ضربه علي X كذب', 'الانباء عن انفجار سياره جنب المخيم غير صحيحه': a report going round,
    told in order to call it false, tells no incident."""
    sent = rec.sentence_at(trig.start)
    verdicts = rec.cues_of("falsehood", trig.end, sent.end) if sent is not None else []
    if sent is None or not verdicts:
        return False
    text = rec.nt.text
    return any(words(text, c.end, trig.start) <= RUMOUR_WORDS for c in rec.cues_of("rumour", sent.start, trig.start)
               if c.end <= trig.start) and any(words(text, trig.end, c.start) <= FALSE_WORDS for c in verdicts)


def _quoted(between: str) -> bool:
    """A direct quotation opens in the text between the speaker and the trigger (': "...'), not 'قال شهود ان ...'."""
    colon = between.find(":")
    return colon >= 0 and any(q in between[colon:] for q in ('"', "«"))


SHIP_REPORT = ("ابلغ", "ابلغت", "بلاغا", "بلاغ")


def _near_ship(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'ابلغ ربان سفينه تجاريه عن انفجار علي مقربه منها', 'ان سفينه ابلغت عن انفجار علي مسافه منها': an explosion
    a ship reports near it, in the body, is a projectile fired at it (a headline's 'وانفجار قرب سفينه' is told again below)."""
    sent = rec.sentence_at(trig.start)
    if sent is None or sent.heading:
        return False
    before = rec.nt.text[clause[0]:trig.start]
    return "سفينه" in before and any(w in before.split()[-3:] for w in SHIP_REPORT)


def _device_told(rec: Recognized, cs: int, ts: int) -> bool:
    """'عثرت قوه علي عبوه ناسفه علي الطريق', 'زرعوا عبوه ناسفه علي': a find, a planting or another trigger before the
    bare device in its clause says what happened to it."""
    if rec.cues_of("seized", cs, ts) or _trigger_before(rec, cs, ts):
        return True
    return any(w.startswith(PLANT) for w in rec.nt.text[cs:ts].split()[-8:])


def _trigger_before(rec: Recognized, cs: int, ts: int) -> bool:
    """Another trigger told wholly between the clause's start cs and the trigger at ts."""
    return any(t.end <= ts for t in rec.near("triggers", cs, ts) if t.start >= cs)


def _device_before(rec: Recognized, trig: Match[Entry]) -> bool:
    """'عثرت قوة على عبوة ناسفة ...، وفككتها': a defusing verb whose object pronoun is the device named before it."""
    if trig.payload.id != "defuse":
        return False
    sent = rec.sentence_at(trig.start)
    return sent is not None and "ied" in weapons_in(rec, sent.start, trig.start)


def _recent_since(rec: Recognized, clause: tuple[int, int]) -> bool:
    """'منذ صباح اليوم': a count since a day at most two days before publication is one campaign, not a tally."""
    pub = rec.article.published
    cs, ce = clause
    return since_daypart(rec.nt.text, cs, ce) or any(
        t.kind == "since" and recent_day(t.date, pub) for t in rec.near("times", cs, ce) if cs <= t.start and t.end <= ce)


REACH = frozenset({"طال", "طالت", "يطال", "تطال"})


def reaches(text: str, te: int) -> bool:
    """'العدوان طال ايضا محيط بلده X': an attack noun followed by 'reached' is a hit on that place."""
    return bool(REACH & set(text[te:te + 12].split()[:1]))


def _past_qad(text: str, cs: int, c: Match[Entry]) -> bool:
    """'قد' of a past tense, not a possibility: 'وكانت مسيره قد شنت ...' (pluperfect), 'وقد تم اعتراض ...', or
    before a perfect verb ('وكانت X, وهي ..., قد تبنت الهجوم', 'فقد استشهد مواطنان'), unlike 'قد يكون', 'قد تستهدف',
    'قد لا'."""
    before = text[cs:c.start].split()[-8:]
    after = text[c.end:c.end + 16].split()[:1]
    return bool(KANA & set(before)) or text[c.end:c.end + 4] == " تم " or (
        bool(after) and after[0].endswith(("ت", "وا")) and not after[0].startswith("ي")) or (  # 'قد تبنت'
        bool(after) and not after[0].startswith(("ي", "ت", "ن", "ل")))  # 'فقد استشهد', 'قد اصيب': a perfect


ONGOING = frozenset({"استمرار"})  # 'وسط استمرار القصف': an activity going on, not one incident
NOT_FIRST = frozenset({"ليست المره الاولي", "ليست هذه المره الاولي", "لم تكن المره الاولي", "ليست المره الاولي التي"})
RECALL = frozenset({"سبق ان", "سبق وان", "سبق لها ان", "سبق له ان", "سبق لهم ان", "مماثله", "مماثلا", "مشابهه",
                    *NOT_FIRST})
# 'had already ...', 'a similar one', 'not the first time': a habit or a kind, unless it names the day ('غاره مماثله
# في 20 ايار', 'ليست هذه المره الاولي التي تستهدف فيها البلده, اذ كانت غاره قد دمرت منزلا في الثالث من اذار':
# the raid, not the targeting the phrase itself calls a habit)
COMES = frozenset({"جاء", "جاءت", "ياتي", "تاتي"})  # 'الضربات جاءت بعد ان ...': the strikes told before


CONDEMN = ("ادان", "دان", "ندد", "استنكر", "شجب")
CONDEMN_WORDS = 10  # 'ودانت وزاره الخارجيه السعوديه, في بيان, "الهجمات ...': the condemner's name, then what it condemns


def _condemned(rec: Recognized, cs: int, c: Match[Entry], ts: int) -> bool:
    """'وادان مجلس المراه في دير الزور عمليه الاغتيال', 'ودانت وزاره الخارجيه X, في بيان, "الهجمات التي ...': a
    condemnation verb opening its clause takes the first trigger after its subject as its object, however long
    the condemner's name; that incident is told elsewhere."""
    text = rec.nt.text
    if not c.key.startswith(CONDEMN) or text[cs:c.start - len(c.prefix)].strip(' ,"') \
            or words(text, c.end, ts) > CONDEMN_WORDS:
        return False
    between = text[c.end:ts]
    return not any(t.end <= ts for t in rec.near("triggers", c.end, ts)) and not any(
        w in ("ان", "بان", "انه", "انها") for w in between.split())


CONDITIONALS = ("اذا", "لو", "في حال", "ان تم")


def condition_opens(rec: Recognized, sent: Sentence) -> Match[Entry] | None:
    """The 'اذا/لو/في حال' that opens a sentence or a quotation (its whole rest is hypothetical), or None."""
    text = rec.nt.text
    for c in rec.cues_of("hypothetical", sent.start, sent.end):
        if c.key in CONDITIONALS:
            before = text[sent.start:c.start].rstrip()
            if not before or before.endswith((":", '"')):
                return c
    return None
