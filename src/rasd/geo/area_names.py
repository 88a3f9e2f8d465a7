"""Guards of the transliteration bridge after an area's or a district's head ("منطقه حنتوب", "قضاء حزرو").

translit.py looks a name up among the Latin-only rows after a town's head. An area's head (منطقه) and a district's
(قضاء) introduce names too, but also adjectives and common nouns ("منطقه خاليه", "منطقه العمليات"), so a name after
them must be spelled closely alike (AREA_CLOSENESS), with its velars and uvulars matching letter by letter (the
consonant skeleton folds ج خ غ ق ك into one k), and the row must lie in the admin unit the text puts the name in
("منطقه جربان بمديريه سنحان").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .gazetteer import load_gazetteer
from .refs import PlaceRef

# an area's or a district's head: the news name a village or a district by its town
AREA_HEADS = ("منطقه", "منطقتي", "قضاء")
# an area's head introduces common nouns as often as names ("منطقه العمليات", "منطقه يسود فيها"): the name after it
# must be spelled this alike (translit.closeness), not merely share the consonants
AREA_CLOSENESS = 0.85
# each Arabic velar or uvular and the letters that write it in a Latin name
AR_VELARS = {"ج": "j", "خ": "x", "غ": "g", "ق": "q", "ك": "k"}
LAT_VELARS = (("kh", "x"), ("gh", "gx"), ("dj", "j"), ("ch", "xkj"), ("j", "j"), ("g", "jgk"), ("q", "qk"),
              ("k", "kqg"), ("c", "jk"), ("x", "xk"))
LATIN_ARTICLE_RE = re.compile(r"\b(al|el|as|ash|at|ath|ad|adh|ar|az|an)[- ]")  # a Latin name's Arabic article (translit too)
UNIT_HEADS = frozenset({"قضاء", "محافظه", "مديريه", "ولايه", "ناحيه", "اقليم"})  # a bearing from a unit so named
CONTEXT_GAP = 4  # characters between a name and the admin unit that is its context ("X بمديريه Y", "X في قضاء Y")


def _ascii(name: str) -> str:
    """A Latin name lower-cased, without diacritics and anything but a-z and spaces."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if "a" <= c <= "z" or c == " ")


def velars_agree(arabic: str, latins: Sequence[str]) -> bool:
    """Whether the Arabic name's ج خ غ ق ك and those of one Latin name match one for one ('حنتوب' Hantub, 'الكباشي'
    El Kabbashi, 'غوتشلوكوناك' Gutshlukonak; not 'الجادريه' Al Khadhra'a, 'الخياله' Jil'ah)."""
    ar = [AR_VELARS[c] for c in arabic.removeprefix("ال") if c in AR_VELARS]
    for lat in latins:
        low = LATIN_ARTICLE_RE.sub("", _ascii(lat))
        opts: list[str] = []
        i = 0
        while i < len(low):
            hit = next(((d, o) for d, o in LAT_VELARS if low.startswith(d, i)), None)
            opts += [hit[1]] if hit else []
            i += len(hit[0]) if hit else 1
        if len(opts) == len(ar) and all(a in o for a, o in zip(ar, opts, strict=True)):
            return True
    return False


def context_holds(admin1: str, admin2: str, end: int, refs: Sequence[PlaceRef]) -> bool | None:
    """Whether the admin unit right after a name ending at end, its context, holds the row (admin1, admin2): True
    when it is the row's, False when it is another (Jirban in Hamdan is another village than 'منطقه جربان بمديريه
    سنحان'), None when no unit follows or either side lacks that level. The unit may be told by a bearing from it
    ('قريه شرانش شمال شرقي قضاء زاخو': a village of Zakho district, not Sernus in Erbil's Rawanduz)."""
    for r in refs:
        kind = _unit_kind(r)
        if end < r.start <= end + CONTEXT_GAP and kind is not None:
            theirs = (r.location.admin2 if kind == "admin2" else r.location.admin1) or ""
            ours = admin2 if kind == "admin2" else admin1
            return _ascii(theirs) == _ascii(ours) if theirs and ours else None
    return None


def _unit_kind(r: PlaceRef) -> str | None:
    """The admin level a ref names: its own ('قضاء زاخو'), or that of the unit a bearing is told from by its head
    noun ('شمال شرقي قضاء زاخو': a region whose id is the unit's with a '/northeast_of' side); None for a town, a
    region or a bearing from a feature ('منطقه امنون شمال بحيره طبريا': the lake is a district of the gazetteer)."""
    if r.kind in ("admin1", "admin2"):
        return r.kind
    base, _, side = r.location.id.partition("/")
    words = {w.replace("ة", "ه").lstrip("وبل") for w in r.location.text.split()}
    unit = load_gazetteer().get(base) if side.endswith("_of") and UNIT_HEADS & words else None
    return unit.kind if unit is not None and unit.kind in ("admin1", "admin2") else None
