"""Page names: a local news page or channel named after its village heads the article with that name.

Village pages and channels ("اخبار قفين اولا باول", "جيت الان - اخبار البلد", "فرعون وضواحيها - اخبار البلد",
"اخبار ابو غرق والنواحي") report what happens in their village and often name it only bare ("شهداء قفين", "اقتحام
جيت"), which a village of a few thousand people never is by itself. On the article's first line, a short one, a
name after a page word (اخبار، شبكه، صفحه) or before a page tail (الان، وضواحيها، ونواحيها، والنواحي، وقراها، اولا
باول) is the town the page is named after (a town of 2,000 or more, not a region's hamlet namesake: تهامه): it is
introduced as a head noun would introduce it (the unit's feature becomes a locality), and the later bare mentions
of the name follow it as they follow a headed one.
"""

from __future__ import annotations

import re

from ..literal_guard import guard
from .gazetteer import load_gazetteer
from .units import Unit, _replace

PAGE_BEFORE_RE = guard(r"(?:^|[\s\-–—|·•*])(?:اخبار|شبكه|صفحه)[ \t\u00a0]+$")  # "اخبار قفين": the page word
# "قفين اولا باول", "جيت الان -", "فرعون وضواحيها": a page tail, then the line's end or a separator
PAGE_AFTER_RE = guard(r"[ \t\u00a0]+(?:الان|وضواحيها|ونواحيها|والنواحي|وقراها|اولا باول)(?=[ \t\u00a0]*(?:$|[\-–—|·:]))")
LINE_END_RE = re.compile(r"[ \t\u00a0]*(?:$|[\-–—|·:])")  # after a page word's name: the line's end or a separator
TITLE_LINE = 60  # characters: a page's name is a short line
FEATURE = "locality"
MIN_RANK = 2  # a town of 2,000 people or more: what a page is named after (a hamlet's name is a region's elsewhere)


def page_names(text: str, units: list[Unit]) -> list[Unit]:
    """The units with the village a page is named after, on the article's first line, read as if headed."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    end = len(text) if end < 0 else end
    if end - first > TITLE_LINE:
        return units
    out, places = list(units), load_gazetteer().places
    for i, u in enumerate(units):
        if (u.start < first or u.end > end or u.feature is not None or u.head is not None or u.desc is not None
                or not any(places[k].kind == "locality" and places[k].rank >= MIN_RANK for k, _ in u.refs)):
            continue  # a page named after a region ("تهامه اولا باول") names no town of its own
        word = PAGE_BEFORE_RE.search(text, first, u.start) is not None
        tail = PAGE_AFTER_RE.match(text, u.end, end) is not None
        if (word and (tail or LINE_END_RE.match(text, u.end, end))) or (tail and not text[first:u.start].strip()):
            out[i] = _replace(u, feature=FEATURE)
    return out
