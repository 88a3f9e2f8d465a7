"""Page names: a local news page or channel named after its village heads the article with that name.

Village pages and channels ("اخبار قفين اولا باول", "جيت الان - اخبار البلد", "فرعون وضواحيها - اخبار البلد",
"اخبار ابو غرق والنواحي") report what happens in their village and often name it only bare ("شهداء قفين", "اقتحام
جيت"), which a village of a few thousand people never is by itself. On the article's first line, a short one, a
name after a page word (اخبار، شبكه، صفحه) or before a page tail (الان، وضواحيها، ونواحيها، والنواحي، وقراها، اولا
باول, or a dash before اخبار البلد: "المعيشيه - اخبار البلد") is the town the page is named after (any town, however
small, "اخبار الغرانيج اولا باول" with its article; a stop word, "اخبار البلد", never is): it is
introduced as a head noun would introduce it (the unit's feature becomes a locality), and the later bare mentions
of the name follow it as they follow a headed one.
"""

from __future__ import annotations

import re

from ..literal_guard import guard
from .gazetteer import load_gazetteer
from .stopwords import common_words, stopwords
from .units import Unit, _replace

PAGE_BEFORE_RE = guard(r"(?:^|[\s\-–—|·•*])(?:اخبار|شبكه|صفحه)[ \t\u00a0]+(?:ال)?$")  # "اخبار قفين": the page word
# "قفين اولا باول", "جيت الان -", "فرعون وضواحيها": a page tail, then the line's end or a separator
PAGE_AFTER_RE = guard(r"[ \t\u00a0]+(?:الان|وضواحيها|ونواحيها|والنواحي|وقراها|اولا باول|(?=[\-–—|][ \t\u00a0]*اخبار البلد))(?=[ \t\u00a0]*(?:$|[\-–—|·:]))")
LINE_END_RE = re.compile(r"[ \t\u00a0]*(?:$|[\-–—|·:])")  # after a page word's name: the line's end or a separator
TITLE_LINE = 60  # characters: a page's name is a short line
FEATURE = "locality"
MIN_RANK = 0  # any town the gazetteer knows: a village page is named after its village, however small


def page_names(text: str, units: list[Unit]) -> list[Unit]:
    """The units with the village a page is named after, on the article's first line, read as if headed."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    end = len(text) if end < 0 else end
    if end - first > TITLE_LINE:
        return units
    out, places, stop = list(units), load_gazetteer().places, stopwords() | common_words()
    for i, u in enumerate(units):
        if (u.start < first or u.end > end or u.feature is not None or u.head is not None or u.desc is not None
                or u.key in stop or not any(places[k].kind == "locality" and places[k].rank >= MIN_RANK for k, _ in u.refs)):
            continue  # a page named after a region ("تهامه اولا باول") names no town of its own
        word = PAGE_BEFORE_RE.search(text, first, u.start) is not None
        tail = PAGE_AFTER_RE.match(text, u.end, end) is not None
        if (word and (tail or LINE_END_RE.match(text, u.end, end))) or (tail and text[first:u.start].strip() in ("", "ال")):
            out[i] = _replace(u, feature=FEATURE)
    return out
