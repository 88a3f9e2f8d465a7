"""Noting the sources a sentence names: a name inside a longer one, the body a speaker belongs to, an outlet that
received the words or one in the dateline (noted, claiming nothing) are told apart here (see attribution._claimed).
"""

from __future__ import annotations

from typing import NamedTuple

from . import attribution_bodies as bodies
from .attribution_bodies import canonical, local_body, written_names
from .attribution_object import received_before
from .attribution_publisher import in_publisher_name
from .attribution_text import adjective_name, after_outlet_noun, dateline, gap_words, glued_l, outlet_noun
from .attribution_voice import RELAY_KINDS
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .segment import Sentence

SPEAKER_KINDS = ("attribution", "continuation")
BRACKET_DATELINE_WORDS = 6  # words of place and date before a bracketed outlet: 'دمشق 3 ديسمبر 2022 (شينخوا)'
# words before 'لـX' that make X the body a speaker belongs to, not a speaker: 'سرايا القدس، الجناح العسكري لحركه
# الجهاد الاسلامي، في بيان', 'قناه المسيره التابعه للحوثيين'
AFFILIATION_WORDS = frozenset({"التابع", "التابعه", "التابعين", "الموالي", "المواليه", "الموالين", "تابعه", "مواليه"})
AFFILIATION_HEADS = frozenset({"الجناح", "الذراع"})  # 'الجناح العسكري ل', 'الذراع السياسي ل'
CLOSE_TO = frozenset({"المقرب", "المقربه", "المقربين", "القريب", "القريبه"})  # 'X المقربه من Y': Y is X's patron
AFFILIATION_GAP = 8  # words from the speaker's name to the body it belongs to
# 'وسايل اعلام تابعه للحوثيين', 'مواقع مقربه من حزب الله': unnamed media speak for themselves, not for their patron
MEDIA_PLURALS = frozenset({"اعلام", "الاعلام", "مواقع", "قنوات", "منصات", "حسابات", "معرفات", "صفحات"})


def _bracketed_dateline(rec: Recognized, s: Match[Entry]) -> bool:
    """'دمشق 3 ديسمبر 2022 (شينخوا) قالت ...': an outlet in brackets after the line's place and date is its publisher."""
    text = rec.nt.text
    at = s.start - len(s.prefix)
    if text[at - 1:at] != "(" or text[s.end:s.end + 1] != ")":
        return False
    line_start = text.rfind("\n", 0, at) + 1
    words = text[line_start:at - 1].split()
    if len(words) > BRACKET_DATELINE_WORDS or words and outlet_noun(words[0]):
        return False  # 'وكاله الانباء الرسميه التابعه للنظام (سانا) قالت': the name of the agency the line describes
    return not any(c.payload.kind in SPEAKER_KINDS for c in rec.near("cues", line_start, at)) and not rec.near(
        "sources", line_start, at - 1)


def abbreviation(text: str, prev: Match[Entry] | None, s: Match[Entry]) -> bool:
    """'بيان تلقته وكاله الانباء العراقيه (واع)': a name in brackets right after a name of the same body is that name
    again (its short form), not a second naming that could claim what the first only received."""
    at = s.start - len(s.prefix)
    return prev is not None and prev.payload.id == s.payload.id and text[prev.end:at] == " (" and (
        text[s.end:s.end + 1] == ")")


def _inside_other(rec: Recognized, s: Match[Entry]) -> bool:
    """A source name inside a longer actor, source or weapon phrase ('حزب الله' in 'كتايب حزب الله', 'المقاومه
    الاسلاميه' in 'المقاومه الاسلاميه في العراق', 'المسيره' drone)."""
    if rec.inside("sources", s.start, s.end, 120):
        return True
    for a in rec.near("actors", s.start - 120, s.end):
        if a.start <= s.start and s.end <= a.end and a.end - a.start > s.end - s.start and not any(
                x.start == a.start and x.end == a.end for x in rec.near("sources", a.start, a.end)):
            return True
    if after_outlet_noun(rec.nt.text, s.start - len(s.prefix)):
        return False  # 'قناه "المسيره"': the channel, not the drone of the same name
    if s.payload.kind in RELAY_KINDS and (rec.inside("places", s.start, s.end) or bodies.in_outlet_name(rec, s)):
        return True  # 'ولايه الجزيره': a state of Sudan, not the channel; 'وكاله الحدث العراقي': another outlet
    return any(w.start <= s.start and s.end <= w.end for w in rec.near("weapons", s.start - 40, s.end))


def _affiliation(rec: Recognized, s: Match[Entry]) -> bool:
    """'كتايب القسام، الجناح العسكري لحركه المقاومه الاسلاميه (حماس)', 'قناه المسيره التابعه للحوثيين': the name is
    the body a named speaker belongs to, not a speaker (an unnamed one speaks for it: 'مركز ... التابع لوزاره الصحه')."""
    text = rec.nt.text
    at = s.start - len(s.prefix)
    lo = max(0, at - 60)
    lo = max([lo, *(text.rfind(ch, lo, at) + 1 for ch in "،,.\n")])
    words = gap_words(text, lo, at)[-5:]
    if glued_l(text, s):
        words.append("ل")  # the name itself is the object of the ل
    words = words[len(words) - words[::-1].index("عن"):] if "عن" in words else words  # 'التابعه لقسد عن قوي الاسايش'
    affiliated = any(words[i + 1].startswith("ل") and (words[i] in AFFILIATION_WORDS or (
        i and words[i - 1] in AFFILIATION_HEADS)) for i in range(len(words) - 1)) or (
        len(words) > 1 and words[-2] in CLOSE_TO and words[-1] == "من")  # 'وكاله "هاوار" المقربه من قسد'
    return affiliated and (bool(set(words) & MEDIA_PLURALS) or any(
        o.end <= at and not gap_words(text, o.end, at)[AFFILIATION_GAP:] for o in rec.near("sources", at - 120, at)))


class Noted(NamedTuple):
    """A source named in a sentence: the match, its canonical id and words, and whether it may claim the sentence."""

    match: Match[Entry]
    sid: str
    name: str
    claims: bool  # False for an outlet in the dateline: remembered for anaphors, but it claims nothing


def note(rec: Recognized, sent: Sentence) -> list[Noted]:
    """The sources a sentence names, in text order.

    A name inside a longer name, or one that only received the words ('بيان تلقت سانا نسخه
    منه') is none; an outlet in the dateline is noted but claims nothing.
    """
    lo, hi = sent.start, sent.end
    found = sorted((*rec.near("sources", lo, hi), *written_names(rec, lo, hi)), key=lambda m: m.start)
    if not found:
        return []
    text = rec.nt.text
    blocked = rec.cues_of("not_source", lo, hi)
    out: list[Noted] = []
    for prev, s in zip([None, *found[:-1]], found, strict=True):
        if abbreviation(text, prev, s):
            continue  # 'وكاله الانباء العراقيه (واع)': the name said again, which stands or falls with it
        if s.end > hi or _inside_other(rec, s) or _affiliation(rec, s) or adjective_name(text, s) or (
                in_publisher_name(rec, s)):
            continue  # 'النشره العربيه': the adjective, not the outlet; 'لـ"تعز الحدث"': the publisher, not Al Arabiya
        if any(b.start <= s.start and s.end <= b.end for b in blocked):
            continue
        if received_before(rec, s, blocked):
            continue  # 'بيان تلقت سانا نسخه منه': the outlet received the words, it does not claim them
        sid = local_body(rec, s) or canonical(rec, s.payload, s.start, s)
        if sid is None:
            continue  # 'وزاره الصحه' in an article of no country that has one listed
        out.append(Noted(s, sid, text[s.start:s.end], not (dateline(text, s) or _bracketed_dateline(rec, s))))
    return out
