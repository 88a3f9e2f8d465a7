"""Whose time a date is: a retaliation's cause keeps its own date (round 15a).

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.normalize import normalize_text
from rasd.timex import find_times
from tests import factories as f

PUB = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("text", "place", "expected"), [
    pytest.param(  # round 16a: the launch of the campaign a capture belongs to (pa_008, ey_018, oa_011)
        "وكانت فصائل المعارضة قد سيطرت، يوم الأربعاء، على بلدة خان طومان الاستراتيجية عند المدخل الجنوبي لمدينة "
        "حلب، بعد معارك مع قوات النظام والميليشيات المساندة لها، ضمن الهجوم الذي أطلقته فجر الاثنين.",
        "Khan Tuman", date(2024, 3, 13), id="campaign-launch-after-the-capture"),
])
def test_a_campaigns_launch_does_not_date_its_incident(text: str, place: str, expected: date) -> None:
    """'ضمن الهجوم الذي اطلقته فجر الاربعاء' dates the campaign, not the incident told with its own day."""
    assert f.mention_at(f.extract_text(text, PUB), place).event_date == expected


@pytest.mark.parametrize(("text", "place", "expected"), [
    pytest.param(  # the cause after the answer: the answer is the lead's day
        "أعلنت سرايا القدس صباح اليوم الخميس أنها قصفت مستوطنة سديروت برشقة صاروخية. وأوضحت في بيان لاحق أن "
        "مقاتليها استهدفوا تجمعاً لجنود الاحتلال قرب بلدة بيت حانون، ثأراً لدماء الشهداء الذين ارتقوا في "
        "مجزرة مخيم جباليا مساء أمس.",
        "Beit Hanoun", date(2024, 3, 14), id="cause-after-the-answer"),
    pytest.param(  # the cause first, with its own night: the answer keeps the day of its own clause
        "رداً على قصف طال بلدة عيتا الشعب ليل الثلاثاء، استهدف مقاتلو المقاومة ظهر اليوم موقع المالكية "
        "بالصواريخ الموجهة.",
        "Malikiyah", date(2024, 3, 14), id="cause-first-answer-dated"),
])
def test_a_retaliations_cause_keeps_its_own_date(text: str, place: str, expected: date) -> None:
    """'ردا علي اعتداء ... ليل امس' dates the cause, never the answer told outside it."""
    assert f.mention_at(f.extract_text(text, PUB), place).event_date == expected


@pytest.mark.parametrize("phrase", ["الليلة ذاتها", "ذات الليلة", "نفس الليلة", "الليل ذاته", "الليل نفسه"])
def test_the_same_night_is_the_storys_night_not_tonight(phrase: str) -> None:
    """'خلال الليلة ذاتها' refers back to the night the story told, never to the night of publication."""
    text = normalize_text(f"وتعرضت قرى في قضاء العمادية لقصف مدفعي خلال {phrase}.")
    assert [t for t in find_times(text, PUB) if t.date is not None] == []


def test_the_same_night_takes_the_night_told_before() -> None:
    """A later paragraph of 'the same night' keeps the story's night, not the publication day."""
    text = ("قتل مسلحان ليل الثلاثاء - الأربعاء بضربة مسيرة تركية استهدفت سيارتهما قرب قضاء سنجار.\n"
            "وقال مسؤول محلي إن الجثتين نقلتا إلى مستشفى القضاء.\n"
            "وأضاف أن أهالي القرى الحدودية لم يناموا.\n"
            "كما قصفت المدفعية التركية خلال الليلة ذاتها قرى قرب ناحية كاني ماسي في قضاء العمادية.")
    later = [m for m in f.extract_text(text, PUB) if m.location is not None and "Sinjar" not in m.location.name_en]
    assert [m.event_date for m in later] == [date(2024, 3, 12)]


BACKGROUND = ("شنت طائرات حربية روسية أمس الأربعاء غارات على بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين "
              "اثنين. وليست هذه المرة الأولى التي تقصف فيها البلدة، إذ قتل ثلاثة أشخاص في غارة مماثلة في الثاني من "
              "شباط الماضي. ")


@pytest.mark.parametrize(("detail", "expected"), [
    ("وفي مدينة معرة النعمان، استهدفت غارة أخرى سوقا شعبيا وأصيب أربعة مدنيين بجروح.", date(2024, 3, 13)),
    ("أما في مدينة معرة النعمان، فقد استهدفت غارة أخرى سوقا شعبيا وأصيب أربعة مدنيين.", date(2024, 3, 13)),
])
def test_a_background_date_does_not_date_the_detail_after_it(detail: str, expected: date) -> None:
    """'وليست هذه المرة الاولي ..., اذ قتل ... في 2 شباط': that date is the earlier incident's; the next detail
    told at a place ('وفي مدينة X، ...') goes on with the story's day."""
    ms = f.extract_text(BACKGROUND + detail, PUB)
    assert f.mention_at(ms, "Ma'arrat").event_date == expected
    assert date(2024, 2, 2) in {m.event_date for m in ms}  # the recalled incident keeps its own day



@pytest.mark.parametrize(("text", "place", "expected"), [
    pytest.param(  # round 39 h8: a funeral today; the speech verb 'نعت' then a relative clause with the strike's day
        # (session 43: the strike's clause names the funeral's town again, or the town would be the funeral's only)
        "شيّع المئات في مدينة القائم، اليوم الخميس، جثامين ثلاثة من قادة الفصائل، التي نعت مقاتليها الذين قتلوا "
        "مساء الثلاثاء بغارة جوية استهدفت سيارتهم قرب المدينة.",
        "Qa'im", date(2024, 3, 12), id="mourned-then-killed-tuesday"),
    pytest.param(  # a name holding a speech cue ('باقر': ب + اقر) before the relative clause
        "شيّع أهالي مدينة القائم، اليوم الخميس، الشاب أحمد باقر وشقيقه اللذين قتلا مساء الثلاثاء بغارة جوية "
        "استهدفت سيارتهما عند مدخل المدينة.",
        "Qa'im", date(2024, 3, 12), id="name-with-a-cue-then-relative"),
])
def test_a_relative_clause_after_a_speech_verb_dates_the_incident(text: str, place: str, expected: date) -> None:
    """'نعت ... الذين قتلوا مساء الثلاثاء بغارة': the date inside the relative clause is the incident's, not the
    telling's, so the funeral's day told before does not win."""
    assert f.mention_at(f.extract_text(text, PUB), place).event_date == expected


def test_a_told_day_after_a_six_word_speaker_after_a_suffixed_verb() -> None:
    """'اعلنت' + six words + 'اليوم الخميس' is the telling's day: the verb's suffix is no word of the gap (round 41)."""
    text = ("أعلنت قيادة شرطة محافظة كركوك شمالي العراق، اليوم الخميس، مقتل شرطيين اثنين في هجوم شنه مسلحون من "
            "داعش على نقطة تفتيش قرب ناحية الرياض جنوب غربي كركوك، مساء الأربعاء.")
    assert f.mention_at(f.extract_text(text, PUB), "Riyad").event_date == date(2024, 3, 13)


def test_a_speech_cue_of_the_sentence_before_does_not_make_a_told_day() -> None:
    """'... في بيان لاحق.' then an item opening with its own day: the cue's sentence is over, so the day is the
    item's incident's, not a telling's, and the item does not join the placeless incident before it (round 42)."""
    text = ("الثلاثاء 12 آذار: هاجم مسلحون مجهولون موقعاً لحرس الحدود في منطقة نائية، وتبنت جماعة محلية الهجوم "
            "في بيان لاحق.\n"
            "الأربعاء 13 آذار: سقطت قذائف هاون على قاعدة عسكرية في قضاء طوزخورماتو، وأصيب جنديان بجروح.")
    ms = f.extract_text(text, PUB)
    assert f.mention_at(ms, "Khurmato").event_date == date(2024, 3, 13)
