"""The article's own publisher among a sentence's relays (attribution_publisher): named in the metadata otherwise
than the sources.tsv row, in English without the row's word of kind, or in Arabic over a known outlet's name.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 6, 12)  # a Wednesday

# three sentences of no source first: the relay is read past the article's lead
CALM = ("ساد هدوء حذر في مدينة كوستي صباح اليوم. وأغلقت المحال التجارية أبوابها في السوق الكبير. "
        "وانتشرت دوريات الجيش في الشوارع الرئيسية. ")
TOLD_HAWAR = CALM + "وقال مصدر أمني لوكالة هاوار إن طائرة مسيرة قصفت محطة الكهرباء في مدينة ربك مساء أمس."
TOLD_LOCAL = CALM + 'وقال مصدر محلي لـ"النيل الحدث" إن قذيفة هاون سقطت على سوق مدينة ربك مساء أمس.'


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    (TOLD_HAWAR, None, {"Hawar News"}),  # the agency a vague speaker told is the only named teller
    (TOLD_HAWAR, "Hawar (ANHA, Kurdish agency)", set()),  # its own article, named without 'News'
    (TOLD_LOCAL, "Al-Tagheer", {"Al Arabiya"}),  # another outlet's article: 'الحدث' is the channel
    (TOLD_LOCAL, "النيل الحدث (local news site)", set()),  # the local outlet whose name holds 'الحدث' published it
], ids=["no-outlet", "own-outlet-in-english", "another-outlet", "own-outlet-in-arabic"])
def test_publisher_named_otherwise(text: str, outlet: str | None, expected: set[str]) -> None:
    """'قال مصدر لـ"X"' with no claimant: X tells it, unless the metadata names X as the article's publisher."""
    assert f.sources_at(text, "Rabak", PUB, outlet) == expected
