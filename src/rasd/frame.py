"""Frame: candidate incident frames per trigger and clause, with the reasons for every rejection.

A frame is one trigger read in its clause: attacker, target, place, date,
weapons, sub-event type, casualty claims, sources and the evidence sentence.
Negated, hypothetical, threatened, aggregate and exercise triggers are not
incidents; weak triggers (fall, launch, explosion) need a weapon word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .attribution import SourceReader
from .attribution_ahead import Ahead, credit_ahead, told_ahead
from .attribution_answer import drop_answering
from .attribution_clause import answered_causes, scope_sources
from .attribution_obituary import mourned_only, story_sources
from .claim_scope import same_place, story_frame
from .claims import casualty_claims
from .coref import same_party
from .frame_announce import superseded_before
from .frame_clause import (
    agent_across_zone,
    day_in_clause,
    elsewhere,
    in_source_name,
    own_account,
    partly_downed_attacker,
    purposed,
    section_title,
    title_line,
)
from .frame_comes import comes_after, comes_parts, days_before_story
from .frame_gate import blocked, blocking_cues, condition_opens
from .frame_items import items, share_agent
from .frame_linked import relative_of_told, shared_trend
from .frame_lists import item_parts, later_item, lent
from .frame_named import answered_series, place_named
from .frame_ordinals import opens_item, ordinal_lent, ordinal_parts, share_ordinal
from .frame_raid import operation_landing, raid_agent, raid_of, raid_told_by_arrest
from .frame_refer import first_telling, ordinal, other_account, unzoned, weapon_subject
from .frame_running import running_total
from .frame_sirens import past_sirens
from .frame_story import claimed_earlier, fronted, narrative_roles, place_told, previews, retaliation_target
from .frame_sweep import swept
from .frame_tally import series_tally
from .frame_time import narrative_time
from .frame_zones import (
    CAUSE_HEADS,
    answer_clause,
    in_zone,
    own_report,
    parallel,
    title_parts,
    zone_days_before,
    zones,
)
from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .records import Actor, Claim
from .resources import Entry
from .role_aggression import aggression_agent
from .role_claimant import claim_agents
from .role_fallbacks import (
    civil_target,
    civil_victims,
    counted_victims,
    home_side,
    sentence_opponent,
    side_actor,
    site_target,
)
from .role_speakers import only_reports, own_forces_speaker
from .role_state import state_target
from .roles import clause_roles, prev_word, verb_roles
from .scene import (
    after_since,
    anaphoric_place,
    choose_places,
    choose_time,
    reporting_time,
    tally_places,
    words,
)
from .segment import Sentence
from .subevent import against_civilians, carried_air_power, sub_event_for, weapons_in
from .timex import recent_day
from .timex_retold import retold_places
from .timex_scope import death_after

HIT_CLASSES = frozenset({"fall", "strike", "air_strike", "shelling", "target", "explosion"})
ATTACKS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # what a defence downs part of


@dataclass(slots=True)
class Frame:
    """One trigger read in its clause (mutable while the frame stage builds it)."""

    sent: int
    clause: tuple[int, int]
    trigger: Match[Entry]
    agent: Actor | None
    target: Actor | None
    places: list[Any]
    time: Any | None
    date_from: str
    weapons: tuple[str, ...]
    sub_event: str
    sub_from: str  # weapon | trigger | default
    claims: list[Claim] = field(default_factory=list)
    sources: tuple[str, ...] = ()
    retaliation: bool = False
    no_casualties: bool = False
    mutual: bool = False
    distinct: bool = False
    zone: bool = False
    heading: bool = False
    intercepted: bool = False  # an attack whose clause tells some of its weapons downed ('واسقطت معظمها')
    own_account: bool = False  # the attacker tells it ('زعم جيش الاحتلال انه استهدف مخربين')
    section: bool = False  # a sub-heading inside the body ('هجوم قرب مركدة'): it titles the paragraphs after it
    debris: bool = False  # its clause tells fragments falling ('شظايا احدي المسيرات التي جري اسقاطها سقطت علي منزل')
    told_on: bool = False  # its date is the day it was told ('اعلن الجهاز, اليوم الثلاثاء, مقتل شخصين بغاره')
    ordinal: int = 0  # the operation it tells in a numbered series ('اما العمليه الثالثه'), 0 when none
    retold: bool = False  # another party's account of the incident told just before ('قدم روايه مختلفه, اذ قال')
    item: int = -1  # the list whose item it is ('وستة شهداء في قصف منزل في حي Y'), -1 when none
    subject: str = ""  # the weapon told before that its verb's subject names ('ان المسيره القت قنبله'), '' when none


@dataclass(frozen=True, slots=True)
class Rejected:
    """A trigger that is not an incident, and why."""

    start: int
    end: int
    reason: str


def _near_cue(rec: Recognized, kind: str, trig: Match[Entry], before: int, after: int) -> bool:
    """A cue of this kind within `before` words before or `after` words after the trigger."""
    if kind not in rec.cue_index:
        return False
    text = rec.nt.text
    for c in rec.cues_starting(kind, trig.start - 80, trig.end + 80):
        if c.end <= trig.start and words(text, c.end, trig.start) <= before:
            return True
        if c.start >= trig.end and words(text, trig.end, c.start) <= after:
            return True
    return False


def build_frames(rec: Recognized) -> tuple[list[Frame], list[Rejected]]:
    """Every incident frame of an article, and every rejected trigger with its reason."""
    frames: list[Frame] = []
    rejected: list[Rejected] = []
    reader = SourceReader(rec)
    pub = rec.article.published
    usable_times = [t for t in rec.times if t.date is not None and (not _after(t, pub) or t.kind == "stamp") and (
        t.kind != "since" or recent_day(t.date, pub)) and (not after_since(rec, t) or recent_day(t.date, pub))]
    story_from = 0  # frames before this index lie more than three sentences back
    ahead: list[Ahead] = []  # statements told before their incident (attribution_ahead)
    for si, sent in enumerate(rec.sentences):
        while story_from < len(frames) and frames[story_from].sent < si - 3:
            story_from += 1
        sent_frames: list[Frame] = []
        claimed: list[Frame] = []  # the incidents told before that this sentence claims
        if rec.near("triggers", sent.start, sent.end) or opens_item(rec, sent):  # 'اما الثانيه فطالت ...'
            claimed = _sentence_frames(rec, si, sent, usable_times, frames[story_from:], frames, sent_frames,
                                       rejected)
        story = story_frame(rec, si, sent, sent_frames, frames) if frames else None  # None without earlier frames
        if story is not None and fronted(rec, sent.start, sent_frames):
            story = None  # 'وفي منطقه X, استهدفت مسيره ...': one more item of a list, its toll is its own
        if claimed and not sent_frames and all(story is not g for g in claimed):
            story = None  # the sentence retells the incident it claims, not the one told last
        if claimed:  # 'واعلن حزب الله مسووليته عن القصف': the claimant is a source of the incident it claims
            for g in claimed:
                g.sources = tuple(dict.fromkeys((*g.sources, *reader.claimed(si)[0])))
        if sent_frames or story is not None:
            sources = tuple(reader.claimed(si)[0])
            for f in sent_frames:
                f.sources = sources
            scope_sources(reader, si, sent_frames, sources)  # 'قتل ..., في حين اعلنت X ان قوه نصبت كمينا'
            answered_causes(reader, sent_frames)  # 'ردا علي الغاره, استهدف مقاتلونا ...': the cause is only named
            mourned_only(reader, si, sent_frames)  # '..., فيما نعي الحزب احد عناصره': the mourner tells no strike
            casualty_claims(rec, sent, sent_frames if story is None else [story], sources)
            _carry_sources(rec, si, sent, sources, sent_frames, frames, story, story_sources(reader, si))
        elif not claimed and (said := told_ahead(reader, si)) is not None:
            ahead.append(said)  # 'الجيش يزعم ان المستهدف في X عنصر' before the strike on X is told
        claim_agents(rec, sent, [*sent_frames, *claimed, *([story] if story is not None else [])])  # 'زعم X ان عناصره'
        frames.extend(sent_frames)
    credit_ahead(ahead, frames)
    drop_answering(reader, frames)
    told = previews(rec, frames)
    if told:  # 'اعلنت المقاومه تنفيذ عمليتين ...' before each is told with its own day
        rejected.extend(Rejected(f.trigger.start, f.trigger.end, "a count of the operations told one by one after it")
                        for f in told)
        frames = [f for f in frames if all(f is not g for g in told)]
    return frames, rejected


def _sentence_frames(rec: Recognized, si: int, sent: Sentence, usable_times: list[Any], recent: list[Frame],
                     told: list[Frame], sent_frames: list[Frame], rejected: list[Rejected]) -> list[Frame]:
    """The frames of one sentence's clauses (appended to sent_frames), and its rejected triggers; returns the
    incidents told before that the sentence claims."""
    pub = rec.article.published
    claims: list[Frame] = []
    parts = [z for clause in sent.clauses for z in zones(rec, clause)]
    if sent.heading or title_line(rec, sent):
        parts = title_parts(rec, parts)
    parts = item_parts(rec, sent, items(rec, sent, parts))  # 'X حيث ...، وY حيث ...': one item per town
    parts = ordinal_parts(rec, sent, parts)  # 'استهدفت الاولي ... في X، والثانيه ... في Y': one item per ordinal
    parts = comes_parts(rec, sent, parts)  # 'وجاءت X بعد ..., اذ <trigger> <day>': the اذ clause is an incident of its own
    has_zone = any(is_zone for _, is_zone in parts)
    tally = ""  # a count or trend of attacks ('27 عمليه', 'منذ اشهر'): the undated clauses after it list its kinds
    cond = condition_opens(rec, sent)
    for clause, is_zone in parts:
        # a list item's lent attack: 'وعين عرب حيث اصيب ثلاثه' (the list's), 'اما الثانيه فطالت ارضا في X' (the series')
        trigs = [t for t in rec.near("triggers", clause[0], clause[1]) if t.end <= clause[1]] or lent(
            rec, clause, sent_frames) or ordinal_lent(rec, sent, clause, recent + sent_frames)
        if not trigs:
            continue
        cues = blocking_cues(rec, clause)
        live = []
        for i, trig in enumerate(trigs):
            why = blocked(rec, clause, trig, cues) or relative_of_told(rec, trigs[:i], rejected, trig) or comes_after(
                rec, trig) or series_tally(rec, clause, trig) or answered_series(rec, clause, trig) or place_named(rec, trig) \
                or swept(rec, trig) or running_total(rec, clause, trig)
            if why and why.startswith("reference:") and all(g.heading for g in told + sent_frames) \
                    and first_telling(rec, trig) and not superseded_before(rejected, trig.start):
                why = None  # 'بشان الهجوم الذي تعرضت له نقطه ... مساء امس': the lead's own telling, none before it
            if why and why.startswith("reference:") and raid_of(rec, trig) is not None:
                why = None  # 'نفذت قوه عمليه دهم في X اسفرت عن اعتقال اربعه': the raid's outcome is the incident
            if not why and raid_told_by_arrest(rec, trig):
                why = "a raid told by its outcome: the arrest after 'اسفرت عن' is the incident"
            if not why and operation_landing(rec, trig):
                why = "an air landing named by the operation noun before it: the operation tells it"
            if not why and cond is not None and cond.start < trig.start:
                why = f"hypothetical: the sentence is a condition ('{cond.key}' ...)"
            if not why and tally and not choose_time(rec, clause[0], clause[1], trig) and not (
                    tally.startswith("aggregate or trend") and parallel(rec, clause)):
                why = f"a kind of the attacks counted before ({tally})"
            if why:
                rejected.append(Rejected(trig.start, trig.end, why))
                if why.startswith(("aggregate count", "aggregate or trend")):
                    tally = why
            else:
                live.append(trig)
        shared = shared_trend(rec, live, rejected)
        rejected.extend(Rejected(t.start, t.end, why) for t, why in shared)
        live = [t for t in live if all(t is not u for u, _ in shared)]
        if live and tally.startswith("aggregate or trend ('منذ") and not any(choose_time(rec, clause[0], clause[1], t) for t in live) and any(
                r.start >= clause[0] and r.end <= clause[1] and r.reason == tally for r in rejected):
            # 'اكثر من 40 مدنيا سقطوا ... برصاص القناصه ... منذ مطلع العام': the trend the gate saw on one trigger
            # covers every trigger of its clause, also one too far from the cue for the gate to see it
            rejected.extend(Rejected(t.start, t.end, tally) for t in live)
            live = []
        if not live:
            continue
        f = _frame(rec, si, sent, clause, live, parts)
        share_agent(rec, f, sent_frames)
        share_ordinal(rec, f, recent + sent_frames)
        if is_zone:
            zone_days_before(rec, f)
        old = _background(f, pub)
        if old:
            rejected.extend(Rejected(t.start, t.end, old) for t in live)
            continue
        claimed = claimed_earlier(rec, f, recent + sent_frames, told + sent_frames)
        if claimed:  # 'واعلن حزب الله مسووليته عن القصف': who did the incident just told
            for g in claimed:
                if g.agent is None or g.agent.side == "UNKNOWN":
                    g.agent = f.agent
            for g in claimed:  # one by one, as list.extend of a generator added them (mypyc's
                if all(g is not h for h in claims):  # extend builds the list first): one told twice is added once
                    claims.append(g)
            rejected.extend(Rejected(t.start, t.end, "a claim of responsibility for the incident told before")
                            for t in live)
            continue
        f.retaliation = (has_zone and not is_zone) or f.retaliation
        f.zone = is_zone
        same = _same_time(rec, f, told + sent_frames)
        if same is not None:
            f.time, f.date_from = same, "narrative"
        elif f.time is None:
            f.time = narrative_time(rec, usable_times, si, live[0].start)
            f.time = days_before_story(rec, f.clause, f.trigger, f.time) or f.time  # 'وجاءت X بعد يوم من هجوم'
            f.date_from = "narrative" if f.time is not None else "none"
            old = _background(f, pub)
            if old:  # 'وهو التوقيت الذي بدا فيه الهجوم قبل عام': the story goes on about the incident long past
                rejected.extend(Rejected(t.start, t.end, old) for t in live)
                continue
        retaliation_target(f, recent + sent_frames)
        narrative_roles(rec, f, recent + sent_frames)
        f.sub_event = against_civilians(f.sub_event, f.sub_from, f.weapons, f.target)  # a carried civilian target
        f.sub_event = carried_air_power(f.sub_event, f.sub_from, f.weapons, f.agent, f.trigger)  # a carried air power
        place_told(rec, f, recent + sent_frames)
        sent_frames.append(f)
    return claims


def _after(t: Any, published: date | None) -> bool:
    """A date after publication: no incident the article reports."""
    return published is not None and t.date is not None and t.date > published


def _background(f: Frame, published: date | None) -> str | None:
    """Why a dated frame is history told as background (a year before publication, or a month long gone)."""
    if f.time is None or published is None or f.time.date is None:
        return None
    days = (published - f.time.date).days
    if days > 365 or (days > 60 and (f.time.precision or 1) >= 3):
        return f"background: dated {f.time.date.isoformat()}, long before publication"
    return None


SAME_TIME = guard(r"(?:^|\s)(?:(?:في |و)?(?:اليوم|الليله|الليل|المساء|الصباح|الوقت|الفجر)\s+(?:ذاته|ذاتها|نفسه|"
                       r"نفسها)|(?:في |و)?(?:ذات|نفس) (?:اليوم|الليله|الوقت|المساء))(?=[\s,.]|$)")


def _same_time(rec: Recognized, f: Frame, told: list[Frame]) -> Any | None:
    """'في اليوم نفسه', 'وقبيل منتصف الليل ذاته': the time of the incident told before (None without the phrase)."""
    text = rec.nt.text
    m = SAME_TIME.search(text, f.clause[0], f.clause[1])
    if m is None or (f.time is not None and (f.time.kind == "story_day" or not (
            f.time.start < m.end() and m.start() < f.time.end))):
        return None  # no such phrase, or the clause has a time of its own (timex dated 'اليوم ذاته' by the day told)
    return next((g.time for g in reversed(told) if g.time is not None and g.time.date is not None
                 and not RECALLED.search(text, g.clause[0], g.clause[1])), None)  # not a pluperfect's day


RECALLED = guard(r"(?<!\S)و?(?:كان|كانت|كانوا)(?:\s+\S+){0,4}?\s+قد\s")  # 'كانت X قد تعرضت': told as past


def _carry_sources(rec: Recognized, si: int, sent: Sentence, sources: tuple[str, ...], sent_frames: list[Frame],
                   frames: list[Frame], story: Frame | None, told: tuple[str, ...]) -> None:
    """Attribution across sentences: 'X said ...' continuing an incident told before (told: the sources it takes, no
    bare obituary's), or a report without a source."""
    if story is not None:
        story.sources = tuple(dict.fromkeys((*story.sources, *told)))
    elif sent_frames and not sources and not sent.heading:
        prev = [f for f in frames if f.sent == si - 1 and f.sources and not f.heading]
        if prev:
            for f in sent_frames:
                if same_place(rec, f, prev[-1]):  # 'وفي محافظه دهوك, قصفت ...' is a new incident, not the same report
                    f.sources = prev[-1].sources


def _frame(rec: Recognized, si: int, sent: Sentence, clause: tuple[int, int], trigs: list[Match[Entry]],
           parts: list[tuple[tuple[int, int], bool]]) -> Frame:
    """Read the live triggers of one clause into a frame (the first one heads it)."""
    trig = trigs[0]
    agent, target = clause_roles(rec, clause, trig)
    if agent is None and target is None:
        agent, target = verb_roles(rec, clause, trigs)
    if agent is None:
        agent = agent_across_zone(rec, clause, trig, parts) or own_forces_speaker(rec, sent, clause, trig) or (
            aggression_agent(rec, sent, trig)) or raid_agent(rec, sent, trig)  # 'ارتقيا بالعدوان الامريكي': the
        # blamed aggression's owner; 'نفذت قوه عمليه دهم ..., اسفرت عن اعتقال': the raid's force made the arrest
    places = choose_places(rec, clause[0], clause[1])
    if not places:
        places = anaphoric_place(rec, clause[0], clause[1])
    zoned = any(z == clause and is_zone for z, is_zone in parts)
    if not places and not zoned and not later_item(rec, clause) and not answer_clause(rec, clause):  # 'وY حيث'
        spans = [z for z, is_zone in parts if is_zone]
        text = rec.nt.text
        own_lo, own_hi = own_report(rec, sent, clause)
        lo = max(own_lo, text.rfind(";", sent.start, clause[0]) + 1)  # 'X; Y': statements apart, places apart
        hi = text.find(";", clause[1], own_hi)
        places = [p for p in choose_places(rec, lo, own_hi if hi < 0 else hi)
                  if not any(z[0] <= p.start < z[1] for z in spans) and not purposed(rec, sent, p.start)]
    places = past_sirens(rec, clause, places)  # 'صفارات الانذار دوت في X وY': warned, not struck
    tally = tally_places(rec, sent)
    if len(tally) >= 2 and any(p.location.id in {q.location.id for q in tally} for p in places):
        places = tally  # 'توزع القتلى: 9 في الميادين, و11 في البوكمال': one place per figure
    if target is None:
        lo = places[0].start if places else clause[0]
        hi = places[-1].end if places else clause[1]
        target = site_target(rec, max(clause[0], lo - 40), min(clause[1], hi + 10)) or (
            site_target(rec, lo, hi) if places and not clause[0] <= lo < clause[1] else None)  # a base named earlier
    if target is None and agent is not None:
        target = sentence_opponent(rec, clause[0], clause[1], agent.side, trig.start)
    if agent is None and target is not None:
        agent = sentence_opponent(rec, clause[0], clause[1], target.side, trig.start)
        if agent is not None and in_source_name(rec, agent, clause):
            agent = None  # 'ذكرت هيئة عمليات التجارة البحرية البريطانية ان سفينة': the reporter's name, no foe
    if agent is not None and target is not None and same_party(agent, target):
        agent, target = (None, target) if only_reports(rec, agent, trig, clause[0]) else (agent, None)
    home = home_side(places)
    if home is not None and target is None and (agent is None or agent.side != home):
        target = side_actor(home)  # 'صاروخ اطلق من لبنان علي كريات شمونه': the country's side was attacked there
    if target is None and (agent is None or agent.side != "CIVILIANS"):
        target = civil_target(rec, clause, trig, agent) or civil_victims(rec, clause, sent.end, trig) or counted_victims(
            rec, clause, sent.end, trig, agent) or state_target(
            rec, clause, sent.end, trig, places, agent)  # 'عبوه علي عجله عسكريه': the state force of the place
    weapons = weapons_in(rec, clause[0], clause[1])
    head = next((t for t in trigs if t.payload.get("sub_event")), trig)
    if head.payload.get("class") == "intercept":  # 'سقوط مسيرة واسقاط اخرى': one got through
        head = next((t for t in trigs if t.payload.get("class") in HIT_CLASSES
                     and prev_word(rec.nt.text, t.start) not in ("قبل", "دون")
                     and words(rec.nt.text, min(t.end, head.end), max(t.start, head.start)) <= 6), head)
    sub, sub_from = sub_event_for(head, weapons, agent, target, rec, clause,
                                  places[0].location.country_iso3 if places else None)
    if head.payload.get("class") == "intercept" and sub in ATTACKS:  # partly downed: the attack is the incident
        att = partly_downed_attacker(rec, clause, trigs, target)
        if att is not None and (agent is None or not same_party(att, agent)):
            target = target or agent  # 'تصدت الدفاعات السورية لعدوان اسراييلي': the defence was hit (two steps:
            agent = att  # mypy reads 'agent, target = att, target or agent' as if agent were already att)
    retal = any(not (c.start == clause[0] and c.key in CAUSE_HEADS and not zoned)  # a toll's cause answers nothing
                for c in rec.cues_of("retaliation", clause[0], trig.start))
    mutual = any(_near_cue(rec, "mutual", t, 1, 1) for t in trigs)
    if mutual:
        agent = target = None
    t = choose_time(rec, clause[0], clause[1], trig) or unzoned(
        rec, clause, choose_time(rec, *own_report(rec, sent, clause), trig))
    if t is not None and (t.precision or 1) >= 3:
        t = day_in_clause(rec, clause, trig) or t
    if t is None and not mutual:  # 'قصف الجيش منذ فجر اليوم قرى ...': a campaign of today is today's incident
        t = next((x for x in rec.near("times", clause[0], clause[1]) if x.date is not None and x.end <= clause[1]
                  and (x.kind == "since" or after_since(rec, x)) and recent_day(x.date, rec.article.published)), None)
    if t is not None and _after(t, rec.article.published) and t.kind != "stamp":  # a blog's post past midnight
        t = None  # 'لـ"عدن الغد"': no incident is reported before it happens
    before = (t.date if reporting_time(rec, t, trig) or death_after(rec, t, trig) else None) if t is not None \
        else rec.article.published  # 'بعد وفاه الجندي المصاب صباح الاحد': the day of a death, not the incident's
    if before is not None and si + 1 < len(rec.sentences):  # undated: 'قتل ثلاثه ...' then 'وقع الهجوم مساء امس'
        nxt = rec.sentences[si + 1]  # 'افاد مصدر, يوم الاربعاء, بمقتل ...' then 'انفجرت العبوه مساء امس'
        later = [x for x in rec.near("times", nxt.start, nxt.end) if x.date is not None and x.kind != "since"
                 and x.date < before and x.end <= nxt.end and not reporting_time(rec, x, trig)
                 and not in_zone(rec, x.start)  # 'ردا علي الاعتداء ... ليل امس' dates the cause, not this
                 and (t is not None or _happened(rec, nxt.start, x.start))]
        if later and not elsewhere(rec, nxt, places):
            t = later[0]
        elif later and (told := retold_places(rec, sent, nxt, later[0], places)) is not None:
            t, places = later[0], told  # 'وقال المصدر ان "العبوه انفجرت مساء امس قرب قريه Y"': the incident retold
    return Frame(sent=si, clause=clause, trigger=trig, agent=agent, target=target, places=places,
                 time=t, date_from="text" if t else "none", weapons=weapons, sub_event=sub, sub_from=sub_from,
                 retaliation=retal, mutual=mutual,
                 distinct=_near_cue(rec, "distinct", trig, 0, 0), heading=sent.heading or title_line(rec, sent),
                 intercepted=sub in ATTACKS and not (sent.heading or mutual)
                 and any(x.payload.get("class") == "intercept" for x in trigs),
                 own_account=own_account(rec, sent, trig, agent), section=section_title(rec, si, sent),
                 debris=DEBRIS in rec.nt.text[clause[0]:clause[1]],
                 told_on=t is not None and reporting_time(rec, t, trig), ordinal=ordinal(rec, sent, clause, trig),
                 retold=other_account(rec, sent, trig),
                 subject=next((w for w in (weapon_subject(rec, clause, x) for x in trigs) if w), ""))


# 'ان الاعتداء وقع مساء امس', 'جرت الاشتباكات فجر امس': a verb of happening just before a day retells the incident
HAPPENED = guard(r"(?<!\S)و?(?:وقع|وقعت|جري|جرت|حدث|حدثت|حصل|حصلت)(?:\s+\S+){0,2}\s+$")
HAPPENED_SPAN = 40  # characters before the day searched for the verb


def _happened(rec: Recognized, start: int, at: int) -> bool:
    """A verb of happening stands at most two words before the day at `at` (not before `start`)."""
    return HAPPENED.search(rec.nt.text, max(start, at - HAPPENED_SPAN), at) is not None


DEBRIS = "شظاي"  # 'شظايا', 'وشظاياها': the fragments of a weapon downed or burst


def frame_date(f: Frame, published: date | None) -> tuple[date | None, int | None, str]:
    """Date, precision and provenance of a frame (publication day when the article gives none)."""
    if f.time is not None:
        return f.time.date, f.time.precision, f.date_from
    if published is not None:
        return published, 1, "publication_day"
    return None, None, "none"
