"""Frame: candidate incident frames per trigger and clause, with the reasons for every rejection.

A frame is one trigger read in its clause: attacker, target, place, date,
weapons, sub-event type, casualty claims, sources and the evidence sentence.
Negated, hypothetical, threatened, aggregate and exercise triggers are not
incidents; weak triggers (fall, launch, explosion) need a weapon word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from .attribution import sentence_sources
from .claims import casualty_claims, same_place, story_frame
from .lexicon import load_table
from .matcher import Match
from .recognize import Recognized
from .records import Actor, Claim
from .resources import Entry
from .roles import COMPLEMENTIZER, clause_roles, prev_word, sentence_opponent, site_target
from .segment import Sentence

HIT_CLASSES = frozenset({"fall", "strike", "air_strike", "shelling", "target", "explosion"})
AIR_POWERS = frozenset({"US", "ISRAEL", "TURKEY", "RUSSIA", "SYRIA_GOV", "IRAQ_GOV"})
WEAPON_PRIORITY = ("suicide", "ied", "suicide_drone", "drone", "helicopter", "aircraft", "missile", "mlrs",
                   "rocket", "artillery", "mortar", "grenade", "rpg", "heavy_machine_gun", "small_arms")
QUOTE_GAP = re.compile(r"[ \"']*")  # only spaces and quotes between a weapon head and its type
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


@dataclass(frozen=True, slots=True)
class Rejected:
    """A trigger that is not an incident, and why."""

    start: int
    end: int
    reason: str


def _words(text: str, a: int, b: int) -> int:
    """Words in text[a:b]."""
    return len(text[a:b].split()) if b > a else 0


def blocked(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> str | None:
    """Why a trigger in a clause is not an incident, or None when it may be one."""
    text = rec.nt.text
    cs, ce = clause
    for c in rec.near("cues", cs, ce):
        kind = c.payload.kind
        if c.start < cs or c.end > ce:
            continue
        if kind == "nonevent" and c.start <= trig.start and c.end >= trig.end:
            return f"'{c.key}' names a launcher or a non-event"
        if kind == "denial" and c.end <= trig.start:
            return f"denied ('{c.key}' governs the clause)"
        if kind == "modal_after" and c.start >= trig.end and _words(text, trig.end, c.start) == 0:
            return f"expected, not reported ('{c.key}')"
        if c.end <= trig.start:
            gap = _words(text, c.end, trig.start)
            if kind == "negation" and gap <= 3:
                return f"negated by '{c.key}'"
            if kind in ("hypothetical", "threat") and gap <= 6:
                return f"{kind} ('{c.key}')"
        elif kind == "hypothetical" and c.start < trig.start and c.end >= trig.end:
            return f"{kind} ('{c.key}')"  # 'اي هجوم': the cue spans the trigger
        if kind in ("reference", "statement") and c.end <= trig.start and _words(text, c.end, trig.start) <= (
                1 if kind == "reference" else 4):
            return f"{kind}: '{c.key}' talks about an incident told elsewhere"
        if kind == "exercise":
            return f"exercise ('{c.key}')"
        if kind == "aggregate" and (_words(text, c.end, trig.start) <= 8 if c.end <= trig.start
                                    else _words(text, trig.end, c.start) <= 8):
            return f"aggregate or trend ('{c.key}')"
    cls = trig.payload.get("class")
    for q in rec.near("quantities", cs, trig.start):
        if q.end <= trig.start and _words(text, q.end, trig.start) == 0 and cs <= q.start:
            if q.kind == "ordinal" or cls not in ("attack", "strike", "air_strike", "target"):
                continue
            since = "منذ" in text[cs:ce]
            if cls in ("attack", "target") and (q.value is None or q.value >= 10 or q.kind == "vague"):
                return f"aggregate count '{q.text}'"
            if since and (q.value is None or q.value >= 10):
                return f"aggregate count '{q.text}' since a date"
    pub = rec.article.published
    for t in rec.near("times", cs, ce):
        if t.kind == "since" and cs <= t.start and t.end <= ce and t.date and pub and (pub - t.date).days > 3:
            return f"a period since {t.date.isoformat()}, not one incident"
    strength = trig.payload.get("strength")
    if strength == "weak" and not _weapons_in(rec, cs, ce):
        return "weak trigger without a weapon"
    if trig.payload.get("class") == "explosion" and not set(_weapons_in(rec, cs, ce)) & {"ied", "suicide"}:
        return "explosion without a device named"
    return None


def _weapons_in(rec: Recognized, start: int, end: int) -> tuple[str, ...]:
    """Weapon codes named in [start, end), skipping aircraft that only fly over."""
    text = rec.nt.text
    over = rec.cues_of("overflight", start, end)
    nonev = rec.cues_of("nonevent", start, end)
    out: list[str] = []
    found = rec.near("weapons", start, end)
    for w in found:
        if w.start < start or w.end > end:
            continue
        if any(v.start > w.end and QUOTE_GAP.fullmatch(text, w.end, v.start) for v in found):
            continue  # 'قذايف "ار بي جي"': a head noun followed by its type names one weapon, the type
        if any(c.end <= w.start and _words(text, c.end, w.start) <= 3 for c in over):
            continue
        if any(c.start <= w.start and _words(text, c.end, w.start) <= 1 for c in nonev):
            continue
        if w.payload.id not in out:
            out.append(w.payload.id)
    return tuple(out)


def sub_event_for(trig: Match[Entry], weapons: tuple[str, ...], agent: Actor | None,
                  target: Actor | None, rec: Recognized, clause: tuple[int, int]) -> tuple[str, str]:
    """ACLED sub-event type and where it came from (weapon, trigger or default rule)."""
    cls = trig.payload.get("class")
    if cls == "clash":
        return "Armed clash", "trigger"
    if cls == "arrest":
        return "Arrests", "trigger"
    if cls == "intercept":
        part = rec.cues_of("intercept_part", clause[0], clause[1])
        if not part:
            return "Disrupted weapons use", "trigger"
    ground = {"small_arms", "heavy_machine_gun", "rpg"} & set(weapons)
    if ground and not set(weapons) & STANDOFF and cls in ("attack", "clash", "target", "shoot", "shelling") and not (
            target and target.side == "CIVILIANS"):
        return "Armed clash", "weapon"  # rifles and machine guns with RPGs or grenades: a ground fight
    for code in WEAPON_PRIORITY:
        if code in weapons:
            sub = _weapon_sub(code)
            if code == "small_arms" and target and target.side == "CIVILIANS":
                sub = "Attack"
            if sub:
                return sub, "weapon"
    trig_sub = trig.payload.get("sub_event")
    if trig_sub:
        if trig_sub == "Attack" and not (target and target.side == "CIVILIANS"):
            return "Armed clash", "trigger"
        return trig_sub, "trigger"
    if target and target.side == "CIVILIANS" and cls in ("attack", "shoot"):
        return "Attack", "default"
    if cls in ("strike", "target", "attack") and agent and agent.side in AIR_POWERS:
        return "Air/drone strike", "default"
    return "Shelling/artillery/missile attack", "default"


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


NOT_HERE = ("مستشفي", "مشفي", "بتوقيت", "توقيت", "مستشفيات")  # 'نقل الي مستشفي X', 'مساء بتوقيت بغداد'


def _excluded_place(rec: Recognized, p: Any, others: int) -> bool:
    """A place that is the launch point or the actor's base rather than the incident's place."""
    text = rec.nt.text
    before = text[max(0, p.start - 14):p.start].rstrip()
    if others <= 1:
        return False
    if before.endswith(("من", "انطلقت من", "انطلق من")):
        return True
    return any(c.payload.get("kind") == "stationed" and c.end <= p.start and _words(text, c.end, p.start) <= 1
               for c in rec.near("cues", p.start - 80, p.start))


def _not_here(text: str, p: Any) -> bool:
    """A hospital's, a time zone's or a 'since' phrase's place ('مستشفي X', 'بتوقيت بغداد', 'منذ بدء الحرب في غزه')."""
    if text[max(0, p.start - 14):p.start].rstrip().endswith(NOT_HERE):
        return True
    return _in_since_phrase(text, p.start, 50, 5, (",", ".", ":"))


def _site_locator(rec: Recognized, p: Any) -> Any | None:
    """'القاعده الواقعه في ناحيه البغدادي': the site the place only locates, when one was named before."""
    text = rec.nt.text
    before = text[max(0, p.start - 40):p.start].split()
    if not any(w in ("الواقعه", "الواقع", "تقع", "يقع") for w in before[-4:]):
        return None
    sites = [q for q in rec.places if q.kind == "site" and q.end <= p.start]
    if not sites:
        return None
    near = sites[-1].end >= p.start - 60 or rec.cues_of("anaphor_site", p.start - 60, p.start)
    return sites[-1] if near else None


def _inside_name(rec: Recognized, p: Any) -> bool:
    """A place word inside an actor or source name ('الحرس الثوري الايراني', 'وكاله الانباء السوريه')."""
    if p.kind == "site":
        return False
    text = rec.nt.text
    locative = text[max(0, p.start - 4):p.start].rstrip().endswith("في") or rec.nt.text[p.start - 1:p.start] == "ب"
    for m in (*rec.near("actors", p.start - 120, p.end), *rec.near("sources", p.start - 120, p.end)):
        if m.start <= p.start and p.end <= m.end and ((m.end - m.start) > (p.end - p.start) or not locative):
            return True
    return False


def choose_places(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The place(s) of an incident in [lo, hi): the most precise, several when coordinated."""
    text = rec.nt.text
    cands = [p for p in rec.near("places", lo, hi) if p.end <= hi and not _inside_name(rec, p)
             and not _not_here(text, p)]
    cands = [_site_locator(rec, p) or p for p in cands]
    if not cands:
        return []
    cands = [p for p in cands if not _excluded_place(rec, p, len(cands))] or cands
    best = min(p.location.geo_precision for p in cands)
    top = [p for p in cands if p.location.geo_precision == best]
    precise_kinds = [p for p in top if p.kind in ("site", "locality")]
    if precise_kinds:
        top = precise_kinds
    chosen = [top[0]]
    if prev_word(text, top[0].start) in ("بين", "بلدتي", "قريتي", "مدينتي") and "بين" in text[
            max(lo, top[0].start - 20):top[0].start].split():
        return chosen  # 'الطريق الواصل بين بلدتي A و B': one incident, placed at the first
    for p in top[1:]:
        gap = text[chosen[-1].end:p.start].strip(" ,")
        if (gap in ("", "و") or len(gap.split()) <= 1) and all(p.location.id != c.location.id for c in chosen):
            chosen.append(p)
    return chosen


def anaphoric_place(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """'القاعده' / 'الحقل' in [lo, hi) refers back to the last site named before it."""
    cues = rec.cues_of("anaphor_site", lo, hi)
    if not cues:
        return []
    sites = [p for p in rec.places if p.end <= cues[0].start and p.kind == "site"]
    return sites[-1:] if sites else []


def choose_time(rec: Recognized, lo: int, hi: int, trig: Match[Entry]) -> Any | None:
    """The time expression of an incident in [lo, hi), nearest the trigger (earlier ones preferred)."""
    cands = [t for t in rec.near("times", lo, hi) if t.date is not None and t.kind != "since" and t.end <= hi]
    if not cands:
        return None
    told = [t for t in cands if _reporting_time(rec, t, trig)]
    cands = [t for t in cands if t not in told] or cands
    return min(cands, key=lambda t: abs(t.start - trig.start) + (0 if t.start < trig.start else 5))


def _reporting_time(rec: Recognized, t: Any, trig: Match[Entry]) -> bool:
    """'كشف مصدر امني, صباح اليوم, تفاصيل الهجوم': a date right after a speech verb dates the telling."""
    text = rec.nt.text
    if t.start > trig.start:
        return False
    return any(c.payload.kind == "attribution" and c.end <= t.start and _words(text, c.end, t.start) <= 6
               and not any(c.end <= g.start < t.start for g in rec.near("triggers", c.end, t.start))
               and not COMPLEMENTIZER.search(text, c.end, t.start)
               for c in rec.near("cues", t.start - 80, t.start))


ZONE_HEADS = ("ردا علي", "في رد علي", "رد علي", "بعد ساع", "بعد دقايق", "بعد نحو", "اثر", "علي اثر",
              "في اعقاب", "انتقاما", "ثارا", "عقب")


def _zones(rec: Recognized, clause: tuple[int, int]) -> list[tuple[tuple[int, int], bool]]:
    """Split a clause at references to an earlier incident ('ردا علي هجوم ...', 'بعد ساعات من الغارات')."""
    text = rec.nt.text
    cs, ce = clause
    cuts: list[tuple[int, int]] = []
    for c in rec.cues_of("retaliation", cs, ce):
        if not c.key.startswith(ZONE_HEADS) or text[c.end:c.end + 5].strip().startswith(("ذلك", "ه ")):
            continue
        if cuts and c.start < cuts[-1][1]:
            continue
        ends = [i for i in (text.find(ch, c.end, ce) for ch in (",", "-", ":", " ما اسفر", " مما ", " ما ادي"))
                if i != -1]
        cuts.append((c.start, min(ends) if ends else ce))
    if not cuts:
        return [(clause, False)]
    parts: list[tuple[tuple[int, int], bool]] = []
    pos = cs
    for a, b in cuts:
        if a - pos > 3:
            parts.append(((pos, a), False))
        parts.append(((a, b), True))
        pos = b
    if ce - pos > 3:
        parts.append(((pos, ce), False))
    return parts


def _near_cue(rec: Recognized, kind: str, trig: Match[Entry], before: int, after: int) -> bool:
    """A cue of this kind within `before` words before or `after` words after the trigger."""
    text = rec.nt.text
    for c in rec.near("cues", trig.start - 80, trig.end + 80):
        if c.payload.kind != kind:
            continue
        if c.end <= trig.start and _words(text, c.end, trig.start) <= before:
            return True
        if c.start >= trig.end and _words(text, trig.end, c.start) <= after:
            return True
    return False


def build_frames(rec: Recognized) -> tuple[list[Frame], list[Rejected]]:
    """Every incident frame of an article, and every rejected trigger with its reason."""
    frames: list[Frame] = []
    rejected: list[Rejected] = []
    last_source: dict[str, str] = {}
    pub = rec.article.published
    usable_times = [t for t in rec.times if t.date is not None and (
        t.kind != "since" or (pub is not None and 0 <= (pub - t.date).days <= 2)) and not _after_since(rec, t)]
    for si, sent in enumerate(rec.sentences):
        sources = sentence_sources(rec, sent, last_source)
        sent_frames: list[Frame] = []
        parts = [z for clause in sent.clauses for z in _zones(rec, clause)]
        has_zone = any(is_zone for _, is_zone in parts)
        for clause, is_zone in parts:
            trigs = [t for t in rec.near("triggers", clause[0], clause[1]) if t.end <= clause[1]]
            live = []
            for trig in trigs:
                why = blocked(rec, clause, trig)
                if why:
                    rejected.append(Rejected(trig.start, trig.end, why))
                else:
                    live.append(trig)
            if not live:
                continue
            f = _frame(rec, si, sent, clause, live, sources, parts)
            old = _background(f, pub)
            if old:
                rejected.extend(Rejected(t.start, t.end, old) for t in live)
                continue
            f.retaliation = (has_zone and not is_zone) or f.retaliation
            f.zone = is_zone
            if f.time is None:
                f.time = _narrative_time(rec, usable_times, si, live[0].start)
                f.date_from = "narrative" if f.time is not None else "none"
            _narrative_roles(rec, f, frames + sent_frames)
            sent_frames.append(f)
        story = story_frame(rec, si, sent, sent_frames, frames)
        casualty_claims(rec, sent, sent_frames if story is None else [story], sources)
        _carry_sources(rec, si, sent, sources, sent_frames, frames, story)
        frames.extend(sent_frames)
    return frames, rejected


def _after_since(rec: Recognized, t: Any) -> bool:
    """'منذ اندلاع الحرب في السابع من تشرين الاول': a date that starts a period, not an incident's date."""
    return _in_since_phrase(rec.nt.text, t.start, 60, 7, (",", "."))


def _in_since_phrase(text: str, pos: int, chars: int, words: int, stops: tuple[str, ...]) -> bool:
    """True when 'منذ' stands among the last `words` words before pos with no stop punctuation after it."""
    last = text[max(0, pos - chars):pos].split()[-words:]
    return "منذ" in last and not any(w.endswith(stops) for w in last[last.index("منذ"):])


def _background(f: Frame, published: date | None) -> str | None:
    """Why a dated frame is history told as background (a year before publication, or a month long gone)."""
    if f.time is None or published is None or f.time.date is None:
        return None
    days = (published - f.time.date).days
    if days > 365 or (days > 60 and (f.time.precision or 1) >= 3):
        return f"background: dated {f.time.date.isoformat()}, long before publication"
    return None


def _narrative_time(rec: Recognized, times: list[Any], si: int, pos: int) -> Any | None:
    """An undated report continues the story: the last date of the two sentences before, else the lead's."""
    floor = rec.sentences[max(0, si - 2)].start
    recent = [t for t in times if floor <= t.start and t.end <= pos]
    if recent:
        return recent[-1]
    lead = [t for t in times if t.end <= pos and not _in_heading(rec, t.start)]
    return lead[0] if lead else None


def _in_heading(rec: Recognized, pos: int) -> bool:
    """True when pos lies in a heading line."""
    return any(s.heading and s.start <= pos < s.end for s in rec.sentences)


def _carry_sources(rec: Recognized, si: int, sent: Sentence, sources: tuple[str, ...], sent_frames: list[Frame],
                   frames: list[Frame], story: Frame | None) -> None:
    """Attribution across sentences: 'X said ...' continuing an incident told before, or a report without a source."""
    if story is not None:
        if sources:
            story.sources = tuple(dict.fromkeys((*story.sources, *sources)))
    elif sent_frames and not sources and not sent.heading:
        prev = [f for f in frames if f.sent == si - 1 and f.sources and not f.heading]
        if prev:
            for f in sent_frames:
                if same_place(rec, f, prev[-1]):  # 'وفي محافظه دهوك, قصفت ...' is a new incident, not the same report
                    f.sources = prev[-1].sources


def _continues(rec: Recognized, f: Frame) -> bool:
    """A verb clause that opens with 'كما', 'ثم' or 'و' and names no actor: the same subject goes on."""
    if f.trigger.payload.get("pos") != "verb":
        return False
    head = rec.nt.text[f.clause[0]:f.trigger.start].split()
    return bool(head) and len(head) <= 2 and head[0] in ("كما", "ثم", "و", "وكما", "فيما") or (
        not head and rec.nt.text[f.trigger.start - 1:f.trigger.start] == "و")


def _narrative_roles(rec: Recognized, f: Frame, earlier: list[Frame]) -> None:
    """Fill a missing attacker or target from the recent story (the last 3 sentences), never invent one."""
    if f.mutual or (f.agent is not None and f.target is not None):
        return
    if f.agent is None and f.target is None and _continues(rec, f):
        prev = [g for g in earlier if g.sent >= f.sent - 1 and g.agent is not None and not g.mutual]
        if prev:  # 'كما هاجموا موقع X': the subject of the clause before goes on
            f.agent = prev[-1].agent
            return
    for g in reversed(earlier):
        if g.sent < f.sent - 3 or g.mutual:
            continue
        if f.agent is not None and f.target is None and g.agent and g.agent.side == f.agent.side and g.target:
            f.target = g.target
            return
        if f.target is not None and f.agent is None and g.target and g.target.side == f.target.side and g.agent:
            f.agent = g.agent
            return


def _frame(rec: Recognized, si: int, sent: Sentence, clause: tuple[int, int], trigs: list[Match[Entry]],
           sources: tuple[str, ...], parts: list[tuple[tuple[int, int], bool]]) -> Frame:
    """Read the live triggers of one clause into a frame (the first one heads it)."""
    trig = trigs[0]
    agent, target = clause_roles(rec, clause, trig)
    places = choose_places(rec, clause[0], clause[1])
    if not places:
        places = anaphoric_place(rec, clause[0], clause[1])
    in_zone = any(z == clause and is_zone for z, is_zone in parts)
    if not places and not in_zone:
        zones = [z for z, is_zone in parts if is_zone]
        cands = [p for p in choose_places(rec, sent.start, sent.end)
                 if not any(z[0] <= p.start < z[1] for z in zones)]
        places = cands
    tally = _tally_places(rec, sent)
    if len(tally) >= 2 and any(p.location.id in {q.location.id for q in tally} for p in places):
        places = tally  # 'توزع القتلى: 9 في الميادين, و11 في البوكمال': one place per figure
    if target is None:
        lo = places[0].start if places else clause[0]
        hi = places[-1].end if places else clause[1]
        target = site_target(rec, max(clause[0], lo - 40), min(clause[1], hi + 10))
    if target is None and agent is not None:
        target = sentence_opponent(rec, clause[0], clause[1], agent.side, trig.start)
    if agent is None and target is not None:
        agent = sentence_opponent(rec, clause[0], clause[1], target.side, trig.start)
    if agent is not None and target is not None and agent.side == target.side:
        target = None
    weapons = _weapons_in(rec, clause[0], clause[1])
    head = next((t for t in trigs if t.payload.get("sub_event")), trig)
    if head.payload.get("class") == "intercept":  # 'سقوط مسيرة واسقاط اخرى': one got through
        head = next((t for t in trigs if t.payload.get("class") in HIT_CLASSES
                     and prev_word(rec.nt.text, t.start) not in ("قبل", "دون")
                     and _words(rec.nt.text, min(t.end, head.end), max(t.start, head.start)) <= 6), head)
    sub, sub_from = sub_event_for(head, weapons, agent, target, rec, clause)
    retal = bool(rec.cues_of("retaliation", clause[0], trig.start))
    mutual = any(_near_cue(rec, "mutual", t, 1, 1) for t in trigs)
    if mutual:
        agent = target = None
    t = choose_time(rec, clause[0], clause[1], trig) or choose_time(rec, sent.start, sent.end, trig)
    if t is not None and _reporting_time(rec, t, trig) and si + 1 < len(rec.sentences):
        nxt = rec.sentences[si + 1]  # 'افاد مصدر, يوم الاربعاء, بمقتل ...' then 'انفجرت العبوه مساء امس'
        later = [x for x in rec.near("times", nxt.start, nxt.end) if x.date is not None and x.kind != "since"
                 and x.date < t.date and x.end <= nxt.end and not _reporting_time(rec, x, trig)]
        t = later[0] if later else t
    return Frame(sent=si, clause=clause, trigger=trig, agent=agent, target=target, places=places,
                 time=t, date_from="text" if t else "none", weapons=weapons, sub_event=sub, sub_from=sub_from,
                 sources=sources, retaliation=retal, mutual=mutual,
                 distinct=_near_cue(rec, "distinct", trig, 0, 0), heading=sent.heading or _title_line(rec, sent))


def _tally_places(rec: Recognized, sent: Sentence) -> list[Any]:
    """Places each right after a figure and 'في' in one sentence (a toll given place by place)."""
    text = rec.nt.text
    out = []
    for p in rec.near("places", sent.start, sent.end):
        if p.end > sent.end or _inside_name(rec, p):
            continue
        for q in rec.near("quantities", p.start - 40, p.start):
            gap = text[q.end:p.start].split()
            if q.end <= p.start and gap[:1] == ["في"] and len(gap) <= 3 and "," not in text[q.end:p.start]:
                out.append(p)
                break
    return out


def _title_line(rec: Recognized, sent: Sentence) -> bool:
    """A part of a title line cut at '..' ('هجوم على X.. وانفجار عبوة في Y'): heading like the whole line."""
    text = rec.nt.text
    a = text.rfind("\n", 0, sent.start) + 1
    b = text.find("\n", sent.end)
    line = text[a:b if b != -1 else len(text)].rstrip()
    return ".." in line and not line.endswith((".", "!", "?", ":", '"')) and len(line.split()) <= 24


def event_type_of(sub: str) -> str:
    """ACLED event type of a sub-event type."""
    return EVENT_TYPE.get(sub, "Explosions/Remote violence")


def frame_date(f: Frame, published: date | None) -> tuple[date | None, int | None, str]:
    """Date, precision and provenance of a frame (publication day when the article gives none)."""
    if f.time is not None:
        return f.time.date, f.time.precision, f.date_from
    if published is not None:
        return published, 1, "publication_day"
    return None, None, "none"
