"""Clause-level checks the framer asks of one trigger: who is named where, which day and place belong to it."""

from __future__ import annotations

import re
from typing import Any

from .coref import same_party
from .fuse_keys import km as haversine
from .matcher import Match
from .recognize import Recognized
from .records import Actor
from .resources import Entry
from .role_speakers import is_speaker
from .roles import actor_from, clause_roles
from .scene import after_since, choose_places, choose_time, reporting_time
from .segment import Sentence


def partly_downed_attacker(rec: Recognized, clause: tuple[int, int], trigs: list[Match[Entry]],
                            target: Actor | None) -> Actor | None:
    """'تصدت وسائط دفاعنا لعدوان اسراييلي بصواريخ ...، واسقطت معظمها': the attack the defence only partly downed
    is the incident, and its attacker is the one the attack noun names."""
    for t in trigs:
        if t.payload.get("class") not in ("intercept", None):
            agent = clause_roles(rec, clause, t)[0]
            if agent is not None and not (target is not None and same_party(agent, target)):
                return agent
    return None


SPEAKERS = ("المتحدث", "الناطق", "متحدث", "ناطق", "مصدر", "قايد", "وزير")


def in_source_name(rec: Recognized, a: Actor, clause: tuple[int, int]) -> bool:
    """The actor is named only as part of a military body's longer name, not a spokesman's title ('البحرية البريطانية'
    in 'هيئة عمليات التجارة البحرية البريطانية')."""
    if a.start is None or a.end is None:
        return False
    for s in rec.near("sources", max(0, clause[0] - 80), clause[1]):
        if s.payload.get("kind") != "military" or s.key.startswith(SPEAKERS):
            continue  # 'المتحدث باسم الجيش': the force speaks for itself; 'وكالة الانباء السعودية': the state's voice
        lo, hi = rec.nt.to_orig(s.start, s.end)
        if lo <= a.start and a.end <= hi and hi - lo > a.end - a.start:
            return True
    return False


def day_in_clause(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> Any | None:
    """'خلال الشهر الجاري، اذ سبق ان استهدفت طايرات، فجر 24 كانون الثاني، مقرا': a day in the clause dates the
    incident, not the month around it (None when the clause has no such day)."""
    t = choose_time(rec, clause[0], clause[1], trig)
    days = [x for x in rec.near("times", clause[0], clause[1]) if x.date is not None and x.precision == 1
            and x.kind != "since" and clause[0] <= x.start and x.end <= clause[1] and x is not t
            and not after_since(rec, x)]
    own = [x for x in days if not reporting_time(rec, x, trig)]  # 'اذ كان المرصد قد وثق في السادس من اب مقتل':
    days = own or [x for x in days if t is not None and x.date is not None and t.date is not None
                   and (x.date.year, x.date.month) == (t.date.year, t.date.month)]  # the day told beats its month
    return min(days, key=lambda x: abs(x.start - trig.start)) if days else None


def purposed(rec: Recognized, sent: Sentence, pos: int) -> bool:
    """A place in another clause after a purpose or condition ('العمليات تاتي لحمايه المدنيين في مارب'): not where."""
    clause = next((c for c in sent.clauses if c[0] <= pos < c[1]), None)
    return clause is not None and any(c.end <= pos for c in rec.cues_of("hypothetical", clause[0], pos))


def agent_across_zone(rec: Recognized, clause: tuple[int, int], trig: Match[Entry],
                       parts: list[tuple[tuple[int, int], bool]]) -> Actor | None:
    """'اعلنت المقاومه ان مجاهديها, ردا علي ..., استهدفوا': the attacker named right before a reference zone cut in."""
    i = next((k for k, (z, _) in enumerate(parts) if z == clause), -1)
    if i < 2 or parts[i][1] or not parts[i - 1][1] or parts[i - 2][1] or trig.payload.get("pos") != "verb":
        return None
    pre, zone = parts[i - 2][0], parts[i - 1][0]
    if pre[1] != zone[0] or zone[1] != clause[0] or bare(rec.nt.text, clause[0], trig.start) > 1:
        return None
    text = rec.nt.text
    end = pre[1]
    own = [c for c in rec.cues_of("own_forces", pre[0], end) if bare(text, c.end, end) == 0]
    if own:
        end = own[-1].start  # 'مجاهديها': the speaker's own fighters
    named = [m for m in rec.near("actors", pre[0], end) if m.end <= end and m.payload.get("kind") != "site"]
    if not named or not own and bare(text, named[-1].end, end) > 0:
        return None
    return actor_from(rec, named[-1])


def bare(text: str, a: int, b: int) -> int:
    """Words in text[a:b], not counting stray punctuation."""
    return sum(1 for w in text[a:b].split() if any(ch.isalnum() for ch in w)) if b > a else 0


def elsewhere(rec: Recognized, sent: Sentence, places: list[Any]) -> bool:
    """The sentence places its incident somewhere else than these places ('واضاف ان ... في بلده Y'); an area in or
    around one of them ('صحراء الرطبه' then 'جنوب غرب قضاء الرطبه') is the same place told closer."""
    there = choose_places(rec, sent.start, sent.end)
    return bool(there and places) and not any(same_area(p.location, q.location) for p in there for q in places)


def same_area(a: Any, b: Any) -> bool:
    """One place, or a place and an area of the same district around or beside it within 40 km (not a town's
    outskirts: 'محيط الميادين' is not the oil field 9 km away)."""
    if a.id.split("/")[0] == b.id.split("/")[0]:
        return True  # 'بادية تدمر' and 'شمال شرق مدينة تدمر': two areas of one town
    coarse = a if a.geo_precision > b.geo_precision else b if b.geo_precision > a.geo_precision else None
    return coarse is not None and coarse.feature != "locality" and a.admin2 is not None and a.admin2 == b.admin2 \
        and haversine(a.lat, a.lon, b.lat, b.lon) <= 40


def own_account(rec: Recognized, sent: Sentence, trig: Match[Entry], agent: Actor | None) -> bool:
    """The attacker is the speaker who tells the incident ('زعم جيش الاحتلال في بيان انه استهدف مخربين')."""
    return agent is not None and agent.side != "UNKNOWN" and any(
        m.end <= trig.start and m.payload.get("side") == agent.side and is_speaker(rec, m, sent.start)
        for m in rec.near("actors", sent.start, trig.start))


TITLE_WORDS = 24  # a title line may be long: 'ولايه الخرطوم: 6 قتلي و11 جريحا في قصف ... بام درمان' (15 words)
NON_SPACE = re.compile(r"\S")


def title_line(rec: Recognized, sent: Sentence) -> bool:
    """A part of a title line cut at '..' ('هجوم على X.. وانفجار عبوة في Y'), or of the article's first line above
    its body when it does not end a sentence: heading like the whole line, however many words it has (read once per
    sentence: the article's cache)."""
    memo = rec.cache("title_line")
    got: bool | None = memo.get((sent.start, sent.end))
    if got is None:
        got = memo[(sent.start, sent.end)] = _title_line(rec.nt.text, sent)
    return got


def _title_line(text: str, sent: Sentence) -> bool:
    """The uncached title_line."""
    a = text.rfind("\n", 0, sent.start) + 1
    b = text.find("\n", sent.end)
    line = text[a:b if b != -1 else len(text)].rstrip()
    first = b != -1 and NON_SPACE.search(text, 0, a) is None and NON_SPACE.search(text, b) is not None
    first = first or _title_again(text, a, line)  # a page that prints its title again above the body
    return (".." in line or first) and not line.endswith((".", "!", "?", ":", '"')) \
        and len(line.split()) <= TITLE_WORDS


def _title_again(text: str, a: int, line: str) -> bool:
    """The line at a repeats the article's first line word for word (a scraped page's title above its body)."""
    if a <= 0 or len(line.split()) <= 3:
        return False
    return line.strip() == text.lstrip().split("\n", 1)[0].strip()


SECTION_WORDS = 8  # a sub-heading is short: 'صد هجوم في ابو زبد', 'الاثنين: رصاص المستوطنين في المغير'


def section_title(rec: Recognized, si: int, sent: Sentence) -> bool:
    """A short title line after the body has begun ('- قصف علي دير جمال -'), not a ticker's timed item ('15:40 عاجل |
    قصف مدفعي ...'): it names the incident of the paragraphs after it, not of those before."""
    if not sent.heading or all(s.heading or title_line(rec, s) for s in rec.sentences[:si]):
        return False
    line = rec.nt.text[sent.start:sent.end].strip(" -")
    return len(line.split()) <= SECTION_WORDS and not line[:1].isdigit()
