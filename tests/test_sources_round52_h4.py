"""Sources told by a construction, session 52 (helper h4).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2025, 2, 11)
CELL = "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل جنديين بانفجار عبوة ناسفة في قضاء الحضر. "

LEAD = "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل إرهابيين اثنين بضربة جوية في وادي حوران. "
TOLD = "وقال مسؤولان أمنيان عراقيان لرويترز إن طائرة مسيرة مجهولة استهدفت سيارة قرب بلدة راوة أمس الاثنين. "
LATER = " أن عبوة ناسفة انفجرت بدورية للجيش في قضاء هيت اليوم ما أدى إلى إصابة جنديين."

# (id, text, place, expected sources)
CASES = [
    ("one-of-the-officials-goes-on",  # 'واضاف احد المسوولين ان': the officials who told the wire go on
     LEAD + TOLD + "وأضاف أحد المسؤولين" + LATER, "Heet", {"Reuters"}),
    ("the-official-goes-on",  # 'واوضح المسوولان ان': the same by a bare noun
     LEAD + TOLD + "وأوضح المسؤولان" + LATER, "Heet", {"Reuters"}),
    ("a-resident-is-no-one-before",  # 'واضاف احد السكان ان': a new vague voice, not the speaker before
     LEAD + TOLD + "وأضاف أحد السكان" + LATER, "Heet", set()),
    ("recipient-agency-with-its-short-form",  # 'بيان تلقته وكاله X (واع)': the bracketed short form received too
     CELL + 'وقالت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، إن "العبوة استهدفت دورية للجيش".',
     "Hatra", {"Security Media Cell"}),
    ("recipient-agency-without-its-short-form",  # the same without the brackets, as before
     CELL + 'وقالت الخلية في بيان تلقته وكالة الأنباء العراقية، إن "العبوة استهدفت دورية للجيش".',
     "Hatra", {"Security Media Cell"}),
    ("official-in-a-force-told-a-wire",  # 'قال مسوول في الحشد لرويترز': an unnamed voice in the force, the wire tells
     "قال مسؤول في الحشد الشعبي لرويترز إن طائرة مسيرة مجهولة استهدفت فجر اليوم سيارة تقل اثنين من عناصر الحشد قرب "
     "قضاء القائم ما أدى إلى إصابتهما.",
     "Ka", {"Reuters"}),
    ("official-in-a-force-heard-by-a-wire",  # 'افاد مسوول في الحشد وكاله فرانس برس': the same with the hearer as object
     "استهدفت طائرة مسيرة مجهولة فجر اليوم سيارة تقل اثنين من عناصر الحشد قرب قضاء القائم، على ما أفاد مسؤول في "
     "الحشد وكالة فرانس برس.",
     "Ka", {"AFP"}),
    ("the-force-itself-tells",  # the force named as the speaker still is the source
     "قال الحشد الشعبي في بيان إن طائرة مسيرة مجهولة استهدفت فجر اليوم سيارة تقل اثنين من عناصره قرب قضاء القائم.",
     "Ka", {"PMF"}),
    ("speaking-agency-with-its-short-form",  # an agency that tells in its own name still does, short form or not
     "قالت وكالة الأنباء العراقية (واع)، اليوم الثلاثاء، إن جنديين قتلا بانفجار عبوة ناسفة في قضاء الحضر.",
     "Hatra", {"INA"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sources(text: str, place: str, expected: set[str]) -> None:
    """The mention at the place has exactly the expected sources."""
    assert f.sources_at(text, place, PUB) == expected


REPORT = "قتل ثلاثة عناصر من قوات النظام بانفجار لغم أرضي بسيارتهم قرب مدينة السخنة في ريف حمص الشرقي مساء أمس."
# (id, publisher as the metadata names it, expected sources of the report told in the publisher's own voice)
PUBLISHERS = [
    ("monitor-named-in-english", "Homs Desert Observatory for Human Rights (invented SOHR-like monitor)",
     {"Homs Desert Observatory for Human Rights"}),
    ("monitor-named-in-arabic-and-english", "مرصد بادية حمص (Homs Desert Observatory; invented monitor site)",
     {"Homs Desert Observatory"}),
    ("monitor-named-in-arabic-only", "مرصد بادية حمص (invented monitor site)", set()),
    ("news-site-is-no-monitor", "Homs Desert Observatory (invented local news site)", set()),
    ("monitor-that-relays-another", "Homs Desert Observatory (invented monitor relaying local pages)", set()),
]


@pytest.mark.parametrize(("outlet", "expected"), [c[1:] for c in PUBLISHERS], ids=[c[0] for c in PUBLISHERS])
def test_own_monitor(outlet: str, expected: set[str]) -> None:
    """A monitor the metadata names in English is the source of the report it tells in its own voice."""
    assert f.sources_at(REPORT, "Sukhnah", PUB, outlet) == expected
