"""The article's own publisher among a sentence's relays: 'قالت مصادر محليه لـ"X"' in X's article is X's reporting.

An outlet that only received a vague speaker's words ('وصرح مصدر عسكري لسانا بان ... هاجمت') is the teller of the
incident it relays when nothing better names one (attribution.SourceReader); the article's own publisher, named
in the metadata before any bracket ('Swissinfo Arabic (Reuters relay)' keeps Reuters), is the reporter, not a source.
The metadata may name it otherwise than the sources.tsv row: in English with a word of kind the row's name leaves
out or adds ('Al-Ain Al-Ikhbariya' for the row 'Al Ain News'): the relay is the publisher when the row's name
without its trailing kind words lies in the metadata's English. A local outlet named in Arabic whose name holds a
known outlet's ('تعز الحدث' holds Al Arabiya's channel 'الحدث') is no name of that outlet where the text writes the
publisher's name over it ('وأوضح أحد الجيران لـ"تعز الحدث" أن ...'): such a match is no source at all.
"""

from __future__ import annotations

import re
from typing import Any

from .attribution_voice import RELAY_KINDS
from .matcher import Match
from .normalize import normalize_text
from .recognize import Recognized

# words of kind a row's English name may end with that the publisher's metadata leaves out ('Al Ain News')
KIND_WORDS = frozenset({"news", "agency", "tv", "channel", "network", "net", "online", "newspaper", "daily", "site",
                        "website", "arabic"})
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MIN_CORE = 3  # letters of a word the row's name must keep past 'al' to name an outlet ('Al Ain': 'ain')
# a name in English as the metadata gives it: capitalised words ('National Observatory for Human Rights in Syria')
ENGLISH_NAME = re.compile(r"^[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)+$")
MONITOR_REMARK = re.compile(r"\bmonitor\b", re.IGNORECASE)  # the metadata's remark on what the publisher is
MONITOR_NOUN = "Observatory"  # a monitor's kind word in its English name


def relayed(rec: Recognized, relays: list[str]) -> tuple[list[str], list[str]]:
    """'وصرح مصدر عسكري لسانا بان ...' in another outlet's article: the agency that received the words of a vague
    speaker is the only named teller, so it claims them; the article's own publisher ('قالت مصادر محليه لـ"X"' in X's
    article) is its reporter, not a source."""
    other = [r for r in relays if not _publisher(rec, r)]
    return (other, [r for r in relays if r not in other]) if other else ([], relays)


def _words(name: str) -> list[str]:
    """The lower-cased ASCII words of a name ('Al-Ain Al-Ikhbariya' -> al, ain, al, ikhbariya)."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).split()


def _publisher(rec: Recognized, relay: str) -> bool:
    """The relay `relay` is the article's publisher by the metadata's English name."""
    outlet = (rec.article.outlet or "").split("(")[0]
    words = f" {' '.join(_words(outlet))} "
    name = _words(relay)
    core = name[:]
    while core and core[-1] in KIND_WORDS:
        core.pop()  # 'Al Ain News' -> 'al ain'
    return f" {' '.join(name)} " in words or any(len(w) >= MIN_CORE for w in core if w != "al") and (
        f" {' '.join(core)} " in words)


def in_publisher_name(rec: Recognized, s: Match[Any]) -> bool:
    """The outlet name s lies inside the publisher's Arabic name as the text writes it ('الحدث' in 'لـ"تعز الحدث"'
    of the article whose metadata names 'تعز الحدث'); False when the metadata names it in another script."""
    if s.payload.kind not in RELAY_KINDS:
        return False
    outlet = (rec.article.outlet or "").split("(")[0]
    own = normalize_text(outlet).strip() if ARABIC_LETTER.search(outlet) else ""
    return bool(own) and len(own) > s.end - s.start and _covers(rec.nt.text, own, s.start, s.end)


def _covers(text: str, own: str, start: int, end: int) -> bool:
    """The publisher's Arabic name `own` is written over text[start:end] ('لـ"تعز الحدث"' over 'الحدث')."""
    at = text.find(own, max(0, end - len(own)), start + len(own))
    while 0 <= at <= start:
        if at + len(own) >= end:
            return True
        at = text.find(own, at + 1, start + len(own))
    return False


def own_monitor(outlet: str | None) -> str | None:
    """The monitor that publishes the article, named in English by the metadata ('National Observatory for Human
    Rights in Syria (invented SOHR-like monitor)', 'المرصد الفراتي لحقوق الإنسان (Furati Observatory for Human Rights;
    invented SOHR-like monitor)'): the source of what it tells in its own voice, as a national agency's dateline is;
    None for other publishers, a monitor relaying another's report, or one named in Arabic only."""
    if not outlet or "(" not in outlet:
        return None
    head, inner = outlet.split("(", 1)
    parts = [p.strip() for p in inner.rsplit(")", 1)[0].split(";")]
    if not MONITOR_REMARK.search(parts[-1]) or "relay" in parts[-1].lower():
        return None
    names = [n for n in (head.strip(), parts[0] if len(parts) > 1 else "") if ENGLISH_NAME.match(n)]
    return next((n for n in names if MONITOR_NOUN in n.split()), None)
