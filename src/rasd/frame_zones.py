"""Frame zones: the parts of a clause that refer to an earlier incident, and the reports a sentence sets side by side.

'ردا علي هجوم ...', 'بعد ساعات من الغارات' open a reference zone whose time and
place are not the new incident's; 'اثر' after a toll tells its cause instead;
'فيما'/'بينما' open a report beside the one before, with its own time and place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any, NamedTuple

from .literal_guard import guard
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .segment import Sentence

ZONE_HEADS = ("ردا علي", "في رد علي", "رد علي", "بعد ساع", "بعد اقل من", "بعد دقايق", "بعد نحو", "بعد يوم", "بعد ايام",
              "بعد ثلاثه", "بعد اسبوع", "اثر", "علي اثر", "في اعقاب", "انتقاما", "ثارا", "عقب",
              "واخرها")  # 'ردا علي اعتداءات العدو, واخرها مجزره X, اطلق ...': the latest of the causes answered


def zones(rec: Recognized, clause: tuple[int, int]) -> list[tuple[tuple[int, int], bool]]:
    """Split a clause at references to an earlier incident ('ردا علي هجوم ...', 'بعد ساعات من الغارات'), once."""
    memo = rec.cache("zones")  # read again by in_zone for the dates of the sentences before
    got = memo.get(clause)
    if got is None:
        got = memo[clause] = _cut_zones(rec, clause)
    return got


def _cut_zones(rec: Recognized, clause: tuple[int, int]) -> list[tuple[tuple[int, int], bool]]:
    """The parts of a clause, each marked True when it is a reference zone."""
    text = rec.nt.text
    cs, ce = clause
    cuts: list[tuple[int, int, bool]] = []
    heads: list[Match[Entry] | _Span] = [*rec.cues_of("retaliation", cs, ce), *_spans(text, cs, ce)]
    for c in sorted(heads, key=lambda c: (c.start, -c.end)):
        if not c.key.startswith(ZONE_HEADS) or text[c.end:c.end + 5].strip().startswith(("ذلك", "ه ")):
            continue
        if text[max(cs, c.start - 4):c.start] == "علي ":
            continue  # 'علي بعد نحو ثلاثه كيلومترات من X': a distance, not a time after an earlier incident
        if text[c.end:c.end + 12].split()[:1] and text[c.end:c.end + 12].split()[0].startswith(RAIDS):
            continue  # 'مواجهات اندلعت عقب اقتحامها بلده X': the raid sets the scene of what follows, no earlier incident
        if cuts and c.start < cuts[-1][1]:
            continue
        ends = [i for i in (_zone_comma(rec, c.end, ce), *(text.find(ch, c.end, ce) for ch in (
            "-", ":", " ما اسفر", " مما ", " ما ادي"))) if i != -1]
        cuts.append((c.start, min(ends) if ends else ce, not _cause_of_toll(rec, cs, c)))
    parts: list[tuple[tuple[int, int], bool]] = []
    pos = cs
    for a, b, is_zone in cuts:
        if a - pos > 3:
            parts.append(((pos, a), False))
        parts.append(((a, b), is_zone))
        pos = b
    if ce - pos > 3:
        parts.append(((pos, ce), False))
    return _sequels(rec, parts) if parts else [(clause, False)]


SPAN = guard(r"(?<!\S)[وف]?(بعد|عقب) (?:(?:نحو|قرابه|حوالي|اقل من|اكثر من) )?(?:(?:\d+|[^\s,]+) )?"
                  r"(?:يوم|يوما|يومين|ايام|ساعه|ساعات|ساعتين|اسبوع|اسبوعين|ليله|ليلتين|دقايق)"
                  r"(?: (?:واحد|واحدا|واحده|قليله|فقط|اثنين))? (?:من|علي)(?= )")


class _Span(NamedTuple):
    """A time span after an earlier incident found by SPAN, shaped like the retaliation cue it stands beside."""

    start: int
    end: int
    key: str


def _spans(text: str, cs: int, ce: int) -> list[_Span]:
    """'بعد يوم واحد من مواجهات', 'بعد نحو 30 ساعه من هجوم', 'بعد اقل من اسبوع علي ضربه', 'عقب يومين من': a span
    of hours or days after an earlier incident in any count or wording (the cue list names only the common ones;
    weeks and months ('بعد اسابيع من قصف مكثف') tell a campaign's background, not one incident)."""
    return [_Span(m.start(1), m.end(), "بعد يوم" if m.group(1) == "بعد" else "عقب") for m in SPAN.finditer(text, cs, ce)]


RAIDS = ("اقتحام", "توغل", "دخول", "مداهمه", "مداهمات")  # a force's entry into a place, not an attack told before
CAUSE_HEADS = ("اثر", "علي اثر")  # 'قتل الشاب ... اثر اطلاق النار عليه': how the toll came about


def _cause_of_toll(rec: Recognized, cs: int, c: Match[Entry] | _Span) -> bool:
    """'قتل شاب, مساء امس, اثر اطلاق النار عليه': after a toll (or sirens) and no incident of its own, 'اثر' tells
    the incident that caused it, not an earlier one."""
    return c.key in CAUSE_HEADS and bool(rec.cues_of("killed", cs, c.start) or rec.cues_of("injured", cs, c.start)
                                         or _sirens(rec.nt.text, cs, c.start)) \
        and not any(t.end <= c.start for t in rec.near("triggers", cs, c.start))


SIRENS = frozenset({"صفارات", "صافرات", "صفاره", "صافره"})


def _sirens(text: str, a: int, b: int) -> bool:
    """'دوت صفارات الانذار في رعنانا, اثر اطلاق صواريخ من لبنان': the sirens the launch set off, not an earlier
    incident (the launch is the incident, placed where the sirens sounded)."""
    return any(w.lstrip("و") in SIRENS for w in text[a:b].split())


def _sequels(rec: Recognized, parts: list[tuple[tuple[int, int], bool]]) -> list[tuple[tuple[int, int], bool]]:
    """'تعرضت القاعدة لهجوم بصواريخ، أعقبه قصف مدفعي طال مواقع في Y': a comma then 'followed by' opens a further
    incident, read as a clause of its own with its own place."""
    text = rec.nt.text
    out: list[tuple[tuple[int, int], bool]] = []
    for (a, b), is_zone in parts:
        if not is_zone:
            for c in rec.cues_of("sequel", a, b):
                if c.start - a > 3 and text[a:c.start].rstrip().endswith(",") and rec.near("triggers", a, c.start) \
                        and any(t.start >= c.end and t.end <= b for t in rec.near("triggers", c.end, b)):
                    out.append(((a, c.start), False))
                    a = c.start
        out.append(((a, b), is_zone))
    return out


def title_parts(rec: Recognized, parts: list[tuple[tuple[int, int], bool]]) -> list[tuple[tuple[int, int], bool]]:
    """'مسيرة تقتل عنصرين في عامودا وقصف على ريف تل تمر': a title line packs two stories, cut where 'و' opens a
    new attack word after a part that tells a place of its own, when the rest tells another place."""
    out: list[tuple[tuple[int, int], bool]] = []
    for (a, b), is_zone in parts:
        if not is_zone:
            for w in _story_heads(rec, a, b):
                if w - a > 3 and _placed(rec, a, w) and _placed(rec, w, b):
                    out.append(((a, w), False))
                    a = w
        out.append(((a, b), is_zone))
    return out


def _story_heads(rec: Recognized, a: int, b: int) -> list[int]:
    """Starts of the words in [a, b) that are 'و' and an attack or weapon word ('وقصف', 'وعبوه', 'واسقاط')."""
    text = rec.nt.text
    heads: set[int] = set()
    for kind in ("triggers", "weapons"):
        for m in rec.near(kind, a, b):
            w = text.rfind(" ", a, m.start) + 1
            if a < w and m.end <= b and text[w] == "و" and m.start - w <= 3 and (kind == "weapons" or any(
                    t.end <= w for t in rec.near("triggers", a, w))):
                heads.add(w)
    return sorted(heads)


def _placed(rec: Recognized, a: int, b: int) -> bool:
    """A place named inside [a, b)."""
    return any(p.start >= a and p.end <= b for p in rec.near("places", a, b))


def _zone_comma(rec: Recognized, a: int, b: int) -> int:
    """The comma that ends a reference zone, passing over a date set off by commas right after a verb of attack
    ('قصف استهدف، في 30 نوفمبر، مدرسة')."""
    text = rec.nt.text
    i = text.find(",", a, b)
    while i != -1:
        verb = any(g.payload.get("pos") == "verb" and g.end <= i and " " not in text[g.end:i].strip()
                   for g in rec.near("triggers", i - 20, i))  # the comma ends the verb's word
        t = next((t for t in rec.near("times", i, i + 40) if t.start > i and not text[i + 1:t.start].strip(" في")
                  and text[t.end:t.end + 3].lstrip().startswith(",")), None) if verb else None
        if t is None:
            return i
        close = text.find(",", t.end, b)  # the comma after the date
        i = text.find(",", close + 1, b) if close != -1 else -1
    return -1


PARALLEL = ("فيما ", "بينما ")  # not "في حين": mostly a claim set against the trend ("في حين يؤكد الجيش انه يستهدف")


def parallel(rec: Recognized, clause: tuple[int, int]) -> bool:
    """A clause opened by 'فيما' or 'بينما': a report beside the trend told before, not a kind of it."""
    return rec.nt.text[clause[0]:clause[1]].lstrip(" ,،").startswith(PARALLEL)


ANSWERS = ("في حين رد ", "في حين ردت ", "فيما رد ", "فيما ردت ", "بينما رد ", "بينما ردت ")


def answer_clause(rec: Recognized, clause: tuple[int, int]) -> bool:
    """A clause that tells the other side answering ('..., في حين رد حزب الله باطلاق صواريخ علي ثكنه قبالة الحدود'):
    its fire went elsewhere, so it takes no place from the clauses before it that tell what it answers."""
    return rec.nt.text[clause[0]:clause[1]].lstrip(" ,،و").startswith(ANSWERS)


def in_zone(rec: Recognized, pos: int) -> bool:
    """True when pos lies in a reference to an earlier incident ('ردا علي هجوم ... قبل يومين'): not the story's date."""
    for s in rec.sentences:
        if s.start <= pos < s.end:
            return any(is_zone and z[0] <= pos < z[1] for c in s.clauses if c[0] <= pos < c[1]
                       for z, is_zone in zones(rec, c))
    return False


def own_report(rec: Recognized, sent: Sentence, clause: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence that tells this clause's report: a later clause opened by 'فيما' or 'بينما' is a
    report beside it, with its own time and place ('استهدفت صباحا اطراف X, فيما القت الطايرات القنابل طوال الليله
    الماضيه فوق Y'), and such a clause takes neither from the report before it."""
    lo, hi = sent.start, sent.end
    for c in sent.clauses:
        if c[0] >= clause[1] and parallel(rec, c):
            hi = min(hi, c[0])
    if parallel(rec, clause):
        lo = clause[0]
    return lo, hi


ZONE_DAYS = (("بعد يومين من", 2), ("بعد يوم من", 1), ("بعد يوم واحد من", 1), ("بعد ثلاثه ايام من", 3))


def _set_off(text: str, end: int, t: Any) -> bool:
    """The date t stands right after the clause ending at `end`, set off by a comma ('هجوم على X, يوم الاحد 7 ابريل,')."""
    return end <= t.start and text[end:t.start].strip(" ") in {",", ", في", ",في"} and \
        text[t.end:t.end + 2].strip(" ")[:1] in {",", "."}


def zone_days_before(rec: Recognized, f: Any) -> None:
    """'بعد يومين من هجوم ...' dated by the clause around it: the incident referred to came that many days before."""
    t = f.time
    if t is None or t.date is None or f.clause[0] <= t.start < f.clause[1] or _set_off(rec.nt.text, f.clause[1], t):
        return  # no date, or the zone's own date (also set off by commas right after it: '..., يوم الاحد 7 ابريل,')
    head = re.sub(r"^بعد (?:نحو|قرابه|حوالي) ", "بعد ", rec.nt.text[f.clause[0]:f.clause[1]].lstrip(" ,"))
    days = next((n for lead, n in ZONE_DAYS if head.startswith(lead)), 0)
    if days:
        f.time, f.date_from = replace(t, date=t.date - timedelta(days=days)), "narrative"
