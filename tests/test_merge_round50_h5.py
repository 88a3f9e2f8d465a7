"""Merge, round 50 (h5): a singular attack noun read off the article ('وراء العملية') tells the incident told before
it again, as 'القصف' or 'الهجوم' do; 'العمليات' in general does not. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rasd.extract import extract
from rasd.merge import _article_on
from rasd.records import Article
from rasd.resources import load_resources

PUB = date(2024, 6, 10)  # a Monday
LEAD = "قتل جنديان مساء أمس الأحد بانفجار عبوة ناسفة استهدفت دورية في منطقة الكود شمال مدينة زنجبار.\n\n"


def places(text: str) -> list[tuple[str, str]]:
    """Place and type of each mention of one small article."""
    art = Article(doc_id="t.txt", text=text, content_hash="h", published=PUB)
    return [(m.location.name_en if m.location else "", m.sub_event_type) for m in extract(art, load_resources()).mentions]


@pytest.mark.parametrize("text", [
    # gb_020: the body's statement, at the province it serves, names who stood behind 'the operation' just told
    LEAD + "وقالت قيادة قوات الأمن في أبين، في بيان، إن الدورية كانت عائدة من مهمة تأمين، متهمة عناصر تنظيم القاعدة "
           "بالوقوف وراء العملية.",
    LEAD + "وقالت قيادة قوات الأمن في أبين إن العبوة زرعت على جانب الطريق وانفجرت أثناء مرور الدورية، متهمة عناصر "
           "تنظيم القاعدة بالوقوف وراء العملية.",
], ids=["clash-read", "ied-read"])
def test_the_operation_told_again_joins_it(text: str) -> None:
    """'وراء العملية' (the article glued to 'عملية') tells the explosion again: one incident at its village."""
    assert places(text) == [("Al Kawd", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize(("key", "prefix", "expected"), [
    ("عمليه", "ال", True),  # 'وراء العملية'
    ("عمليه", "وال", True),  # 'والعملية'
    ("عمليات", "ال", False),  # 'استمرار العمليات العسكرية': operations in general
    ("عمليه", "", False),  # 'عملية' is no noun told before
])
def test_a_noun_read_off_the_article(key: str, prefix: str, expected: bool) -> None:
    """A singular trigger noun matched after 'ال' is definite; a plural one is not taken for one incident."""
    f = SimpleNamespace(trigger=SimpleNamespace(key=key, prefix=prefix))
    assert _article_on(f) is expected  # type: ignore[arg-type]
