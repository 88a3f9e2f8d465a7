"""Coref: theatre-dependent actor names read by the country the article's places lie in."""

from __future__ import annotations

import pytest

from rasd.coref import article_country
from tests.factories import extract_text as run


@pytest.mark.issue(8)
@pytest.mark.parametrize("text, sides", [
    ("صدت قوات الجيش الوطني فجر اليوم هجوما شنته ميليشيا الحوثي على مواقعها في مديرية صرواح غربي مأرب.",
     ("IRAN_ALIGNED", "OTHER")),  # Yemen: the government army, attacked
    ("قصفت فصائل الجيش الوطني بالمدفعية صباح اليوم مواقع لقسد في قرية عون الدادات بريف منبج.", ("TURKEY", "SDF")),
    ("شنت مقاتلات التحالف صباح اليوم غارتين على مواقع للحوثيين في مديرية صرواح بمحافظة مأرب.",
     ("OTHER", "IRAN_ALIGNED")),  # Yemen: the Saudi-led coalition
    ("شنت مقاتلات التحالف صباح اليوم غارتين على مواقع لتنظيم داعش في صحراء الأنبار.", ("US", "ISIS")),
])
def test_a_name_of_two_theatres_is_read_by_the_article_country(text: str, sides: tuple[str, str | None]) -> None:
    """'الجيش الوطني', 'مقاتلات التحالف': another force in Yemen than in Syria or Iraq."""
    ms = run(text)
    assert [(m.actor1.side, m.actor2.side if m.actor2 else None) for m in ms] == [sides]


@pytest.mark.parametrize("countries, expected", [
    (["YEM", "SYR", "YEM"], "YEM"),
    (["SYR", "YEM"], "SYR"),
    ([None, ""], None),
])
def test_article_country_is_the_most_common(countries: list[str | None], expected: str | None) -> None:
    """The country most places lie in, the first named on a tie, None without any."""
    assert article_country(countries) == expected
