"""A social-media page's name in a post's title: the outlet, not where the incident happened.

A Facebook or Telegram post copied with its page's title reads '<headline> | <page name>', and the page's name
stands again as the byline line over each post ('انفجار عبوه ... قرب X | اخبار ريف الرقه اولا' ... 'اخبار ريف
الرقه اولا'). A place word inside that name ('ريف الرقه') names the page's area, like an outlet named after its town,
and is no candidate scene, in the title and in the byline lines alike. A title tail that is a place and nothing else
('... | دير الزور', a site's section) or that no later line opens with (a section name) stays a place.
"""

from __future__ import annotations

from typing import Any

BAR = "|"
MARKS = " \t\"'«»()-–—·:📡🔴⬅️✅"  # what may stand around a byline's name on its line ('📡 رادار المحور — قناه ...')


def page_name(text: str, p: Any) -> bool:
    """p lies inside the page name after the title's '|', in the title or in a later line that opens with the
    name (the post's byline), and the name holds words besides p's ('اخبار ريف الرقه اولا', not 'دير الزور')."""
    title_end = text.find("\n")
    bar = text.rfind(BAR, 0, title_end) if title_end > 0 else -1
    name = text[bar + 1:title_end].strip(MARKS) if bar >= 0 else ""
    at = text.find(name, bar) if name else -1
    if at < 0 or (p.start <= at and at + len(name) <= p.end) or not _bylined(text, title_end, name):
        return False
    if at <= p.start and p.end <= at + len(name):
        return True
    line = text.rfind("\n", 0, p.start) + 1
    lead = line + len(text[line:p.start]) - len(text[line:p.start].lstrip(MARKS))
    return text.startswith(name, lead) and p.end <= lead + len(name)


def _bylined(text: str, title_end: int, name: str) -> bool:
    """A line after the title opens with the page's name (its marks stripped): the post's byline."""
    return any(ln.strip(MARKS).startswith(name) for ln in text[title_end + 1:].split("\n"))
