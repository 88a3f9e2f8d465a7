"""Scene of a fired weapon whose sentence tells where it was aimed and where it came down: the landing place wins.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.scene import choose_places
from rasd.scene_aim import aimed_at
from tests import scene_text

PUB = date(2024, 5, 8)


rec_of = partial(scene_text.rec_of, published=PUB)


def chosen(text: str) -> list[str]:
    """The place phrases chosen for the whole (one-sentence) text."""
    rec = rec_of(text)
    return [rec.nt.text[p.start:p.end] for p in choose_places(rec, 0, len(rec.nt.text))]


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # round 22b (wb_001, wb_002, wb_015, wb_016; dev tells an aim and a landing place in 15+ docs of 12+ sets:
    # ub_003, vb_013, ua_018, ho_003, ta_013, va_018 ...)
    ("قالت مصادر ان القذيفه كانت موجهه نحو مطار حلب الا انها سقطت قرب بلده النيرب.", "النيرب", "حلب"),
    ("اطلقت الفصائل صاروخين باتجاه مدينه الزبداني, لكن احدهما سقط في بلده مضايا.", "مضايا", "الزبداني"),
    ("اطلقت صواريخ باتجاه مدينه صفد, وسقط احدها في بلده الرامه.", "الرامه", "صفد"),
])
def test_the_landing_place_outranks_the_aimed_at_place(text: str, want: str, not_want: str) -> None:
    """'نحو X الا انها سقطت قرب Y': Y is the scene, X the target."""
    got = chosen(text)
    assert any(want in g for g in got) and not any(not_want in g for g in got)


def test_an_aim_with_no_landing_place_stays() -> None:
    """'اطلقت صواريخ باتجاه X سقطت في مناطق مفتوحه': with no place of landing, the aimed-at place stays."""
    assert any("صفد" in g for g in chosen("اطلقت صواريخ باتجاه مدينه صفد, وسقطت في مناطق مفتوحه."))


@pytest.mark.parametrize(("text", "town", "expected"), [
    ("كانت موجهه نحو مطار حلب", "مطار حلب", True),
    ("اطلقت القذائف من اتجاه مدينه الزبداني", "مدينه الزبداني", False),
    ("سقطت قذيفه في بلده مضايا", "بلده مضايا", False),
])
def test_an_aimed_at_place(text: str, town: str, expected: bool) -> None:
    """A place right after 'نحو'/'باتجاه' (one head noun allowed) is aimed at; 'من اتجاه X' is a launch side."""
    rec = rec_of(text)
    p = next(q for q in rec.places if town in rec.nt.text[q.start:q.end] or rec.nt.text[q.start:q.end] in town)
    assert aimed_at(rec.nt.text, p) is expected
