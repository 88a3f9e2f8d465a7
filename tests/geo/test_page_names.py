"""A local page named after its town (geo/page_names.py): the name on the first line is the town, and the bare
mentions of it after that follow (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import refs_of


@pytest.mark.parametrize("text", [
    "أخبار قفين أولاً بأول\nسقط شهيد في قفين بعد منتصف الليل",
    "جيت الآن - أخبار البلد\nاعتقالات واسعة في جيت صباح اليوم",
    "صفحة قفين\nسقط شهيد في قفين بعد منتصف الليل",
], ids=["news-of", "now", "page-of"])
def test_the_page_names_its_town(text: str) -> None:
    """The page's town is read on its title line and again where the text names it bare."""
    names = [r.location.name_en for r in refs_of(text)]
    assert len(names) == 2 and len(set(names)) == 1 and names[0] in ("Qaffin", "Jit"), names


@pytest.mark.parametrize("text", [
    "سقط شهيد في قفين بعد منتصف الليل",  # no page title: a bare village alone is not read
    "أخبار الحرب وتحليلاتها يومياً تكتبها قفين وغيرها من المدن والبلدات والقرى",  # a long first line: no page name
    "تهامة أولاً بأول\nقصف في تهامة",  # a region's page: its hamlet namesake is not the page's town
], ids=["bare", "long-line", "region"])
def test_no_page_town_without_a_page_title(text: str) -> None:
    """Without a short title line naming a town of 2,000 or more, nothing changes."""
    assert not [r for r in refs_of(text) if r.location.kind == "locality"], [
        (r.location.name_en, r.location.kind) for r in refs_of(text)]


def test_two_houses_are_no_village() -> None:
    """'بيتين' (two houses) in a report whose town is known is no Beitin; introduced, it still is."""
    names = [r.location.name_en for r in refs_of("جيت الآن - أخبار البلد\nاقتحام جيت وانحرق بيتين وسيارتان")]
    assert "Beitin" not in names and "Jit" in names, names
    assert "Beitin" in [r.location.name_en for r in refs_of("اقتحم الجيش بلدة بيتين شرق رام الله")]


@pytest.mark.parametrize(("text", "town"), [
    ("أخبار البقعان أولاً بأول\nقصف مدفعي على البقعان عصر اليوم وجرح رجلين", "Al Buq'an"),
    ("جربوس - أخبار البلد\nمسلحون هاجموا نقطة عسكرية بجربوس عند الفجر", "Jarbus"),
], ids=["article-name", "dash-news-of-the-town"])
def test_a_small_village_page(text: str, town: str) -> None:
    """A village under 2,000 people names its page too, with the article on its name ('أخبار البقعان') or before
    '- أخبار البلد'; its later bare mentions follow it, while 'البلد' (a stop word) is no village."""
    names = [r.location.name_en for r in refs_of(text)]
    assert names and set(names) == {town}, names
