"""Attribution, round 25b (from the zb_ study): a local body's gap counts from its place; a one-word outlet name
inside another outlet's name is not that outlet.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 3, 10)


@pytest.mark.parametrize(("text", "place", "expected"), [
    # 'أصدرت X، <day>، بياناً جاء فيه': the local body's name ends at its province (zb_004; 'جاء فيه' in 22 dev docs
    # of 17 sets)
    ("مقتل مزارع بقصف\n\nأصدرت دائرة صحة ديالى، اليوم الأحد، بياناً جاء فيه: «قُتل مزارع بقصف بقذائف الهاون استهدف "
     "بستاناً في قضاء المقدادية».", "Muqdadiya", {"Diyala Health Directorate"}),
    ("مقتل حارسين\n\nأصدرت مديرية صحة إدلب، مساء السبت، بياناً مقتضباً جاء فيه أن حارسين قُتلا بقصف مدفعي على بلدة "
     "سرمين.", "Sarmin", {"Idlib Health Directorate"}),
    # the news names an Iraqi province's bodies without the article ('Anbar', 'Basra')
    ("مقتل راعٍ\n\nقالت دائرة صحة الأنبار في بيان إن راعياً قُتل بضربة جوية قرب مدينة الرطبة.", "Rutba",
     {"Anbar Health Directorate"}),
    # a one-word outlet name followed by a nisba is a word of another outlet's name (zb_004)
    ("انفجار عبوة\n\nقال شاهد لـ«الحدث اليمني» إن عبوة ناسفة انفجرت بسيارة عسكرية في مدينة مأرب.", "Ma'rib", set()),
    # the outlet itself still tells
    ("غارة على بلدة\n\nوقالت قناة الحدث إن غارة جوية استهدفت سيارة في مدينة مأرب.", "Ma'rib", {"Al Arabiya"}),
])
def test_round25b_sources(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected
