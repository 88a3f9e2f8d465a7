"""Scene: where and when a frame's incident took place (its place(s) and time expression in a clause).

A place inside an actor or source name, a hospital's or a time zone's place, a launch
point and a 'since' phrase's place are not the incident's; a date right after a speech
verb dates the telling. Facts about one place or time are computed once per article
(cached in `Recognized.memo`), because every clause of a sentence asks for them again.
"""

from __future__ import annotations

import re
from typing import Any

from . import scene_clauses as clauses
from .geo.refs import ref_km
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .roles import prev_word
from .roles import words_between as words
from .scene_aim import landing_over_aim
from .scene_anaphora import anaphoric_town, closing_tag, headed_by, pronoun_span, tagged_town
from .scene_aside import aside, source_seat
from .scene_bodies import body_place, heading_to
from .scene_clauses import CAUSES, RELATIVES, TOWN_HEADS, came_from, followed, framed, framing, holder
from .scene_compound import one_name
from .scene_container import across_border, capital_scene, dual_scenes, quarter_town
from .scene_finer import finer_over_container
from .scene_labels import item_label
from .scene_measured import beside, measured_over_sites
from .scene_roads import all_ends, road_ends
from .scene_since import day_since
from .scene_tellers import item_place
from .scene_titles import named, office_town
from .segment import Sentence
from .timex_scope import cause_time, reporting_time

NOT_HERE = ("مستشفي", "مشفي", "مستوصف", "بتوقيت", "توقيت", "مستشفيات", " باسم", "قياده عمليات", "قايد عمليات")
# 'نقل الي مستشفي X', 'نقلوها علي مستوصف X', 'مساء بتوقيت بغداد', 'شعبيه باسم غزه', 'مصدر في قياده عمليات كركوك' (a command named after X)
PARTY = frozenset({"حزب", "لحزب", "وحزب", "بحزب"})  # 'معسكر "حزب الحريه"', 'مقرا لحزب الحريه': the construct
# noun of a party's name, quoted or not (not 'الحزب': 'قصف الحزب مستعمره المطله', the party as subject)
LOCATORS = ("الواقعه", "الواقع", "تقع", "يقع")  # 'القاعده الواقعه في ناحيه البغدادي'
APPROACH = ("تقترب", "يقترب", "اقتربت", "اقترب", "اقترابها", "اقترابه", "بالقرب", "مقربه", "قريبا", "قريب",
            "القريب", "القريبه", "قريبه")  # 'تقترب من قاعده X', 'قريه قريبه من مدينه X': no launch point
READY = frozenset({"للاطلاق", "للانطلاق", "لاطلاقها", "لاطلاقه"})  # 'صاروخين معدين للاطلاق من X': hit at X
PARTS = frozenset({"الجانب", "الايمن", "الايسر", "الساحل", "الشطر", "جزء", "الجزء", "اجزاء", "اطراف", "عدد", "مناطق",
                   "احياء", "الشرقي", "الغربي", "الشمالي", "الجنوبي"})  # 'في الجانب الايمن من مدينه الموصل': a part
RESIDENTS = frozenset({"مواطنين", "مواطنا", "مواطن", "شبان", "شابا", "شاب", "شابين", "اشخاص", "شخصا", "شخصين",
                       "فلسطينيين", "فلسطينيا", "اطفال", "طفلا", "طفلين", "رعاه", "اسري", "معتقلين", "سكان", "اهالي"})
TOWARD = frozenset({"باتجاه", "نحو", "صوب", "تجاه"})  # 'من A باتجاه B': A is where it came from
SIDE_OF = frozenset({"اتجاه"})  # 'من اتجاه X': where it was fired from (not 'من جهه': 'وصلت الاسعاف من جهه X')
OPENERS = ("احداهما", "احدهما", "احداها", "احدها", "منها", "منهما", "الاولي", "الاول")  # 'احداهما قرب X ...'
NEXT_ONES = ("والاخري", "والاخر", "والثانيه", "والثاني", "والثالثه", "والثالث", "والرابعه", "والرابع",
             "والباقيه", "والبقيه")  # '... والاخري في Y': the next one of a distributive enumeration
LOOSE_CUT = frozenset({"air_strike", "strike", "shelling", "target", "attack", "explosion", "suicide", "clash",
                       "launch"})  # trigger classes that open a ', و' part with an incident of its own
NOT_AND = frozenset({"وسط", "وادي", "وزاره", "وحده", "وحدات", "وكاله", "ولايه", "واشنطن", "وصولا", "وذلك", "وفق",
                     "وفقا", "وقت", "والي"})  # words that open with 'و' but coordinate nothing
APART_KM = 30.0  # places this far apart are not one incident's
_COMMA_AND = re.compile(r",\s*(?:و|ففي )")  # ", و", and ", ففي": "..., ففي الثاني من نوفمبر قتل 7 في غاره علي X"
_UNSET = object()  # a cache miss (None is a cached answer)


def _excluded_place(rec: Recognized, p: Any, others: int) -> bool:
    """A place that is the launch point or the actor's base rather than the incident's place."""
    if others <= 1:
        return False
    memo = rec.cache("excluded_place")
    got = memo.get(id(p))
    if got is None:
        text = rec.nt.text
        before = text[max(0, p.start - 30):p.start].split()
        if before[-2:-1] == ["من"] and before[-1] in SIDE_OF:
            before = before[:-1]  # 'من اتجاه منطقه التنف' (2+ dev docs in 30 sets say 'من اتجاه'): a launch side
        after_from = (before[-1:] == ["من"] and before[-2:-1] != [] and before[-2] not in APPROACH
                      and before[-2] not in READY and not beside(text, p))
        if (after_from and before[-2] not in PARTS) or _launched_toward(text, p) or came_from(text, p) or heading_to(
                text, p) or _cause_of(rec, p) or clauses.origin(text, p) or source_seat(text, p) or office_town(text, p):
            got = True
        else:
            got = any(c.end <= p.start and words(text, c.end, p.start) <= 1
                      for c in rec.cues_of("stationed", p.start - 80, p.start))
        memo[id(p)] = got
    return got


def _teller_seat(rec: Recognized, p: Any) -> bool:
    """A body's town right before the colon of its words ('محافظ X: تم اسقاط ...'): the teller's seat, never the
    scene on its own (a health office's province alone stays: 'افادت مديريه صحه X بمقتل ... في الباديه')."""
    return rec.nt.text[p.end:p.end + 2].lstrip().startswith(":") and body_place(rec, p)


def _cause_of(rec: Recognized, p: Any) -> bool:
    """The place of another incident the clause names: the one responded to ('ردا علي الاعتداء الذي طال بلده X
    صباح اليوم, استهدف ...') before any trigger of its own, or one named by its place ('ويعيد هجوم ربك الي
    الاذهان استهداف ... في مدينه شندي')."""
    text = rec.nt.text
    if clauses.dated_by(text, p):
        return True  # 'وغداه هجوم ترمسعيا, اقتحمت ... منطقه في مدينه الخليل': it dates the clause
    if prev_word(text, p.start) in clauses.NAMED_INCIDENT:  # ... when a trigger of its own follows in the clause
        after = text[p.end:p.end + 60]
        stop = min((k for k in (after.find(c) for c in ",.:\n") if k >= 0), default=len(after))
        return bool(rec.near("triggers", p.end, p.end + stop))
    before = text[max(0, p.start - 70):p.start]
    cut = max(before.rfind(c) for c in ",.:\n")
    words = before[cut + 1:].split()
    if words[:1] in (["واخرها"], ["اخرها"], ["واحدثها"]) and cut >= 0:  # 'ردا علي الاعتداءات ..., واخرها في X' (2
        # docs of 2 sets): the latest of the attacks answered
        answered = [w.strip('"«(') for w in text[max(0, p.start - 70 + cut - 100):p.start - 70 + cut].split()]
        return any(w == "ردا" and answered[k + 1:k + 2] == ["علي"] and answered[k + 2:k + 3] and answered[k + 2]
                   in CAUSES for k, w in enumerate(answered))
    k = next((k for k in range(len(words) - 2) if words[k] == "ردا" and words[k + 1] == "علي"), None)
    if k is None or words[k + 2] not in CAUSES:
        return False
    lo = p.start - len(" ".join(words[k + 3:])) - 1
    return not any(lo <= t.start < p.start and prev_word(text, t.start) not in RELATIVES
                   for t in rec.near("triggers", lo, p.start))  # 'الغاره التي استهدفت X' is still the cause


def _launched_toward(text: str, p: Any) -> bool:
    """'اطلقها الحوثيون من مناطق سيطرتهم في اليمن باتجاه البحر الاحمر': the place of a 'من ...' phrase of up to
    six words that a direction word ('باتجاه', 'نحو') follows is where the weapon came from."""
    after = text[p.end:p.end + 12].split()
    if not after or after[0] not in TOWARD:
        return False
    before = text[max(0, p.start - 60):p.start]
    if any(c in before for c in ",.:\n"):
        before = before[max(before.rfind(c) for c in ",.:\n") + 1:]
    return "من" in before.split()[-6:]


def _residents_of(text: str, p: Any) -> bool:
    """'اربعه مواطنين من بلده X': people of a place, which may be where they were seized rather than a launch point."""
    before = text[max(0, p.start - 40):p.start].split()
    if before[-1:] in (["بلده"], ["قريه"], ["مخيم"], ["مدينه"], ["حي"]):
        before = before[:-1]
    return before[-1:] == ["من"] and len(before) > 1 and before[-2] in RESIDENTS


def _not_here(text: str, p: Any) -> bool:
    """A hospital's, a time zone's or a 'since' phrase's place ('مستشفي X', 'بتوقيت بغداد', 'منذ بدء الحرب في غزه'),
    a cause's ('نصره لاهلنا في غزه'), a patron's ('الفصايل المواليه لتركيا'), a word of a person's name ('قياديا
    يدعي "شيار كوباني"') or of a party's ('حزب الحريه')."""
    before = text[max(0, p.start - 40):p.start]
    last = before.replace('"', " ").replace("«", " ").split()[-1:]
    if before.rstrip().endswith(NOT_HERE) or (last and last[0] in PARTY) or aside(text, p) or named(text, p, before):
        return True
    return in_since_phrase(text, p.start, 50, 5, (",", ".", ":")) and not day_since(text, p.start)


def _site_locator(rec: Recognized, p: Any) -> Any | None:
    """'القاعده الواقعه في ناحيه البغدادي': the site the place only locates, when one was named before."""
    memo = rec.cache("site_locator")
    got = memo.get(id(p), _UNSET)
    if got is _UNSET:
        got = memo[id(p)] = _find_site_locator(rec, p)
    return got


def _find_site_locator(rec: Recognized, p: Any) -> Any | None:
    """The uncached _site_locator."""
    text = rec.nt.text
    before = text[max(0, p.start - 40):p.start].split()
    if not any(w in LOCATORS for w in before[-4:]):
        return None
    sites = [q for q in rec.places if q.kind == "site" and q.end <= p.start]
    if not sites:
        return None
    near = sites[-1].end >= p.start - 60 or rec.cues_of("anaphor_site", p.start - 60, p.start)
    return sites[-1] if near else None


def inside_name(rec: Recognized, p: Any) -> bool:
    """A place word inside an actor or source name ('الحرس الثوري الايراني', 'وكاله الانباء السوريه') or a longer
    weapon or trigger phrase ('رمانه يدويه')."""
    memo = rec.cache("inside_name")
    got = memo.get(id(p))
    if got is None:
        got = memo[id(p)] = _find_inside_name(rec, p)
    return got


def _find_inside_name(rec: Recognized, p: Any) -> bool:
    """The uncached inside_name."""
    if p.kind == "site":
        return False
    text = rec.nt.text
    locative = text[max(0, p.start - 4):p.start].rstrip().endswith("في") or text[p.start - 1:p.start] == "ب"
    for m in (*rec.near("actors", p.start - 120, p.end), *rec.near("sources", p.start - 120, p.end)):
        if m.start <= p.start and p.end <= m.end and ((m.end - m.start) > (p.end - p.start) or not locative):
            return True
    # 'القي مجهولون رمانه يدويه علي دوريه': a word of a longer weapon or trigger phrase is no place; a head noun
    # before the name ('بلده رمانه') starts the place's phrase before the weapon's, so it is not inside it
    return rec.inside("weapons", p.start, p.end) or rec.inside("triggers", p.start, p.end)


def _candidate(rec: Recognized, p: Any) -> bool:
    """A place that may be an incident's: not inside a name, not a hospital's, a time zone's or a 'since' phrase's."""
    memo = rec.cache("candidate_place")
    got = memo.get(id(p))
    if got is None:
        got = memo[id(p)] = not inside_name(rec, p) and not _not_here(rec.nt.text, p) and not _dateline(rec, p)
    return got


def _dateline(rec: Recognized, p: Any) -> bool:
    """'الفاشر/ نيالا 11 يونيو 2024 - قتل ...': a place in a paragraph's dateline, before its dash (not a numbered
    item's label: '5. X (قضاء هيت) - مساء الخميس: عبوه ناسفه ...')."""
    text = rec.nt.text
    line = text.rfind("\n", 0, p.start) + 1
    dash = text.find(" - ", p.end, min(len(text), p.end + 30))
    return (dash != -1 and len(text[line:p.start].split()) <= 3 and not item_label(text, line, p)
            and not rec.near("triggers", line, dash) and not rec.near("actors", line, dash))


def choose_places(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The place(s) of an incident in [lo, hi): the most precise, several when coordinated or distributed."""
    cands = [_site_locator(rec, p) or p for p in rec.near("places", lo, hi) if p.end <= hi and _candidate(rec, p)
             and not across_border(rec.nt.text, p, lo)]  # 'في بلده X, قرب الحدود مع Y': Y is across the border
    if not cands:
        return capital_scene(rec, lo, hi) or quarter_town(rec, lo, hi)  # the capital's edge; a quarter's town
    if len(road_ends(rec.nt.text, cands)) == len(cands) or all(heading_to(rec.nt.text, p) for p in cands):
        back = anaphoric_place(rec, lo, hi)  # a road passing by, a destination ('ماشيه باتجاه X'): the town named again
        if back:
            return back
    if len(cands) == 1 and (came_from(rec.nt.text, cands[0]) or clauses.dated_by(rec.nt.text, cands[0])):
        return []  # 'مجموعه ارهابيه قادمه من منطقه ال55 ... استهدفت القافله': where they came from, never the scene
    if len(cands) == 1 and _teller_seat(rec, cands[0]):
        return []  # 'محافظ X: تم اسقاط ...': the teller's seat is no scene
    if all(clauses.origin(rec.nt.text, p) for p in cands):
        return []  # '... عند مدخل السد, وهم من ابناء مناطق X وY': the victims' home towns, never the scene
    if all(clauses.launch_origin(rec.nt.text, p) for p in cands) and _impact_after(rec, cands[-1]):
        return []  # 'رصد اطلاق ثلاث قذايف من منطقه رفح, ..., فيما سقطت الثالثه قرب يتيد': the sentence's impact
    cands = landing_over_aim(rec, cands, lambda q: _candidate(rec, q)) or cands  # 'نحو X الا انها سقطت قرب Y'
    cands = item_place(rec, cands, lambda q: body_place(rec, q), lambda q: _candidate(rec, q)) or cands  # teller
    if len(cands) > 1:
        kept = [p for p in cands if not _excluded_place(rec, p, len(cands)) and not followed(rec, lo, p)
                and not holder(rec.nt.text, p, cands) and not body_place(rec, p)]
        homes = [p for p in cands if all(p is not k for k in kept) and _residents_of(rec.nt.text, p)]
        if kept and homes and (min(p.location.geo_precision for p in homes) < min(
                p.location.geo_precision for p in kept) or all(framing(rec.nt.text, p) for p in kept)):
            # 'وفي محافظه رام الله, اعتقلت ... اربعه مواطنين من بلده X', 'وفي جنين, اعتقلت ... سته شبان من بلده X'
            kept = sorted(kept + homes, key=lambda q: q.start)
        cands = kept or cands
    groups = _distributed(rec, lo, cands)
    if len(groups) < 2:
        return dual_scenes(rec.nt.text, cands, _most_precise(rec, lo, cands), APART_KM, ref_km)  # 'منطقتي A شمال X وB'
    chosen: list[Any] = []
    last: list[Any] = []  # the places of the previous part, and those chosen from it
    picked: list[Any] = []
    for group, far in groups:
        picks = _most_precise(rec, lo, group)
        if far and last and not any(all(ref_km(p, c) > APART_KM for c in chosen) for p in picks):
            # a loose part near the places before tells the same incident ('باستشهاد 10 في قطاع غزه, واصابه
            # اخرين, في قصف ... في مدينه دير البلح'): the most precise place of both parts is its place
            chosen = [c for c in chosen if all(c is not q for q in picked)]
            group = last + group
            picks = _most_precise(rec, lo, group)
            far = False
        last, picked = group, []
        for p in picks:
            if all(p.location.id != c.location.id and (not far or ref_km(p, c) > APART_KM) for c in chosen):
                chosen.append(p)
                picked.append(p)
    return chosen


def _impact_after(rec: Recognized, p: Any) -> bool:
    """A candidate place later in p's sentence where the weapon came down ('... فيما سقطت الثالثه قرب يتيد'), or a
    fall told there at a place the gazetteer lacks ('عبرا من شمال غزه وسقطا في منطقه مفتوحه قرب كيبوتس X')."""
    sent = rec.sentence_at(p.start)
    return sent is not None and (clauses.fell_at(rec.nt.text, p.end, sent.end) or any(
        q.start > p.end and q.end <= sent.end and _candidate(rec, q)
        and clauses.impact(rec.nt.text, p.end, q) for q in rec.near("places", p.end, sent.end)))


def _most_precise(rec: Recognized, lo: int, cands: list[Any]) -> list[Any]:
    """The most precise of some candidate places, with those coordinated with it.

    A road's ends give way to a town or a site ('قرب بلده كباجب علي طريق دير الزور - تدمر'); with none, the
    first end stands for the road.
    """
    text = rec.nt.text
    ends = all_ends(text, cands)
    if ends:
        others = [p for p in cands if id(p) not in ends and p.location.geo_precision <= 2]
        if not others:
            return [next(p for p in cands if id(p) in ends)]  # 'علي طريق دير الزور - تدمر': one incident, at the first
        cands = others
    cands = measured_over_sites(rec, one_name(rec, cands))  # 'في ناحيه العزيز بلد': one name, not two places
    held = [p for p in cands if clauses.holding_unit(text, p, cands)]
    if held and len(held) < len(cands):  # 'باتجاه محافظه ابو عريش بمنطقه جازان': the province only locates it
        cands = [p for p in cands if all(p is not h for h in held)]
    frames = clauses.tellers(rec, cands, framed(text, cands, APART_KM))
    if frames and len(frames) < len(cands):  # 'وفي القنيطره, قصفت ... اطراف بلده جباتا الخشب': the village
        cands = [p for p in cands if all(p is not f for f in frames)]
    quarters = [p for p in cands if clauses.QUARTER_HEADS & set(text[p.start:p.end].split()[:1])
                and p.location.geo_precision <= 2]
    if quarters and len(cands) > 1:  # 'شهد حي النشوه في مدينه الحسكه': the quarter, however precise its point
        cands = [p for p in cands if p in quarters or p.kind != "locality" or all(
            ref_km(p, q) > clauses.quarter_km(p, q) for q in quarters)]
    cands = finer_over_container(rec, cands)  # 'محيط بلده X ... ريف دمشق': the village, not its province
    best = min(p.location.geo_precision for p in cands)
    top = [p for p in cands if p.location.geo_precision == best]
    precise_kinds = [p for p in top if p.kind in ("site", "locality")]
    if precise_kinds:
        top = precise_kinds
    sites = [p for p in top if p.kind == "site"]
    if sites and len(top) > 1:  # 'وفي لحج, ... في قاعده العند': a town near a site named with it is its area
        top = [p for p in top if p.kind == "site" or all(ref_km(p, q) > APART_KM for q in sites)]
    towns = [q for q in top if q.kind in ("site", "locality") and text[q.start:q.end].split()[0] in TOWN_HEADS]
    if towns and len(top) > 1:  # 'وفي رام الله, هاجم مستوطنون بلده ترمسعيا': the frame's town locates the village
        top = [p for p in top if not (framing(text, p) and any(  # (not '... في المدينه وبلدتي A وB': the town too)
            q.start > p.end and ref_km(p, q) <= APART_KM and "المدينه" not in text[p.end:q.start].split() for q in towns))]
    quarters = [p for p in top if clauses.QUARTER_HEADS & set(text[p.start:p.end].split())]
    if quarters and len(top) > 1:  # 'وفي الخرطوم بحري, اشتباكات في محيط حي شمبات': the town locates its quarter
        top = [p for p in top if p in quarters or all(ref_km(p, q) > clauses.quarter_km(p, q) for q in quarters)]
    chosen = [top[0]]
    if prev_word(text, top[0].start) in ("بين", "بلدتي", "قريتي", "مدينتي") and "بين" in text[
            max(lo, top[0].start - 20):top[0].start].split():
        return chosen  # 'الطريق الواصل بين بلدتي A و B': one incident, placed at the first
    for p in top[1:]:
        if p.location.flagged == "context":
            continue  # 'وادي حوران بمحافظه الانبار': the province locates the wadi, it is no second place
        gap = text[chosen[-1].end:p.start].strip(" ,")
        if (gap in ("", "و") or len(gap.split()) <= 1) and all(p.location.id != c.location.id for c in chosen):
            chosen.append(p)
    for p in cands:  # 'علي الميادين وريف البوكمال': a coarser place coordinated with a chosen one, far from it
        if p.location.geo_precision == 2 and p.location.geo_precision > best and any(
                text[c.end:p.start].strip(" ,") == "و" for c in chosen) and all(
                ref_km(p, c) > APART_KM for c in chosen):
            chosen.append(p)
    for p in cands:  # 'علي باديه الشولا جنوب غربي دير الزور ومحيط بلده السخنه': an area before a chosen town, far
        if (p.location.geo_precision == 2 and p.kind == "region" and p.location.flagged != "context"
                and all(p is not c and ref_km(p, c) > APART_KM for c in chosen)
                and any(c.start > p.end and _coordinated(text, p, c, cands) for c in chosen)):
            chosen.insert(0, p)
    far = [p for p in cands if all(p is not c for c in chosen) and _second_object(rec, p, chosen)]
    return sorted([*chosen, *far], key=lambda q: q.start) if far else chosen


def _second_object(rec: Recognized, p: Any, chosen: list[Any]) -> bool:
    """A town or site of a second object coordinated with the chosen place's ('طالت مقرا في بلده A, ومستودعا في
    محيط مدينه B', 'علي منشاه قرب A ومركز قياده في بلده B'): a place of its own when over 30 km from the others."""
    if (p.kind not in ("site", "locality") or p.location.geo_precision > 2 or p.location.flagged == "context"
            or not all(ref_km(p, c) > APART_KM for c in chosen)):
        return False
    text = rec.nt.text
    if p.descriptor not in ("near", "outskirts", "surroundings") and prev_word(text, p.start) not in ("في", "علي"):
        return False
    c = min(chosen, key=lambda q: min(abs(q.start - p.end), abs(p.start - q.end)))
    if c.end <= p.start:  # the second object's 'و' opens the words before its place
        gap = text[c.end:p.start]
        words = gap.replace(",", " ").split()[-7:]
    else:  # the second object's place comes first: the 'و' of the chosen one's object follows it
        gap = text[p.end:c.start]
        words = gap.replace(",", " ").split()[:3]
    lo, hi = (c.end, p.start) if c.end <= p.start else (p.end, c.start)
    if rec.cues_of("attribution", lo, hi):
        return False  # ', وقالت مصادر في دير الزور': a statement's place, not a second object's
    return "." not in gap and len(gap.split()) > 1 and any(
        w.startswith("و") and len(w) > 3 and w not in NOT_AND for w in words)


def _coordinated(text: str, a: Any, b: Any, cands: list[Any]) -> bool:
    """Place a and the later place b joined by 'و', with only a's context phrases ('جنوب غربي دير الزور') between."""
    gap, pos = [], a.end
    for q in cands:
        if a.end <= q.start and q.end <= b.start and q.location.flagged == "context":
            gap.append(text[pos:q.start])
            pos = q.end
    gap.append(text[pos:b.start])
    return "".join(gap).strip(" ,") == "و"


def _distributed(rec: Recognized, lo: int, cands: list[Any]) -> list[tuple[list[Any], bool]]:
    """Candidate places cut into groups that each hold another incident's place, with whether the cut is loose.

    A distributive enumeration ('احداهما قرب البوكمال والاخري في الميادين', 'اثنتان منها في جرف الصخر,
    والثالثه قرب القايم') cuts before each 'والاخري'/'والثالثه'; a ', و' that opens a part with a trigger of
    its own before its place ('4 قتلي في استهداف مقر في الميادين, و3 قتلي في ضربه ... في ريف البوكمال')
    cuts loosely: its place counts only when it lies apart from the places before.
    """
    text = rec.nt.text
    hi = cands[-1].end
    cuts: list[tuple[int, bool]] = []
    nexts = _word_starts(text, lo, hi, NEXT_ONES)
    if nexts and any(w in OPENERS for w in text[lo:nexts[0]].split()):
        cuts += [(i, False) for i in nexts]
    for m in _COMMA_AND.finditer(text, cands[0].end, hi):
        first = next((p for p in cands if p.start >= m.end()), None)
        if first is not None and any(m.end() <= t.start < first.start and t.payload.get("class") in LOOSE_CUT
                                     for t in rec.near("triggers", m.end(), first.start)):
            cuts.append((m.start(), True))
        elif (first is not None and text[m.start() + 1:first.start].split() == ["وفي"]
              and clauses.own_trigger(rec, first, LOOSE_CUT)):
            cuts.append((m.start(), False))  # ', وفي بلده زبقين اغارت مسيره': a second scene with its own verb
    for t in rec.near("triggers", cands[0].end, hi):  # 'غاره علي منزل في حولا وقصف مدفعي علي اطراف الخيام'
        if (text[t.start - 2:t.start] == " و" and t.payload.get("class") in LOOSE_CUT
                and any(p.start >= t.end for p in cands)):
            cuts.append((t.start - 1, False))  # a strict cut: the glued part is an incident of its own
    if not cuts:
        return []
    out: list[tuple[list[Any], bool]] = []
    bounds = [(lo, False), *sorted(cuts), (hi + 1, False)]
    for (a, loose), (b, _) in zip(bounds, bounds[1:], strict=False):
        group = [p for p in cands if a <= p.start < b]
        if group:
            out.append((group, loose))
    return out


def _word_starts(text: str, lo: int, hi: int, keys: tuple[str, ...]) -> list[int]:
    """Where the words of `keys` start in text[lo:hi]."""
    out = []
    pos = lo
    for w in text[lo:hi].split(" "):
        if w.strip(" ,") in keys:
            out.append(pos)
        pos += len(w) + 1
    return out


def anaphoric_place(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """'القاعده' / 'الحقل' in [lo, hi) refers back to the last site named before it; 'البلده' / 'الناحيه' to the last
    town introduced by that head (scene_anaphora)."""
    cues = rec.cues_of("anaphor_site", lo, hi)
    if not cues:
        got = anaphoric_town(rec, lo, hi) or tagged_town(rec, lo, hi)  # a caption's or a hashtag's town
        span = None if got else pronoun_span(rec.nt.text, lo, hi)  # 'في محيطه': what its sentence named before
        got = got or (choose_places(rec, *span) or anaphoric_place(rec, *span) if span else [])
        return got or closing_tag(rec, lo, hi, lambda q: _candidate(rec, q))  # '... وانجرح اثنين. #X'
    text, cue = rec.nt.text, cues[0]
    before = [p for p in rec.places if p.end <= cue.start and not came_from(text, p)]
    sites = [p for p in before if p.kind == "site"] or headed_by(text, before, text[cue.start:cue.end][2:])
    return measured_over_sites(rec, sites[-1:]) if sites else anaphoric_town(rec, lo, hi) or tagged_town(
        rec, lo, hi)  # not 'قادمه من الحقل'; a measured site: its measured point


def tally_places(rec: Recognized, sent: Sentence) -> list[Any]:
    """Places each right after a figure and 'في' in one sentence, or after 'N من ... في' (a toll given place by
    place: '9 في الميادين, و11 في البوكمال', '3 من الارهابيين حيدوا في منطقه غارا, و2 في منطقه قنديل')."""
    memo = rec.cache("tally_places")
    got = memo.get(sent.start)
    if got is None:
        got = memo[sent.start] = _find_tally_places(rec, sent)
    return list(got)


def _find_tally_places(rec: Recognized, sent: Sentence) -> list[Any]:
    """The uncached tally_places."""
    text = rec.nt.text
    out = []
    for p in rec.near("places", sent.start, sent.end):
        if p.end > sent.end:
            continue
        for q in rec.near("quantities", p.start - 40, p.start):
            gap = text[q.end:p.start].split()
            partitive = gap[:1] == ["من"] and "في" in gap[2:4]  # '3 من الارهابيين حيدوا في منطقه غارا'
            if q.end <= p.start and (gap[:1] == ["في"] or partitive) and len(gap) <= 4 and "," not in text[
                    q.end:p.start]:
                if not inside_name(rec, p):
                    out.append(p)
                break
    return out


def choose_time(rec: Recognized, lo: int, hi: int, trig: Match[Entry]) -> Any | None:
    """The time expression of an incident in [lo, hi), nearest the trigger (earlier ones preferred)."""
    cands = [t for t in rec.near("times", lo, hi) if t.date is not None and t.kind != "since" and t.end <= hi
             and not period_start(rec, t)]
    cands = [t for t in cands if not cause_time(rec, t, trig)]  # 'ردا علي اعتداء ... ليل امس' dates the cause
    if not cands:
        return None
    told = [t for t in cands if reporting_time(rec, t, trig)]
    cands = [t for t in cands if t not in told] or cands
    return min(cands, key=lambda t: abs(t.start - trig.start) + (0 if t.start < trig.start else 5))


def period_start(rec: Recognized, t: Any) -> bool:
    """'منذ اندلاع الحرب في السابع من تشرين الاول': a date that starts a period, not an incident's.

    A date in a 'منذ' phrase that names an incident ('منذ الضربات التي نفذتها واشنطن مساء الجمعة') is that
    incident's date and stays usable.
    """
    if not after_since(rec, t):
        return False
    text = rec.nt.text
    since = text.rfind("منذ", max(0, t.start - 90), t.start)
    return not any(since < g.start < t.start for g in rec.near("triggers", since, t.start))


def after_since(rec: Recognized, t: Any) -> bool:
    """A date up to ten words into a 'منذ ...' phrase ('منذ اندلاع الحرب في السابع من تشرين الاول')."""
    return in_since_phrase(rec.nt.text, t.start, 90, 10, (",", "."))


def in_since_phrase(text: str, pos: int, chars: int, n_words: int, stops: tuple[str, ...]) -> bool:
    """True when 'منذ' stands among the last `n_words` words before pos with no stop punctuation after it."""
    last = text[max(0, pos - chars):pos].split()[-n_words:]
    return "منذ" in last and not any(w.endswith(stops) for w in last[last.index("منذ"):])
