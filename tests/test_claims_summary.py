"""Conservative figures, ranges, dispute flags and per-source claim summaries."""

from __future__ import annotations

import pytest

from rasd import claims_summary as claims_summary_module
from rasd.claims_summary import Figure, claims_summary, figure, phrase, source_kinds, source_names_ar
from rasd.errors import LexiconError
from rasd.lexicon import load_table, parse_table
from rasd.records import Claim
from tests import factories as f


def k(value: int | None, lo: int | None = None, hi: int | None = None, source: str | None = "SOHR",
      doc: str | None = "d1", fld: str = "fatalities") -> Claim:
    """A claim; k(8, 8, 8) is exact, k(6, 6, 7) a range, k(10) vague."""
    return Claim(field=fld, value=value, min=lo, max=hi, source=source, doc_id=doc)


FIGURES: list[tuple[str, list[Claim], Figure]] = [
    ("none", [], Figure(None, None, None, False)),
    ("one exact", [k(8, 8, 8)], Figure(8, 8, 8, False)),
    ("exact vs range: lowest stated", [k(8, 8, 8), k(6, 6, 7, "Pentagon")], Figure(6, 6, 8, True)),
    ("stated beats vague", [k(8, 8, 8), k(3)], Figure(8, 3, 8, False)),
    ("vague only: lowest", [k(10), k(12)], Figure(10, 10, 12, False)),
    ("at least 3 vs 6: compatible", [k(3, 3, None), k(6, 6, 6)], Figure(3, 3, 6, False)),
    ("more than 8 vs up to 5", [k(8, 9, None), k(5, None, 5)], Figure(5, 5, 9, True)),
    ("no casualties vs 4 killed", [k(0, 0, 0, "CENTCOM"), k(4, 4, 4)], Figure(4, 0, 4, True)),
    ("only no casualties", [k(0, 0, 0)], Figure(0, 0, 0, False)),
    ("unknown number says nothing", [k(None), k(2, 2, 2)], Figure(2, 2, 2, False)),
    ("other fields ignored", [k(5, 5, 5, fld="injured")], Figure(None, None, None, False)),
]


@pytest.mark.parametrize(("claims", "expected"), [(c, e) for _, c, e in FIGURES], ids=[x[0] for x in FIGURES])
def test_conservative_figure(claims: list[Claim], expected: Figure) -> None:
    assert figure(claims, "fatalities") == expected


PHRASES = [
    (k(8, 8, 8), "8 killed"), (k(6, 6, 7), "6 or 7 killed"), (k(5, 5, 9), "5 to 9 killed"),
    (k(8, 9, None), "more than 8 killed"), (k(3, 3, None), "at least 3 killed"),
    (k(5, None, 5), "up to 5 killed"), (k(10), "about 10 killed"), (k(0, 0, 0), "no one killed"),
    (k(None), "an unknown number killed"), (k(2, 2, 2, fld="injured"), "2 injured"),
]


@pytest.mark.parametrize(("claim", "text"), PHRASES, ids=[t for _, t in PHRASES])
def test_phrase(claim: Claim, text: str) -> None:
    assert phrase(claim) == text


def test_claims_summary_groups_by_source_in_order() -> None:
    event = f.event(claims=(k(8, 8, 8), k(6, 6, 7, "Pentagon", doc="d2"), k(3, 3, 3, fld="injured"),
                            k(8, 8, 8, doc="d3"), k(2, 2, 2, None, doc="d4")))
    assert claims_summary(event) == "SOHR: 8 killed, 3 injured; Pentagon: 6 or 7 killed; unattributed: 2 killed"
    assert claims_summary(event, outlets={"d4": "Syria TV"}).endswith("Syria TV: 2 killed")


def test_claims_summary_of_a_mention_uses_its_document() -> None:
    mention = f.mention(claims=(k(1, 1, 1, None, doc=None),))
    assert claims_summary(mention, outlets={"doc-1": "SANA"}) == "SANA: 1 killed"


def test_source_kinds_come_from_the_sources_lexicon() -> None:
    assert source_kinds(["SOHR", "SANA", "Nobody"]) == {"SOHR": "monitor", "SANA": "agency", "Nobody": None}


def test_every_source_has_an_arabic_display_name_that_folds_to_a_variant() -> None:
    names = source_names_ar()
    assert names["SOHR"] == "المرصد السوري لحقوق الإنسان" and names["Pentagon"] == "البنتاغون"
    missing = [row.get("id") for row in load_table("sources").rows if not row.get("name_ar")]
    assert missing == [], "give these sources a name_ar in sources.tsv"


def test_an_arabic_name_the_matcher_would_not_find_is_a_lexicon_error(monkeypatch: pytest.MonkeyPatch) -> None:
    header = ("# id: sources\n# version: 1\n# language: ar\n# source: test\n"
              "# columns: id, kind, class, variants, note, name_ar\n# list: variants\n# arabic: variants\n")
    table = parse_table("sources.tsv", header + "SOHR\tmonitor\t\tالمرصد السوري\t\tمرصد حقوق الإنسان\n")
    monkeypatch.setattr(claims_summary_module, "load_table", lambda name: table)
    source_names_ar.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"sources.tsv:8: name_ar: 'مرصد حقوق الإنسان' folds to"):
            source_names_ar()
    finally:
        source_names_ar.cache_clear()


def test_actor_display_names_carry_no_lexicon_notes() -> None:  # issue 5: "US bases (as target)"
    noted = [row.get("name_en") for row in load_table("actors").rows if "(as " in row.get("name_en")]
    assert noted == []
