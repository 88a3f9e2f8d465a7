"""Round 35a: a name known only by a Latin gazetteer row is read after a locative preposition (في، علي، داخل …)
when the word is no ordinary Arabic word (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.geo.translit_locative import locative_candidates, locative_head, ordinary
from tests import tool_modules

from .conftest import refs_of

KORMA = "wof:1226661317"  # Korma, North Darfur: a Latin-only row
DIAPAGA = "gn:2361373"  # Diapaga, Burkina Faso: a Latin-only row


@pytest.mark.parametrize(("word", "want"), [
    ("حريق", True),  # in the list of words common in news text
    ("هجوم", True),
    ("شرطه", True),  # a feminine ending
    ("الكورما", True),  # the article
    ("موتمرها", True),  # an attached pronoun
    ("اكمال", True),  # a maṣdar of form IV
    ("تصعيد", True),  # a maṣdar of form II
    ("خامس", True),  # an ordinal fāʿil
    ("نشوب", True),  # a maṣdar fuʿūl
    ("مسلوب", True),  # a passive participle
    ("كورما", False),
    ("دياباغا", False),
    ("بانيبانغو", False),
    ("انفيس", False),  # opens like a form VII maṣdar, too short for one
])
def test_ordinary_words(word: str, want: bool) -> None:
    """Ordinary Arabic words are told from transliterated foreign names by the list and by their shapes."""
    assert ordinary(word) is want


@pytest.mark.parametrize(("text", "names"), [
    ("قتل حارسان في هجوم علي كورما فجرا", ["كورما"]),
    ("وقع انفجار داخل دياباغا امس", ["دياباغا"]),
    ("وصلت قوات الي بانيبانغو", ["بانيبانغو"]),
    ("اشتعل حريق في شرطه المرور", []),  # common nouns after في
    ("شارك في اكمال المشروع وفي تصعيد الموقف", []),
    ("قصفت بالمدفعيه في خامس ايام الحرب", []),
])
def test_locative_candidates(text: str, names: list[str]) -> None:
    """The words after a locative that may be looked up: no ordinary word."""
    assert [c[3] for c in locative_candidates(text, [], [])] == names


@pytest.mark.parametrize(("text", "at", "want"), [
    ("في كورما", 0, True),
    ("داخل كورما", 0, True),
    ("قرب كورما", 0, False),  # a nearness word: bare_names.py
    ("فيضان", 0, False),
])
def test_locative_head(text: str, at: int, want: bool) -> None:
    """A locative preposition stands at the head of a candidate."""
    assert locative_head(text, at) is want


@pytest.mark.parametrize(("text", "want"), [
    ("قصفت طائرة مسيرة محطة الضخ في كورما قرب الفاشر بولاية شمال دارفور", KORMA),
    ("قتل حارسان في هجوم بالمسيرات على كورما غرب مدينة الفاشر", KORMA),
    ("نفذ الجيش غارات في دياباغا شرقي بوركينا فاسو", DIAPAGA),
])
def test_latin_only_town_after_a_locative(text: str, want: str) -> None:
    """A town known only by its Latin name is read after في or على in its country's report."""
    assert want in {r.location.id for r in refs_of(text)}


@pytest.mark.parametrize("text", [
    "اشتعل حريق في شرطه المرور بمدينة الفاشر ولم تسجل اصابات",
    "وقعت اشتباكات في جبهه القتال شمال الفاشر وقال مصدر في هجوم لاحق",
])
def test_common_nouns_stay_words(text: str) -> None:
    """A common noun after في reaches no village of the Latin-only rows."""
    assert all(r.note is None or "transliteration" not in r.note for r in refs_of(text))


def test_build_ordinary_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The tool keeps the words of enough documents and sets, not a set's own name nor a gazetteer name."""
    for i, (prefix, body) in enumerate([("aa", "قصف كورما وبغداد"), ("bb", "وقصف بغداد"), ("cc", "قصف كورما بغداد"),
                                        ("cc", "كورما")]):
        (tmp_path / f"{prefix}_{i:03}.txt").write_text(body, encoding="utf-8")
    assert tool_modules.load("build_ordinary_words").main(["--min-docs", "3", "--min-sets", "3", str(tmp_path)]) == 0
    rows = [ln.split("\t") for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert rows == [["قصف", "3"]]  # كورما: two sets; بغداد: a gazetteer name
