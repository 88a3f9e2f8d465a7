"""Datelines: the place phrases that say where a report was filed rather than where anything happened.

A dateline heads a line ("بيروت – الميادين نت", "طولكرم 4-9-2024 وفا-", a line of its own before the date
line; the places of a list, "واشنطن، اربيل - وكالات:"), follows the outlet and a dash before a colon ("ابنا - بغداد:
نشرت ..."), opens a bracket ("{بغداد: الفرات نيوز}"), closes a short line after a dash ("عرب 48 – حيفا"), or
is the post of a reporter or an office ("وافاد مراسل الميادين في بغداد", "مراسلنا ببغداد").
"""

from __future__ import annotations

import re

from ..literal_guard import guard
from .places import Unit

REPORTER_RE = guard(r"(?:^|\s)(?:ال)?(?:مراسل|مراسله|مراسلو|مراسلي|مراسلنا|مراسلتنا|مراسلها|مكتب)"
                         r"(?:[ \t\u00a0]+[^\s.،,:؛]+){0,3}[ \t\u00a0]+(?:في[ \t\u00a0]+|ب)$")
REPORTER_WORD_RE = guard(r"مراسل|مكتب")
REPORTER_REACH = 48  # characters from the reporter's word to the place: three short words and في
DATELINE_AFTER_RE = re.compile(r"[ \t\u00a0\"']*(?:[-–—/]|\d)")  # "بيروت – الميادين نت", "طولكرم 4-9-2024 وفا-"
DASHES = frozenset("-–—/")
NEWLINE_RE = re.compile("\n")
SHORT_LINE = 60  # characters: a dateline line of a few words
BLANK_RE = re.compile(r'[ \t\u00a0"\']*')
BRACKET_OPEN_RE = re.compile(r"[ \t\u00a0]*[{(\[][ \t\u00a0]*")  # "{بغداد: الفرات نيوز}": a dateline in brackets
COLON_AFTER_RE = re.compile(r"[ \t\u00a0]*:")
OUTLET_DASH_RE = re.compile(r"[ \t\u00a0]*[^\s:]+(?:[ \t\u00a0]+[^\s:]+){0,3}[ \t\u00a0]+[-–—][ \t\u00a0\"']*")
LIST_GAP_RE = re.compile(r"[ \t\u00a0]*[,،][ \t\u00a0]*(?:و)?")  # "واشنطن، اربيل - وكالات:": places listed
LIST_HEAD_RE = re.compile(r"(?:[^\s,،:\-–—]+(?:[ \t\u00a0]+[^\s,،:\-–—]+)?[ \t\u00a0]*[,،][ \t\u00a0]*){1,2}")


def datelines(text: str, units: list[Unit]) -> set[int]:
    """Indices of the units that name where a report was filed, not where anything happened."""
    out: set[int] = set()
    posts = [m.end() for m in REPORTER_WORD_RE.finditer(text)]
    ends = [m.start() for m in NEWLINE_RE.finditer(text)]
    ends.append(len(text))
    for i, u in enumerate(units):
        line_start = ends[u.paragraph - 1] + 1 if u.paragraph else 0  # a unit's paragraph is its line
        line_end = ends[u.paragraph]
        if (u.start - line_start <= 2 and BLANK_RE.fullmatch(text, line_start, u.start)) or (
                u.start - line_start <= 30 and LIST_HEAD_RE.fullmatch(text, line_start, u.start)):
            if DATELINE_AFTER_RE.match(text, u.end, line_end) or (
                    BLANK_RE.fullmatch(text, u.end, line_end) and text[line_end + 1:line_end + 2].isdigit()):
                out.add(i)
        elif u.start - line_start <= 3 and BRACKET_OPEN_RE.fullmatch(text, line_start, u.start) and COLON_AFTER_RE.match(
                text, u.end, line_end):
            out.add(i)  # "{بغداد: الفرات نيوز} افاد مصدر": a bracket opens it (a bare "المسرب:" heads a section)
        elif line_end - line_start <= SHORT_LINE and text[u.start - 2:u.start].strip() in DASHES and (
                BLANK_RE.fullmatch(text, u.end, line_end) and len(text[line_start:line_end].split()) <= 6):
            out.add(i)  # "عرب 48 – حيفا"
        elif u.start - line_start <= SHORT_LINE and OUTLET_DASH_RE.fullmatch(text, line_start, u.start) and (
                COLON_AFTER_RE.match(text, u.end, line_end)):
            out.add(i)  # "ابنا - بغداد: نشرت ...", "وكاله مهر للانباء - صنعاء: قال ...": the outlet, a dash, the place
        elif posts and any(0 < u.start - e <= REPORTER_REACH for e in posts) and REPORTER_RE.search(
                text, max(0, u.start - REPORTER_REACH - 12), u.start):
            out.add(i)
    for i, u in enumerate(units[:-1]):  # "واشنطن، اربيل - وكالات:": the places of a dateline's list
        if i in out or i + 1 not in out or units[i + 1].paragraph != u.paragraph:
            continue
        line_start = ends[u.paragraph - 1] + 1 if u.paragraph else 0
        if BLANK_RE.fullmatch(text, line_start, u.start) and LIST_GAP_RE.fullmatch(text, u.end, units[i + 1].start):
            out.add(i)
    return out
