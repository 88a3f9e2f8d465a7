"""Guards on a short or one-word name before it is taken as a place: the word in front and the word after.

A one-word name right after a bare ب that 'الله' follows is a formula's noun ('بحمد الله'); a short name of small
villages counts only where a town's head noun introduces it and the name ends its phrase ('قريه دبل,'); an adjective
reading needs a locative word or a head noun in front.
"""

from __future__ import annotations

from ..matcher import Match
from .heads import heads
from .name_ends import closes_name
from .units import Payload

LOCATIVE_WORDS = frozenset({"في", "من", "الي", "علي", "نحو", "باتجاه", "داخل", "حول", "عند", "بين", "ضمن",
                            "قرب", "مدخل", "سماء", "اجواء", "فوق"})  # فوق: "مسيرات فوق كسلا"
BARE_B = frozenset({"ب", "وب", "فب"})
GENITIVES = frozenset({"الله"})  # 'بحمد الله', 'بفضل الله': after a noun, never a town (not 'ان': 'مصدر بحلب ان')


def construct_formula(text: str, key: str, end: int) -> bool:
    """A one-word name without the article, right after a bare ب, that 'الله' follows ('بحمد الله', 'بعون الله'):
    the noun of a formula in construct with the divine name, no town (Hamad Town)."""
    if " " in key or key.startswith("ال") or text[end:end + 1] != " ":
        return False
    return any(w.rstrip(".,:;!?\"'") in GENITIVES for w in text[end + 1:end + 8].split()[:1])


INTRO_FEATURES = frozenset({"locality", "neighbourhood", "city", "camp", "settlement", "admin1", "admin2", "admin3",
                            "area"})  # the heads of a town or an area: what follows them is a name, not an adjective


def introducer(text: str, start: int) -> bool:
    """The word before start is a locative preposition or a town's head noun, proclitics aside ("علي", "لبلده")."""
    k = text.rfind(" ", 0, start - 1) + 1
    word = text[k:start].strip()
    for w in (word, word[1:], word[2:]):
        if w in LOCATIVE_WORDS:
            return True
        h = heads().get(w)
        if h is not None and h.role == "head" and h.feature in INTRO_FEATURES:
            return True
    return False


TOWN_FEATURES = frozenset({"locality", "city", "admin3", "admin2", "camp", "area"})  # بلده, ناحيه, منطقه ..
# the word after a name that ends its phrase (ضمن, بين: 'منطقه X ضمن باديه Y', 'قريه X بين A وB': the area or the
# towns that locate it; a participle of place: 'منطقه X الواقعه شرقي قضاء Y', 'بلده X التابعه لمحافظه Y')
NAME_ENDS = frozenset({"في", "من", "علي", "الي", "قرب", "ضمن", "بين", "عند", "داخل", "شمال", "جنوب", "شرق", "غرب",
                       "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "التابعه", "ب", "و",
                       "التابع", "الواقعه", "الواقع", "القريبه", "القريب", "المجاوره", "المحاذيه", "المتاخمه"})


def town_named(text: str, start: int, end: int) -> bool:
    """A short name of small villages only ('جبه', 'دبل') that a town's head noun introduces and that ends its phrase
    ('ناحيه جبه غربي الانبار', 'قريه دبل,'): the whole name of the town, not the first word of a longer one the
    gazetteer lacks ('بلده ابو X')."""
    k = text.rfind(" ", 0, start - 1) + 1
    word = text[k:start].strip()
    h = heads().get(word[1:] if word[:1] in "وفبل" and word[1:] in heads() else word)
    if h is None or h.role != "head" or h.number != "sg" or h.feature not in TOWN_FEATURES:
        return False
    after = text[end:end + 20]
    if not after or after[0] in ",.:;؛\n)»\"'":
        return True
    nxt = after.split()[:1]
    return after[0] == " " and bool(nxt) and ((w := nxt[0].strip(",.:;؛")) in NAME_ENDS or closes_name(w))


def named_shorts(text: str, hits: list[Match[Payload]]) -> frozenset[str]:
    """The short names a town's head noun introduces somewhere in the text ('قريه الهري'): villages of the article."""
    return frozenset(k for s, e, k, (tag, _), pre in hits if tag == "short" and not pre and town_named(text, s, e))
