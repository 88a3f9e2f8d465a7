"""Scene, round 51 (h10): a place word that is not the incident's place (the town an outlet or a monitor is named
after, the seat of a teller alone in its clause) opens no incident of its own. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene import choose_places
from rasd.scene_titles import titled
from tests import scene_text

rec_of = partial(scene_text.rec_of, published=date(2024, 5, 8))


@pytest.mark.parametrize(("text", "town", "expected"), [
    # kd_013 'مراسل "مرجعيون نت"', pq_012 'وثق "مرصد الرقه والباديه"': an outlet or monitor named after its town
    ('وقال مراسل "حاصبيا نت" ان الغاره اصابت منزلا في بلده الخيام', "حاصبيا", True),
    ('ووثق "مرصد ادلب" مقتل ثلاثه عناصر في هجوم قرب سراقب', "ادلب", True),
    ("وقال مرصد حلب ان الاشتباكات دارت قرب الباب", "حلب", True),
    ("سقطت قذيفه علي بلده حاصبيا امس", "حاصبيا", False),
    ("ووثق المرصد مقتل ثلاثه عناصر في ادلب", "ادلب", False),
])
def test_a_town_in_an_outlet_name(text: str, town: str, expected: bool) -> None:
    """A place glued to 'نت' or right after 'مرصد' names the outlet, not the scene."""
    rec = rec_of(text)
    p = next(q for q in rec.places if rec.nt.text[q.start:q.end].endswith(town))
    assert titled(rec.nt.text, p) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # fa_024 'محافظ X: تم اسقاط ...', the teller's seat before the colon of its words, alone in its clause
    ("محافظ نينوي: تم اسقاط طايرتين مسيرتين قبل وصولهما الي الموقع", []),
    ("رييس بلديه صور: استشهد مواطنان في الغاره", []),
    ("قتل خمسه مدنيين في هجوم علي بلده صوران", ["بلده صوران"]),
    ("شرطه نينوي اعلنت ان عبوه انفجرت", ["نينوي"]),  # the police of X mostly tell of an incident in X
])
def test_the_tellers_seat_alone(text: str, expected: list[str]) -> None:
    """A body's town before the colon of its words is no scene on its own."""
    rec = rec_of(text)
    got = [rec.nt.text[p.start:p.end] for p in choose_places(rec, 0, len(rec.nt.text))]
    assert got == expected
