"""A speaker's retelling of the lead's incident with its own day: 'افاد مصدر, يوم الاربعاء, بمقتل جنديين بانفجار
عبوه في ناحيه X' then 'وقال المصدر ان "العبوه انفجرت مساء امس الثلاثاء قرب قريه Y"'.

The lead's day after its speech verb is the day of the telling; the sentence after it, opened by a speech verb of
the same or another teller ('وقال', 'وذكرت الوزاره في بيان', 'واوضح المصدر', 'وجاء في البيان'), gives the incident's own earlier day
in the reported words. Such a sentence often names the spot closer or by a landmark ('علي الطريق المودي الي وادي Y'),
so the frame builder takes its day even when its place is not the lead's. A pluperfect recall ('وكانت الوزاره قد
اعلنت, يوم الجمعه الماضي, ...') or a cause before the day ('ردا علي هجوم ... ليل السبت', 'بعد ساعات من غارات ...')
tells another incident.

Two guards keep the lead where it is: a round-up lead ('تحييد 7 ارهابيين في شمالي العراق وسوريا, خلال الساعات ال24
الماضيه') sums several incidents, of which the retelling gives one part and its day; and when the lead only names a
coarser area than the retelling ('في منطقه عمليه نبع السلام' then 'قرب زركان'), the incident takes the retelling's
closer place with its day, so the moved lead does not stand as a coarse duplicate beside it.
"""

from __future__ import annotations

import re
from typing import Any

from .fuse_keys import km as haversine
from .literal_guard import guard
from .recognize import Recognized
from .scene import choose_places
from .segment import Sentence

# what may stand before the speech verb that opens the retelling: nothing or its conjunction ('وقال'); 'الي ذلك, قال',
# 'في المقابل قالت' and 'وفي ديالي افاد' turn to another item
OPENERS = frozenset({"", "و"})
# a speaker going on to another incident, not retelling the lead's: 'واضاف', 'وتابعت', 'واردف', 'وختم'
ADDS = guard(r"اضاف|تابع|اردف|ختم")
# a pluperfect recall before the day: 'وكانت X قد اعلنت', 'وكان المصدر قد ذكر'
PLUPERFECT = guard(r"(?<!\S)و?(?:كان|كانت|كانوا)(?:\s+\S+){0,4}?\s+قد(?!\S)")
# a cause or an earlier incident the day may belong to: 'ردا علي', 'بعد ساعات من', 'عقب', 'اثر'
OTHER_INCIDENT = re.compile(r"(?<![^\s\"«(])(?:ردا|رد|انتقاما|ثارا|بعد|عقب|اثر|غداه|قبل)(?!\S)")


NEAR_KM = 40  # how far from the lead's town or area the retold spot may lie ('قرب قريه Y' of the lead's district)
REGION = 3  # geo_precision of a province or region: any spot inside it may retell its incident closer
# a lead summing up a period or many places: 'خلال الساعات ال24 الماضيه', 'خلال الاسبوع', 'في عده مناطق'
ROUNDUP = guard(r"(?<!\S)(?:(?:خلال|غضون|طيله|طوال)\s+(?:ال)?(?:ساعات|ايام|اسبوع|اسابيع|شهر|اشهر|يومين)|"
                     r"(?:في|علي|ب)\s?(?:عده\s+)?(?:مناطق|محافظات|مدن|قري|بلدات|مواقع\s+متفرقه))(?!\S)")


def retold_places(rec: Recognized, lead: Sentence, nxt: Sentence, day: Any, places: list[Any]) -> list[Any] | None:
    """The places of a lead dated by its telling whose next sentence retells the incident with its own day, despite
    another place (the retelling's when it is closer and in the lead's country), or None when nxt is no retelling
    or the lead is a round-up."""
    if not speaker_retells(rec, nxt, day) or roundup_lead(rec, lead):
        return None
    there = choose_places(rec, nxt.start, nxt.end)
    if any(min(haversine(p.location.lat, p.location.lon, q.location.lat, q.location.lon) for p in places) > NEAR_KM
           for q in there if places and min(p.location.geo_precision for p in places) < REGION):
        return None  # 'في بادية تدمر' then 'في محيط مدينة السخنة': another town's incident and day
    closer = bool(there and places) and all(
        q.location.geo_precision < p.location.geo_precision and q.location.country_iso3 == p.location.country_iso3
        for p in places for q in there)
    return there if closer else places


def roundup_lead(rec: Recognized, lead: Sentence) -> bool:
    """The lead sums up a period's or several places' incidents ('خلال الساعات ال24 الماضيه', 'في عده مناطق') or
    names places of more than one country ('في شمالي العراق وسوريا')."""
    if ROUNDUP.search(rec.nt.text, lead.start, lead.end) is not None:
        return True
    countries = {p.location.country_iso3 for p in rec.near("places", lead.start, lead.end) if p.end <= lead.end}
    return len(countries) > 1


def speaker_retells(rec: Recognized, sent: Sentence, day: Any) -> bool:
    """Sentence sent opens with a speech verb and the day lies in its reported words,
    with no pluperfect recall and no word of a cause or an earlier incident between its start and the day."""
    text = rec.nt.text
    opener = next((c for kind in ("attribution", "continuation") for c in rec.cues_of(kind, sent.start, day.start)
                   if text[sent.start:c.start].strip() in OPENERS), None)
    if opener is None or ADDS.search(text, sent.start, opener.end) is not None:
        return False  # 'واضاف ان ...', 'وتابع': the speaker adds another incident ('واوضح', 'وجاء في البيان' retell)
    before = text[sent.start:day.start]
    return PLUPERFECT.search(before) is None and OTHER_INCIDENT.search(text, opener.end, day.start) is None
