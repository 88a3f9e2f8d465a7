"""Frame speech: who speaks about an incident told elsewhere (a spokesman's title, an expert's opinion)."""

from __future__ import annotations

import re

from .frame_opinion import within_opinion
from .frame_period import own_day
from .matcher import Match
from .recognize import Recognized
from .resources import Entry
from .role_words import prev_word, words_between

ON_BEHALF = "باسم"  # 'الناطق باسم X', 'المتحدث الرسمي باسم X': the spokesman of X
TITLE_WORDS = 2  # 'المتحدث', 'الناطق الرسمي': the title before 'باسم'


def speaker_words(text: str, a: int, b: int) -> int:
    """'وصف الناطق باسم القايد العام للقوات المسلحه الضربه': the words of a spokesman's title and its 'باسم' right
    after a statement verb (at a), which do not count in the verb's window to its object (0 when there is none)."""
    ws = text[a:b].split()
    at = next((i for i, w in enumerate(ws[:TITLE_WORDS + 1]) if w == ON_BEHALF), None)
    return 0 if at is None or at == 0 else at + 1


EXPERT_WORDS = 14  # 'الخبير الامني العميد المتقاعد X Y Z ل"اصوات العراق" ان': field, rank, name and outlet, then 'ان'
THAT = frozenset({"ان", "بان"})
WORD = re.compile(r'[^\s"]+')  # a word, the quotation marks apart ('ل"اصوات العراق" ان')
SAYING = ("attribution", "reference")  # 'يقول/قال/اكد' (attribution cues) and 'يري/يعتقد' (the opinion cue)


def expert_opinion(rec: Recognized, clause: tuple[int, int], trig: Match[Entry]) -> bool:
    """'ويري الباحث في الشوون العراقيه X, في حديث ل"Y", ان الضربه ...', 'ويقول الخبير الامني X ل"Y" ان "الضربه
    الامريكيه نقلت الاشتباك ...': a trigger noun right after the 'ان' of an expert, analyst or observer who says or
    holds an opinion, or a definite one inside the quotation that opens there, is an incident his opinion is about,
    told elsewhere; a quote that tells a day or a toll of its own after the trigger reports a fresh incident. An
    attack word deeper in the view (a verb too) is read by `frame_opinion.within_opinion`."""
    noun = trig.payload.get("pos") == "noun"
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return False
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    for e in rec.cues_of("expert", sent.start, at):
        that = _that(text, e.end, at)
        if that is None or not _says(rec, sent.start, e) or any(
                t.end <= that for t in rec.near("triggers", e.end, that)):
            continue
        after = text[that:at].split()
        if noun and (not after or after[0].startswith('"') and _definite(trig) and '"' not in text[that:at].lstrip()[1:]):
            return not _fresh(rec, trig, clause[1])  # right after the 'ان', or the quotation that opens there
        return within_opinion(rec, that, trig, clause[1])
    return False


def _that(text: str, a: int, b: int) -> int | None:
    """Where the holder's first 'ان' ends, at most EXPERT_WORDS words after a and before b, or None."""
    for n, m in enumerate(WORD.finditer(text, a, b)):
        if n >= EXPERT_WORDS:
            return None
        if m.group() in THAT:
            return m.end()
    return None


def _definite(trig: Match[Entry]) -> bool:
    """'الاشتباك', 'الضربه الامريكيه': an attack noun with the article, the incident told before."""
    return trig.prefix.endswith("ال") or trig.key.startswith("ال")


def _says(rec: Recognized, floor: int, e: Match[Entry]) -> bool:
    """A verb of saying or of opinion right before the expert noun ('ويقول الخبير', 'يري الباحث')."""
    text = rec.nt.text
    at = e.start - len(e.prefix)
    return any(c.end <= at and not text[c.end:at].strip() and (c.payload.kind == "attribution"
                                                               or c.payload.id == "opinion")
               for kind in SAYING for c in rec.cues_of(kind, floor, at))


def _fresh(rec: Recognized, trig: Match[Entry], end: int) -> bool:
    """A day or a casualty told in the clause after the trigger: the quote reports an incident of its own."""
    return own_day(rec, trig.end, end) or any(rec.cues_of(kind, trig.end, end) for kind in ("killed", "injured"))


AS = frozenset({"بانها", "بانه", "بانهم", "بانهما"})
DESCRIBED_WORDS = 12  # 'وصف الناطق باسم القايد العام للقوات المسلحه الضربه بانها': the speaker, the object, 'بانها'


def described(rec: Recognized, trig: Match[Entry]) -> bool:
    """'وصف الناطق باسم X الضربه بانها "اعتداء سافر ..."', 'ما وصفه ب"الاعتداء السافر"': the words a statement
    describes its object with are no incident of their own."""
    sent = rec.sentence_at(trig.start)
    if sent is None:
        return False
    text = rec.nt.text
    at = trig.start - len(trig.prefix)
    as_ = prev_word(text, at) in AS
    return any(c.key.startswith("وصف") and (
        as_ and words_between(text, c.end, at) <= DESCRIBED_WORDS
        or trig.prefix.startswith("ب") and not text[c.end:at].strip(' "')) for c in rec.cues_of("statement", sent.start, at))


ACCUSE = ("اتهم", "تتهم", "يتهم")  # 'اتهمت X Y باستهداف ...': the accusation's verb
ACCUSED_WORDS = 8  # 'واتهمت في بيان الجيش ب': the accuser, the accused and 'ب' before the trigger


def accused_incident(rec: Recognized, clause: tuple[int, int], cue: Match[Entry], trig: Match[Entry]) -> bool:
    """'واتهمت X الجيش باستهداف سوق في مدينه Y بطايره مسيره فجر الاربعاء': an accusation whose 'ب' names an attack
    with a day of its own after it tells the incident, not a statement about one told elsewhere."""
    if not cue.key.startswith(ACCUSE) or not (trig.prefix + trig.key).startswith("ب") or cue.end > trig.start:
        return False
    return words_between(rec.nt.text, cue.end, trig.start) <= ACCUSED_WORDS and own_day(rec, trig.end, clause[1])
