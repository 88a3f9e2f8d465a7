"""Attribution, round 37a (sources, from the half-A census): bodies nobody listed resolve by their head noun and the
place after it: a province's police under its bare name ('شرطة البصرة'), a provincial health director ('مدير صحة X'),
a town's municipal council ('المجلس البلدي X'), and Thi Qar's bodies under the spelling news in English uses (Dhi Qar).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f

PUB = date(2024, 5, 12)


@pytest.mark.parametrize(("text", "place", "expected"), [
    # the bare construct 'شرطة <province>' is the province's police, as 'قيادة شرطة <province>' is
    ("مقتل شاب\n\nقالت شرطة البصرة إن شاباً قُتل بنزاع عشائري في قضاء الزبير مساء السبت.", "Zubair",
     {"Basra Police"}),
    ("إصابة شرطيين\n\nأصيب شرطيان بانفجار عبوة ناسفة في قضاء الحويجة، بحسب شرطة كركوك.", "Hawiga",
     {"Kirkuk Police"}),
    ("مقتل موظف\n\nوأكد قائد شرطة ميسان أن موظفاً قُتل برصاص مجهولين في مدينة العمارة.", "Amarah",
     {"Maysan Police"}),
    # a bare police with no province right after it names none ('الشرطة المحلية', an unnamed voice inside it)
    ("سقوط قذائف\n\nسقطت قذيفتا هاون على قضاء الحويجة في كركوك، بحسب ما أفادت الشرطة المحلية.", "Hawiga", set()),
    ("مقتل راعٍ\n\nقُتل راعٍ بانفجار لغم قرب قضاء الزبير، وفق مصدر في شرطة البصرة.", "Zubair", set()),
    # under the article the head noun is the police at large, no body's name
    ("مقتل راعٍ\n\nقُتل راعٍ بانفجار لغم قرب قضاء الزبير في محافظة البصرة، وقالت الشرطة إنها فتحت تحقيقاً.",
     "Zubair", set()),
    # a provincial health director speaks for the province's health directorate (the incident is at Morek, the town
    # the clause names: the directorate's province is no scene, session 41)
    ("مقتل طفلين\n\nوقال مدير صحة حماة إن طفلين قُتلا بقصف مدفعي على بلدة مورك.", "Murak",
     {"Hama Health Directorate"}),
    # Thi Qar's bodies take the spelling news in English uses
    ("مقتل رجلين\n\nأعلنت قيادة شرطة ذي قار أن رجلين قُتلا بإطلاق نار في قضاء الشطرة.", "Shatra",
     {"Dhi Qar Police"}),
    ("جرحى بنزاع\n\nقالت دائرة صحة ذي قار إن خمسة أشخاص أصيبوا بنزاع عشائري في قضاء الشطرة.", "Shatra",
     {"Dhi Qar Health Directorate"}),
])
def test_round37a_province_bodies(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a town's municipal council, named by the town right after it
    ("مقتل حارس\n\nقُتل حارس برصاص مسلحين هاجموا بوابة في مدينة نالوت، وفق ما أعلنه المجلس البلدي نالوت.", "Nalut",
     {"Nalut Municipal Council"}),
    # without the town it names none
    ("مقتل حارس\n\nقُتل حارس برصاص مسلحين هاجموا بوابة في مدينة نالوت، وفق ما أعلنه المجلس البلدي.", "Nalut", set()),
])
def test_round37a_municipal_council(text: str, place: str, expected: set[str]) -> None:
    """The sources of the mention at `place`."""
    assert f.sources_at(text, place, PUB) == expected
