"""A name's first sound: an Arabic name opening with ع or alif opens its Latin name with a vowel or an apostrophe.

A transliteration that misses the onset ('العكيرشي', 'akayrishi', against Giris: the same consonants k-r-s, a
consonant where the Arabic has a vowel) is another name unless the rest of the spelling is close: a town's head
noun ('قريه العكيرشي') is read on a Latin-only row with a missed onset only at TOWN_ONSET_FLOOR or closer (an
area's head already asks for AREA_CLOSENESS).
"""

from __future__ import annotations

import unicodedata

from .area_names import LATIN_ARTICLE_RE

VOWEL_ONSETS = frozenset("عا")  # an Arabic name opening so opens its Latin name with a vowel or an apostrophe
ONSET_MISS = 0.2  # a spelling's closeness lost when it does not
TOWN_ONSET_FLOOR = 0.70  # the closeness (ONSET_MISS deducted) a row of consonant onsets needs after a town's head
AYN_APOSTROPHES = "'`ʿʼ‘’"  # the marks romanizations open a name with for ع or hamza


def opens_with_vowel(latin: str) -> bool:
    """A Latin name whose first letter after the article is a vowel or an apostrophe ('Aqqaba, `Attan)."""
    s = LATIN_ARTICLE_RE.sub("", unicodedata.normalize("NFKD", latin.lower()).lstrip(AYN_APOSTROPHES + " "))
    return latin.lstrip()[:1] in AYN_APOSTROPHES or s[:1] in "aeiou"


def vowel_onset(arabic: str) -> bool:
    """A normalized Arabic name that opens, after its article, with ع or alif ('العكيرشي', 'اعزاز')."""
    return arabic.removeprefix("ال")[:1] in VOWEL_ONSETS


def onset_held(arabic: str, latins: tuple[str, ...], score: float) -> bool:
    """Whether a Latin-only row may stand for the Arabic name: not when the Arabic opens with a vowel, every Latin
    name with a consonant, and the spelling's closeness (score, ONSET_MISS deducted) is below TOWN_ONSET_FLOOR."""
    missed = vowel_onset(arabic) and not any(opens_with_vowel(lat) for lat in latins)
    return not missed or score >= TOWN_ONSET_FLOOR
