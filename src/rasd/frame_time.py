"""Frame time: the day an undated incident report takes from the story around it."""

from __future__ import annotations

from typing import Any

from .frame_update import story_before_death
from .frame_zones import in_zone
from .recognize import Recognized
from .timex_entries import entry_head, entry_start
from .timex_scope import background_time


def narrative_time(rec: Recognized, times: list[Any], si: int, pos: int) -> Any | None:
    """An undated report continues the story: the last date of the two sentences before, else the lead's."""
    entry = entry_start(rec, si)  # a live-blog post: its own dates
    floor = max(rec.sentences[max(0, si - 2)].start, entry or 0)
    recent = [t for t in times if floor <= t.start and t.end <= pos and not background_time(rec, t, si)
              and not _masthead(rec, t)]
    recent = story_before_death(rec, times, recent, si)  # 'متاثرا باصابته صباح الاربعاء': the death's day
    lead = next((t for t in times if t.end <= pos and not _in_heading(rec, t.start) and not _dateline(rec, t, times)),
                None)
    if recent:  # 'ردا علي هجوم ... مساء الثلاثاء': the date of the incident referred to is not the story's
        own = [t for t in recent if not in_zone(rec, t.start)]
        return own[-1] if own else (lead if lead is not None and not in_zone(rec, lead.start) else recent[-1])
    if entry is None or (lead is not None and lead.start >= entry):  # a lead told in an earlier post is not this one's
        return lead
    return entry_head(rec, si)  # a page post's own day: its header; a live-blog post's: the article's (None)


def _masthead(rec: Recognized, t: Any) -> bool:
    """'اخبار | 12.05.2023 - 08:40' above the title: the publication stamp dates no incident of the title."""
    return t.date == rec.article.published and not any(not s.heading and s.start < t.start for s in rec.sentences) \
        and _in_heading(rec, t.start)


def _in_heading(rec: Recognized, pos: int) -> bool:
    """True when pos lies in a heading line."""
    return any(s.heading and s.start <= pos < s.end for s in rec.sentences)


DATELINE_WORDS = 2  # 'بغداد 15 كانون الثاني (د ب ا)- قتل ...': the city and the date open the lead


def _dateline(rec: Recognized, t: Any, times: list[Any]) -> bool:
    """'بغداد 15 كانون الثاني/يناير (د ب ا)- قتل قيادي ... مساء امس الاحد': the publication day at the head of the
    lead is the dateline of the wire, not the day of its incident, when the lead dates the incident itself."""
    sent = rec.sentence_at(t.start)
    if sent is None or t.date != rec.article.published or len(rec.nt.text[sent.start:t.start].split()) > DATELINE_WORDS:
        return False
    return any(u.start >= t.end and u.end <= sent.end and u.date != t.date for u in times)
