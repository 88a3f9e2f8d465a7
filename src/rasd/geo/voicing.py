"""Voicing guard of the transliteration bridge's farthest reach (translit.py).

The consonant skeleton folds the voiced and voiceless stops and sibilants into one letter (د and ت are both t, ز
and س both s), so a village absent from a country's sparse town list (TOWN_LISTS: the Sahel, the Horn) finds a
town elsewhere in the country spelled with the other letter: "بلده سيتينغا" is no Zitenga, "بلده كوتوغو" no
Koudougou, "مدينه تيرا" no Dire, "بلده كونا" no Djenne (Jene). Taken however far it lies, such a town must write
the name's stops and sibilants with the same voicing, one for one: t/d, s/z and the velars k/g (Latin c, kh and x,
which write ع, خ or ح as often as a velar, are left out on both sides, as are ش and خ).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .area_names import LATIN_ARTICLE_RE

# each Arabic stop or sibilant and its voicing: t/d, s/z, k/g
AR_VOICED = {"ت": "t", "ط": "T", "ث": "t", "د": "d", "ض": "d", "ذ": "d", "ظ": "T", "س": "s", "ص": "s", "ز": "z",
             "ك": "k", "ق": "k", "ج": "g", "غ": "g"}
# the letters that write either voicing: ط and ظ (T) write the Somali dh too (طوبلي Dhobley), and the Latin dh (D)
# writes ذ, ض, ظ or the Somali retroflex the news spell ط or د
EITHER = {"T": "tdD", "D": "tdT"}
# the Latin letters that write them, digraphs first: sh and ch write ش, kh خ, th ث, dh ذ and the Somali ظ, dj and
# gh ج and غ; c and x are left out (the Somali c is ع, x ح)
LAT_VOICED = (("sh", ""), ("ch", ""), ("kh", ""), ("th", "t"), ("dh", "D"), ("dj", "g"), ("gh", "g"), ("t", "t"),
              ("d", "d"), ("s", "s"), ("z", "z"), ("k", "k"), ("q", "k"), ("g", "g"), ("j", "g"), ("c", ""),
              ("x", ""))


def _letters(name: str) -> str:
    """A Latin name lower-cased, without diacritics, its Arabic article and anything but a-z."""
    low = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if "a" <= c <= "z" or c == " ")
    return LATIN_ARTICLE_RE.sub("", low).replace(" ", "")


def _latin_voicing(name: str) -> str:
    """The stops and sibilants of a Latin name, each as t, d, s, z, k or g, doubled letters once ('Koudougou' ->
    'kdg')."""
    low, i = _letters(name), 0
    out: list[str] = []
    while i < len(low):
        hit = next(((d, v) for d, v in LAT_VOICED if low.startswith(d, i)), None)
        if hit is None:
            i += 1
            continue
        if hit[1] and not (out and out[-1] == hit[1] and low[i - 1:i] == low[i]):
            out.append(hit[1])
        i += len(hit[0])
    return "".join(out)


def voicing_agrees(arabic: str, latins: Sequence[str]) -> bool:
    """Whether one of the Latin names writes the Arabic name's stops and sibilants with their voicing, one for one:
    'سيتينغا' is not Zitenga, 'بورزنغا' is Bourzanga."""
    ar = "".join(AR_VOICED.get(c, "") for c in arabic.removeprefix("ال"))
    return any(_alike(ar, _latin_voicing(lat)) for lat in latins)


def _alike(ar: str, lat: str) -> bool:
    """Whether two voicing strings agree letter by letter (EITHER's letters match both voicings)."""
    return len(ar) == len(lat) and all(a == b or b in EITHER.get(a, "") or a in EITHER.get(b, "")
                                       for a, b in zip(ar, lat, strict=True))
