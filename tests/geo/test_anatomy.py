"""Body parts named where a wound is are never places (geo/anatomy.py)."""

from __future__ import annotations

import pytest

from rasd.geo.places import find_units
from rasd.normalize import normalize_text


def _keys(text: str) -> list[str]:
    """The name keys of every place unit of a text."""
    return [u.key for u in find_units(normalize_text(text))]


@pytest.mark.parametrize(("text", "blocked"), [
    ("نُقل جندي إلى المستشفى بعد إصابته بشظية في الرأس", "الراس"),
    ("أصيبت طفلة بطلق ناري في الصدر أثناء عودتها من المدرسة", "الصدر"),
    ("أسعف المسعفون شاباً مصاباً برصاصتين في الذراع", "الذراع"),
    ("أصيب راعٍ بجروح في الوجه واليدين جراء انفجار لغم", "الوجه"),
    ("جرح حارس بالرصاص الحي في العين خلال المواجهات", "العين"),
])
def test_wound_site_is_not_a_place(text: str, blocked: str) -> None:
    assert blocked not in _keys(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("قصفت المدفعية منازل في الراس شرقي المدينة", "الراس"),  # no wound word: the village
    ("أصيب ثلاثة مدنيين في قصف مدفعي عنيف استهدف سوقاً شعبياً في العين", "العين"),  # the wound word is far back
])
def test_body_word_without_wound_stays_a_place(text: str, kept: str) -> None:
    assert kept in _keys(text)
