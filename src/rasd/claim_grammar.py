"""Claim grammar: the small words that tie a count to its casualty word or set it apart, and their tests.

A part list ('بينهم ثلاثه اطفال') names part of a toll, not the toll; an age ('طفل (9 اعوام)') is no
word between a count and its noun; a one or two after its own noun ('ومتعاقدين اثنين', 'وأحد مرافقيه')
is one more victim, but not after a time or cause word ('الي 5 بعد وفاه اثنين': the two are of the five).
"""

from __future__ import annotations

from typing import Any

from .literal_guard import guard

CASUALTY_FIELDS = {"killed": "fatalities", "injured": "injured"}
PART_OF = frozenset({"بين", "وبين"})  # 'من بين الضحايا رجل وطفلته' lists part of a toll after its casualty word
SUBSET_WORDS = frozenset({"بينهم", "منهم", "بينها", "بينهما", "منهما", "هم", "وهم", "هما", "وهما", "اغلبهم", "معظمهم",
                          "وبينهم", "ومنهم", "وبينهما", "ومنهما"})  # 'بينهم 3 اطفال' lists part of a toll
AGE_PAREN = guard(r"\s*\(\s*\d+\s+(?:عاما|عام|اعوام|سنه|سنوات)\s*\)\s*")  # 'طفل (9 اعوام) اصيب': an age, no gap
AGE_PHRASE = guard(r"\sفي\s+\S+(?:\s+\S+)?\s+من\s+(?:عمره|عمرها|العمر)(?=\s|$)")  # 'في الحاديه عشره من عمره'
ADJACENT_ONLY = frozenset({"اخر"})  # counts one right after a casualty word only: 'مقتل جندي واصابه اخر'
POST_NOMINAL = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان", "واحد", "واحدا", "واحده"})
# a time or cause word between two counts: the later one tells how the earlier came about ('ارتفاع عدد الشهداء الي
# خمسه بعد وفاه اثنين من المصابين' = 5), it is no count coordinated to it ('وفاه' only looks like 'و' + a noun)
TIME_LINKS = frozenset({"بعد", "قبل", "اثر", "عقب", "جراء", "بسبب"})
# verbal nouns of seizing people: a one or two after 'و' + one of them is seized, not killed ('مقتل ثلاثه من المهاجمين
# واسر اثنين' = 3, 'مقتل قيادي واعتقال اثنين من مرافقيه' = 1)
SEIZED = frozenset({"اسر", "اعتقال", "توقيف", "احتجاز", "خطف", "اختطاف", "ضبط"})
# words between a victim and 'و' + a kin or companion noun whose pronoun points back at him ('قتل قيادي بارز في فصيل
# "كتايب حزب الله" ومرافقه' = 2): the pronoun ties the two across a longer description than a bare count's
KIN_REACH = 6
ONE_OF = frozenset({"واحد", "واحده"})  # 'وأحد' folds to 'واحد': 'and one of ...' before a possessed or definite noun
POSSESSIVE = ("ه", "ها", "هم", "هما")


def after_noun(text: str, cue_end: int, q: Any) -> int:
    """1 when q is a one or two that follows its own noun ('حيد جهاز الاستخبارات قياديين اثنين'): the noun is part of
    the count, not a word between it and the casualty word."""
    return int(q.text in POST_NOMINAL and bool(text[cue_end:q.start].split()))


def without_parts(gap: str) -> str:
    """Text between a count and its casualty word without a part list: 'سته مدنيين, بينهم اربعه اطفال, قتلوا'."""
    parts = gap.split(",")
    kept = [p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and p.split()[:1]
                                                   and p.split()[0] in SUBSET_WORDS)]
    return " ".join(kept) if len(kept) < len(parts) else gap


def one_of(text: str, a: Any, b: Any) -> bool:
    """Count b is 'وأحد مرافقيه' / 'وأحد المسلحين' after a ('استشهاد القايد الساعدي وأحد مرافقيه' = 2), not the
    adjective 'واحد' of a's noun ('جندي واحد الاسبوع الماضي', 'عايله واحده بينهم طفله')."""
    if b.text not in ONE_OF:
        return False
    nxt = [w.strip('".,:;؛()') for w in text[b.end:b.end + 30].split()[:1]]
    if not nxt:
        return False
    return (nxt[0].endswith(POSSESSIVE) and nxt[0] not in SUBSET_WORDS) or (
        nxt[0].startswith("ال") and bool(text[a.end:b.start].split()))


def spelled_and_one(nt: Any, q: Any) -> bool:
    """Count q is written 'وأحد' / 'وإحدى' before a definite or possessed noun ('مقتل جنديين وأحد المهاجمين' = 3): the
    hamza tells 'and one of' from the adjective 'واحد' that folds alike ('جندي واحد الاسبوع الماضي')."""
    if q.text not in ONE_OF:
        return False
    spelled = "".join(ch for ch in nt.orig_text(q.start, q.end) if not "\u064b" <= ch <= "\u0652")
    if not spelled.startswith(("وأحد", "وإحد")):
        return False
    nxt = [w.strip('".,:;؛()') for w in nt.text[q.end:q.end + 30].split()[:1]]
    return bool(nxt) and (nxt[0].startswith("ال") or (nxt[0].endswith(POSSESSIVE) and nxt[0] not in SUBSET_WORDS))


def place_follows(text: str, pos: int) -> bool:
    """A place phrase follows the count ending at pos, right after it or after its noun ('اربعه مواطنين في طاريا')."""
    words = text[pos:pos + 40].split()[:2]
    return words[:1] == ["في"] or (len(words) == 2 and words[1] == "في" and not words[0][:1].isdigit()
                                   and not words[0].startswith("و"))  # 'القيادي ومرافقه في': a second count
