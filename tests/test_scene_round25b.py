"""Scene, round 25b: a place glued to a media loanword names an outlet, and a quoted name after an institution's
noun names the institution, not its town. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.recognize import Recognized, recognize
from rasd.records import Article
from rasd.resources import load_resources
from rasd.scene import choose_places


def rec_of(text: str) -> Recognized:
    """The recognized spans of one test article."""
    return recognize(Article(doc_id="a.txt", text=text, content_hash="h", published=date(2024, 5, 8)),
                     load_resources())


def chosen(text: str) -> list[str]:
    """The names of the places chosen for the whole text."""
    rec = rec_of(text)
    return [p.location.name_en for p in choose_places(rec, 0, len(rec.nt.text))]


@pytest.mark.parametrize("text", [
    # round 25b (zb_010 'مراسل «بيروت تايم»', zb_002 'هولير تايمز', wb_007 'إدلب بوست', ez_018 '"درعا 24"'; a place
    # glued to تايم/تايمز/نيوز/بوست/برس/24 in 23 docs of 18 sets): an outlet named after its town
    "وأفاد مراسل «حمص تايمز» بأن قذيفة سقطت على سوق شعبي مساء أمس",
    "ونقل موقع الحسكة بوست عن شهود أن عبوة انفجرت بسيارة عسكرية",
    "وذكرت شبكة \"مأرب برس\" أن مسيّرة قصفت موقعاً للجيش",
    "وقالت صفحة \"حماة 24\" إن مسلحين هاجموا حاجزاً ليلاً",
    # (zb_009 'مخيم «الأمل»', Gaza schools 'مدرسة "يافا"' in sa_015/sa_016/ra_015; 9 docs of 8 sets): the quoted name
    # is the institution's
    "قصفت طائرة حربية مدرسة «حيفا» التي تؤوي نازحين",
    "استهدفت غارة مخيم \"الموصل\" العشوائي للنازحين",
])
def test_an_outlet_or_an_institution_is_no_scene(text: str) -> None:
    """'مراسل «X تايمز»', 'مدرسة «X»': the place word is part of a name."""
    assert chosen(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a count after a town is no outlet, and an unquoted camp name after its noun is still a place
    ("قتل في حمص 24 شخصاً بقصف مدفعي", ["Homs"]),
    ("سقطت قذيفة في مخيم اليرموك جنوب دمشق", ["Mukhayyam al Yarmuk"]),
])
def test_a_place_next_to_such_words_stays(text: str, expected: list[str]) -> None:
    """Only a media loanword (or '24' in quotes) and a quoted institution name turn a place into a name."""
    assert chosen(text) == expected
