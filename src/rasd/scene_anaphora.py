"""Scene helper for a town named again by its head noun alone: 'علي الاطراف الغربيه للبلده', 'شرقي البلده', 'علي
اطراف الناحيه' refer back to the last town the article introduced with that head ('لبلده اللطامنه',
'قرب ناحيه الكرمه'), and for a place named by a pronoun ('في محيطه', 'علي اطرافها'): what the sentence named before
it ('يستهدف فيها الحقل، اذ سقطت ثلاثه صواريخ في محيطه')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .literal_guard import guard
from .recognize import Recognized
from .scene_labels import item_label

# the head, definite; not المدينه: 'في سماء المدينه', 'باتجاه المدينه' place the interceptions of Sudanese reports,
# which the gold does not code (5 dev docs of 4 sets gained a false event with it)
ANAPHOR_RE = re.compile(r"(?<![^\s\"'«(])[وف]?(?:ال|بال|لل)(بلده|بلد|ناحيه|قريه|حي)(?![^\s,.:;؛\"'»)])")
LIVE = frozenset({"الرصاص", "بالرصاص", "رصاص", "الذخيره", "بالذخيره", "ذخيره"})  # 'بالرصاص الحي': live fire
# a place's surroundings or edge given by a pronoun: 'في محيطه', 'علي اطرافها', 'بالقرب منه' (6 dev docs in 5 sets)
PRONOUN_RE = guard(r"(?<![^\s\"'«(])(?:[وف]?(?:في|علي|عند|من) )?(?:محيط|اطراف|داخل|قرب)(?:ه|ها)(?![^\s,.:;؛\"'»)])"
                        r"|بالقرب (?:منه|منها)(?![^\s,.:;؛\"'»)])")
NOT_ANAPHOR = ("القديمه", "الصناعيه")  # 'البلده القديمه': a quarter, not the town named before
PROCLITICS = ("و", "ف", "ب", "ل")
OTHER_HEADS = frozenset({"مدينه", "بلده", "قريه", "ناحيه", "مخيم", "حي", "مستوطنه", "مستعمره", "قضاء", "مديريه"})


def anaphoric_town(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The town a bare head noun in [lo, hi) refers back to: the last place before it introduced by that head, else
    the only town the article named before it."""
    text = rec.nt.text
    for m in ANAPHOR_RE.finditer(text, lo, hi):
        after = text[m.end():m.end() + 12].split()[:1]
        if after and after[0].strip(".,:;؛\"'»)") in NOT_ANAPHOR:
            continue
        head = m.group(1)
        if head == "حي" and text[max(0, m.start() - 12):m.start()].split()[-1:] and text[
                max(0, m.start() - 12):m.start()].split()[-1] in LIVE:
            continue
        towns = [p for p in rec.places if p.end <= m.start() and p.kind == "locality"
                 and p.location.flagged != "context"]
        unknown = _unknown_intro(rec, head, m.start())
        towns = [p for p in towns if p.start >= unknown]
        sent = rec.sentence_at(m.start())
        own = [p for p in towns if sent is not None and p.start >= sent.start and (head in _heads_of(
            text[p.start:p.end]) or not OTHER_HEADS & set(_heads_of(text[p.start:p.end])))]
        if own:  # 'تتحول فيها المحيميده ...; ففي ... علي نقطه لها في البلده نفسها': the town its own sentence names
            return own[-1:]
        if towns and item_label(text, text.rfind("\n", 0, towns[-1].start) + 1, towns[-1]):
            return towns[-1:]  # '③ X (ريف الرقه الغربي) - الاربعاء\nقتل راعيا ... جنوب القريه': the item's own label
        before = [p for p in towns if head in _heads_of(text[p.start:p.end])]
        if before:
            return before[-1:]
        if head == "حي" and towns:  # 'المحيطه بالحي' after 'مختار حي بابا عمرو بمدينه حمص', a quarter the
            return _quarter_town(rec, m.start()) or towns[-1:]  # gazetteer lacks: the town that holds it
        if unknown:
            return []  # 'قريه X' ... 'اطراف القريه': X, which the gazetteer lacks
        if towns and len({p.location.id for p in towns}) == 1 and not any(
                w in OTHER_HEADS for p in towns for w in _heads_of(text[p.start:p.end])):
            return towns[-1:]  # 'بمحجه في ريف درعا' ... 'عند المدخل الشرقي للبلده': the article's only town
    return []


# a town introduced by its head and a name ('في قريه X', 'ببلده X'): when the gazetteer lacks X, a later 'القريه'
# stands for X, never for a town named before it nor a page's header town ('اخبار تل تمر' ... 'في قريه X.. وقصف
# علي القريه'); not an adjective or a preposition after the head ('قريه مجاوره', 'قريه في ريف ...')
INTRO_RE = guard(r"(?<![^\s\"'«(])[وف]?[بل]?(بلده|ناحيه|قريه) (?=\"?[^\s\"]{2})")
NOT_NAMES = frozenset({"في", "من", "علي", "قرب", "عند", "مجاوره", "قريبه", "اخري", "واحده", "صغيره", "ناييه",
                       "حدوديه", "زراعيه", "تابعه", "تقع", "تبعد", "يبلغ", "يقطنها", "جنوب", "شمال", "شرق",
                       "غرب", "جنوبي", "شمالي", "شرقي", "غربي"})


def _unknown_intro(rec: Recognized, head: str, pos: int) -> int:
    """Where the last town introduced before pos by this head and a name the gazetteer lacks ends (0 if none): the
    towns named before it are not what 'ال<head>' stands for."""
    text = rec.nt.text
    for m in reversed([m for m in INTRO_RE.finditer(text, 0, pos) if m.group(1) == head]):
        name = text[m.end():m.end() + 20].split()[:1]
        if not name or name[0].strip('"') in NOT_NAMES:
            continue
        if any(p.start <= m.end() + 1 and p.end > m.end() for p in rec.places):
            return 0  # a town the gazetteer knows: the usual lookup finds it
        return m.end()
    return 0


QUARTER_RE = re.compile(r"(?<![^\s\"'«(])[وفبل]?(?:حي|احياء) ")
CONTAINER_GAP = 30  # characters from 'حي' to its container's phrase: 'حي بابا عمرو بمدينه حمص'


def _quarter_town(rec: Recognized, pos: int) -> list[Any]:
    """The town that holds the last quarter named before pos by 'حي X' when the gazetteer lacks X: the locality
    phrase right after the quarter's name ('حي بابا عمرو بمدينه حمص', 'حي X في مدينه Y')."""
    text = rec.nt.text
    for q in reversed(list(QUARTER_RE.finditer(text, 0, pos))):
        if any(p.start <= q.start() < p.end or p.start == q.end() for p in rec.places):
            return []  # a quarter the gazetteer knows (anaphoric_town found it) or 'حي' inside a name
        towns = [p for p in rec.places if q.end() < p.start <= q.end() + CONTAINER_GAP and p.end <= pos
                 and p.kind == "locality" and p.location.flagged != "context"]
        return towns[:1]
    return []


# a town told only by its head noun in a page that names it in a photo caption or a hashtag ('رمت قنبله علي سوق
# البلده' ... '📷 اثار القنبله في سوق #حيفان'; 'وسط المدينه' ... '#الخوخه'; 'اطراف المديريه' ... '#العبديه': 7 dev
# docs of 7 sets): any head, المدينه and المديريه too, since the caption, not the text around, names the town
TAG_ANAPHOR_RE = guard(r"(?<![^\s\"'«(])[وف]?(?:ال|بال|لل)(بلده|ناحيه|قريه|مدينه|مديريه)(?![^\s,.:;؛\"'»)])")
CAPTIONS = ("📷", "[صوره]", "صوره:")  # how a line that captions a photo opens
TAG_KINDS = {"بلده": ("locality",), "قريه": ("locality",), "مدينه": ("locality",), "ناحيه": ("locality", "admin2"),
             "مديريه": ("admin2", "locality")}


def tagged_town(rec: Recognized, lo: int, hi: int) -> list[Any]:
    """The town a bare head noun in [lo, hi) stands for when the article names no town before it: the first one of
    that kind a photo caption or a hashtag names ('📷 اثار القنبله في سوق #حيفان', '#برجا #الشوف')."""
    text = rec.nt.text
    for m in TAG_ANAPHOR_RE.finditer(text, lo, hi):
        after = text[m.end():m.end() + 12].split()[:1]
        if after and after[0].strip(".,:;؛\"'»)") in NOT_ANAPHOR:
            continue
        if any(p.end <= m.start() and p.kind == "locality" and p.location.flagged != "context" for p in rec.places):
            return []  # a town the text named before is the one meant (anaphoric_town)
        if _told_in_sentence(rec, m.start()):
            return []  # 'قصف تركز بالمناجير في ريف راس العين, اذ تعرضت البلده ...': the body's place, not a tag
        kinds = TAG_KINDS[m.group(1)]
        got = [p for p in rec.places if p.kind in kinds and p.location.flagged != "context" and _tagged(text, p)]
        for kind in kinds:
            firsts = [p for p in got if p.kind == kind]
            if firsts:
                return firsts[:1]
    return []


TAG_CLOSE_KINDS = ("locality", "site", "admin2")  # a closing tag's place: a town, a site or a district, not '#اليمن'


def closing_tag(rec: Recognized, lo: int, hi: int, candidate: Callable[[Any], bool]) -> list[Any]:
    """The place of the one hashtag that closes the paragraph of [lo, hi) after its last sentence ('📍 وقبلها بساعه,
    غاره ... وانجرح اثنين. #X'), as a tag inside the sentence already is: only when the paragraph names no place in
    running text. A row of tags ('#X #Y #Z') lists the page's topics, campaigns and regions, not one scene."""
    text = rec.nt.text
    sent = rec.sentence_at(lo)
    if sent is None or hi > sent.end:
        return []
    start = text.rfind("\n", 0, sent.start) + 1
    end = text.find("\n", sent.end)
    end = len(text) if end < 0 else end
    tail = text[sent.end:end].split()
    if len(tail) != 1 or not tail[0].startswith("#"):
        return []  # not the paragraph's last sentence, or a row of tags: a topic list ('#كوجو #شنكال')
    tags = [p for p in rec.near("places", sent.end, end) if sent.end <= p.start and p.end <= end]
    if any(start <= p.start and p.end <= sent.end and not _tagged(text, p) and candidate(p)
           for p in rec.near("places", start, sent.end)):
        return []  # the paragraph names its place in running text
    first = next((p for p in tags if text[p.start - 1:p.start] == "#" and p.kind in TAG_CLOSE_KINDS
                  and p.location.geo_precision <= 2 and candidate(p)), None)
    return [first] if first is not None else []


def _told_in_sentence(rec: Recognized, pos: int) -> bool:
    """The sentence of a bare head noun at pos names a place before it in running text (a region, a district, a
    countryside: the container of a town the gazetteer lacks), so a closing hashtag line does not stand for it."""
    sent = rec.sentence_at(pos)
    return sent is not None and any(sent.start <= p.start and p.end <= pos and p.location.flagged != "context"
                                    and not _tagged(rec.nt.text, p) for p in rec.places)


def _tagged(text: str, p: Any) -> bool:
    """A place named by a hashtag ('#الخوخه', 'مديريه #الخوخه') or in a line that captions a photo."""
    line = text.rfind("\n", 0, p.start) + 1
    return "#" in text[max(line, p.start - 1):p.end] or text[line:p.start].lstrip().startswith(CAPTIONS)


def _heads_of(phrase: str) -> list[str]:
    """The first words of a place phrase without their proclitics ('قرب ناحيه الكرمه' -> 'قرب', 'ناحيه')."""
    out = []
    for word in phrase.split(" ")[:2]:
        while len(word) > 4 and word.startswith(PROCLITICS):
            word = word[1:]
        out.append(word)
    return out


def pronoun_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where to look for what a pronoun place in [lo, hi) ('في محيطه', 'علي اطرافها') stands for: its sentence before it."""
    m = PRONOUN_RE.search(text, lo, hi)
    if m is None:
        return None
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    return (start, m.start()) if start < m.start() else None


# the spellings of one site noun: 'مصفاه بيجي' ... 'المصفي ذاته' (a refinery written with ta marbuta or alef maqsura)
SAME_NOUN = {"مصفاه": frozenset({"مصفاه", "مصفي"}), "مصفي": frozenset({"مصفاه", "مصفي"})}
# sites the news name by the town they serve ('مصفاه بيجي', 'مطار الموصل', 'حقل الرميلان'); not a base, a post, an
# area or a place ('القاعده', 'الموقع', 'المنطقه', 'المكان'), whose town only says where the unnamed site lies
TOWN_NAMED = frozenset({"مصفاه", "مصفي", "مطار", "حقل"})


def headed_by(text: str, places: list[Any], noun: str) -> list[Any]:
    """The places whose phrase starts with this head noun ('حقل طق طق النفطي' for 'الحقل'), else those right after it,
    one name and 'في'/'ب' at most between ('مصفاه بيجي', 'مصفي الصمود في بيجي' for 'المصفي ذاته')."""
    nouns = SAME_NOUN.get(noun, frozenset({noun}))
    own = [p for p in places if nouns & set(_heads_of(text[p.start:p.end]))]
    if own or noun not in TOWN_NAMED:
        return own
    ends = [0, *(p.end for p in places)]
    return [p for p, end in zip(places, ends, strict=False)
            if p.kind in ("locality", "site") and _named_after(text[end:p.start], nouns)]


def _named_after(gap: str, nouns: frozenset[str]) -> bool:
    """Whether the gap before a place phrase (from the place before it) ends in one of these head nouns, one name and
    'في'/'ب' at most after it, in the same clause ('مصفاه بيجي', 'مصفي الصمود في بيجي')."""
    words = gap[max(gap.rfind(c) for c in ",.:;؛\n") + 1:].split()
    if words[-1:] == ["في"]:
        words = words[:-1]
    return any(_bare_noun(w) in nouns for w in words[-2:])


def _bare_noun(word: str) -> str:
    """A word without its proclitics and article ('بمصفاه' -> 'مصفاه', 'للمطار' -> 'مطار')."""
    word = word.strip('"«»()')
    for lead in ("لل", "بال", "وال", "فال", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(lead) and len(word) - len(lead) >= 3:
            return word[len(lead):]
    return word
