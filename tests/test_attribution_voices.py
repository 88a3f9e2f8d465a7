"""Attribution of relayed, quoted and unnamed voices (issue 7): an agency told by a vague speaker, a statement quoted
over several sentences, a
body named after a noun that looks like a verb of saying.

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
RELAYED = CALM + "وقال مصدر عسكري لوكالة رويترز إن طائرة مسيرة قصفت محطة الكهرباء في مدينة ربك مساء أمس."


@pytest.mark.parametrize(("outlet", "expected"), [
    (None, {"Reuters"}),  # the agency a vague speaker told is the only named teller
    ("Al-Tagheer", {"Reuters"}),
    ("Reuters", set()),  # in the agency's own article it is the reporter, not a source
    ("Swissinfo Arabic (Reuters relay)", {"Reuters"}),  # a relay of the wire names it in brackets
], ids=["no-outlet", "another-outlet", "own-outlet", "relay-of-the-wire"])
def test_agency_told_by_a_vague_speaker(outlet: str | None, expected: set[str]) -> None:
    """'قال مصدر عسكري لوكاله X' with no claimant in the sentence: X tells it, unless X published the article."""
    assert f.sources_at(RELAYED, "Rabak", PUB, outlet) == expected


STATEMENT = ("قصفت طائرات أمريكية مواقع في مدينة الحديدة فجر اليوم، بحسب ما أفاد مراسل الميادين. وفي وقت لاحق، أصدرت "
             "القوات المسلحة اليمنية بيانا جاء فيه: \"بسم الله الرحمن الرحيم. نصرة للشعب الفلسطيني المظلوم، استهدفت "
             "قواتنا الصاروخية ميناء إيلات بصاروخ باليستي. وإن عملياتنا مستمرة\".")

# (id, text, place, expected sources)
VOICES = [
    ("two-sources-to-an-agency-beside-a-claimant",
     "قال مصدران عسكريان لرويترز إن مسيرة انقضاضية استهدفت مخزنا للوقود في مدينة ربك فجر اليوم، فيما أعلن الجيش "
     "السوداني أن دفاعاته الأرضية أسقطت مسيرتين أخريين فوق المدينة.",
     "Rabak", {"Sudanese army", "Reuters"}),  # round 35a: the outlet that heard the words is kept beside the claimant
    ("two-sources-to-an-agency-alone",
     "قال مصدران محليان ومسؤول في الإدارة المدنية لرويترز إن قذائف مدفعية سقطت على سوق مدينة ربك ظهر اليوم.",
     "Rabak", {"Reuters"}),
    ("statement-quoted-over-several-sentences", STATEMENT, "Eilat", {"Houthis"}),
    ("the-quote-opener-claims-no-incident-before", STATEMENT, "Hudaydah", {"Al Mayadeen"}),
    ("an-outlet-quoting-speaks-no-statement",
     "قالت الوكالة الوطنية للإعلام إن مدفعية الاحتلال قصفت أطراف بلدة عيتا الشعب صباح اليوم. وبثت قناة الميادين "
     "تقريرا قالت فيه: \"الوضع متوتر على طول الحدود. قصفت مدفعية الاحتلال أطراف بلدة الخيام بعد الظهر\".",
     "Khiyam", {"NNA"}),  # the lead's source, not the channel's
    ("a-red-notice-is-no-statement",
     "قال مسؤول في وزارة الدفاع التركية إن مسيرة تركية حيّدت عنصرين من وحدات حماية الشعب قرب مدينة عين العرب. وكان "
     "أحدهما، وقد قُتل في الضربة، مطلوبا بنشرة حمراء لدى وزارة الداخلية التركية.",
     "Arab", {"Turkish Ministry of Defense"}),
    ("sinjar-units",
     "أعلنت وحدات مقاومة شنكال في بيان أن طائرة مسيرة تركية قصفت مقرا لها في قضاء سنجار مساء أمس، ما أدى إلى "
     "إصابة ثلاثة من عناصرها.",
     "Sinjar", {"Sinjar Resistance Units"}),
    ("a-claimant-described-between-commas",  # 'وكانت X, وهي مظله ..., قد تبنت': 6 docs in 6 sets of dev
     "قصفت صواريخ مستوطنة سديروت مساء أمس. وكانت \"سرايا القدس\"، وهي الجناح العسكري لحركة الجهاد الإسلامي، قد "
     "تبنّت قصف المستوطنة في بيان مقتضب.",
     "Sderot", {"Al-Quds Brigades"}),
    ("a-claimant-described-by-a-relative-clause",
     "استهدفت مسيرة مفخخة قاعدة حقل كونيكو في ريف دير الزور فجر اليوم. وكانت \"المقاومة الإسلامية في العراق\"، التي "
     "تضم فصائل موالية لطهران، قد أعلنت في بيان استهداف القاعدة.",
     "Conoco", {"Islamic Resistance in Iraq"}),
    ("security-sources-of-a-nationality-on-a-day",  # 'مصادر امنيه تركيه, اليوم الجمعه, ان ...': 2 docs in 2 sets
     "حيّدت الاستخبارات التركية قياديا في وحدات حماية الشعب بغارة مسيرة على سيارته قرب مدينة القامشلي مساء أمس. "
     "وقالت مصادر أمنية تركية، صباح اليوم، إن الاستخبارات رصدت تحركاته منذ أشهر.",
     "Qamishli", {"Turkish intelligence"}),
    ("a-group-by-the-name-it-gives-itself",  # 'جماعه تطلق علي نفسها اسم "X"': 8 docs in 7 sets of dev
     "قصفت طائرة مسيرة قاعدة التنف قرب المثلث الحدودي فجر اليوم. وبعد ساعات، تبنّى فصيل يطلق على نفسه اسم "
     "\"كتائب حزب الله\" الهجوم في بيان على تطبيق تلغرام.",
     "Tanf", {"Kataib Hezbollah"}),
    ("a-self-named-group-after-the-verb-of-adoption",
     "استهدف هجوم بطائرة مسيرة قاعدة حقل العمر في ريف دير الزور مساء أمس، تبنّته جماعة تطلق على نفسها اسم "
     "\"المقاومة الإسلامية في العراق\".",
     "Omar", {"Islamic Resistance in Iraq"}),
    ("a-verb-of-saying-told-how-goes-on-with-its-speaker",  # 'واضافت في بيان لاحق ان': 12 docs in 9 sets
     "أفاد مراسل الميادين بأن قصفا مدفعيا استهدف أطراف بلدة الخيام صباح اليوم. وقالت وزارة الدفاع التركية إن "
     "مقاتلاتها قصفت مواقع لحزب العمال الكردستاني في منطقة متينا صباح اليوم. وأضافت في منشور على منصة إكس أن "
     "طائرة مسيرة استهدفت مخزنا للذخيرة في قضاء مخمور مساء أمس.",
     "Makhmour", {"Turkish Ministry of Defense"}),
    ("security-sources-of-a-nationality-name-the-body",  # 'مصادر امنيه تركيه ... ان جهاز الاستخبارات': ob, na, lb
     "قالت مصادر أمنية تركية إن جهاز الاستخبارات حيّد قياديا في حزب العمال الكردستاني بغارة مسيرة على سيارته قرب "
     "مدينة عين العرب مساء أمس.",
     "Arab", {"Turkish intelligence"}),
    ("state-body-told-by-security-sources-after-a-relative-clause",  # 'وفق ما افادت به مصادر امنيه': la, mb, ob
     "نفذت وزارة الدفاع العراقية غارة جوية على مخبأ لتنظيم داعش في وادي الشاي جنوب كركوك فجر اليوم، وفق ما أفادت "
     "به مصادر أمنية.",
     "Shay", {"Iraqi Ministry of Defense"}),
    ("dilling-emergency-room",
     "قالت غرفة طوارئ الدلنج إن قذائف أطلقتها قوات الدعم السريع سقطت على حي السوق في مدينة الدلنج صباح اليوم، "
     "ما أسفر عن مقتل امرأتين.",
     "Dalang", {"Dilling Emergency Room"}),
]


@pytest.mark.parametrize(("text", "place", "expected"), [c[1:] for c in VOICES], ids=[c[0] for c in VOICES])
def test_relayed_quoted_and_unnamed_voices(text: str, place: str, expected: set[str]) -> None:
    """Who tells an incident through a relay, a long quotation or unnamed security sources."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "at", "expected"), [
    ('اصدر بيانا جاء فيه: "بسم الله. استهدفنا', 40, True),
    ('قال "الجيش" ان القصف', 20, False),
    ('جاء فيه: "بسم الله.\n\nاستهدفنا', 28, False),  # a blank line ends the paragraph, and any quote left open
    ('جاء فيه: "بسم الله\nاستهدفنا', 26, True),  # a statement's lines are one paragraph
], ids=["open", "closed", "blank-line", "next-line"])
def test_open_quote(text: str, at: int, expected: bool) -> None:
    """A quotation opened earlier in the paragraph and not closed before `at`."""
    from rasd.attribution_text import open_quote

    assert open_quote(text, at) == expected


@pytest.mark.parametrize(("text", "clause"), [
    ('وكانت "X", وهي مظله تضم فصايل, قد تبنت', True),
    ("وكانت X, التي تضم فصايل, قد اعلنت", True),
    ("وكانت X, قد اعلنت", False),  # no clause: the name's end
    ("وكانت X, وهي مظله. قد اعلنت", False),  # a full stop ends the sentence, not a clause
    ("وكانت X, وقالت مصادر, قد اعلنت", False),  # a clause must open with وهي/وهو/التي/الذي ...
], ids=["wahiya", "allati", "none", "stop", "other-word"])
def test_appositive_end(text: str, clause: bool) -> None:
    """Where a clause between commas that describes the name X ends: after its closing comma, else X's end."""
    from rasd.attribution_text import appositive_end

    b = text.index("X") + 1
    assert appositive_end(text, b, len(text)) == (text.index(", قد") + 1 if clause else b)


@pytest.mark.parametrize(("text", "wrapped"), [
    ('تبنت جماعه تطلق علي نفسها اسم "X"', True),
    ("اعلن فصيل يسمي نفسه X", True),
    ("اعلنت جماعه مسلحه تطلق علي نفسها X", True),
    ("اعلنت الجماعه X", False),
], ids=["group-quoted", "faction-calls-itself", "armed-group", "no-wrapper"])
def test_self_named(text: str, wrapped: bool) -> None:
    """Where the words that introduce a group by the name it gives itself begin, before the name X."""
    from rasd.attribution_text import self_named

    at = text.index("X")
    assert self_named(text, at) == (text.index(" ") + 1 if wrapped else at)
