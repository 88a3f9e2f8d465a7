"""Claim scope: which incident a sentence without its own continues, and which claims hold at a place.

A sentence with no placed incident continues one told just before (near the places it
names); a claim whose evidence begins or ends with a place holds for incidents there only;
the tolls of both sides told one after the other add up (claim_joints.side_groups).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .attribution_bodies import seat_of_body
from .claim_joints import cause_frame
from .claim_recalled import RESULT_VERBS, recalled_frame
from .claim_revision import RISE, RISE_ONE, current, revision
from .claim_sections import new_matter, opens_post, own_paragraph, post_toll, toll_line, under_heading
from .claim_sides import both_sides
from .claim_split import place_spans, without_other_items, without_split_totals
from .fuse_keys import km
from .literal_guard import guard
from .recognize import Recognized
from .records import Claim
from .segment import Sentence

if TYPE_CHECKING:
    from datetime import date

    from .claim_parts import Figure
    from .frame import Frame


def in_name(rec: Recognized, p: Any) -> bool:
    """A place or number inside an actor or source name ('المرصد السوري', 'الحرس الثوري الايراني', 'دير الزور 24')."""
    memo = rec.cache("in_name")  # asked once per casualty word and frame of the sentence
    got = memo.get(id(p))
    if got is None:
        got = memo[id(p)] = rec.inside("actors", p.start, p.end, 80) or rec.inside("sources", p.start, p.end, 80)
    return got


CARE_GAP = 4  # words from a hospital word to the place it is in ('نقلوا الي مشفي في مدينه الحسكه')


def care_place(rec: Recognized, p: Any) -> bool:
    """A place where the wounded were taken ('الي مستشفي البغدادي'), not where they were hit."""
    memo = rec.cache("care_place")  # asked once per figure and sentence
    got = memo.get(id(p))
    if got is None:
        text = rec.nt.text
        got = memo[id(p)] = any(len(text[c.end:p.start].split()) <= CARE_GAP and not any(
            ch in text[c.end:p.start] for ch in ",.:;؛") for c in rec.cues_of("care_facility", p.start - 60, p.start))
    return got


STORY_SENTENCES = 3  # a sentence without an incident of its own continues one told at most this many sentences before
STORY_KM = 5.0  # a town or site named in a continuing sentence points to an incident this close (the same place)


def story_frame(rec: Recognized, si: int, sent: Sentence, sent_frames: list[Frame], frames: list[Frame]
                ) -> Frame | None:
    """The incident a sentence without its own placed incident continues ('وقال المرصد ان عدد القتلي بلغ 7').

    The latest placed frame of the last few sentences (else the latest frame), unless the
    text since names an earlier day; when the sentence names a town or site, a frame near it;
    a sentence naming none goes on with the incident the sentence just before continued.
    """
    rec.cache("story_frames")["all"] = frames  # the incidents told so far (claims_zero.retold_home)
    told = rec.cache("story_frame")
    got = told[si] = _story(rec, si, sent, sent_frames, frames, told.get(si - 1))
    return got


def _story(rec: Recognized, si: int, sent: Sentence, sent_frames: list[Frame], frames: list[Frame],
           before: Frame | None) -> Frame | None:
    """story_frame, given the incident the sentence before continued (`before`)."""
    if not sent_frames and (post := post_toll(rec, si, sent, frames)) is not None:
        return post  # 'عدوان ... يستهدف مقرا في قريه X' / 'ارتقاء شهيدين' on the post's next line
    if (sent.heading and not toll_line(rec, si, sent)) or any(f.places or f.zone for f in sent_frames) or new_matter(
            rec, sent):
        return None
    rises = [_toll_rise(rec, c, sent.end) for c in rec.cues_of("aggregate", sent.start, sent.end)
             if _clause_of_toll(rec, c, sent) and not _facility_name(rec, c)]
    if not all(rises) or any(
            t.kind == "since" and t.end <= sent.end for t in rec.near("times", sent.start, sent.end)):
        return None  # 'ومنذ منتصف اكتوبر تعرضت القوات ... لاكثر من 150 هجوما': a trend, not this incident
    named = _towns(rec, sent.start, sent.end)
    if named and not sent_frames and _first_toll(rec, sent, frames, named):
        named = []  # 'الحصيله: 5 شهداء و11 جريح, نقلوهم مستشفي X والحرجه اتحولت Y': where they went, not an incident
    if not named and under_heading(rec, si, sent_frames):
        return None  # 'هجوم علي ورشيخ' / 'وفي اقليم X, صدت القوات هجوما ...': a new section's own toll
    if any(rises) and (tolled := _tolled(rec, sent, frames, named)):
        return own_paragraph(rec, sent, frames, tolled)  # 'ارتفع عدد قتلي قسد بهجوم حاجز الصوسه لاربعه': the toll told before rises, not a later incident's
    if before is not None and not named and any(before is f for f in frames) and _counted_toll(rec, sent) and not _earlier_day(
            rec, before, sent.end):
        return before  # 'ارتفع عدد قتلي قسد باشتباك الطيانه ل 4 ... يعني الحصيله صارت 5 قتلي'
    if not named and opens_post(rec, si) and _rising(rec, sent) < 0:
        return None  # '21:30 | الجيش يقول انه رصد اطلاق صواريخ': a new post of a live blog, not the post above's story
    got = _recent_story(rec, si, sent, frames, named)
    if not rises and (rise_at := _rising(rec, sent)) >= 0:  # 'تحديث: ارتفاع عدد قتلي قسد علي الحاجز ل 2'
        # the kind of attack the risen toll names, before its figure: not 'بسبب القصف المتواصل' told after it (ua_014)
        kinds = {t.payload.get("class") for t in rec.near("triggers", sent.start, rise_at)}
        same = _tolled(rec, sent, [f for f in frames if f.trigger.payload.get("class") in kinds], named, since=True)
        if same is not None and (got is None or got.trigger.payload.get("class") not in kinds):
            return same  # 'لترتفع حصيله ضحايا الانفجار الي ثلاثه' after a paragraph on an assassination
        return got or _tolled(rec, sent, frames, named)
    return got


def _tolled(rec: Recognized, sent: Sentence, frames: list[Frame], named: list[Any], *, since: bool = False
            ) -> Frame | None:
    """The latest incident with a toll that the rising toll of sent may raise (at a town it names, if any); since:
    whatever day was named after it (a rise naming the kind of its attack)."""
    tolled = [f for f in frames if not f.heading and any(c.value for c in f.claims)
              and (not named or _named_in(f, named)) and not _above(rec, f, sent)
              and (since or not _earlier_day(rec, f, sent.end))]
    return tolled[-1] if tolled else None


def _recent_story(rec: Recognized, si: int, sent: Sentence, frames: list[Frame], named: list[Any]) -> Frame | None:
    """The incident of the last few sentences that sent continues (near a town it names, if any)."""
    recent = [f for f in frames if f.sent >= si - STORY_SENTENCES and not f.heading]
    cands = [f for f in recent if f.places] or recent[-1:]
    if named and not any(_named_in(f, named) for f in cands) and _counted_toll(rec, sent):  # 'ارتفع عدد قتلي قسد باشتباك الطيانة' after a digression
        cands = [f for f in frames if f.places and not f.heading and _named_in(f, named)][-1:] or cands
    elif named and not any(_named_in(f, named, TOWN_KM) for f in cands) and _counted_toll(rec, sent):
        # 'بارتفاع حصيله شهداء تل الزعتر الي 17' after a strike on بيت حانون, 4 km off: the town named, told before
        cands = [f for f in frames if f.places and not f.heading and _named_in(f, named, TOWN_KM)][-1:] or cands
    cands = [f for f in cands if not _earlier_day(rec, f, sent.end)]
    if not cands:
        return None
    if _tolls(rec, sent):
        # 'نعت الشهيدين' after 'والغارات علي جرف النصر اقتصرت علي الاضرار الماديه': the dead are not that strike's
        cands = [f for f in cands if not f.no_casualties] or cands
    if named:  # the report names the place again ('... في موقع الاستهداف بمديريه X'): it goes on after a digression
        cands = [f for f in cands if _named_in(f, named)]
        cands = [f for f in cands if _named_in(f, named, TOWN_KM)] or cands  # the town itself, not one 4 km off
    else:
        cands = [f for f in cands if not _moved_on(rec, f, sent.start)]
    return cands[-1] if cands else None


def _first_toll(rec: Recognized, sent: Sentence, frames: list[Frame], named: list[Any]) -> bool:
    """Sent gives the article's first counted toll, before every town it names, and no incident told so far lies at
    those towns: the toll is the incident's just told, the towns where the wounded went or who counted them."""
    if any(f.claims for f in frames) or not _counted_toll(rec, sent) or any(_named_in(f, named) for f in frames):
        return False
    first = min((c.start for c in rec.near("cues", sent.start, sent.end) if c.payload.kind in ("killed", "injured")),
                default=sent.end)
    return all(p.start > first for p in rec.near("places", sent.start, sent.end) if p.end <= sent.end)


def _facility_name(rec: Recognized, cue: Any) -> bool:
    """The aggregate cue names a hospital ('نقلت الاصابات الي مستشفي الحوادث'): a name, not a class of events."""
    head = cue.start - len(cue.prefix)  # [start, end) excludes the proclitics ('ال')
    return any(not rec.nt.text[c.end:head].strip() for c in rec.cues_of("care_facility", head - 12, head))


def _rising(rec: Recognized, sent: Sentence) -> int:
    """Where the first figure of the sentence that raises a toll begins ('ارتفاع عدد قتلي X الي 2', 'لترتفع الحصيله الي
    11'), or -1: the toll of an incident told before, however many sentences back (a live blog's posts, a report's
    later paragraph)."""
    if not _counted_toll(rec, sent):
        return -1
    return next((q.start for q in rec.near("quantities", sent.start, sent.end) if q.end <= sent.end and isinstance(
        q.value, int) and revision(rec, sent.start, sent.end, q.start, q.end) in (RISE, RISE_ONE)), -1)


def _above(rec: Recognized, f: Frame, sent: Sentence) -> bool:
    """Every figure of frame f's toll exceeds those the rising sentence gives: a toll rises, so it is another
    incident's ('16 مدنيا قتلوا' in a day's total, then 'عدد قتلي غاره سوق اللفه ارتفع الي 12')."""
    told = [int(c.value) for c in f.claims if c.field == "fatalities" and isinstance(c.value, int) and c.value > 0]
    figures = [q.value for q in rec.near("quantities", sent.start, sent.end) if isinstance(q.value, int)]
    return bool(told and figures) and min(told) > max(figures)


def _clause_of_toll(rec: Recognized, cue: Any, sent: Sentence) -> bool:
    """The aggregate cue bears on the sentence's tolls: it is not a remark in a clause after all of them ('انتشلت
    6 شهداء ..., مشيرا الي ان عمليات البحث توقفت': the search stopped; the toll is the incident's)."""
    text = rec.nt.text
    tolls = [c for c in rec.near("cues", sent.start, sent.end) if c.payload.kind in ("killed", "injured")]
    return not tolls or not all(c.end <= cue.start and CLAUSE_BREAK.search(text[c.end:cue.start]) for c in tolls)


CLAUSE_BREAK = re.compile(r"[,،.:;؛]")


def _tolls(rec: Recognized, sent: Sentence) -> bool:
    """The sentence has a casualty word."""
    return any(c.payload.kind in ("killed", "injured") for c in rec.near("cues", sent.start, sent.end))


def _counted_toll(rec: Recognized, sent: Sentence) -> bool:
    """The sentence has a casualty word and a figure ('يعني الحصيله صارت 5 قتلي')."""
    return _tolls(rec, sent) and any(q.value for q in rec.near("quantities", sent.start, sent.end))


def _named_in(f: Frame, named: list[Any], within: float = 0.0) -> bool:
    """Frame f is placed at or near one of the towns named, or in a district holding one (within: at that town itself,
    a place this many km from it)."""
    if within:
        return any(p.location.id == q.id or km(p.location.lat, p.location.lon, q.lat, q.lon) <= within
                   for p in f.places for q in named)
    return any(near_place(p.location, q) or _in_district(p.location, q) for p in f.places for q in named)


TOLL_RISES = frozenset({"بلغ عدد", "ارتفع عدد", "ارتفع الي", "ارتفعت الي"})  # aggregate cues that also raise a toll
TOLL_RISE_GAP = 6  # words from such a cue to the casualty word of the toll it raises: 'عدد قتلي داعش في ... ارتفع الي'


def _toll_rise(rec: Recognized, cue: Any, hi: int) -> bool:
    """The aggregate cue raises a casualty toll ('عدد قتلي داعش في عمليه الرطبه ارتفع الي 15'): the incident's
    newer toll, not a trend."""
    if cue.key not in TOLL_RISES:
        return False
    text = rec.nt.text
    return any(c.payload.kind in ("killed", "injured") and len(text[min(c.end, cue.end):max(c.start, cue.start)].split())
               <= TOLL_RISE_GAP for c in rec.near("cues", cue.start - 80, min(hi, cue.end + 80)))


def _in_district(a: Any, b: Any) -> bool:
    """Place a is a district, or a part of one ('جنوب غرب قضاء الرطبه'), that holds town b ('عمليه الرطبه')."""
    return a.feature == "admin2" and bool(a.admin2) and a.admin2 == b.admin2 and a.country_iso3 == b.country_iso3


def _towns(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The towns and sites named in [lo, hi) as places of an incident (not in a name, not where the wounded went)."""
    return [p.location for p in rec.near("places", lo, hi)
            if p.end <= hi and p.location.geo_precision <= 2 and not p.location.flagged and not in_name(rec, p)
            and not care_place(rec, p) and not seat_of_body(rec, p)]


def _moved_on(rec: Recognized, f: Frame, lo: int) -> bool:
    """A sentence between frame f's and lo names a town far from f's places: the report has moved on to another
    place ('وفي ساعات المساء دوت صفارات الانذار في بلده X' after a strike at Y), and what follows is not f's story."""
    if not f.places:
        return False
    text = rec.nt.text
    for s in rec.sentences[f.sent + 1:]:
        if s.start >= lo:
            return False
        if _scene_opening(text[s.start:s.end]) and any(
                not any(near_place(p.location, q) for p in f.places) for q in _towns(rec, s.start, s.end)):
            return True
    return False


SCENE_WORDS = 4  # a fronted adverbial of at most this many words ('وفي ساعات المساء, ...') opens a new scene


def _scene_opening(sentence: str) -> bool:
    """The sentence opens on a fronted adverbial set off by a comma ('وفي ساعات المساء, دوت ...'): a new scene."""
    head = re.split(r"[,،]", sentence, maxsplit=1)
    return len(head) == 2 and head[0].startswith(("وفي ", "في ")) and len(head[0].split()) <= SCENE_WORDS


def _earlier_day(rec: Recognized, f: Frame, end: int) -> bool:
    """Text after frame f (up to end) names a day before f's: it tells an earlier matter, not f's story."""
    if f.time is None or f.time.date is None:
        return False
    start = rec.sentences[f.sent].end
    return any(t.date is not None and t.kind != "since" and t.date < f.time.date and t.end <= end
               for t in rec.near("times", start, end))


def same_place(rec: Recognized, f: Frame, g: Frame) -> bool:
    """Frame f has no place of its own or one named in g's sentence (a report continued, not a new incident)."""
    sent = rec.sentences[g.sent]
    named = [p.location for p in rec.near("places", sent.start, sent.end)] + [p.location for p in g.places]
    return not f.places or not g.places or any(near_place(p.location, q) for p in f.places for q in named)


SITE_KM = 15.0  # a base or field and the town it is named by ('عين الاسد' and 'ناحيه البغدادي') are one story
AREA_FEATURES = frozenset({"locality", "admin1", "admin2", "country", "area", "region"})


def near_place(a: Any, b: Any) -> bool:
    """Two gazetteer locations that are the same place or lie within STORY_KM of each other (SITE_KM for a site)."""
    reach = SITE_KM if {a.feature, b.feature} - AREA_FEATURES else STORY_KM
    return bool(a.id == b.id or km(a.lat, a.lon, b.lat, b.lon) <= reach)


SCOPE_KM = 25.0  # a claim given for a place holds for an incident this close to it
TOWN_KM = 2.0  # ... but one given for a town only for an incident in that town or its own camp or suburb (ذيبان and
# الحوايج, 4 km apart, are two towns with two tolls)


def scoped_claims(rec: Recognized, loc: Any, claims: list[Claim]) -> list[Claim]:
    """The claims that hold at location loc: a claim whose evidence ends (or begins) with a place is for it only.

    '9 في الميادين' is not the toll of the Albukamal strike, nor 'قتل فيه ثلاثه ... في الاردن'
    the toll of a strike in Iraq; a place that contains the other or lies near it fits. A figure
    another one revises ('ارتفاع الحصيله الي 6' after 'انتشال شهيدين') is left out (claim_revision).
    """
    out: list[Claim] = []
    spans = place_spans(rec) if claims else []
    for c in claims:
        cs, ce = c.start or 0, c.end or 0  # the place a figure is given for ends or begins its evidence
        named = [ploc for a, b, ploc in spans if (a == cs and b <= ce) or (b == ce and a >= cs)
                 or (cs < a and b < ce and _toll_at(rec.nt.original[cs:a]))]  # 'عدد الشهداء في كنكاور الي خمسه'
        if (any(_fits(loc, n) for n in named) or (not named and not _told_elsewhere(rec, loc, c) and not any(
                _same_town(loc, n) for n in rec.cache("claim_not_at").get(id(c), ())))) and not (
                not any(_same_town(loc, n) for n in named) and _several_strikes(rec, c)):
            out.append(c)
    out = without_split_totals(rec, loc, out, _same_town)  # 'بلغت الحصيلة خمسة ...: ... وقتيلان في Y'
    out = without_other_items(rec, loc, out, _same_town)  # '- X: 3 قتلي. - Y: جريحان.': Y's two wounded only
    return both_sides(rec, current(rec, _without_listed_heading(rec, loc, out)))


TOLL_AT_WORDS = 3  # words of a toll's evidence before the place it is told for ('الشهداء في', 'المصابين بالرصاص في')


def _toll_at(head: str) -> bool:
    """The evidence of a toll opens on its casualty word and the place it is told for: 'الشهداء في كنكاور الي خمسه'
    (a risen toll of one town, which no other town's incident takes)."""
    words = head.split()
    return 2 <= len(words) <= TOLL_AT_WORDS and words[-1] == "في" and not any(ch.isdigit() for ch in head)


def _without_listed_heading(rec: Recognized, loc: Any, claims: list[Claim]) -> list[Claim]:
    """A toll told for several places at once ('ثلاثه شهداء ... في حولا وقصف ... علي اطراف الخيام ويارون'), or for
    another place, yields to the word of a report of this one that no one was hurt there ('اقتصرت اضراره علي
    الماديات')."""
    homes = rec.cache("claim_frame")
    told_none = {c.field for c in claims if c.value == 0 and (h := homes.get(id(c))) is not None and len(_place_ids(h)) == 1}
    if not told_none:
        return claims
    return [c for c in claims if not (c.field in told_none and c.value and (h := homes.get(id(c))) is not None
                                      and h.places and (len(_place_ids(h)) > 1
                                                        or not any(_fits(loc, p.location) for p in h.places)))]


def _place_ids(f: Frame) -> set[str]:
    """The distinct places of a frame."""
    return {p.location.id for p in f.places}


def _told_elsewhere(rec: Recognized, loc: Any, c: Claim) -> bool:
    """The claim names no place but belongs to an incident told at other places only ('وفي صريفا, ... ما ادي الي
    سقوط شهيدين' is not the toll of a strike on القليله merged with it)."""
    home = rec.cache("claim_frame").get(id(c))
    if home is None or home.heading or not home.places or c.start is None:
        return False
    sent = rec.sentences[home.sent]
    a, b = rec.nt.to_orig(sent.start, sent.end)
    # a sentence continuing an earlier one's story ('وقال المتحدث ان الضربات اسفرت عن مقتل 5') may tell of all its places
    return a <= c.start < b and not any(_fits(loc, p.location) for p in home.places)


# plural attack nouns: 'ستة قتلي بغارات روسيه علي ريفي حلب وادلب', '4 شهداء بغارات اسراييليه علي الجنوب والبقاع'
SEVERAL = frozenset({"غارات", "ضربات", "هجمات", "عمليات", "غارات جويه"})


def _several_strikes(rec: Recognized, c: Claim) -> bool:
    """Claim c, naming no place, is the total of several strikes told in the headline or the lead ('4 شهداء بغارات ...
    علي الجنوب والبقاع') that the article tells one by one at two or more towns with their own tolls: no one town's
    toll (pa_008, pa_013, qa_013)."""
    homes = rec.cache("claim_frame")
    home = homes.get(id(c))
    if home is None or home.trigger.key not in SEVERAL or not c.value or (
            len(_place_ids(home)) == 1 and all(p.location.geo_precision == 1 for p in home.places)):
        return False  # 'غارات علي جزيره كمران اسفرت عن مقتل شخصين': the strikes on one town are its incident
    memo = rec.cache("told_places")
    if not memo:
        frames = list({id(f): f for f in homes.values()}.values())
        memo["lead"] = min((f.sent for f in frames if not f.heading), default=-1)
        memo["towns"] = [p.location for f in frames if not f.heading and len(f.places) == 1 for p in f.places
                         if p.location.geo_precision == 1 and any(d.value for d in f.claims)]
    towns = memo["towns"]
    return (home.heading or home.sent == memo["lead"]) and len(
        {t.id for t in towns if not any(_same_town(t, u) for u in towns if u.id < t.id)}) >= 2


def _same_town(a: Any, b: Any) -> bool:
    """Two locations of one town: the same, or within TOWN_KM of each other."""
    return bool(a.id == b.id or km(a.lat, a.lon, b.lat, b.lon) <= TOWN_KM)


def _fits(a: Any, b: Any) -> bool:
    """Two locations of one incident: the same or near, or one is a province or country holding the other."""
    if a.id == b.id:
        return True
    if a.feature == b.feature == "locality" and a.geo_precision == b.geo_precision == 1:
        # '3 شهداء في القليله, شهيدان في صريفا': two towns, two tolls ('شرق مخيم البريج' is no point of its own)
        return km(a.lat, a.lon, b.lat, b.lon) <= TOWN_KM
    if km(a.lat, a.lon, b.lat, b.lon) <= SCOPE_KM:
        return True
    coarse, fine = (a, b) if (a.geo_precision, bool(a.flagged)) >= (b.geo_precision, bool(b.flagged)) else (b, a)
    if coarse.flagged in ("country_only", "region") or coarse.admin1 is None:
        return bool(coarse.country_iso3 and coarse.country_iso3 == fine.country_iso3)
    same_district = coarse.geo_precision >= 3 or not (coarse.admin2 and fine.admin2) or coarse.admin2 == fine.admin2
    # 'ريف البوكمال' holds no toll given for الميادين, a town of another district of the province
    return coarse.geo_precision >= 2 and coarse.admin1 == fine.admin1 and coarse.country_iso3 == fine.country_iso3 \
        and same_district


def shared_zero_claims(rec: Recognized, loc: Any, own: list[Claim], frames: list[Frame], day: date | None = None
                       ) -> list[Claim]:
    """No-casualty statements of a sentence that names loc among the places attacked, for a field loc has no claim of,
    on loc's day.

    'تعرض قاعدتي عين الاسد ... وقاعده ... كونيكو ... دون وقوع اي اضرار او سقوط ضحايا' holds for both bases; 'سبق ان
    شنت طايرات ... في 24 فبراير غارتين علي مواقع في المديريه نفسها ... لم تسفرا عن اصابات' says nothing of the strike
    on that district told today (ua_017).
    """
    have = {c.field for c in own}
    out: list[Claim] = []
    for f in frames:
        if day is not None and f.time is not None and f.time.date is not None and abs((f.time.date - day).days) > 1:
            continue  # a day apart may be one incident told twice, dated by two tellings (nw_009, ra_017)
        sent = rec.sentences[f.sent]
        zeros = [c for c in f.claims if c.value == 0 and c.field not in have and all(c is not d for d in out)]
        if zeros and any(p.location.id == loc.id for p in rec.near("places", sent.start, sent.end)):
            out.extend(zeros)
    return out


def against_teller(rec: Recognized, figs: list[Figure]) -> list[Figure]:
    """One victim told against another teller's count later in the sentence ('اصابه امراه ..., في حين زعمت وكاله
    سانا اصابه ثلاثه'): one, exactly, so that the conservative rule weighs it with the count."""
    out = list(figs)
    for j, f in enumerate(figs):
        if f.value == 1 and f.min is None and f.max is None and any(
                g.field == f.field and g.min is not None and g.start >= f.end and (
                    rec.cues_of("attribution", f.end, g.start) or rec.near("sources", f.end, g.start))
                for g in figs[j + 1:]):
            out[j] = f._replace(min=1, max=1)
    return out


def placed_share(figs: list[Figure], spans: list[tuple[int, int]], k: int, value: int) -> bool:
    """Figure k is given for a place after a larger figure of its field in the sentence: its share of that toll
    ('سقوط 10 شهداء و23 جريحا, موزعين ...: 4 شهداء و11 جريحا في X, و...'), which an update word of the
    sentence does not make a risen toll that replaces the other places' shares. A larger figure given for a place of
    its own is no total ('فسقط شهيدان في X وشهيد في Y', 'استشهاد اربعه في X واثنين في Y': 6 docs in 6 sets)."""
    fig = figs[k]
    return spans[k] != (fig.start, fig.end) and spans[k][0] == fig.start and any(
        g.field == fig.field and g.end <= fig.start and g.value > value and spans[j] == (g.start, g.end)
        for j, g in enumerate(figs[:k]))


def same_kind(group: list[int], kinds: list[str]) -> list[list[int]]:
    """A group of figures cut where their revision kind changes."""
    out: list[list[int]] = []
    for k in group:
        if out and kinds[out[-1][-1]] == kinds[k]:
            out[-1].append(k)
        else:
            out.append([k])
    return out


# ', وفي بلده لبايا ... دمرت غاره': a fronted place after a comma opens the next incident's scene
SCENE_CUT = guard(r"[,،]\s*وفي\s")


# 'ما ادي الي اصابته', 'مما اسفر عن مقتل': a result clause (claim_recalled.RESULT_VERBS) tells the toll of an attack
# told before it
RESULT_HEADS = frozenset({"ما", "مما", "وما", "ومما"})


def result_of(text: str, pos: int) -> bool:
    """The casualty word at pos follows a result clause's head ('..., ما ادي الي اصابته'): its cause is told before."""
    words = text[max(0, pos - 40):pos].split()[-4:]
    return any(w in RESULT_VERBS and words[i - 1] in RESULT_HEADS for i, w in enumerate(words) if i > 0)


def nearest_frame(frames: list[Frame], pos: int, text: str = "") -> Frame:
    """The frame whose clause holds pos (when it tells an earlier incident, or names its place), else the main frame
    just before pos ('في حين قتل عنصران في ضربه ثانيه استهدفت ... الميادين': the second strike's toll); not a frame
    told after pos behind a new scene ('ما ادي الي استشهاد شخصين, وفي بلده X دمرت غاره ...': the first one's), nor
    one told after a result clause's casualty word ('..., ما ادي الي اصابته, مشيرا الي ... اعتداءات': the cause's)."""
    for f in frames:
        if f.zone and f.clause[0] <= pos < f.clause[1]:
            return f
    if (recalled := recalled_frame(frames, pos, text)) is not None:
        return recalled  # 'ردا علي الهجوم الذي استهدف ... قاعده, واسفر عن اصابه اربعه': the recalled attack's toll
    main = [f for f in frames if not f.zone] or frames
    cause = cause_frame(main, pos, text)
    if cause is not None:  # 'ما ادي الي استشهاد 4, فيما استشهد 3 شبان بقصف مدفعي استهدف ...': the shelling's toll
        return cause
    back = result_of(text, pos) and any(f.trigger.start <= pos for f in main)
    own = [f for f in main if f.places and f.clause[0] <= pos < f.clause[1] and not (
        f.trigger.start > pos and (back or SCENE_CUT.search(text, pos, f.trigger.start)))]
    if own:
        return own[0]
    before = [f for f in main if f.trigger.start <= pos]
    return before[-1] if before else main[0]
